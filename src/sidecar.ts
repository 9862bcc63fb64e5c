import { existsSync } from 'node:fs'
import { InputError, type Diagnostic } from './source/errors.ts'
import { isOwnId } from './tei/own-ids.ts'
import { decodeSource, DEFAULT_MAX_BYTES, pointAt, readBounded, sourceFromText } from './source/read.ts'
import { isVariantType, VARIANT_TYPES } from './vocabulary/variant-types.ts'

/**
 * An editor's statements about one raw file, in `<raw name>.edition.json` beside it.
 * Everything is optional; what is given overrides detection. Example:
 * {
 *   "id": "d-talbott-1997",
 *   "witnesses": [{ "siglum": "A", "label": "Drafting copy", "lines": [[1, 82]] },
 *                 { "siglum": "B", "label": "Telegram as sent", "lines": [[136, 156], [84, 134]] }],
 *   "copyText": "B",
 *   "corrections": [{ "sic": "Embasssy", "corr": "Embassy" }],
 *   "variantTypes": { "A:38:15": "ocr" }
 * }
 */
export interface Sidecar {
  /** The document id the editor chose (an XML NCName: it becomes the TEI `xml:id` and the URLs). */
  id?: string
  witnesses?: Array<{ siglum?: string; label?: string; lines?: Array<[number, number]> }>
  copyText?: string
  corrections?: Array<{ sic: string; corr: string }>
  variantTypes?: Record<string, string>
}

/** A sidecar with the file it came from, so later checks can point at its lines. */
export interface SidecarFile {
  path: string
  /** The file's text (a leading BOM removed), the one every error position refers to. */
  text: string
  sidecar: Sidecar
}

const KNOWN_KEYS = ['id', 'witnesses', 'copyText', 'corrections', 'variantTypes']

/**
 * An XML NCName restricted to ASCII (https://www.w3.org/TR/xml-names/#NT-NCName): what
 * `xml:id` accepts, and safe in a URL path and a file name.
 */
export const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/

/** The sidecar path for a raw file. */
export function sidecarPath(rawPath: string): string {
  return rawPath.replace(/\.[^./]*$/, '') + '.edition.json'
}

/** Read and validate the sidecar of a raw file, if there is one. */
export function readSidecar(rawPath: string, lineCount: number): Sidecar | undefined {
  return readSidecarFile(rawPath, lineCount)?.sidecar
}

/**
 * Read and validate the sidecar of a raw file, if there is one, keeping its path and text
 * for `checkSidecarAgainstWitnesses`.
 */
export function readSidecarFile(rawPath: string, lineCount: number): SidecarFile | undefined {
  const path = sidecarPath(rawPath)
  if (!existsSync(path)) return undefined
  // A directory or an unreadable file of that name is the user's to fix, not a crash.
  return parseSidecar(path, readBounded(path, DEFAULT_MAX_BYTES, 'the sidecar'), lineCount)
}

/** A sidecar from its bytes (read by the caller), validated against a raw file of `lineCount` lines. */
export function parseSidecar(path: string, bytes: Uint8Array, lineCount: number): SidecarFile {
  const { text, data } = parseJson(path, bytes)
  return { path, text, sidecar: validateSidecar(path, text, data, lineCount) }
}

/** Read a JSON file of the editor's (`what` names it in messages); errors are `InputError`s with their place. */
export function readJsonFile(path: string, what: string): { text: string; data: unknown } {
  // A directory or an unreadable file of that name is the user's to fix, not a crash.
  return parseJson(path, readBounded(path, DEFAULT_MAX_BYTES, what))
}

/** A JSON file of the editor's from its bytes; errors are `InputError`s with their place. */
export function parseJson(path: string, bytes: Uint8Array): { text: string; data: unknown } {
  // Strict UTF-8 with the place of a bad byte; a BOM (Windows editors write one) is dropped,
  // as JSON.parse would reject it (RFC 8259 §8.1).
  const { text } = decodeSource(path, bytes)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))
    const at = pointIn(path, text, position ? Number(position[1]) : 0)
    throw new InputError(path, at.line, at.column, `not valid JSON: ${(error as Error).message}`)
  }
  return { text, data }
}

/** A step into a JSON value: an object key or an array index. */
export type JsonPath = ReadonlyArray<string | number>

/** Check the shape of a parsed sidecar; errors point at the line of the offending key. */
export function validateSidecar(path: string, text: string, data: unknown, lineCount: number): Sidecar {
  const fail = (at: JsonPath, message: string): never => failAt(path, text, at, message)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([], 'a sidecar is a JSON object')
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.includes(key)) fail([key], `unknown key ${JSON.stringify(key)} (known: ${KNOWN_KEYS.join(', ')})`)
  const sidecar: Sidecar = {}
  if (record.id !== undefined) {
    if (typeof record.id !== 'string' || !NCNAME.test(record.id)) {
      fail(['id'], `"id" ${JSON.stringify(record.id)} must be an XML name: a letter or "_", then letters, digits, ".", "_" or "-"`)
    }
    sidecar.id = record.id as string
  }
  if (record.witnesses !== undefined) {
    if (!Array.isArray(record.witnesses) || record.witnesses.length === 0) return fail(['witnesses'], '"witnesses" must be a non-empty array')
    const sigla = new Set<string>()
    const used: Array<[number, number]> = []
    sidecar.witnesses = record.witnesses.map((w: unknown, index) => {
      const at = (key: string): JsonPath => ['witnesses', index, key]
      if (typeof w !== 'object' || w === null || Array.isArray(w)) return fail(['witnesses', index], 'each witness must be an object { "siglum", "label", "lines" }')
      const item = w as Record<string, unknown>
      const siglum = item.siglum
      if (siglum !== undefined && (typeof siglum !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(siglum))) fail(at('siglum'), `siglum ${JSON.stringify(siglum)} must be a letter followed by up to 7 letters or digits`)
      if (typeof siglum === 'string' && sigla.has(siglum)) fail(at('siglum'), `siglum "${siglum}" is used twice`)
      if (typeof siglum === 'string') sigla.add(siglum)
      // Any string is a label, control characters included: the TEI writer records those as <g type="control">.
      if (item.label !== undefined && typeof item.label !== 'string') fail(at('label'), '"label" must be a string')
      const lines = item.lines
      if (lines !== undefined) {
        if (!Array.isArray(lines) || lines.length === 0) fail(at('lines'), '"lines" must be a non-empty array of [first, last] line numbers')
        for (const range of lines as unknown[]) {
          const ok = Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n))
          const [first, last] = ok ? (range as [number, number]) : [0, 0]
          if (!ok || first < 1 || last < first || last > lineCount) fail(at('lines'), `line range ${JSON.stringify(range)} must be [first, last] within 1–${lineCount}`)
          if (used.some(([a, b]) => first <= b && last >= a)) fail(at('lines'), `line range ${JSON.stringify(range)} overlaps another witness`)
          used.push([first, last])
        }
      }
      return { siglum: siglum as string | undefined, label: item.label as string | undefined, lines: lines as Array<[number, number]> | undefined }
    })
  }
  if (record.copyText !== undefined) {
    if (typeof record.copyText !== 'string') return fail(['copyText'], '"copyText" must be a siglum')
    sidecar.copyText = record.copyText
  }
  if (record.corrections !== undefined) {
    const ok = Array.isArray(record.corrections) && record.corrections.every((c: unknown) => typeof c === 'object' && c !== null && typeof (c as Record<string, unknown>).sic === 'string' && typeof (c as Record<string, unknown>).corr === 'string')
    if (!ok) return fail(['corrections'], '"corrections" must be an array of { "sic": "…", "corr": "…" }')
    sidecar.corrections = record.corrections as Array<{ sic: string; corr: string }>
  }
  if (record.variantTypes !== undefined) {
    const types = record.variantTypes
    if (typeof types !== 'object' || types === null || Array.isArray(types)) return fail(['variantTypes'], '"variantTypes" must map entry keys to types')
    for (const [key, type] of Object.entries(types)) {
      if (!isVariantType(type)) fail(['variantTypes', key], `variant type ${JSON.stringify(type)} must be one of ${VARIANT_TYPES.join(', ')}`)
    }
    sidecar.variantTypes = types as Record<string, string>
  }
  return sidecar
}

/**
 * Check a valid sidecar against the witnesses the document has, once they are known:
 * `copyText` must name one of them, and a siglum the sidecar gives must not be the siglum
 * another witness keeps by default (the sidecar renames the first witness "B" while the
 * second is still "B"). `sigla` are the document's sigla in witness order, either before
 * or after the sidecar's were applied (the sidecar's are applied here again: the result is
 * the same). Errors point at the line of the offending key.
 */
export function checkSidecarAgainstWitnesses(path: string, text: string, sidecar: Sidecar, sigla: readonly string[]): void {
  const stated = sidecar.witnesses ?? []
  const final = sigla.map((siglum, index) => stated[index]?.siglum ?? siglum)
  final.forEach((siglum, index) => {
    if (stated[index]?.siglum === undefined) return
    const other = final.findIndex((s, k) => k !== index && s === siglum)
    if (other !== -1) {
      const advice = stated[other]?.siglum === undefined ? `: give witness ${other + 1} a siglum in the sidecar too` : ''
      failAt(path, text, ['witnesses', index, 'siglum'], `siglum "${siglum}" of witness ${index + 1} is also the siglum of witness ${other + 1}${advice}`)
    }
  })
  final.forEach((siglum, index) => {
    if (stated[index]?.siglum !== undefined && isOwnId(siglum)) failAt(path, text, ['witnesses', index, 'siglum'], `siglum "${siglum}" is an id the TEI gives a part of its own header: choose another`)
  })
  // The document's id and the sigla are xml:ids of one TEI file (its root, its witnesses).
  if (sidecar.id !== undefined && (final.includes(sidecar.id) || isOwnId(sidecar.id))) {
    const what = final.includes(sidecar.id) ? `the siglum of witness ${final.indexOf(sidecar.id) + 1}` : 'an id the TEI gives a part of its own header'
    failAt(path, text, ['id'], `"id" "${sidecar.id}" is also ${what}: the document needs an id of its own`)
  }
  if (sidecar.copyText !== undefined && !final.includes(sidecar.copyText)) {
    failAt(path, text, ['copyText'], `copyText "${sidecar.copyText}" is not a witness; the witnesses are ${final.join(', ')}`)
  }
}

/** Throw an `InputError` at the key (or array element) `at` of a JSON text (a sidecar, the corpus's edition.json). */
export function failAt(path: string, text: string, at: JsonPath, message: string): never {
  const point = pointIn(path, text, jsonOffset(text, at) ?? 0)
  throw new InputError(path, point.line, point.column, message)
}

/**
 * What a sidecar states that the edition does not use, as warnings at their place in it: a
 * correction of a word no copy has (a correction names one whole word as the copies write it),
 * a variant type for a point the apparatus does not have. `words` are the copies' words;
 * `points` the variation points' keys; `keyOf` gives a key as the edition names it (a document
 * of several files renames its copies).
 */
export function unusedStatements(file: SidecarFile, words: ReadonlySet<string>, points: ReadonlySet<string>, keyOf: (key: string) => string = (key) => key): Diagnostic[] {
  const warn = (at: JsonPath, message: string): Diagnostic => ({ file: file.path, ...pointIn(file.path, file.text, jsonOffset(file.text, at) ?? 0), severity: 'warning', message })
  const unused: Diagnostic[] = []
  file.sidecar.corrections?.forEach((correction, index) => {
    if (!words.has(correction.sic)) unused.push(warn(['corrections', index, 'sic'], `the correction of ${JSON.stringify(correction.sic)} corrects nothing: no copy has that word (a correction names one whole word, as the copies write it)`))
  })
  for (const key of Object.keys(file.sidecar.variantTypes ?? {})) {
    if (!points.has(keyOf(key))) unused.push(warn(['variantTypes', key], `variantTypes ${JSON.stringify(key)} names no variation point of the apparatus: it changes nothing (a key is the siglum, line and column of the point's first word, as its app's xml:id gives them)`))
  }
  return unused
}

/** line:column of an offset, with the same line endings as raw files (LF, CRLF, CR). */
function pointIn(path: string, text: string, offset: number): { line: number; column: number } {
  return pointAt(sourceFromText(path, text), offset)
}

/**
 * Offset of the key named by the last step of `at` (or of the array element, when the last
 * step is an index) in a JSON text that `JSON.parse` accepted; undefined when absent. A key
 * that occurs twice in one object is found at its first place.
 */
function jsonOffset(text: string, at: JsonPath): number | undefined {
  let i = 0
  // JSON whitespace: space, tab, LF, CR (RFC 8259 §2).
  const space = (): void => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++
  }
  const string = (): string => {
    const start = i
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const skip = (): void => {
    space()
    const open = text[i]
    if (open === '"') return void string()
    if (open !== '{' && open !== '[') {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? '')) i++
      return
    }
    i++
    for (space(); text[i] !== '}' && text[i] !== ']' && i < text.length; space()) {
      if (open === '{') {
        string()
        space()
        i++ // the colon
      }
      skip()
      space()
      if (text[i] === ',') i++
    }
    i++
  }
  space()
  for (const [depth, step] of at.entries()) {
    const open = text[i]
    if ((typeof step === 'string' && open !== '{') || (typeof step === 'number' && open !== '[')) return undefined
    i++
    for (let index = 0; ; index++) {
      space()
      if (text[i] === '}' || text[i] === ']' || i >= text.length) return undefined
      const start = i
      let match = index === step
      if (open === '{') {
        match = string() === step
        space()
        i++ // the colon
      }
      if (match) {
        if (depth === at.length - 1) return start
        space()
        break
      }
      skip()
      space()
      if (text[i] === ',') i++
    }
  }
  return i
}

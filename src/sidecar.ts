import { existsSync, readFileSync } from 'node:fs'
import { InputError } from './source/errors.ts'
import { isVariantType, VARIANT_TYPES } from './vocabulary/variant-types.ts'

/**
 * An editor's statements about one raw file, in `<raw name>.edition.json` beside it.
 * Everything is optional; what is given overrides detection. Example:
 * {
 *   "witnesses": [{ "siglum": "A", "label": "Drafting copy", "lines": [[1, 82]] },
 *                 { "siglum": "B", "label": "Telegram as sent", "lines": [[136, 156], [84, 134]] }],
 *   "copyText": "B",
 *   "corrections": [{ "sic": "Embasssy", "corr": "Embassy" }],
 *   "variantTypes": { "A:38:15": "ocr" }
 * }
 */
export interface Sidecar {
  /** The document id, when the editor chooses it (e.g. to resolve a clash). */
  id?: string
  witnesses?: Array<{ siglum?: string; label?: string; lines?: Array<[number, number]> }>
  copyText?: string
  corrections?: Array<{ sic: string; corr: string }>
  variantTypes?: Record<string, string>
}


/** The sidecar path for a raw file. */
export function sidecarPath(rawPath: string): string {
  return rawPath.replace(/\.[^./]*$/, '') + '.edition.json'
}

/** Read and validate the sidecar of a raw file, if there is one. */
export function readSidecar(rawPath: string, lineCount: number): Sidecar | undefined {
  const path = sidecarPath(rawPath)
  if (!existsSync(path)) return undefined
  const text = readFileSync(path, 'utf8')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))
    const offset = position ? Number(position[1]) : 0
    const before = text.slice(0, offset).split('\n')
    throw new InputError(path, before.length, (before[before.length - 1]?.length ?? 0) + 1, `not valid JSON: ${(error as Error).message}`)
  }
  return validateSidecar(path, text, data, lineCount)
}

/** Check the shape of a parsed sidecar; errors point at the line of the offending key. */
export function validateSidecar(path: string, text: string, data: unknown, lineCount: number): Sidecar {
  const fail = (key: string, message: string): never => {
    const at = text.indexOf(`"${key}"`)
    const before = text.slice(0, Math.max(0, at)).split('\n')
    throw new InputError(path, before.length, (before[before.length - 1]?.length ?? 0) + 1, message)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('', 'a sidecar is a JSON object')
  const known = ['witnesses', 'copyText', 'corrections', 'variantTypes']
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) if (!known.includes(key)) fail(key, `unknown key "${key}" (known: ${known.join(', ')})`)
  const sidecar: Sidecar = {}
  if (record.witnesses !== undefined) {
    if (!Array.isArray(record.witnesses) || record.witnesses.length === 0) return fail('witnesses', '"witnesses" must be a non-empty array')
    const sigla = new Set<string>()
    const used: Array<[number, number]> = []
    sidecar.witnesses = record.witnesses.map((w: unknown) => {
      const item = (typeof w === 'object' && w !== null ? w : {}) as Record<string, unknown>
      const siglum = item.siglum
      if (siglum !== undefined && (typeof siglum !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(siglum))) fail('siglum', `siglum ${JSON.stringify(siglum)} must be a letter followed by up to 7 letters or digits`)
      if (typeof siglum === 'string' && sigla.has(siglum)) fail('siglum', `siglum "${siglum}" is used twice`)
      if (typeof siglum === 'string') sigla.add(siglum)
      if (item.label !== undefined && typeof item.label !== 'string') fail('label', '"label" must be a string')
      const lines = item.lines
      if (lines !== undefined) {
        if (!Array.isArray(lines) || lines.length === 0) fail('lines', '"lines" must be a non-empty array of [first, last] line numbers')
        for (const range of lines as unknown[]) {
          const ok = Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n))
          const [first, last] = ok ? (range as [number, number]) : [0, 0]
          if (!ok || first < 1 || last < first || last > lineCount) fail('lines', `line range ${JSON.stringify(range)} must be [first, last] within 1–${lineCount}`)
          if (used.some(([a, b]) => first <= b && last >= a)) fail('lines', `line range ${JSON.stringify(range)} overlaps another witness`)
          used.push([first, last])
        }
      }
      return { siglum: siglum as string | undefined, label: item.label as string | undefined, lines: lines as Array<[number, number]> | undefined }
    })
  }
  if (record.copyText !== undefined) {
    if (typeof record.copyText !== 'string') return fail('copyText', '"copyText" must be a siglum')
    sidecar.copyText = record.copyText
  }
  if (record.corrections !== undefined) {
    const ok = Array.isArray(record.corrections) && record.corrections.every((c: unknown) => typeof c === 'object' && c !== null && typeof (c as Record<string, unknown>).sic === 'string' && typeof (c as Record<string, unknown>).corr === 'string')
    if (!ok) return fail('corrections', '"corrections" must be an array of { "sic": "…", "corr": "…" }')
    sidecar.corrections = record.corrections as Array<{ sic: string; corr: string }>
  }
  if (record.variantTypes !== undefined) {
    const types = record.variantTypes
    if (typeof types !== 'object' || types === null || Array.isArray(types)) return fail('variantTypes', '"variantTypes" must map entry keys to types')
    for (const [key, type] of Object.entries(types)) {
      if (!isVariantType(type)) fail(key, `variant type ${JSON.stringify(type)} must be one of ${VARIANT_TYPES.join(', ')}`)
    }
    sidecar.variantTypes = types as Record<string, string>
  }
  return sidecar
}

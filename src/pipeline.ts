/**
 * The one pipeline every command runs, data flowing one way:
 *
 *   read → parse → transforms (furniture, witnesses, pages, deletions, structure, repeats)
 *        → tokenise → collate → place (the edited text) → analyse (facts from the lemma)
 *        → edition model → writers (TEI, site pages, citations)
 *
 * Each stage is a module of its own with a typed input and output; no writer calls back
 * into a stage, and no stage reads build output. A document is made from one raw file
 * (`editionOf`), or from several released files that are copies of one text
 * (`editionOfFiles`: the corpus stage, src/corpus, decides which), each copy a witness.
 */
import { basename, dirname } from 'node:path'
import { analyse, type Analysis } from './analyse/index.ts'
import { releasesOf } from './analyse/release.ts'
import { repeatsOf } from './analyse/repeats.ts'
import { numberTitle } from './analyse/title.ts'
import { withheldOf, withheldWords } from './analyse/withheld.ts'
import { collate } from './collate/index.ts'
import type { EditionModel } from './edition/model.ts'
import { readAuthority, tagEntities, type Authority } from './entities/index.ts'
import { placeText } from './edition/place.ts'
import type { Witness } from './model/document.ts'
import { parseLines } from './parse/lines.ts'
import type { Clock } from './clock.ts'
import { checkSidecarAgainstWitnesses, readSidecarFile, unusedStatements, type Sidecar, type SidecarFile } from './sidecar.ts'
import { InputError, Warnings, type Diagnostic } from './source/errors.ts'
import { checkTextsFit } from './source/heap.ts'
import { pointAt, readSource, type SourceFile } from './source/read.ts'
import { toStream } from './tokenise/stream.ts'
import { STAMPED_DOCUMENT } from './vocabulary/stamps.ts'
import { NAMED_FORMS } from './vocabulary/telegrams.ts'
import type { VariantType } from './vocabulary/variant-types.ts'
import { checkCharacters } from '../transforms/characters.ts'
import { readLines } from '../transforms/furniture.ts'
import { paginate, type ReadLine } from '../transforms/pages.ts'
import { markRepeats } from '../transforms/repeats.ts'
import { checkSpacing } from '../transforms/spacing.ts'
import { readingText, structure } from '../transforms/structure.ts'
import { copyKind, detectWitnesses, noiseWords, statedWitnesses, type WitnessLines } from '../transforms/witnesses.ts'

/** One released document as the pipeline reads it: its raw text and the editor's sidecar. */
export interface ReleasedFile {
  source: SourceFile
  sidecarFile?: SidecarFile
}

/** What the editor stated for a document of several released files (corpus/edition.json). */
export interface GroupSettings {
  /** The document id (an XML name), instead of the copy text's document number. */
  id?: string
  /** Path of the released file whose copy is the copy text. */
  copyText?: string
  /** Sigla the editor chose, by path of the released file. */
  sigla?: Readonly<Record<string, string>>
}

/** Read a raw cable and its sidecar from disk. */
export function readReleased(path: string): ReleasedFile {
  const source = readSource(path)
  const sidecarFile = readSidecarFile(path, source.lineStarts.length)
  return sidecarFile ? { source, sidecarFile } : { source }
}

/**
 * Read a raw cable and its sidecar from disk and make its edition model. The names are
 * those of `authority`, by default the authority file of the cable's folder (its corpus).
 */
export function editionOfFile(path: string, authority: Authority | undefined = readAuthority(dirname(path)), maxBytes?: number): EditionModel {
  const source = readSource(path, maxBytes)
  return editionOf(source, readSidecarFile(path, source.lineStarts.length), authority)
}

/**
 * Several released files that are copies of one text → one edition model, a witness per
 * copy. The names are those of `authority`, by default the authority file of the first
 * file's folder (its corpus), as for a document of one file.
 */
export function editionOfFiles(
  paths: readonly string[],
  settings: GroupSettings = {},
  authority: Authority | undefined = paths[0] === undefined ? undefined : readAuthority(dirname(paths[0]))
): EditionModel {
  return editionOfReleases(paths.map(readReleased), settings, authority)
}

/**
 * Raw cable (and the editor's sidecar and the corpus's authority file) → edition model; the
 * time of each stage goes to `clock`. Throws `InputError` on input that cannot be used.
 */
export function editionOf(source: SourceFile, sidecarFile?: SidecarFile, authority?: Authority, clock?: Clock): EditionModel {
  checkTextsFit(source.path, [{ text: source.text, lines: source.lineStarts.length }])
  const warnings = new Warnings(source.path)
  const sidecar = sidecarFile?.sidecar
  const witnesses = witnessesOf(source, sidecarFile, warnings)
  const copies = witnesses.map((witness) => ({ witness, source }))
  const model = assemble(copies, {
    id: sidecar?.id ?? documentId(source),
    file: source.path,
    copyText: sidecar?.copyText ?? defaultCopyText(witnesses),
    sidecar,
    overrides: sidecar?.variantTypes ?? {},
    authority,
    warnings: warnings.list,
    clock
  })
  if (sidecarFile) model.warnings.push(...unusedStatements(sidecarFile, wordsOf(model), pointsOf(model)))
  return model
}

/** The words of every copy of a model. */
function wordsOf(model: EditionModel): Set<string> {
  return new Set(model.streams.flatMap((stream) => stream.slots.map((slot) => slot.token.text)))
}

/** The keys of a model's variation points. */
function pointsOf(model: EditionModel): Set<string> {
  return new Set(model.segments.flatMap((segment) => (segment.kind === 'vary' && segment.key !== undefined ? [segment.key] : [])))
}

/**
 * Released files → one edition model. The files are taken in the order of their released
 * names (`releasedName`), so the result never depends on the order they were given in.
 * Each copy's siglum is its released name (`C06698960`), or, when the file holds several
 * copies, the name and the copy's own siglum (`C06698960-B`): a siglum never changes when
 * another released file joins the document. The copy text is the editor's choice, else the
 * first copy with a telegram header, else the last copy.
 */
export function editionOfReleases(files: readonly ReleasedFile[], settings: GroupSettings = {}, authority?: Authority, clock?: Clock): EditionModel {
  const [only] = files
  if (only && files.length === 1 && settings.id === undefined && settings.sigla === undefined) return editionOf(only.source, only.sidecarFile, authority, clock)
  const ordered = [...files].sort((a, b) => byCodepoint(releasedName(a.source), releasedName(b.source)))
  checkTextsFit((ordered[0] as ReleasedFile).source.path, files.map(({ source }) => ({ text: source.text, lines: source.lineStarts.length })), `the ${files.length} copies of this document are, together,`)
  const copies: Array<{ witness: Witness; source: SourceFile }> = []
  const warnings: Diagnostic[] = []
  const labels: Array<{ label?: string }> = []
  const corrections: NonNullable<Sidecar['corrections']> = []
  const overrides: Record<string, string> = {}
  const taken = new Set<string>()
  /** Each sidecar, and how its variantTypes keys name the copies in this document. */
  const sidecars: Array<{ file: SidecarFile; keyOf: (key: string) => string }> = []
  let copyText: string | undefined
  for (const file of ordered) {
    const fileWarnings = new Warnings(file.source.path)
    const sidecar = file.sidecarFile?.sidecar
    const witnesses = witnessesOf(file.source, file.sidecarFile, fileWarnings)
    const name = settings.sigla?.[file.source.path] ?? siglumName(releasedName(file.source))
    const local = new Map<string, string>()
    witnesses.forEach((witness, index) => {
      let siglum = witnesses.length === 1 ? name : `${name}-${witness.siglum}`
      if (taken.has(siglum)) {
        // The first free `-2`, `-3`…: three or more files may carry one released name.
        let suffix = 2
        while (taken.has(`${siglum}-${suffix}`)) suffix++
        fileWarnings.add(pointAt(file.source, 0), `siglum ${siglum} is also another released file's: this copy is ${siglum}-${suffix}; name the files apart in edition.json ("sigla")`)
        siglum = `${siglum}-${suffix}`
      }
      taken.add(siglum)
      local.set(witness.siglum, siglum)
      const label = sidecar?.witnesses?.[index]?.label
      labels.push(label === undefined ? {} : { label })
      copies.push({ witness: { ...witness, siglum }, source: file.source })
    })
    const keyOf = (key: string): string => {
      const [siglum, ...rest] = key.split(':')
      return [local.get(siglum ?? '') ?? siglum, ...rest].join(':')
    }
    for (const [key, type] of Object.entries(sidecar?.variantTypes ?? {})) overrides[keyOf(key)] = type
    if (file.sidecarFile) sidecars.push({ file: file.sidecarFile, keyOf })
    corrections.push(...(sidecar?.corrections ?? []))
    if (file.source.path === settings.copyText) copyText = defaultCopyText(copies.slice(copies.length - witnesses.length).map((c) => c.witness))
    if (sidecar?.id !== undefined || sidecar?.copyText !== undefined) {
      fileWarnings.add(pointAt(file.source, 0), `the sidecar's "id" and "copyText" apply to a document of one file; this file is a copy in a document of ${files.length} files: state them in the corpus's edition.json`)
    }
    warnings.push(...fileWarnings.list)
  }
  const witnesses = copies.map((c) => c.witness)
  copyText ??= defaultCopyText(witnesses)
  const lead = copies.find((c) => c.witness.siglum === copyText)?.source ?? (ordered[0] as ReleasedFile).source
  const leadSidecar = ordered.find((f) => f.source === lead)?.sidecarFile?.sidecar
  const id = settings.id ?? leadSidecar?.id ?? documentId(lead)
  // edition.json's check (src/corpus/edition-file.ts) knows each file's siglum but not the sigla of a file of several copies (`C06698960-A`).
  const same = copies.find((c) => c.witness.siglum === id)
  if (same) throw new InputError(same.source.path, 1, 1, `document id ${id} is also the siglum of this copy: give the document an id of its own in edition.json ("id"), or the copy another siglum ("sigla")`)
  const model = assemble(copies, {
    id,
    file: lead.path,
    copyText,
    sidecar: { witnesses: labels, corrections },
    overrides,
    authority,
    warnings,
    clock
  })
  model.descriptions.forEach((description, index) => {
    const source = copies[index]?.source
    if (source) description.file = basename(source.path)
  })
  if (sidecars.length) {
    const words = wordsOf(model)
    const points = pointsOf(model)
    for (const { file, keyOf } of sidecars) model.warnings.push(...unusedStatements(file, words, points, keyOf))
  }
  return model
}

interface AssembleOptions {
  id: string
  file: string
  copyText: string
  sidecar: Sidecar | undefined
  overrides: Record<string, string>
  /** The corpus's authority file, whose names the entities stage tags. */
  authority: Authority | undefined
  warnings: Diagnostic[]
  /** where the time of each stage goes (a build's figures) */
  clock?: Clock | undefined
}

/** What a document without a subject line is titled by, as its warning says. */
function titleSource(analysis: Analysis): string {
  if (numberTitle(analysis.facts)) return 'the telegram number'
  if (NAMED_FORMS.some(([, name]) => name === analysis.title)) return 'the form it is'
  return 'read from the text (a heading, a salutation, From: and To: lines or a first line)'
}

/** Tokenise, collate, place, analyse and name the entities of the copies of one document (each read from its own file). */
function assemble(copies: ReadonlyArray<{ witness: Witness; source: SourceFile }>, options: AssembleOptions): EditionModel {
  const witnesses = copies.map((c) => c.witness)
  const streams = copies.map((c) => toStream(c.witness, c.source))
  options.clock?.lap('parse')
  const segments = collate(
    streams.map((s) => ({ siglum: s.siglum, tokens: s.slots.map((slot) => slot.token) })),
    { copyText: options.copyText, overrides: options.overrides as Record<string, VariantType> }
  )
  const text = placeText(streams, options.copyText, segments)
  options.clock?.lap('collate')
  const analysis = analyse({ witnesses, streams, segments, text, copyText: options.copyText, sidecar: options.sidecar })
  const unnamed: Diagnostic[] = analysis.facts.subject
    ? []
    : [{ file: options.file, line: 1, column: 1, severity: 'warning', message: `no subject line: the title is ${titleSource(analysis)}, ${JSON.stringify(analysis.title)}` }]
  const withheld = withheldOf(streams, text, options.copyText)
  const named = tagEntities({ text, streams, copyText: options.copyText, sic: analysis.sic, facts: analysis.facts, authority: options.authority, withheld: withheld.marks })
  // A name's warning points at the raw file of the copy whose word it is.
  const fileOf = new Map(copies.map((c) => [c.witness.siglum, c.source.path]))
  const entityWarnings = named.warnings.map(({ token, siglum, message }): Diagnostic => ({
    file: fileOf.get(siglum) ?? options.file,
    line: token.line,
    column: token.column,
    severity: 'warning',
    message
  }))
  const repeats = repeatsOf(text, streams, options.copyText)
  const releases = releasesOf(streams)
  options.clock?.lap('analyse')
  return {
    id: options.id,
    file: options.file,
    copyText: options.copyText,
    streams,
    segments,
    text,
    ...analysis,
    repeats,
    withheld,
    releases,
    related: [],
    entities: named.entities,
    warnings: [...options.warnings, ...unnamed, ...entityWarnings]
  }
}

/** Parse and transforms: the copies of one file, each paginated and structured, with the sidecar checked against them. */
function witnessesOf(source: SourceFile, sidecarFile: SidecarFile | undefined, warnings: Warnings): Witness[] {
  const warn = (offset: number, message: string): void => warnings.add(pointAt(source, offset), message)
  checkCharacters(source.text, warn)
  checkSpacing(source.text, warn)
  const sidecar = sidecarFile?.sidecar
  const witnesses = toWitnesses(source, sidecar, warn)
  if (sidecarFile) checkSidecarAgainstWitnesses(sidecarFile.path, sidecarFile.text, sidecarFile.sidecar, witnesses.map((w) => w.siglum))
  // Signs the OCR read under a stamp (`, ,`) are no text either.
  if (!witnesses.some((w) => w.body.some((item) => item.kind === 'block' && /[\p{L}\p{N}]/u.test(readingText(item.block.inlines))))) {
    warn(0, 'no text: the file holds only page furniture or nothing at all')
  }
  return witnesses
}

/** Parse and transforms: the copies of the file, each paginated and structured. */
function toWitnesses(source: SourceFile, sidecar: Sidecar | undefined, warn: (offset: number, message: string) => void): Witness[] {
  const raw = parseLines(source)
  const readings = readLines(raw)
  const lines: ReadLine[] = raw.map((line, i) => ({ line, reading: readings[i] ?? { kind: 'blank' } }))
  const detected: WitnessLines[] = sidecar?.witnesses ? statedWitnesses(sidecar.witnesses, lines.length) : detectWitnesses(lines)
  return detected.map((w, index) => {
    const parts = w.parts.map(([start, end]) => lines.slice(start, end + 1))
    return {
      siglum: sidecar?.witnesses?.[index]?.siglum ?? siglumAt(index),
      label: '',
      lines: w.parts.map(([start, end]) => [start + 1, end + 1] as [number, number]),
      body: markRepeats(structure(paginate(parts, warn)))
    }
  })
}

/** Sigla in witness order: A … Z, then A1 … Z1, A2 …, so any number of copies gets distinct, valid ids. */
export function siglumAt(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  const round = Math.floor(index / 26)
  return round === 0 ? letter : `${letter}${round}`
}

/**
 * The name a released file goes by: its FOIA document number as its stamps print it
 * (`C06698960`, `B-00002120004`), else its file name without the extension.
 */
export function releasedName(source: SourceFile): string {
  return STAMPED_DOCUMENT.exec(source.text.slice(0, 20000))?.[1] ?? basename(source.path).replace(/\.[^.]*$/, '')
}

/** `xml:id` from the FOIA document number (`d-B-00002120004`), else from the file name. */
export function documentId(source: SourceFile): string {
  const id = 'd-' + releasedName(source).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
  return id === 'd-' ? 'd-document' : id
}

/** A released name as a siglum: an XML name (a file name starting with a digit gets a `w`). */
export function siglumName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
  return /^[A-Za-z_]/.test(safe) ? safe : `w${safe}`
}

/**
 * The transmitted telegram when there is one (of several, the one that withholds least: a
 * redacted copy is a poor base text), else of the drafts and prints the one that withholds
 * least and then has the fewest words the OCR made noise of (a passage struck through and read
 * `eli—liffE—MA-P—I-P—ALL`), the last on a tie.
 */
function defaultCopyText(witnesses: Witness[]): string {
  const telegrams = witnesses.filter((w) => copyKind(w) === 'telegram')
  const fullest = telegrams.reduce<Witness | undefined>((best, w) => (best === undefined || withheldWords(w) < withheldWords(best) ? w : best), undefined)
  if (fullest) return fullest.siglum
  const cost = (w: Witness): [number, number] => [withheldWords(w), noiseWords(w)]
  const cleanest = witnesses.reduce<Witness | undefined>((best, w) => {
    if (best === undefined) return w
    const [a, b] = [cost(w), cost(best)]
    return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? w : best
  }, undefined)
  return cleanest?.siglum ?? 'A'
}

function byCodepoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

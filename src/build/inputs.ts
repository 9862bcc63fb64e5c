/**
 * The first steps of a build: discover the corpus's input files and read each once (their bytes
 * key the cache, and are what the pipeline reads, so a file saved during a build cannot give a
 * document made from one version and keyed by another), then group them into documents.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { sidecarPath } from '../sidecar.ts'
import { InputError, type Diagnostic } from '../source/errors.ts'
import { readBounded } from '../source/read.ts'
import { AUTHORITY_FILES } from '../entities/files.ts'
import type { FrusUrls } from '../vocabulary/frus.ts'
import { EDITION_FILE } from '../corpus/edition-file.ts'
import type { PlannedDocument } from '../corpus/group.ts'
import type { RelatedRecord } from '../edition/model.ts'
import type { GroupSettings } from '../pipeline.ts'

/** A file read, or the error met reading it (reported in the order of the documents, as the pipeline would meet it). */
export type InputFile = { path: string; bytes: Buffer } | { path: string; error: Diagnostic }

/** The inputs of one document: a raw cable and the editor's sidecar beside it. */
export interface RawUnit {
  kind: 'raw'
  raw: InputFile
  sidecar?: InputFile
}

/**
 * A document of several released files that are copies of one text (a witness each), or of
 * one file the editor states settings for or that has related records: grouped from the raw
 * units by `groupInputs` (src/corpus/group.ts), made by `editionOfReleases`.
 */
export interface CopiesUnit {
  kind: 'copies'
  files: RawUnit[]
  /** the editor's statements (corpus/edition.json): id, copy text and sigla */
  settings: GroupSettings
  /** the records related to it, as its TEI lists them */
  related: RelatedRecord[]
}

/**
 * The corpus's TEI masters (`*.xml`), all of them one unit: they are validated together and
 * point into each other (a pointer to another master's document leads to its page), so each
 * one's pages depend on all (src/corpus/tei-input.ts). They give any number of documents and
 * volumes.
 */
export interface MastersUnit {
  kind: 'tei'
  masters: InputFile[]
  /** the corpus folder's other files, by path: an image beside a master is shown, or a placeholder when there is none */
  others: string[]
  /** where FRUS volumes are published (`frus` of site/edition.json), which the pages link to */
  frus: Partial<FrusUrls>
}

/** The inputs of one or more documents; each kind is made into editions by src/build/jobs.ts. */
export type Unit = RawUnit | MastersUnit | CopiesUnit

/**
 * Corpus-level files every document depends on: their bytes are part of every document's cache
 * key, so changing one remakes all. The authority file tags the names of every document (the
 * first of these names found is read); the editor's edition.json groups the copies of a text
 * (src/corpus/edition-file.ts).
 */
export const CORPUS_DEPENDENCIES: readonly string[] = [...AUTHORITY_FILES, EDITION_FILE]

export interface Inputs {
  units: Unit[]
  /** the corpus-level files that exist, read */
  dependencies: InputFile[]
}

/**
 * The TEI masters of the corpus folder (first: a master's errors come before any raw cable's,
 * and a master wins over a raw cable of the same id), then every raw `*.txt` in code-point
 * order with its sidecar, each a unit of its own until `groupInputs` groups the copies.
 */
export function discoverInputs(corpus: string, maxBytes: number, dependencies: readonly string[] = CORPUS_DEPENDENCIES, frus: Partial<FrusUrls> = {}): Inputs {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables or TEI masters')
  const names = readdirSync(corpus).sort()
  const raw = names.filter((name) => name.endsWith('.txt')).map((name) => join(corpus, name))
  const masters = names.filter((name) => name.toLowerCase().endsWith('.xml')).map((name) => join(corpus, name))
  if (raw.length === 0 && masters.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) or TEI masters (*.xml) in this directory')
  const units: Unit[] = masters.length ? [{ kind: 'tei', masters: masters.map((path) => readInput(path, maxBytes, 'the file')), others: otherFiles(corpus), frus }] : []
  units.push(...releasedUnits(raw, maxBytes))
  const read = dependencies.map((name) => join(corpus, name)).filter((path) => existsSync(path)).map((path) => readInput(path, maxBytes, 'the file'))
  return { units, dependencies: read }
}

/** Every file under the corpus folder that is neither a raw cable, a sidecar nor a master, sorted. */
function otherFiles(corpus: string): string[] {
  return readdirSync(corpus, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(?:txt|xml)$/i.test(entry.name) && !entry.name.endsWith('.edition.json'))
    .map((entry) => relative(corpus, join(entry.parentPath, entry.name)))
    .sort()
}

/** The raw cables (`*.txt`) of a corpus folder, their paths in code-point order; an error when there are none. */
export function rawFiles(corpus: string): string[] {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables')
  const names = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
  if (names.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) in this directory')
  return names.map((name) => join(corpus, name))
}

/** Each raw file and its sidecar, read: a unit of one released file each, before grouping. */
function releasedUnits(paths: readonly string[], maxBytes: number): RawUnit[] {
  return paths.map((path) => {
    const sidecar = sidecarPath(path)
    return { kind: 'raw', raw: readInput(path, maxBytes, 'the file'), ...(existsSync(sidecar) ? { sidecar: readInput(sidecar, maxBytes, 'the sidecar') } : {}) }
  })
}

/** A document of the corpus once grouped: the released files it is made of, as planned. */
export interface Grouped {
  planned: PlannedDocument
  /** its released files' units, in the order of `planned.paths` */
  files: RawUnit[]
}

/**
 * The documents of the released files as planned (src/corpus/group.ts, `planDocuments`: copies
 * of one text, released as files of their own, become one document; the editor's edition.json
 * comes first), each with its files' units.
 */
export function groupInputs(units: readonly RawUnit[], plan: readonly PlannedDocument[]): Grouped[] {
  const byPath = new Map(units.map((unit) => [unit.raw.path, unit]))
  return plan.map((planned) => ({
    planned,
    files: planned.paths.map((path) => byPath.get(path) as RawUnit),
  }))
}

function readInput(path: string, maxBytes: number, what: string): InputFile {
  try {
    return { path, bytes: readBounded(path, maxBytes, what) }
  } catch (error) {
    if (error instanceof InputError) return { path, error: error.diagnostic }
    throw error
  }
}

/** The bytes of an input, or its error thrown as it would have been met. */
export function bytesOf(file: InputFile): Buffer {
  if ('error' in file) throw new InputError(file.path, file.error.line, file.error.column, file.error.message)
  return file.bytes
}

/** The name a unit goes by in messages and progress: its raw file, or its first file or master. */
export function unitName(unit: Unit): string {
  if (unit.kind === 'raw') return unit.raw.path
  return (unit.kind === 'tei' ? unit.masters[0]?.path : unit.files[0]?.raw.path) ?? ''
}

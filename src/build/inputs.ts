/**
 * The first steps of a build: discover the corpus's input files and know each one's content by
 * the hash of its bytes (which keys the cache), then group them into documents.
 *
 * A raw cable or sidecar is read only when its stat changed since the last build, as git's index
 * does (https://git-scm.com/docs/racy-git): the last build's record (`InputStats`, the cache's
 * inputs.json) holds each file's device, inode, size, modification and change times and the
 * hash of its bytes, and a file whose stat is the same is taken to hold the same bytes. Its
 * bytes are read only when its document must be made again (`withBytes`), and must then still
 * hash the same (`InputsChanged` otherwise). A file whose times fall within `RACY_NS` of the
 * build's start is not recorded: saved again within the same tick of the file system's clock,
 * with the same size, its stat could be unchanged while its bytes are not; it is read again by
 * the next build. The bytes hashed are the bytes the pipeline reads: a file read again later in
 * the build (`takeBytes` let its bytes go) must hash the same.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync, type BigIntStats } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { sidecarPath } from '../sidecar.ts'
import { InputError, type Diagnostic } from '../source/errors.ts'
import { readBounded } from '../source/read.ts'
import { AUTHORITY_FILES } from '../entities/files.ts'
import type { FrusUrls } from '../vocabulary/frus.ts'
import { EDITION_FILE } from '../corpus/edition-file.ts'
import type { PlannedDocument } from '../corpus/group.ts'
import type { RelatedRecord } from '../edition/model.ts'
import type { GroupSettings } from '../pipeline.ts'

/**
 * A file known by the hash of its bytes (read, or known by its stat: then `bytes` are read by
 * `withBytes` when needed), or the error met reading it (reported in the order of the
 * documents, as the pipeline would meet it).
 */
export type InputFile = { path: string; hash: string; bytes?: Buffer } | { path: string; error: Diagnostic }

/**
 * What a build knew of each raw cable and sidecar it read, by path: its stat when read and the
 * hash of its bytes. Kept in the cache for the next build (src/build/cache.ts).
 */
export type InputStats = Record<string, StatRecord>

/** [device, inode, size, mtime (ns), ctime (ns), SHA-256 of the bytes], the numbers as decimal strings. */
export type StatRecord = [string, string, string, string, string, string]

/**
 * A file whose modification or change time is this close to the build's start (or later) is
 * not recorded, its stat not trusted next time (git's "racily clean" entries): wider than the
 * coarsest clock of a common file system (FAT's 2 s), so a file saved again in the same tick
 * as it was read is never mistaken for the same.
 */
export const RACY_NS = 2_000_000_000n

/** A file was saved while the build ran: its bytes no longer hash as its stat said. The build starts again. */
export class InputsChanged extends Error {
  constructor(readonly path: string) {
    super(`${path} changed during the build`)
  }
}

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
  /** the stats of the raw cables and sidecars, for the next build (racy ones left out) */
  stats: InputStats
}

/**
 * The TEI masters of the corpus folder (first: a master's errors come before any raw cable's,
 * and a master wins over a raw cable of the same id), then every raw `*.txt` in code-point
 * order with its sidecar, each a unit of its own until `groupInputs` groups the copies. The
 * raw files and sidecars are known by their stat where `known` allows; `now` (ms since the
 * epoch, before any file is looked at) tells which stats are racy.
 */
export function discoverInputs(corpus: string, maxBytes: number, dependencies: readonly string[] = CORPUS_DEPENDENCIES, frus: Partial<FrusUrls> = {}, known: InputStats = {}, now = Date.now()): Inputs {
  // Before any stat: a file saved from now on has times no earlier than this (less the clock's coarseness).
  const started = BigInt(now) * 1_000_000n
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables or TEI masters')
  const names = readdirSync(corpus).sort()
  const raw = names.filter((name) => name.endsWith('.txt')).map((name) => join(corpus, name))
  const masters = names.filter((name) => name.toLowerCase().endsWith('.xml')).map((name) => join(corpus, name))
  if (raw.length === 0 && masters.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) or TEI masters (*.xml) in this directory')
  const units: Unit[] = masters.length ? [{ kind: 'tei', masters: masters.map((path) => readInput(path, maxBytes, 'the file')), others: otherFiles(corpus), frus }] : []
  const stats: InputStats = {}
  const reader = new StatReader(known, stats, maxBytes, started - RACY_NS)
  units.push(...releasedUnits(raw, new Set(names.map((name) => join(corpus, name))), reader))
  const read = dependencies.map((name) => join(corpus, name)).filter((path) => existsSync(path)).map((path) => readInput(path, maxBytes, 'the file'))
  return { units, dependencies: read, stats }
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

/** Each raw file and its sidecar, known (`StatReader`): a unit of one released file each, before grouping. `listed`: the corpus folder's entries. */
function releasedUnits(paths: readonly string[], listed: ReadonlySet<string>, reader: StatReader): RawUnit[] {
  return paths.map((path) => {
    const sidecar = sidecarPath(path)
    const exists = dirname(sidecar) === dirname(path) ? listed.has(sidecar) : existsSync(sidecar)
    return { kind: 'raw', raw: reader.input(path, 'the file'), ...(exists ? { sidecar: reader.input(sidecar, 'the sidecar') } : {}) }
  })
}

/** Knows files by their stat where the last build's record allows, else by reading them; records what it knows. */
class StatReader {
  constructor(
    private readonly known: InputStats,
    private readonly stats: InputStats,
    private readonly maxBytes: number,
    /** times from here on are racy */
    private readonly racy: bigint,
  ) {}

  input(path: string, what: string): InputFile {
    let stat: BigIntStats
    try {
      stat = statSync(path, { bigint: true })
    } catch {
      // Not there any more, or not readable: reading it gives the error to report.
      return readInput(path, this.maxBytes, what)
    }
    const now: StatRecord = [String(stat.dev), String(stat.ino), String(stat.size), String(stat.mtimeNs), String(stat.ctimeNs), '']
    const before = this.known[path]
    const same = before !== undefined && stat.isFile() && stat.size <= BigInt(this.maxBytes) && now.every((part, index) => index === 5 || part === before[index])
    // Taken after the stat: the bytes may be newer than it (then the next build sees its stat changed), never older.
    const file: InputFile = same ? { path, hash: before[5] } : readInput(path, this.maxBytes, what)
    if ('hash' in file && stat.mtimeNs < this.racy && stat.ctimeNs < this.racy) {
      now[5] = file.hash
      this.stats[path] = now
    }
    return file
  }
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
    const bytes = readBounded(path, maxBytes, what)
    return { path, hash: hashOfBytes(bytes), bytes }
  } catch (error) {
    if (error instanceof InputError) return { path, error: error.diagnostic }
    throw error
  }
}

function hashOfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The bytes of an input (read by `withBytes` when it was known by its stat), or its error thrown as it would have been met. */
export function bytesOf(file: InputFile): Buffer {
  if ('error' in file) throw new InputError(file.path, file.error.line, file.error.column, file.error.message)
  if (!file.bytes) throw new Error(`${file.path}: its bytes were not read`)
  return file.bytes
}

/**
 * A unit with the bytes of every file read, for its documents to be made: those known by their
 * stat are read now, and must hash as they did (else InputsChanged: the file was saved during
 * the build, and the keys made from its stat are wrong).
 */
export function withBytes<U extends Unit>(unit: U, maxBytes: number): U {
  const read = (file: InputFile): InputFile => {
    if ('error' in file || file.bytes) return file
    const now = readInput(file.path, maxBytes, 'the file')
    if (!('hash' in now) || now.hash !== file.hash) throw new InputsChanged(file.path)
    return now
  }
  const raw = (file: RawUnit): RawUnit => ({ ...file, raw: read(file.raw), ...(file.sidecar ? { sidecar: read(file.sidecar) } : {}) })
  if (unit.kind === 'raw') return raw(unit) as U
  if (unit.kind === 'copies') return { ...unit, files: unit.files.map(raw) }
  return { ...unit, masters: unit.masters.map(read) }
}

/**
 * `withBytes` for a job that takes the bytes away: the unit given keeps only the hashes of its
 * files, so the build does not hold every input's bytes while thousands of documents are made
 * (10,000 cables: some 90 MB). A unit made again in the same build (a document of copies, or
 * one with related records) reads its files again, and they must still hash the same.
 */
export function takeBytes<U extends Unit>(unit: U, maxBytes: number): U {
  const taken = withBytes(unit, maxBytes)
  const hashed = (file: InputFile): InputFile => ('hash' in file && file.bytes ? { path: file.path, hash: file.hash } : file)
  const release = (file: RawUnit): void => {
    file.raw = hashed(file.raw)
    if (file.sidecar) file.sidecar = hashed(file.sidecar)
  }
  if (unit.kind === 'raw') release(unit)
  else if (unit.kind === 'copies') unit.files.forEach(release)
  else unit.masters = unit.masters.map(hashed)
  return taken
}

/** The name a unit goes by in messages and progress: its raw file, or its first file or master. */
export function unitName(unit: Unit): string {
  if (unit.kind === 'raw') return unit.raw.path
  return (unit.kind === 'tei' ? unit.masters[0]?.path : unit.files[0]?.raw.path) ?? ''
}

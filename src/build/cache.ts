/**
 * The build cache: content-addressed, beside the output folder (`.dist.cache/` for `dist/`).
 *
 *   manifest.json        what the last build made: each document's entry by the key of its
 *                        inputs, each document's pages by the key of those and the site settings,
 *                        and the corpus-wide pages by the key of every entry
 *   tei/KEY.xml          a document's TEI (its edition model serialised; the model itself, some
 *                        forty times the size of the raw text, is not kept)
 *   tei/KEY.member.xml   the same as a member of the teiCorpus
 *   tei/KEY.rendered.json  a TEI master's document rendered (with the links of every master)
 *   tei/KEY.volumes.json   the volumes of the TEI masters, rendered, and the images they show
 *   tei/KEY.shingles     a released file's body shingles, which grouping compares (32-bit
 *                        numbers: no parsing, so a thousand load in milliseconds)
 *   pages/KEY/…          a document's files as they stand in the output folder
 *   corpus/KEY/…         the corpus-wide pages and assets; the teiCorpus (by its head and
 *                        members' keys, its record saying where each member stands in it)
 *   index/KEY/…          a shard of the search index (a Pagefind bundle), by the keys of its
 *                        documents' pages
 *   reading/N/…          links of the reading pages of shard N of the search index (N.json:
 *                        of which cached files), what Pagefind reads for that shard; only those
 *                        that changed are linked again
 *   published.json       what the output folder holds (publish.ts): published by differences
 *                        while the output is still exactly that
 *   inputs.json          the stat and hash of each raw cable and sidecar the last build read
 *                        (inputs.ts): a file whose stat is the same is not read again
 *   shingles.index       the shingles of the released files the copy grouping last compared, as
 *                        one index (src/corpus/shingle-index.ts), from which the next is made
 *   trash/               what the last build no longer used, removed while the next one works
 *
 * A build links (hard links, else copies) these files into its staging folder, so an unchanged
 * document costs a few system calls, and the published files and the cache share their disk
 * space. Files are never changed in place: each is written under a temporary name and renamed.
 * After a build, whatever it did not use is moved to trash/ and removed by the next build.
 */
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { isAscii } from 'node:buffer'
import { basename, dirname, join, relative } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { Diagnostic } from '../source/errors.ts'
import type { DocumentMetadata, ElementContent } from '../render/index.ts'
import type { Passage } from '../site/registers.ts'
import type { Identity } from '../corpus/identity.ts'
import type { RelatedRecord } from '../edition/model.ts'
import type { PlannedDocument } from '../corpus/group.ts'
import { readShingleIndex, shingleIndexBytes, type ShingleIndex } from '../corpus/shingle-index.ts'
import type { InputStats } from './inputs.ts'

/** What the corpus-wide pages and the build need of a document's edition (no rendering yet). */
export interface DocumentRecord {
  id: string
  file: string
  metadata: DocumentMetadata
  /** the key of its files in the cache (tei/KEY.xml, …) */
  key: string
  /** the id of the volume it is part of (a document of a TEI master) */
  volume?: string
  /**
   * Its rendering is cached (tei/KEY.rendered.json): a TEI master's pages are rendered with the
   * links of every master (src/corpus/links.ts), which its own TEI does not give.
   */
  rendered?: true
}

/** What a unit's edition gave: its documents (one for a raw cable; any number for TEI masters) and its warnings. */
export interface UnitRecord {
  documents: DocumentRecord[]
  warnings: Diagnostic[]
  /** it has volumes (tei/KEY.volumes.json: their pages, sections and images) */
  volumes?: true
  /** a released file (a raw unit) as grouping sees it; its body's shingles are in tei/KEY.shingles, `shingles` their hash */
  released?: { name: string; identity: Identity; release?: string; subject?: string; draft?: boolean; shingles: string }
  /** what a related record says of its document (a raw unit's or a copies unit's) */
  facts?: Omit<RelatedRecord, 'reason'>
  /** a copies unit's sigla, by the name of each released file */
  sigla?: Record<string, string>
}

/** What the corpus-wide pages and the build need of a document's pages. */
export interface PagesRecord {
  /** paths of its files in the output folder */
  files: string[]
  /** how many of those are HTML pages */
  pages: number
  compare: boolean
  variantTypes: string[]
  editorialDeclaration: ElementContent[]
  /** the passages of its reading text that name each entity it names, by key */
  passages: Record<string, Passage[]>
  /** the hash of its entry as the corpus pages are given it (entries.ts), part of their key */
  entry: string
  /** the renderer's warnings, each prefixed with the file */
  warnings: string[]
}

export interface CorpusRecord {
  files: string[]
  pages: number
  /** the teiCorpus's: its members' keys, in order, and their lengths in bytes after the head's, so that the next one is made from it */
  members?: { head: number; keys: string[]; lengths: number[] }
}

export interface Manifest {
  /** by the key of each unit's inputs */
  documents: Record<string, UnitRecord>
  pages: Record<string, PagesRecord>
  corpus: Record<string, CorpusRecord>
  /** the shards of the search index (each a Pagefind bundle's files, relative to its folder) */
  index: Record<string, CorpusRecord>
  /** the copy grouping's plan, by the key of what it reads: each released file's identity and shingles, and edition.json */
  plans: Record<string, PlannedDocument[]>
}

const FOLDERS = ['tei', 'pages', 'corpus', 'index']

/** What a build no longer uses, moved aside at its end and removed while the next one works. */
const TRASH = 'trash'

/** Bumped when the cache's layout changes, so an old cache is ignored. */
const FORMAT = 'cable-edition-cache 5'

/** A cached file that vanished (another build's clean-up, a hand-made change): the build starts over without the cache. */
export class CacheMiss extends Error {}

/** Where the cache keeps each thing (no reading: what a worker needs). */
export class CacheLayout {
  constructor(readonly dir: string) {}

  teiPath(key: string): string {
    return join(this.dir, 'tei', `${key}.xml`)
  }

  memberPath(key: string): string {
    return join(this.dir, 'tei', `${key}.member.xml`)
  }

  renderedPath(key: string): string {
    return join(this.dir, 'tei', `${key}.rendered.json`)
  }

  volumesPath(key: string): string {
    return join(this.dir, 'tei', `${key}.volumes.json`)
  }

  shinglesPath(key: string): string {
    return join(this.dir, 'tei', `${key}.shingles`)
  }

  pagesDir(key: string): string {
    return join(this.dir, 'pages', key)
  }

  corpusDir(key: string): string {
    return join(this.dir, 'corpus', key)
  }

  indexDir(key: string): string {
    return join(this.dir, 'index', key)
  }

  /** Links of the reading pages, a folder for each shard of the search index, kept between builds: what Pagefind reads (publish.ts, `mirror`). */
  readingDir(): string {
    return join(this.dir, 'reading')
  }

  /** What the last build published, and where (publish.ts). */
  publishedPath(): string {
    return join(this.dir, 'published.json')
  }

  /** The stats and hashes of the inputs the last build read (inputs.ts). */
  inputsPath(): string {
    return join(this.dir, 'inputs.json')
  }

  /** The index of the shingles the copy grouping last compared. */
  shingleIndexPath(): string {
    return join(this.dir, 'shingles.index')
  }

  /** The shingle index the last grouping made, when there is one and it reads whole. */
  shingleIndex(): ShingleIndex | undefined {
    return existsSync(this.shingleIndexPath()) ? readShingleIndex(this.shingleIndexPath()) : undefined
  }

  /**
   * Saved as soon as it is made, not at the build's end, so that it is not held in memory
   * meanwhile (46 MB at 10,000 cables); it names what it was made from, so it is right for the
   * next build whether or not this one succeeds.
   */
  saveShingleIndex(index: ShingleIndex): void {
    writeInPieces(this.shingleIndexPath(), (write) => shingleIndexBytes(index).forEach(write))
  }
}

export class Cache extends CacheLayout {
  /** What the previous build left: where this build looks things up. */
  readonly previous: Manifest
  /** What this build uses: saved at its end, everything else removed. */
  readonly next: Manifest = { documents: {}, pages: {}, corpus: {}, index: {}, plans: {} }

  /** The removal of what the previous build left in trash/, in the background while this build works. */
  readonly emptied: Promise<void>

  /** The stats of the inputs the previous build read (racy ones left out), by path. */
  readonly knownInputs: InputStats
  /** Those this build read, saved at its end (whether it succeeds or not: they say what a file holds, not what was made of it). */
  inputs: InputStats | undefined

  /**
   * The names in the cache's folders `tei` and `pages`, each read once, when first looked in: a
   * rebuild looks up each document's files, and at 1,000 documents that was 4,000 stat calls
   * (some 50 ms), where reading the two folders takes a few. A file that vanishes later is found
   * missing where it is used (CacheMiss), as one that vanished after its stat was.
   */
  private readonly names = new Map<string, Set<string>>()

  constructor(dir: string) {
    super(dir)
    for (const folder of [...FOLDERS, TRASH]) mkdirSync(join(dir, folder), { recursive: true })
    this.previous = readManifest(join(dir, 'manifest.json'))
    this.knownInputs = readInputStats(this.inputsPath())
    const trash = join(dir, TRASH)
    // A removal that fails (a file held open elsewhere) is tried again by the next build.
    this.emptied = Promise.all(readdirSync(trash).map((name) => rm(join(trash, name), { recursive: true, force: true }).catch(() => {}))).then(() => {})
  }

  /** The previous build's record of a unit, when its files are still there. */
  unit(key: string): UnitRecord | undefined {
    const record = this.previous.documents[key]
    if (!record) return undefined
    const there = (path: string): boolean => this.found('tei', path)
    if ((record.volumes && !there(this.volumesPath(key))) || (record.released && !there(this.shinglesPath(key)))) return undefined
    const whole = record.documents.every((document) => there(this.teiPath(document.key)) && there(this.memberPath(document.key)) && (!document.rendered || there(this.renderedPath(document.key))))
    return whole ? record : undefined
  }

  pages(key: string): PagesRecord | undefined {
    const record = this.previous.pages[key]
    return record && this.found('pages', this.pagesDir(key)) ? record : undefined
  }

  /** Whether a file of the folder `tei` or `pages` is there (see `names`). */
  private found(folder: 'tei' | 'pages', path: string): boolean {
    let names = this.names.get(folder)
    if (!names) this.names.set(folder, (names = new Set(readdirSync(join(this.dir, folder)))))
    return names.has(basename(path))
  }

  corpus(key: string): CorpusRecord | undefined {
    const record = this.previous.corpus[key]
    return record && existsSync(this.corpusDir(key)) ? record : undefined
  }

  index(key: string): CorpusRecord | undefined {
    const record = this.previous.index[key]
    return record && existsSync(this.indexDir(key)) ? record : undefined
  }

  /** After a failed build: keep what it made and what was there, for the next build to use. */
  async keepAll(): Promise<void> {
    const all: Manifest = {
      documents: { ...this.previous.documents, ...this.next.documents },
      pages: { ...this.previous.pages, ...this.next.pages },
      corpus: { ...this.previous.corpus, ...this.next.corpus },
      index: { ...this.previous.index, ...this.next.index },
      plans: { ...this.previous.plans, ...this.next.plans },
    }
    await new ManifestWriter(join(this.dir, 'manifest.json'), all).finish(all.index)
    this.saveInputs()
  }

  private saveInputs(): void {
    if (this.inputs) writeAtomically(this.inputsPath(), JSON.stringify({ format: INPUTS_FORMAT, files: this.inputs }))
  }

  /**
   * Begin saving what this build used, so that most of it is written while Pagefind indexes
   * (some 0.15 s of a rebuild after one edit at 1,000 documents): the inputs' stats, and the
   * manifest but for the search index's shards, a slice at a time between two turns of the
   * event loop. Everything else must be in `next` by then. `finish`, once the output is
   * published, writes the shards' records, puts the manifest in place and the rest in trash/;
   * `abandon`, when the build fails.
   */
  beginSave(): { finish: () => Promise<void>; abandon: () => Promise<void> } {
    this.saveInputs()
    const manifest = new ManifestWriter(join(this.dir, 'manifest.json'), this.next)
    return {
      finish: async () => {
        await manifest.finish(this.next.index)
        this.trashUnused()
      },
      abandon: () => manifest.abandon(),
    }
  }

  /** Put what this build did not use in trash/: a rename each (an old search index is a thousand files), removed in the background by the next build. */
  private trashUnused(): void {
    const keep = new Set([
      ...Object.entries(this.next.documents).flatMap(([key, unit]) => [
        `${key}.volumes.json`,
        `${key}.shingles`,
        ...unit.documents.flatMap((document) => [`${document.key}.xml`, `${document.key}.member.xml`, `${document.key}.rendered.json`]),
      ]),
      ...Object.keys(this.next.pages),
      ...Object.keys(this.next.corpus),
      ...Object.keys(this.next.index),
    ])
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(this.dir, folder))) {
        if (!keep.has(name)) renameSync(join(this.dir, folder, name), temporary(join(this.dir, TRASH, `${folder}-${name}`)))
      }
    }
  }
}

/**
 * The manifest as saved: what most documents share (the editorial declaration, the authority's
 * entries each names) written once in `shared` and referred to by number, which halves a large
 * corpus's manifest and the time to read it at the start of every build.
 */
interface SavedManifest extends Manifest {
  format: string
  shared: string[]
}

/** How many entries of the manifest are written between two turns of the event loop (a few ms). */
const ENTRIES_AT_ONCE = 64

/**
 * The manifest, written an entry at a time, never as one string: at 10,000 documents it is some
 * 40 MB of JSON, which as one string (and its bytes) was the largest allocation of a build's
 * end. Written in slices between turns of the event loop (so that a build waiting on Pagefind's
 * service answers it at once) from when it is made, but for the search index's records, which
 * `finish` writes, with what is shared, before it puts the file in place.
 */
class ManifestWriter {
  private readonly file: StagedFile
  private readonly shared: string[] = []
  private readonly numbers = new Map<string, number>()
  // Documents share the very objects of a declaration (the build keeps one of each wording).
  private readonly known = new WeakMap<object, number>()
  private readonly written: Promise<void>

  constructor(path: string, manifest: Omit<Manifest, 'index'>) {
    this.file = new StagedFile(path)
    this.written = this.writeAllButIndex(manifest)
    // Its failure is handled where it is awaited (finish, abandon); this keeps it from counting as unhandled meanwhile.
    this.written.catch(() => {})
  }

  async finish(index: Manifest['index']): Promise<void> {
    await this.written
    try {
      this.file.write(',"index":')
      await this.object(index, (value) => value)
      this.file.write(ascii(`,"shared":${JSON.stringify(this.shared)}}`))
    } catch (error) {
      this.file.abandon()
      throw error
    }
    this.file.done()
  }

  async abandon(): Promise<void> {
    await this.written.catch(() => {})
    this.file.abandon()
  }

  private async writeAllButIndex(manifest: Omit<Manifest, 'index'>): Promise<void> {
    try {
      this.file.write(`{"format":${JSON.stringify(FORMAT)},"documents":`)
      await this.object(manifest.documents, (unit) => ({ ...unit, documents: unit.documents.map((document) => ({ ...document, metadata: { ...document.metadata, entities: document.metadata.entities.map((entity) => this.share(entity)) } })) }))
      this.file.write(',"pages":')
      await this.object(manifest.pages, (record) => ({ ...record, editorialDeclaration: this.share(record.editorialDeclaration) }))
      for (const name of ['corpus', 'plans'] as const) {
        this.file.write(`,${JSON.stringify(name)}:`)
        await this.object<unknown>(manifest[name], (value) => value)
      }
    } catch (error) {
      this.file.abandon()
      throw error
    }
  }

  private async object<T>(entries: Record<string, T>, saved: (value: T) => unknown): Promise<void> {
    // A slice of entries is one write: an entry each was thousands of system calls.
    let slice = '{'
    for (const [index, [key, value]] of Object.entries(entries).entries()) {
      if (index > 0 && index % ENTRIES_AT_ONCE === 0) {
        this.file.write(slice)
        slice = ''
        await yieldToLoop()
      }
      slice += ascii(`${index === 0 ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(saved(value))}`)
    }
    this.file.write(slice + '}')
  }

  /** The number of a value in `shared`, which many entries hold. */
  private share(value: object): number {
    const seen = this.known.get(value)
    if (seen !== undefined) return seen
    const json = JSON.stringify(value)
    let number = this.numbers.get(json)
    if (number === undefined) this.numbers.set(json, (number = this.shared.push(json) - 1))
    this.known.set(value, number)
    return number
  }
}

/**
 * JSON with every character beyond ASCII escaped (`\u00e9`), so that the manifest is ASCII and
 * is read as Latin-1: decoding some MB of UTF-8 that holds a few accented names took longer
 * than parsing them.
 */
function ascii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function readManifest(path: string): Manifest {
  try {
    const bytes = readFileSync(path)
    const data = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as SavedManifest
    if (data.format === FORMAT) {
      const shared = data.shared.map((json) => JSON.parse(json) as unknown)
      for (const unit of Object.values(data.documents)) {
        for (const document of unit.documents) document.metadata.entities = (document.metadata.entities as unknown as number[]).map((number) => shared[number]) as DocumentMetadata['entities']
      }
      for (const record of Object.values(data.pages)) record.editorialDeclaration = shared[record.editorialDeclaration as unknown as number] as ElementContent[]
      return { documents: data.documents, pages: data.pages, corpus: data.corpus, index: data.index, plans: data.plans }
    }
  } catch {
    // No cache yet, or one cut short: start afresh.
  }
  return { documents: {}, pages: {}, corpus: {}, index: {}, plans: {} }
}

const INPUTS_FORMAT = 'cable-edition-inputs 1'

function readInputStats(path: string): InputStats {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; files?: InputStats }
    if (data.format === INPUTS_FORMAT && data.files) return data.files
  } catch {
    // None yet, or cut short: every input is read.
  }
  return {}
}

/** Shingles as the cache keeps them: 32-bit numbers in the machine's byte order (the cache is the machine's own). */
export function shinglesBytes(shingles: Uint32Array): Buffer {
  return Buffer.from(shingles.buffer, shingles.byteOffset, shingles.byteLength)
}

/** The shingles of shinglesBytes, copied into numbers of their own (a Buffer read may not be aligned for a view). */
export function shinglesOf(bytes: Buffer): Uint32Array {
  const numbers = new Uint32Array(Math.floor(bytes.length / 4))
  new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbers.length * 4))
  return numbers
}

/** A name no other thread or process writes at the same time. */
export function temporary(path: string): string {
  return `${path}.tmp-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}`
}

/** Write a file under a temporary name and rename it into place. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const staged = temporary(path)
  writeFileSync(staged, content)
  renameSync(staged, path)
}

/** A file written a piece at a time (never whole in memory) under a temporary name, and renamed into place when done. */
class StagedFile {
  private readonly staged: string
  private fd: number | undefined

  constructor(private readonly path: string) {
    this.staged = temporary(path)
    this.fd = openSync(this.staged, 'w')
  }

  write(piece: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.path}: written after it was closed`)
    // writeSync's overloads take a string or bytes, not either.
    if (typeof piece === 'string') writeSync(this.fd, piece)
    else writeSync(this.fd, piece)
  }

  done(): void {
    this.close()
    renameSync(this.staged, this.path)
  }

  /** Closed and removed, the file in place left as it was; once done, nothing. */
  abandon(): void {
    if (this.fd === undefined) return
    this.close()
    rmSync(this.staged, { force: true })
  }

  private close(): void {
    if (this.fd === undefined) return
    const fd = this.fd
    this.fd = undefined
    closeSync(fd)
  }
}

/** Write a file a piece at a time (never whole in memory) under a temporary name, and rename it into place. */
function writeInPieces(path: string, pieces: (write: (piece: string | Uint8Array) => void) => void): void {
  const file = new StagedFile(path)
  try {
    pieces((piece) => file.write(piece))
  } catch (error) {
    file.abandon()
    throw error
  }
  file.done()
}

/** A file of a tree to write: its content, or an existing file to link. */
export type TreeFile = { path: string; content: string } | { path: string; from: string }

/**
 * Write a folder of files whole: into a temporary folder renamed into place. When another build
 * made the same folder first, its content is the same (the name is the hash of the inputs).
 * The folder is flat, each file named by its encoded path: one folder to make, not six.
 */
export function writeTree(dir: string, files: readonly TreeFile[]): void {
  const staged = temporary(dir)
  mkdirSync(staged)
  for (const file of files) {
    const path = join(staged, flatName(file.path))
    if ('content' in file) writeFileSync(path, file.content)
    else linkOrCopy(file.from, path)
  }
  moveInto(staged, dir)
}

/** `documents/d-1/index.html` → `documents%2Fd-1%2Findex.html` */
function flatName(path: string): string {
  return encodeURIComponent(path)
}

/** Rename a finished temporary folder into place (kept as it is when another build got there first). */
function moveInto(staged: string, dir: string): void {
  try {
    renameSync(staged, dir)
  } catch (error) {
    rmSync(staged, { recursive: true, force: true })
    if (!existsSync(dir)) throw error
  }
}

/** Where a cached folder (written by writeTree) holds the file of an output path. */
export function cachedFile(folder: string, path: string): string {
  return join(folder, flatName(path))
}

/** Link the files of a cached folder (written by writeTree) into the staging folder. */
export function linkTree(from: string, files: readonly string[], to: string, made: Set<string>): void {
  for (const file of files) {
    const target = join(to, file)
    ensureFolder(dirname(target), made)
    linkOrCopy(cachedFile(from, file), target)
  }
}

/**
 * Make a folder once per build (`made`: the folders made or found so far). Its parent is made
 * first: a recursive mkdir of `witness/A` before `witness/` fails, makes the parent and tries
 * again, a wasted call for every document; this way each folder is one call (the folders above
 * the output, there already, once each).
 */
export function ensureFolder(dir: string, made: Set<string>): void {
  if (made.has(dir)) return
  const parent = dirname(dir)
  if (parent !== dir) ensureFolder(parent, made)
  mkdirSync(dir, { recursive: true })
  made.add(dir)
}

/** A hard link, or a copy where links cannot be made (another file system, a limit on links). */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !existsSync(from)) throw new CacheMiss(`${from} is missing`)
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error
    copyFileSync(from, to)
  }
}

/** Every file under a folder, as paths relative to it (with `/`), sorted. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

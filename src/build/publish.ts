/**
 * Publication of a build. Two ways, the output the same byte for byte:
 *
 * - whole: everything is written into a fresh staging folder beside the output folder (same
 *   parent, so the same filesystem and rename(2) is atomic), which then replaces the output
 *   folder whole. So a build killed at any moment leaves the previous output as it was, and
 *   nothing of an earlier build survives in the new one (a deleted cable's pages, a stray file).
 * - by differences, when the output folder is exactly what the last build published (its
 *   record in the cache, `published.json`, names the cached file behind each output file and
 *   the inode and modification time of every folder: a file added, removed or renamed by hand,
 *   or the folder replaced, changes one of those). Then the cached files stand in the staging
 *   folder only by name (`Staging.link`), and once everything else succeeded only what differs
 *   is applied: new and changed files linked under a temporary name and renamed over, removed
 *   ones unlinked, emptied folders removed. Every input error is raised before (the build's
 *   `write`), so a failed build leaves the output untouched. A build killed while applying
 *   (milliseconds) leaves the changed documents half replaced and no record: the next build
 *   publishes whole.
 *
 * Cached files are never written through their links: a file is replaced by renaming a new
 * link over it, never by writing into it.
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from '../source/errors.ts'
import { cachedFile, ensureFolder, filesOf, linkOrCopy, linkTree, temporary, writeAtomically } from './cache.ts'

/**
 * A folder that every build writes, so an existing non-empty output folder without it is not
 * a previous build (say `--out .` or `--out ~` by mistake) and is never replaced, that is deleted.
 */
const BUILD_MARKER = 'tei'

/**
 * What a build publishes: the files it writes into the staging folder (`dir`), and the cached
 * folders it links (each folder's files, standing in the output under a folder of it).
 * Published whole, those are linked into the staging folder at once; published by differences,
 * only named, and linked into the output folder where they differ. Kept by cached folder, not
 * by file: a build by differences looks at the few folders that changed, not at the 40,000
 * files of 10,000 documents. A step that reads some of them from a folder (the search index)
 * reads them from a `mirror`.
 */
export class Staging {
  /** each cached folder linked → its files (as writeTree wrote them) and where they stand in the output */
  readonly linked = new Map<string, Linked>()
  private readonly folders = new Set<string>()

  constructor(readonly dir: string, private wholly: boolean) {}

  /** Whether it is published whole (its cached folders linked into it), as far as is known yet: see publishBuild. */
  get whole(): boolean {
    return this.wholly
  }

  /** The files of a cached folder (written by writeTree), as they stand in the output (in its folder `under`). */
  link(from: string, files: readonly string[], under = ''): void {
    // Each cached folder holds what one document, shard or page set gives: linked once.
    if (this.linked.has(from)) throw new Error(`${from} is linked twice into one build`)
    this.linked.set(from, { under, files })
    if (this.wholly) linkTree(from, files, join(this.dir, under), this.folders)
  }

  /** Published whole after all (the output is not what the last build published): the cached folders named so far are linked in. */
  makeWhole(): void {
    if (this.wholly) return
    this.wholly = true
    for (const [from, { under, files }] of this.linked) linkTree(from, files, join(this.dir, under), this.folders)
  }
}

/** A cached folder's files as they stand in the output: in its folder `under` ('' for the output folder itself). */
interface Linked {
  under: string
  files: readonly string[]
}

/** The output paths of a cached folder's files. */
function outputPaths({ under, files }: Linked): readonly string[] {
  return under === '' ? files : files.map((file) => join(under, file))
}

/**
 * Run `write` into a fresh staging folder, then publish it as outDir: by differences when
 * `record` (a file in the cache) says outDir is what the last build published, else whole.
 * When `write` throws (or the swap fails) the staging folder is removed and outDir is left as
 * it was. Calls for one outDir must not overlap within one process (the staging name holds the pid).
 */
export async function publishBuild<T>(outDir: string, write: (stagingDir: string, staging: Staging) => Promise<T>, record?: string): Promise<T> {
  const target = resolve(outDir)
  checkTarget(outDir, target)
  const dir = leftoverPath(target, 'staging', process.pid)
  try {
    mkdirSync(dirname(target), { recursive: true })
    removeLeftovers(target)
    mkdirSync(dir)
  } catch (error) {
    throw error instanceof InputError ? error : cannotWrite(outDir, reasonOf(error))
  }
  const published = record === undefined ? undefined : publishedRecord(record, target)
  // Whether the output is still what that record says is looked at while `write` works, in the
  // turns of the event loop it leaves (while Pagefind indexes, say): published by differences
  // until then, and whole after all when it is not.
  const looking = published && stillPublished(published, target)
  const staging = new Staging(dir, published === undefined)
  let result: T
  let previous: Previous | undefined
  try {
    result = await write(dir, staging)
    previous = await looking
    if (!previous) staging.makeWhole()
  } catch (error) {
    await looking
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  // Published by differences, the staging folder holds only the files written.
  const links = staging.whole ? new Set([...staging.linked.values()].flatMap(outputPaths)) : undefined
  const written = filesOf(dir).filter((path) => !links?.has(path))
  let applied: Applied | undefined
  if (previous) {
    const differences = differencesFrom(previous.published, staging)
    // From here until the new record is saved the output is neither build's: a build killed meanwhile leaves no record.
    if (record) rmSync(record, { force: true })
    applied = { ...previous, differences, removedFolders: applyDifferences(outDir, target, staging, written, previous.published, differences) }
  } else swapIn(outDir, dir, target)
  if (record) savePublished(record, target, staging, written, applied)
  return result
}

/** What a build published, as its record in the cache keeps it. */
interface Published {
  format: string
  /** the output folder, absolute */
  out: string
  /** a hash of every folder of the output: its path, inode and modification time */
  folders: string
  /** every folder of the output, the output folder itself ('') among them */
  dirs: string[]
  /** the cached folders linked, each with its files and where they stand */
  linked: Record<string, Linked>
  /** the files written into the staging folder (not linked from the cache) */
  written: string[]
}

const PUBLISHED_FORMAT = 'cable-edition-published 2'

/** The record of the last build published into target, when there is one (whether target is still exactly that is for stillPublished to tell). */
function publishedRecord(record: string, target: string): Published | undefined {
  let published: Published
  try {
    published = JSON.parse(readFileSync(record, 'utf8')) as Published
  } catch {
    return undefined
  }
  return published.format === PUBLISHED_FORMAT && published.out === target ? published : undefined
}

/** The last build's record, with the stats of the output's folders, when the output is still exactly what it published. */
interface Previous {
  published: Published
  stats: Map<string, string>
}

/**
 * How many folders stillPublished looks at between two turns of the event loop: some 3 ms of
 * lstat, so that a build waiting on Pagefind's service answers it at once.
 */
const FOLDERS_AT_ONCE = 256

/**
 * Whether target is still exactly what the last build published: the stats of each of its
 * folders (thousands: some 65 ms at 1,000 documents), a slice between two turns of the event loop.
 */
async function stillPublished(published: Published, target: string): Promise<Previous | undefined> {
  const stats = new Map<string, string>()
  for (const [index, folder] of published.dirs.entries()) {
    if (index % FOLDERS_AT_ONCE === 0) await yieldToLoop()
    const stat = statOf(join(target, folder))
    if (stat === undefined) return undefined
    stats.set(folder, stat)
  }
  return hashOfFolders(stats) === published.folders ? { published, stats } : undefined
}

/** Whether a cached folder stands in the output as the last build published it (its files are the same: a cached folder never changes). */
function unchanged(previous: Published, from: string, linked: Linked | undefined): boolean {
  return linked !== undefined && Object.hasOwn(previous.linked, from) && previous.linked[from]?.under === linked.under
}

/** What differs from the last build: the cached folders new to the output (or standing elsewhere in it), and the paths of those it no longer publishes as before. */
interface Differences {
  added: Array<[string, Linked]>
  /** a cached folder still linked as before gives the same paths as before: only the others' can be gone */
  gone: string[]
}

/** A build published by differences: the last build's record and its folders' stats, what differed, and the folders emptied and removed. */
interface Applied extends Previous {
  differences: Differences
  removedFolders: ReadonlySet<string>
}

function differencesFrom(previous: Published, staging: Staging): Differences {
  return {
    added: [...staging.linked].filter(([from, place]) => !unchanged(previous, from, place)),
    gone: Object.entries(previous.linked).flatMap(([from, place]) => (unchanged(previous, from, staging.linked.get(from)) ? [] : outputPaths(place))),
  }
}

/** Every folder that holds one of the paths, the output folder itself ('') among them. */
function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>([''])
  for (const path of paths) {
    for (let folder = dirname(path); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder)
  }
  return folders
}

/** A folder's inode and modification time (any entry added, removed or renamed changes it); undefined when it is not a folder. */
function statOf(path: string): string | undefined {
  try {
    const stat = lstatSync(path, { bigint: true })
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}:${stat.mtimeNs}` : undefined
  } catch {
    return undefined
  }
}

function hashOfFolders(stats: Map<string, string>): string {
  const hash = createHash('sha256')
  for (const folder of [...stats.keys()].sort()) hash.update(`${folder}\0${stats.get(folder) ?? ''}\0`)
  return hash.digest('hex')
}

/**
 * Apply to the output what differs from the last build: the cached folders it did not link
 * (their files linked under a temporary name, then renamed over), the files written (renamed
 * in from the staging folder), then the files no longer published removed, and their folders
 * when emptied. Returns the folders removed.
 */
function applyDifferences(outDir: string, target: string, staging: Staging, written: readonly string[], previous: Published, { added, gone }: Differences): Set<string> {
  const folders = new Set<string>()
  const linked: Array<{ path: string; temporary: string }> = []
  try {
    // The paths of the cached folders new to the output, and of the files written: all that can take the place of a file published before.
    const fresh = new Set<string>(written)
    for (const [from, place] of added) {
      for (const file of place.files) {
        const path = place.under === '' ? file : join(place.under, file)
        fresh.add(path)
        const to = join(target, path)
        ensureFolder(dirname(to), folders)
        const staged = temporary(to)
        linkOrCopy(cachedFile(from, file), staged)
        linked.push({ path: to, temporary: staged })
      }
    }
    for (const { path, temporary: staged } of linked) {
      renameSync(staged, path)
      // Over a link of the same file (a document's TEI, linked from the edition's) rename(2) does nothing and leaves the temporary name.
      rmSync(staged, { force: true })
    }
    for (const path of written) {
      const to = join(target, path)
      ensureFolder(dirname(to), folders)
      renameSync(join(staging.dir, path), to)
    }
    const removed = [...gone, ...previous.written].filter((path) => !fresh.has(path))
    for (const path of removed) rmSync(join(target, path), { force: true })
    // Deepest first: a folder emptied, then its parent; one still holding a file stays.
    const emptied = new Set<string>()
    for (const folder of [...foldersOf(removed)].sort().reverse()) if (folder !== '' && removeIfEmpty(join(target, folder))) emptied.add(folder)
    return emptied
  } catch (error) {
    for (const { temporary: staged } of linked) rmSync(staged, { force: true })
    throw cannotWrite(outDir, reasonOf(error))
  } finally {
    rmSync(staging.dir, { recursive: true, force: true })
  }
}

/**
 * Make `dir` (a folder of the cache) hold links of `files` (path → cached file) and nothing
 * else, changing only what differs from the last time: its record beside it (`DIR.json`) says
 * what it holds, and is removed while it changes, so a folder left half changed is made afresh.
 */
export function mirror(dir: string, files: ReadonlyMap<string, string>): void {
  const record = `${dir}.json`
  let before: Record<string, string> | undefined
  try {
    before = JSON.parse(readFileSync(record, 'utf8')) as Record<string, string>
  } catch {
    rmSync(dir, { recursive: true, force: true })
  }
  rmSync(record, { force: true })
  const folders = new Set<string>()
  for (const [path, from] of files) {
    if (before?.[path] === from) continue
    const to = join(dir, path)
    ensureFolder(dirname(to), folders)
    const staged = temporary(to)
    linkOrCopy(from, staged)
    renameSync(staged, to)
    rmSync(staged, { force: true })
  }
  const removed = Object.keys(before ?? {}).filter((path) => !files.has(path))
  for (const path of removed) rmSync(join(dir, path), { force: true })
  for (const folder of [...foldersOf(removed)].sort().reverse()) if (folder !== '') removeIfEmpty(join(dir, folder))
  writeAtomically(record, JSON.stringify(Object.fromEntries(files)))
}

/** Remove a folder when it is empty; whether it was removed. */
function removeIfEmpty(folder: string): boolean {
  try {
    rmdirSync(folder)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error
    return false
  }
}

/**
 * The record of what was published: the cached folders linked and where, and the stats of
 * every folder, for the next build to check that the output is still exactly this. Only the
 * folders whose entries changed are looked at again: published by differences, the folders
 * are the last build's, less those emptied and removed, with those of the paths new to it.
 */
function savePublished(record: string, target: string, staging: Staging, written: readonly string[], previous: Applied | undefined): void {
  const linked = Object.fromEntries(staging.linked)
  let all: Set<string>
  let changed: Set<string>
  if (previous) {
    const { published: before, differences, removedFolders } = previous
    // A folder whose entries this build changed: one holding a path that is new, changed or removed.
    const fresh = differences.added.flatMap(([, place]) => outputPaths(place))
    changed = foldersOf([...fresh, ...written, ...differences.gone, ...before.written])
    all = new Set([...before.dirs.filter((folder) => !removedFolders.has(folder)), ...foldersOf([...fresh, ...written])])
  } else {
    all = foldersOf([...[...staging.linked.values()].flatMap(outputPaths), ...written])
    changed = all
  }
  const stats = new Map<string, string>()
  for (const folder of [...all].sort()) {
    const known = changed.has(folder) ? undefined : previous?.stats.get(folder)
    const stat = known ?? statOf(join(target, folder))
    if (stat === undefined) return
    stats.set(folder, stat)
  }
  const published: Published = { format: PUBLISHED_FORMAT, out: target, folders: hashOfFolders(stats), dirs: [...stats.keys()], linked, written: [...written] }
  writeAtomically(record, JSON.stringify(published))
}

/** Throw the InputError publishBuild would when outDir cannot be replaced, before any work. */
export function checkOutput(outDir: string): void {
  checkTarget(outDir, resolve(outDir))
}

/**
 * Whether path is part of outDir's builds: inside outDir, or inside one of its staging or
 * previous folders. `serve` ignores changes there, so its own output never triggers a rebuild.
 */
export function isBuildOutput(outDir: string, path: string): boolean {
  const target = resolve(outDir)
  const absolute = resolve(path)
  if (isWithin(target, absolute)) return true
  const [first] = relative(dirname(target), absolute).split(sep)
  return first !== undefined && isWithin(dirname(target), absolute) && parseLeftover(target, first) !== undefined
}

type Kind = 'staging' | 'previous'

/** `.dist.staging-123`: hidden, named after outDir and the building process (see .gitignore). */
function leftoverPath(target: string, kind: Kind, pid: number): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${pid}`)
}

function parseLeftover(target: string, name: string): { kind: Kind; pid: number } | undefined {
  const prefix = `.${basename(target)}.`
  if (!name.startsWith(prefix)) return undefined
  const match = /^(staging|previous)-(\d+)$/.exec(name.slice(prefix.length))
  return match ? { kind: match[1] as Kind, pid: Number(match[2]) } : undefined
}

/** The existing outDir must be a folder this command may replace. */
function checkTarget(outDir: string, target: string): void {
  let entries: string[]
  try {
    if (!statSync(target).isDirectory()) throw cannotWrite(outDir, 'it exists and is not a directory')
    entries = readdirSync(target)
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw cannotWrite(outDir, reasonOf(error))
  }
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw cannotWrite(outDir, `it is not empty and has no ${BUILD_MARKER}/ folder, so it is not a previous build; a build replaces its output folder whole`)
  }
}

/**
 * Remove the staging and previous folders that killed builds left beside outDir. Only those of
 * processes no longer alive: a build running at the same time (`npm start` while building by
 * hand) keeps its staging folder. Our own pid counts as dead, since a container often gives
 * every run the same pid; a live process that reuses a dead build's pid only delays the removal.
 */
function removeLeftovers(target: string): void {
  const leftovers = readdirSync(dirname(target)).flatMap((name) => {
    const parsed = parseLeftover(target, name)
    return parsed && (parsed.pid === process.pid || !isAlive(parsed.pid)) ? [{ ...parsed, path: join(dirname(target), name) }] : []
  })
  // Killed between the two renames of swapIn: outDir is gone and the previous build is aside.
  const previous = leftovers.find((leftover) => leftover.kind === 'previous')
  if (previous && !existsSync(target)) renameSync(previous.path, target)
  for (const leftover of leftovers) rmSync(leftover.path, { recursive: true, force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Two renames: outDir aside, staging in. Between them (microseconds) outDir is missing; a
 * build killed right there is repaired by the next one (removeLeftovers puts the previous back).
 */
function swapIn(outDir: string, staging: string, target: string): void {
  const previous = leftoverPath(target, 'previous', process.pid)
  const hadOutput = existsSync(target)
  try {
    if (hadOutput) renameSync(target, previous)
    try {
      renameSync(staging, target)
    } catch (error) {
      if (hadOutput) renameSync(previous, target)
      throw error
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw cannotWrite(outDir, reasonOf(error))
  }
  // The new build is published; a previous folder that resists removal goes with the next build.
  try {
    rmSync(previous, { recursive: true, force: true })
  } catch {}
}

function isWithin(folder: string, path: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (rest !== '..' && !rest.startsWith('..' + sep) && !isAbsolute(rest))
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? (error instanceof Error ? error.message : String(error))
}

function cannotWrite(outDir: string, reason: string): InputError {
  return new InputError(outDir, 1, 1, `cannot write the edition to this folder (${reason})`)
}

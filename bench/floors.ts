/**
 * What the output alone costs: two parts of a build that no change to our own code removes, timed
 * in the same run as bare Eleventy, so the ratio the targets speak of can be read against them.
 *
 * - Pagefind alone: one call of its API indexing the reading pages of our finished site into
 *   one bundle (the build cuts the index into shards, which costs more, see src/site/search.ts).
 * - Writing the files alone: our site's files, read into memory first, written into a folder
 *   never written before (see `runFolder` in build.ts: this machine's ext4 makes a file slowly
 *   after many were deleted), and bare Eleventy's output the same way.
 *
 * Neither is a build: together they are a lower bound of the part of ours that is not parsing,
 * collating and rendering.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { filesOf } from '../src/build/cache.ts'
import { WORK } from './build.ts'
import { median } from './timing.ts'

export interface WriteFloor {
  files: number
  folders: number
  bytes: number
  wallMs: number
  cpuMs: number
}

export interface Floors {
  /** Pagefind indexing the reading pages of our site into one bundle, wall clock, per run */
  pagefindMs: number[]
  /** how many pages Pagefind indexed */
  pagefindPages: number
  ours: WriteFloor[]
  bare: WriteFloor[]
}

/** The floors of a size: Pagefind on our site's reading pages, and writing our site's and bare Eleventy's files, `runs` times each, alternating. */
export async function measureFloors(site: string, bareSite: string, runs: number, name: string): Promise<Floors> {
  const floors: Floors = { pagefindMs: [], pagefindPages: 0, ours: [], bare: [] }
  mkdirSync(WORK, { recursive: true })
  for (let run = 0; run < runs; run++) {
    floors.bare.push(writeInChild(bareSite, join(WORK, `out-floor-${name}-bare-${run}-${process.pid}`)))
    floors.ours.push(writeInChild(site, join(WORK, `out-floor-${name}-ours-${run}-${process.pid}`)))
    const indexed = await pagefindAlone(site, join(WORK, `out-floor-${name}-pagefind-${run}-${process.pid}`))
    floors.pagefindMs.push(indexed.wallMs)
    floors.pagefindPages = indexed.pages
  }
  return floors
}

/**
 * The write floor in a process of its own, which reads the tree and writes it: held here, a
 * site's files (1.3 GB at 10,000 documents) would swell this process, and on Linux a child
 * starts with its parent's peak memory as its own (`ru_maxrss` survives fork and exec), so every
 * process the benchmark measured after would report at least that.
 */
function writeInChild(from: string, to: string): WriteFloor {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), from, to], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (result.status !== 0) throw new Error(`write floor of ${from} failed (${result.status}): ${result.stderr}`)
  return JSON.parse(result.stdout) as WriteFloor
}

/** Medians of the write floors' figures. */
export function medianWrite(runs: readonly WriteFloor[]): WriteFloor {
  const first = runs[0] ?? { files: 0, folders: 0, bytes: 0, wallMs: 0, cpuMs: 0 }
  return { ...first, wallMs: median(runs.map((run) => run.wallMs)), cpuMs: median(runs.map((run) => run.cpuMs)) }
}

type Tree = { files: Array<[string, Buffer]>; folders: string[] }

/** Every file under a folder, read (paths relative to it), and the folders that hold them, parents first. */
function treeOf(dir: string): Tree {
  const files = filesOf(dir).map((path): [string, Buffer] => [path, readFileSync(join(dir, path))])
  const folders = new Set<string>()
  for (const [path] of files) for (let folder = dirname(path); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder)
  return { files, folders: [...folders].sort() }
}

/** Write a tree held in memory into `to`, one system call a folder and one write a file. */
function writeFromMemory(tree: Tree, to: string): WriteFloor {
  const cpu = process.cpuUsage()
  const start = performance.now()
  mkdirSync(to)
  // Sorted, so a folder comes after its parent.
  for (const folder of tree.folders) mkdirSync(join(to, folder))
  for (const [path, bytes] of tree.files) writeFileSync(join(to, path), bytes)
  const wallMs = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { files: tree.files.length, folders: tree.folders.length, bytes: tree.files.reduce((sum, [, bytes]) => sum + bytes.length, 0), wallMs, cpuMs: (used.user + used.system) / 1000 }
}

/** Pagefind's API, as the build calls it, on the reading pages of a finished site (`documents/ID/index.html`), into one bundle. */
async function pagefindAlone(site: string, into: string): Promise<{ wallMs: number; pages: number }> {
  const pagefind = await import('pagefind')
  const start = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false, keepIndexUrl: false })
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: site, glob: 'documents/*/index.html' })
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: into })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    await index.deleteIndex()
    return { wallMs: performance.now() - start, pages: added.page_count }
  } finally {
    await pagefind.close()
  }
}

// `node --import tsx bench/floors.ts FROM TO`: the write floor of the tree FROM, into TO (JSON on stdout).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [from, to] = process.argv.slice(2)
  if (!from || !to) throw new Error('usage: bench/floors.ts FROM TO')
  process.stdout.write(JSON.stringify(writeFromMemory(treeOf(from), to)) + '\n')
}

/**
 * The build benchmark: the shipped CLI (compiled, `bin/cable-edition.js build`) on N generated
 * cables, against bare Eleventy building N plain Markdown pages of the same text in the same run,
 * in a temporary folder outside the project (so the project's .eleventy.js is not used). Runs
 * alternate between the two, so both meet the same load on the machine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { editCable, generateCable } from './generate.ts'
import { median } from './timing.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'bin', 'cable-edition.js')
const rss = join(root, 'bench', 'rss.cjs')
const eleventy = join(root, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
/** Where corpora, outputs and the bare Eleventy project live: outside the project. */
export const WORK = join(tmpdir(), 'cable-edition-bench')

export interface Run {
  wallMs: number
  /** user and system CPU time of the process, all its threads */
  cpuMs: number
  rssBytes: number
  /** our build's own figures (`build --stats`) */
  stats?: BuildStats
}

export interface BuildStats {
  documents: number
  pages: number
  ms: number
  stages: Record<string, number>
  made: { editions: number; pages: number; corpus: boolean }
  peakRssBytes: number
}

/** The corpus of N generated cables and the same texts as Markdown pages for bare Eleventy (made once, then reused). */
export function prepare(count: number): { corpus: string; bare: string; copies: Record<number, number> } {
  const corpus = join(WORK, `corpus-${count}`)
  const bare = join(WORK, `bare-${count}`)
  const marker = join(corpus, '.complete.json')
  if (!existsSync(marker)) {
    rmSync(corpus, { recursive: true, force: true })
    rmSync(bare, { recursive: true, force: true })
    mkdirSync(corpus, { recursive: true })
    mkdirSync(join(bare, 'src'), { recursive: true })
    const copies: Record<number, number> = {}
    const names: string[] = []
    for (let index = 0; index < count; index++) {
      const cable = generateCable(index)
      writeFileSync(join(corpus, cable.name), cable.text)
      writeFileSync(join(bare, 'src', cable.name.replace(/\.txt$/, '.md')), cable.text)
      copies[cable.copies] = (copies[cable.copies] ?? 0) + 1
      names.push(cable.name)
    }
    // The cables are variants of a few texts, so the build would group them as copies of one
    // another (src/corpus/group.ts): the editor's edition.json keeps each a document of its own,
    // as the N documents measured are meant to be. Grouping still runs (identity, shingles, plan).
    writeFileSync(join(corpus, 'edition.json'), JSON.stringify({ documents: names.map((name) => ({ files: [name] })) }))
    writeFileSync(marker, JSON.stringify({ copies }))
  }
  return { corpus, bare, copies: (JSON.parse(readFileSync(marker, 'utf8')) as { copies: Record<number, number> }).copies }
}

/** A process timed from spawn to exit, with its peak memory. */
function timed(args: string[], cwd: string): { wallMs: number; cpuMs: number; rssBytes: number; stdout: string; stderr: string } {
  const rssFile = join(WORK, `rss-${process.pid}`)
  rmSync(rssFile, { force: true })
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--require', rss, ...args], { cwd, encoding: 'utf8', env: { ...process.env, BENCH_RSS_FILE: rssFile, SOURCE_DATE_EPOCH: '1700000000' }, maxBuffer: 1 << 26 })
  const wallMs = performance.now() - start
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { rssBytes: number; cpuMs: number }) : { rssBytes: 0, cpuMs: 0 }
  return { wallMs, ...usage, stdout: result.stdout, stderr: result.stderr }
}

/** Our build of the corpus into out, its cache beside it (a folder never built into before: a build from nothing; else a rebuild). */
export function ours(corpus: string, out: string, options: { jobs?: number } = {}): Run {
  const statsFile = join(WORK, `stats-${process.pid}.json`)
  const jobs = options.jobs ? ['--jobs', String(options.jobs)] : []
  // As the shebang of bin/ runs it (and npm run build).
  const run = timed(['--max-semi-space-size=64', cli, 'build', corpus, '--out', out, '--quiet', '--stats', statsFile, ...jobs], root)
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, rssBytes: Math.max(run.rssBytes, stats.peakRssBytes), stats }
}

/**
 * A folder for one run to write, never written before (named by this process), removed by
 * removeOutputs once every size is measured, never before a run. This machine's ext4 has no
 * journal, and without one, ext4 passes over the inodes freed in the last minute or more when it
 * allocates a new one (`recently_deleted`, fs/ext4/ialloc.c): a build that creates some 20,000
 * files right after 25,000 were deleted spent some 18 % of the CPU samples of its pages phase in
 * that scan (`perf record -a -g`), and took 25.1 and 26.1 s against 22.9 and 22.8 s in a folder
 * with no deletion before it. A user's build from nothing follows no such deletion, so each run,
 * ours and bare Eleventy's, writes a folder of its own.
 */
function runFolder(parent: string, name: string): string {
  return join(parent, `${name}-${process.pid}`)
}

/** Remove what the runs wrote (ours: `out-…` and its cache `.out-….cache`; bare Eleventy's: `_site-…`), this benchmark's and any an interrupted one left. */
export function removeOutputs(): void {
  const folders = readdirSync(WORK).flatMap((name) => {
    if (/^\.?out-/.test(name)) return [join(WORK, name)]
    if (!name.startsWith('bare-')) return []
    return readdirSync(join(WORK, name)).filter((inner) => inner.startsWith('_site')).map((inner) => join(WORK, name, inner))
  })
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
}

/** Bare Eleventy on the Markdown pages, from its own folder: no configuration file, the defaults; into `output` (a folder of it never written before). */
export function bare(folder: string, output: string): Run {
  const run = timed([eleventy, '--input=src', `--output=${output}`, '--quiet'], folder)
  const pages = readdirSync(join(folder, output)).length
  if (pages === 0) throw new Error('bare Eleventy wrote nothing')
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, rssBytes: run.rssBytes }
}

/** One editor's correction in the index-th cable of the corpus. */
export function editOne(corpus: string, index: number, seed: number): void {
  const path = join(corpus, generateCable(index).name)
  const text = readFileSync(path, 'utf8')
  for (let attempt = 0; ; attempt++) {
    const edited = editCable(text, seed * 101 + attempt)
    if (edited !== text) {
      writeFileSync(path, edited)
      return
    }
  }
}

/** Put the generated text back (after the incremental runs). */
export function restore(corpus: string, index: number): void {
  const cable = generateCable(index)
  writeFileSync(join(corpus, cable.name), cable.text)
}

export interface SizeResult {
  count: number
  copies: Record<number, number>
  runs: number
  ours: Run[]
  bare: Run[]
  incremental: Run[]
  oneThread?: Run
  /** the last full build's output (edited since) and bare Eleventy's last, for the floors (floors.ts) */
  site: string
  bareSite: string
}

/** Full builds and bare Eleventy alternately, then incremental builds after one edit each. */
export function benchSize(count: number, runs: number, log: (line: string) => void, options: { oneThread: boolean }): SizeResult {
  const { corpus, bare: bareFolder, copies } = prepare(count)
  const result: SizeResult = { count, copies, runs, ours: [], bare: [], incremental: [], site: '', bareSite: '' }
  // Each build from nothing into a folder of its own (see `runFolder`); the edits below rebuild the last.
  for (let run = 0; run < runs; run++) {
    result.bareSite = runFolder(bareFolder, `_site-${run}`)
    result.bare.push(bare(bareFolder, basename(result.bareSite)))
    log(`  N=${count} bare Eleventy ${run + 1}/${runs}: ${seconds(result.bare.at(-1)?.wallMs)}`)
    result.site = runFolder(WORK, `out-${count}-${run}`)
    result.ours.push(ours(corpus, result.site))
    log(`  N=${count} build ${run + 1}/${runs}: ${seconds(result.ours.at(-1)?.wallMs)}`)
  }
  // Each edit is measured against a cache in step with everything but that one file: the edits
  // stay until all are measured (putting one back before the next run would make that run
  // rebuild two files, the one restored and the one edited).
  const edited: number[] = []
  for (let run = 0; run < runs; run++) {
    const index = Math.floor(((run + 0.5) * count) / runs)
    editOne(corpus, index, run + 1)
    edited.push(index)
    result.incremental.push(ours(corpus, result.site))
    const made = result.incremental.at(-1)?.stats?.made
    log(`  N=${count} after editing one file ${run + 1}/${runs}: ${seconds(result.incremental.at(-1)?.wallMs)} (editions made: ${made?.editions ?? 'n/a'}, documents' pages: ${made?.pages ?? 'n/a'})`)
  }
  for (const index of edited) restore(corpus, index)
  if (options.oneThread) {
    result.oneThread = ours(corpus, runFolder(WORK, `out-${count}-one-thread`), { jobs: 1 })
    log(`  N=${count} build on one thread: ${seconds(result.oneThread.wallMs)}`)
  }
  return result
}

export function seconds(ms: number | undefined): string {
  return ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`
}

export const medianOf = (runs: readonly Run[], pick: (run: Run) => number): number => median(runs.map(pick))

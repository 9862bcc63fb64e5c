/**
 * `npm run bench`: every figure of the project's speed, from one run on this machine.
 *
 *   npm run bench                          # N = 100, 1,000 and 10,000 (the last takes minutes)
 *   npm run bench -- --sizes 100,1000      # skip 10,000
 *   npm run bench -- --runs 3              # full builds per size up to 1,000 (default 5; one at 10,000)
 *   npm run bench -- --no-inputs --no-micro --no-quality --no-floors
 *
 * Prints Markdown tables (bench/RESULTS.md records them): the machine; CLI start-up; per size,
 * our full build against bare Eleventy on the same texts (medians), documents per second, peak
 * memory, a rebuild after one edit, and where the time goes per stage; what the output alone costs
 * (Pagefind on our reading pages, writing our site's files: bench/floors.ts); input bounds; and the
 * collation, pipeline, layout and copy-set micro-benchmarks (medians of 7 in one process; 3 for
 * grouping a corpus); and the apparatus's quality against the gold set.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { benchSize, medianOf, removeOutputs, type Run, type SizeResult } from './build.ts'
import { measureFloors, medianWrite, type Floors } from './floors.ts'
import { benchInputs } from './inputs.ts'
import { benchCollate } from './collate.ts'
import { benchCopySets } from './copysets.ts'
import { benchLayouts } from './layouts.ts'
import { benchPipeline } from './pipeline.ts'
import { measureQuality, qualityTable } from './quality.ts'
import { median } from './timing.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const sizes = (option('--sizes') ?? '100,1000,10000').split(',').map(Number)
const runs = Number(option('--runs') ?? 5)
const log = (line: string): void => void process.stderr.write(line + '\n')
const out = (line = ''): void => void process.stdout.write(line + '\n')

// The CLI runs compiled: bring build/ up to date first (incremental, quick when nothing changed).
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' })

out('## Machine')
out()
out(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, load average ${loadavg().map((load) => load.toFixed(1)).join(' / ')} at the start`)
out()

out('## CLI start-up (`--help`, median of 9, wall clock)')
out()
const startup = (command: string[]): number => median(Array.from({ length: 9 }, () => {
  const start = performance.now()
  spawnSync(process.execPath, command, { cwd: root })
  return performance.now() - start
}))
const bareNode = startup(['-e', ''])
const cliStart = startup(['bin/cable-edition.js', '--help'])
out(`| | ms |\n|---|---:|\n| node -e '' (Node itself) | ${Math.round(bareNode)} |\n| cable-edition --help | ${Math.round(cliStart)} |`)
out()

const results: SizeResult[] = []
const floors: Floors[] = []
for (const count of sizes) {
  log(`N = ${count}`)
  const result = benchSize(count, count >= 10_000 ? 1 : runs, log, { oneThread: count <= 1000 })
  results.push(result)
  if (args.includes('--no-floors')) continue
  floors.push(await measureFloors(result.site, result.bareSite, Math.min(3, result.runs), String(count)))
  log(`  N=${count} floors: Pagefind alone ${floors.at(-1)?.pagefindMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`)
}
removeOutputs()

const s = (ms: number): string => (ms / 1000).toFixed(2)
const mib = (bytes: number): string => String(Math.round(bytes / 2 ** 20))
const wall = (run: Run): number => run.wallMs
out('## Build: ours against bare Eleventy on the same texts')
out()
out('Full build from nothing (no cache) by the compiled CLI, wall clock from start to exit; bare Eleventy 3 builds the same texts as')
out('Markdown pages, defaults, in a temporary folder. Medians of the runs; the two alternate. "One edit": a rebuild after one word')
out('of one raw file changed (the cache warm), median over as many files.')
out()
out('| N | copies (2 / 3) | runs | ours (s) | docs/s | bare Eleventy (s) | ratio | CPU ours / Eleventy (s) | peak RSS ours / Eleventy (MiB) | one edit (s) | one thread (s) |')
out('|---:|---|---:|---:|---:|---:|---:|---|---|---:|---:|')
for (const result of results) {
  const ours = medianOf(result.ours, wall)
  const bare = medianOf(result.bare, wall)
  const rss = Math.max(...result.ours.map((run) => run.rssBytes))
  const bareRss = Math.max(...result.bare.map((run) => run.rssBytes))
  out(`| ${result.count.toLocaleString('en')} | ${result.copies[2] ?? 0} / ${result.copies[3] ?? 0} | ${result.runs} | ${s(ours)} | ${Math.round(result.count / (ours / 1000))} | ${s(bare)} | ${(ours / bare).toFixed(2)}× | ${s(medianOf(result.ours, (run) => run.cpuMs))} / ${s(medianOf(result.bare, (run) => run.cpuMs))} | ${mib(rss)} / ${mib(bareRss)} | ${s(medianOf(result.incremental, wall))} | ${result.oneThread ? s(result.oneThread.wallMs) : 'n/a'} |`)
}
out()

if (floors.length > 0) {
  out('## What the output alone costs (floors)')
  out()
  out('Two parts of our build that no change to our own code removes, timed in the same run (medians of up to 3): Pagefind')
  out('indexing the reading pages of our finished site into one bundle (the build\'s shards cost more), and writing the')
  out('files of each site, held in memory, into a new folder. "× bare": against the median bare Eleventy build above.')
  out()
  out('| N | Pagefind alone (s) | × bare | write our site: files / folders / MB | wall (s) | CPU (s) | × bare | write bare Eleventy\'s: files / folders / MB | wall (s) |')
  out('|---:|---:|---:|---|---:|---:|---:|---|---:|')
  results.forEach((result, index) => {
    const floor = floors[index] as Floors
    const bare = medianOf(result.bare, wall)
    const pagefind = median(floor.pagefindMs)
    const ours = medianWrite(floor.ours)
    const theirs = medianWrite(floor.bare)
    const shape = (write: typeof ours): string => `${write.files.toLocaleString('en')} / ${write.folders.toLocaleString('en')} / ${(write.bytes / 1e6).toFixed(1)}`
    out(`| ${result.count.toLocaleString('en')} | ${s(pagefind)} (${floor.pagefindPages.toLocaleString('en')} pages) | ${(pagefind / bare).toFixed(2)}× | ${shape(ours)} | ${s(ours.wallMs)} | ${s(ours.cpuMs)} | ${(ours.wallMs / bare).toFixed(2)}× | ${shape(theirs)} | ${s(theirs.wallMs)} |`)
  })
  out()
}

const STAGES: Array<[string, string]> = [
  ['read', 'read and hash inputs'], ['group', 'group copies across files (+ each file’s shingles)'], ['parse', 'parse (+ transforms, tokenise)'], ['collate', 'collate (+ place)'], ['analyse', 'analyse (+ entities, repeats, releases)'],
  ['tei', 'TEI write'], ['render', 'render (TEI → pages)'], ['write', 'write files (cache)'], ['eleventy', 'Eleventy write (corpus pages)'],
  ['index', 'search index'], ['publish', 'link, teiCorpus, publish'],
]
out('## Where the time goes (full build, median run; ms summed over threads, and share)')
out()
out(`| stage | ${results.map((result) => `N=${result.count.toLocaleString('en')}`).join(' | ')} |`)
out(`|---|${results.map(() => '---:').join('|')}|`)
const medianRun = (result: SizeResult): Run => [...result.ours].sort((a, b) => a.wallMs - b.wallMs)[result.ours.length >> 1] as Run
for (const [key, label] of STAGES) {
  const cells = results.map((result) => {
    const stages = medianRun(result).stats?.stages ?? {}
    const total = Object.values(stages).reduce((sum, ms) => sum + ms, 0)
    const ms = stages[key]
    return ms === undefined ? 'n/a' : `${Math.round(ms).toLocaleString('en')} (${((100 * ms) / total).toFixed(0)} %)`
  })
  out(`| ${label} | ${cells.join(' | ')} |`)
}
out()

if (!args.includes('--no-inputs')) {
  log('input bounds')
  const inputs = benchInputs(log, !args.includes('--small-inputs'))
  out('## Input bounds (`tei FILE -o OUT`, one run each)')
  out()
  out('| input | size | exit | wall (s) | µs per kB | peak RSS (MiB) |')
  out('|---|---:|---:|---:|---:|---:|')
  for (const run of inputs) {
    const perKb = run.bytes ? ((1000 * run.wallMs) / (run.bytes / 1000)).toFixed(0) : 'n/a'
    out(`| ${run.name} | ${run.bytes ? `${(run.bytes / 1e6).toFixed(1)} MB` : '–'} | ${run.status} | ${s(run.wallMs)} | ${perKb} | ${mib(run.rssBytes)} |`)
  }
  const refused = inputs.at(-1)
  if (refused) out(`\n/dev/zero: \`${refused.stderr}\``)
  out()
}

if (!args.includes('--no-micro')) {
  log('micro-benchmarks')
  out('## Micro-benchmarks (medians of 7 in one process)')
  out()
  out('| figure | value |\n|---|---:|')
  for (const [name, value] of Object.entries({ ...(await benchCollate()), ...benchPipeline(), ...(await benchLayouts()), ...benchCopySets() })) out(`| ${name} | ${value.toLocaleString('en')} |`)
  out()
}

if (!args.includes('--no-quality')) {
  log('apparatus quality')
  // Apparatus quality against the labelled gold set (test/gold/README.md).
  out('## Apparatus quality against the gold set')
  out()
  out('```')
  for (const line of qualityTable(measureQuality())) out(line)
  out('```')
  out()
}

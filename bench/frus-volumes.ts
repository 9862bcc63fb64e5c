/**
 * `npm run bench:frus [DIR]`: builds every FRUS volume (*.xml) in DIR, by default the shared
 * development volumes (../shared/tei-examples) when they are there, and prints for each the
 * time to read and render it and to write its site (medians), the peak memory, and the
 * acceptance checks of issue 12 (words, tables, enclosures, notes, cross-references, names,
 * dates, links, html-validate on a sample of pages). Opt-in: the tests never read ../shared.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HtmlValidate } from 'html-validate'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { readTeiMasters } from '../src/corpus/tei-input.ts'
import { buildSite, readSettings, sortDocuments } from '../src/site/index.ts'
import { builtVolume, checkVolume } from '../test/helpers/volume-checks.ts'
import { brokenLinks } from '../test/site/links.ts'
import { serve } from '../test/site/helpers.ts'
import { median } from './timing.ts'

const shared = fileURLToPath(new URL('../../shared/tei-examples/', import.meta.url))
const folder = resolve(process.argv[2] ?? process.env.FRUS_VOLUMES ?? shared)
if (!existsSync(folder)) {
  console.log(`No FRUS volumes at ${folder}: give a folder of volumes (npm run bench:frus -- DIR).`)
  process.exit(0)
}
const runs = Number(process.env.RUNS ?? 3)
const settings = await readSettings()
const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

for (const name of readdirSync(folder).filter((file) => file.endsWith('.xml')).sort()) {
  const file = join(folder, name)
  const readTimes: number[] = []
  const siteTimes: number[] = []
  // CPU time of this process too: on a shared machine wall time says more about the neighbours.
  const readCpu: number[] = []
  const siteCpu: number[] = []
  const cpu = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since)
    return (used.user + used.system) / 1000
  }
  let outDir = ''
  let documents = 0
  let volumeId = ''
  for (let run = 0; run < runs; run++) {
    if (outDir) rmSync(outDir, { recursive: true, force: true })
    outDir = mkdtempSync(join(tmpdir(), 'frus-bench-'))
    const start = performance.now()
    const startCpu = process.cpuUsage()
    const input = await readTeiMasters([file], settings.frus)
    readTimes.push(performance.now() - start)
    readCpu.push(cpu(startCpu))
    const volume = input.volumes[0]
    if (!volume) break
    volumeId = volume.id
    documents = input.documents.length
    const written = performance.now()
    const writtenCpu = process.cpuUsage()
    await buildSite({ documents: sortDocuments(input.documents), volumes: input.volumes, media: input.media, outDir, pathPrefix: '/', version: 'bench', sourceDateEpoch: 0 })
    siteTimes.push(performance.now() - written)
    siteCpu.push(cpu(writtenCpu))
  }
  if (!volumeId) {
    console.log(`${name}: not a volume (fewer than two documents)`)
    continue
  }
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((page) => page.endsWith('.html')).sort()
  const problems = Object.entries(checkVolume(builtVolume(file, outDir, volumeId))).flatMap(([kind, list]: [string, string[]]) => list.map((problem) => `${kind}: ${problem}`))
  const broken = await brokenLinks(outDir, pages, '/')
  const sample = pages.filter((_, index) => index % Math.max(1, Math.floor(pages.length / 12)) === 0)
  const invalid: string[] = []
  for (const page of sample) {
    const report = await validator.validateFile(join(outDir, page))
    for (const result of report.results) for (const message of result.messages) invalid.push(`${page}:${message.line}: ${message.message}`)
  }
  const violations = await axe(outDir, sample.slice(0, 6))
  console.log(`${name}: ${documents} documents, ${pages.length} pages`)
  console.log(`  read, validate and render  ${Math.round(median(readTimes))} ms, ${Math.round(median(readCpu))} ms of CPU in this process (medians of ${readTimes.length}; jing runs beside it)`)
  console.log(`  write the site (Eleventy)  ${Math.round(median(siteTimes))} ms, ${Math.round(median(siteCpu))} ms of CPU`)
  console.log(`  acceptance problems        ${problems.length}${problems.length ? `: ${problems.slice(0, 10).join('; ')}` : ''}`)
  console.log(`  broken links               ${broken.length}${broken.length ? `: ${broken.slice(0, 5).join('; ')}` : ''}`)
  console.log(`  html-validate (${sample.length} pages)   ${invalid.length}${invalid.length ? `: ${invalid.slice(0, 5).join('; ')}` : ''}`)
  console.log(`  axe (${violations === undefined ? 'no chromium' : `${Math.min(6, sample.length)} pages`})            ${violations === undefined ? '-' : `${violations.length}${violations.length ? `: ${violations.slice(0, 5).join('; ')}` : ''}`}`)
  rmSync(outDir, { recursive: true, force: true })
}
console.log(`peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`)

/** axe's violations on some pages of a built site, in Debian's chromium; undefined without it. */
async function axe(outDir: string, pages: string[]): Promise<string[] | undefined> {
  const executablePath = '/usr/bin/chromium'
  if (!existsSync(executablePath)) return undefined
  const server = await serve(outDir, '/')
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await (await browser.newContext()).newPage()
    const violations: string[] = []
    for (const path of pages) {
      await page.goto(`${server.origin}/${path.replace(/index\.html$/, '')}`)
      for (const violation of (await new AxeBuilder({ page }).analyze()).violations) violations.push(`${path}: ${violation.id}`)
    }
    return violations
  } finally {
    await browser.close()
    await server.close()
  }
}

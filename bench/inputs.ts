/**
 * Input bounds: `tei` on one very long line, on very many short lines and on a line that is one
 * run of white space between two words (a pattern that tries each place in the run to its end
 * costs the square of its length), at two sizes each, so that time and memory per byte can be
 * compared (linear: the same at both sizes); on a numbered paragraph and a quotation that run on
 * for 100,000 lines (to 100,000 short lines: the same per byte when linear); on 10,000 sentences
 * in capitals under the TAGS, a line each (one such line once took minutes); and on `/dev/zero`,
 * which must be refused at the size limit.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random } from './collate.ts'
import { WORK } from './build.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'bin', 'cable-edition.js')
const rss = join(root, 'bench', 'rss.cjs')

/** Lower-case words of the sample's running text: prose, never a header field or a routing line. */
function vocabulary(): string[] {
  const text = readFileSync(join(root, 'corpus', 'FL-2017-13804-B-00002120004.txt'), 'utf8')
  return [...new Set(text.split(/\s+/).filter((word) => /^[a-z]{2,}[,.]?$/.test(word)))]
}

/** A file of `lines` lines of `perLine` words each (one line: `perLine` is the whole), the first after `head`; or sentences in capitals, a line each. */
function make(name: string, lines: number, perLine: number, head = '', capitals = false): string {
  const path = join(WORK, name)
  if (existsSync(path)) return path
  mkdirSync(WORK, { recursive: true })
  const words = vocabulary()
  const next = random(7)
  const parts: string[] = []
  for (let line = 0; line < lines; line++) {
    const row: string[] = []
    for (let word = 0; word < perLine; word++) row.push(words[Math.floor(next() * words.length)] as string)
    parts.push(capitals ? `${row.join(' ').toUpperCase()}.` : row.join(' '))
  }
  writeFileSync(path, head + parts.join('\n') + '\n')
  return path
}

/** A subject line whose words a run of `spaces` spaces parts. */
function spaced(name: string, spaces: number): string {
  const path = join(WORK, name)
  if (existsSync(path)) return path
  mkdirSync(WORK, { recursive: true })
  writeFileSync(path, `SUBJECT: TALKS${' '.repeat(spaces)}ON TRADE\n\n1. The talks went well.\n`)
  return path
}

export interface InputRun {
  name: string
  bytes: number
  lines: number
  wallMs: number
  cpuMs: number
  rssBytes: number
  status: number | null
  stderr: string
}

function run(name: string, path: string, lines: number): InputRun {
  const rssFile = join(WORK, `rss-inputs-${process.pid}`)
  rmSync(rssFile, { force: true })
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--require', rss, cli, 'tei', path, '-o', join(WORK, 'inputs-out.xml')], { encoding: 'utf8', env: { ...process.env, BENCH_RSS_FILE: rssFile } })
  const wallMs = performance.now() - start
  const bytes = path === '/dev/zero' ? 0 : statSync(path).size
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { rssBytes: number; cpuMs: number }) : { rssBytes: 0, cpuMs: 0 }
  return { name, bytes, lines, wallMs, ...usage, status: result.status, stderr: result.stderr.trim().split('\n')[0] ?? '' }
}

/** One long line of 1 and of 10 MB (about 8 words a line… all on one), many short lines (100,000 and 1,000,000), a run of 1 and of 10 MB of spaces, a numbered paragraph and a quotation of 100,000 lines, 10,000 sentences in capitals, /dev/zero. */
export function benchInputs(log: (line: string) => void, large: boolean): InputRun[] {
  const cases: Array<[string, string, number]> = [
    ['one line, 1 MB', make('line-1mb.txt', 1, 140_000), 1],
    ['100,000 lines', make('lines-100k.txt', 100_000, 2), 100_000],
    ['1 MB of spaces in a line', spaced('spaces-1mb.txt', 1_000_000), 3],
    // Markdown's lazy continuation lines: a numbered paragraph or a quotation that no blank line ends.
    ['a numbered paragraph of 100,000 lines', make('item-100k.txt', 100_000, 2, '1. '), 100_000],
    ['a quotation of 100,000 lines', make('quote-100k.txt', 100_000, 2, '> '), 100_000],
    // Sentences in capitals under the TAGS, which header patterns read line by line for codes and fields.
    ['10,000 sentences in capitals under the TAGS', make('capitals-10k.txt', 10_000, 12, 'TAGS: PREL, PGOV\n', true), 10_000],
  ]
  if (large) cases.push(['one line, 10 MB', make('line-10mb.txt', 1, 1_400_000), 1], ['1,000,000 lines', make('lines-1m.txt', 1_000_000, 2), 1_000_000], ['10 MB of spaces in a line', spaced('spaces-10mb.txt', 10_000_000), 3])
  const runs: InputRun[] = []
  for (const [name, path, lines] of cases) {
    runs.push(run(name, path, lines))
    log(`  ${name}: ${((runs.at(-1)?.wallMs ?? 0) / 1000).toFixed(2)} s`)
  }
  runs.push(run('/dev/zero (refused at the limit)', '/dev/zero', 0))
  return runs
}

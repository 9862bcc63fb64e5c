/**
 * Generated corpora for the build benchmark: N raw cables derived from the bundled sample and
 * the fixture cables, each with its own FOIA document number (so its own id), its own dates and
 * telegram numbers, and a few edits in one copy or another (so every document has variants).
 * Deterministic: the same N and seed give the same files.
 *
 * Run alone: `node --import tsx bench/generate.ts DIR N` writes DIR/gen-00000.txt …
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { random } from './collate.ts'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

interface Template {
  name: string
  text: string
  /** copies the pipeline finds in it (checked by test/bench-generate.test.ts) */
  copies: number
  /** how many of every ten generated cables use it */
  weight: number
}

/**
 * The mix: half the sample (two copies, 13 kB), three-tenths two-copy telegrams and a fifth
 * three-copy cables, so most documents are two-copy cables like the target.
 */
function templates(): Template[] {
  const fixture = (name: string): string => readFileSync(here(`../test/fixtures/cables/${name}.txt`), 'utf8')
  const telegram = fixture('telegram-1970s-secret')
  return [
    { name: 'sample', text: readFileSync(here('../corpus/FL-2017-13804-B-00002120004.txt'), 'utf8'), copies: 2, weight: 5 },
    { name: 'moved-first-page', text: fixture('moved-first-page'), copies: 2, weight: 2 },
    // A one-copy telegram scanned twice: the second copy starts at its PAGE 01 header.
    { name: 'telegram-twice', text: `${telegram}\n\n${telegram}`, copies: 2, weight: 1 },
    { name: 'lou-three-copies', text: fixture('lou-three-copies'), copies: 3, weight: 2 }
  ]
}

let cached: Template[] | undefined

/** The template of the index-th cable: a fixed rotation, so every N has the same mix. */
export function templateOf(index: number): Template {
  cached ??= templates()
  const rotation = cached.flatMap((template) => Array<Template>(template.weight).fill(template))
  return rotation[index % rotation.length] as Template
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** The index-th generated cable: its file name and text. */
export function generateCable(index: number, seed = 1): { name: string; text: string; template: string; copies: number } {
  const template = templateOf(index)
  const next = random(seed * 1_000_003 + index)
  const pick = (n: number): number => Math.floor(next() * n)
  const month = 1 + pick(12)
  const day = 1 + pick(28)
  // Every occurrence of a number is replaced alike, so the copies keep agreeing on it.
  const documents = new Map<string, string>()
  let text = template.text
    .replace(/\b(?:[A-Z]-?\d{7,11}|C\d{8})\b/g, (found) => {
      const known = documents.get(found)
      if (known) return known
      const serial = 10_000_000 + index * 8 + documents.size
      const made = found.startsWith('C') ? `C${pad(serial, 8)}` : `${found.replace(/\d+$/, '')}${pad(serial, found.length - found.replace(/\d+$/, '').length)}`
      documents.set(found, made)
      return made
    })
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/g, (_, _m: string, _d: string, year: string) => `${pad(month, 2)}/${pad(day, 2)}/${year}`)
    .replace(/\b(\d{2})(\d{4})Z\b/g, (_, _d: string, time: string) => `${pad(day, 2)}${time}Z`)
    .replace(/\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (\d{2})\b/g, (_, _m: string, year: string) => `${MONTHS[month - 1]} ${year}`)
    .replace(/\bSTATE (\d{6})\b/g, (_, number: string) => `STATE ${pad((Number(number) + index * 17) % 1_000_000, 6)}`)
  text = withEdits(text, 3 + pick(6), next)
  return { name: `gen-${pad(index, 5)}.txt`, text, template: template.name, copies: template.copies }
}

/** A line of running text: eight words or more, mostly letters, not a field (`SUBJECT:`), routing line or tabbed form row. */
function isProse(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '').length
  return line.split(/\s+/).length >= 8 && letters > line.length * 0.6 && !/\t/.test(line) && !/^[^:]{0,24}:/.test(line) && !/^\s*(?:FM|TO|INFO|PAGE|ORIGIN|SECTION)\b/.test(line)
}

const REPLACEMENTS = ['department', 'embassy', 'minister', 'proposal', 'agreement', 'talks', 'government', 'position']

/** An editor's correction of a cable: one word changed somewhere in its text (the benchmark's incremental build). */
export function editCable(text: string, seed: number): string {
  return withEdits(text, 1, random(seed))
}

/**
 * A few edits, each at one place of one copy, so the copies differ there: a word changed,
 * dropped, added, doubled-letter misread or Cyrillic-е misread. Only in lines of prose (eight
 * words or more), so headers and furniture stay recognisable.
 */
function withEdits(text: string, count: number, next: () => number): string {
  const lines = text.split('\n')
  const prose = lines.flatMap((line, index) => (isProse(line) ? [index] : []))
  for (let edit = 0; edit < count && prose.length > 0; edit++) {
    const at = prose[Math.floor(next() * prose.length)] as number
    const line = lines[at] ?? ''
    const words = line.split(' ')
    const w = Math.floor(next() * words.length)
    const word = words[w] ?? ''
    // In an all-caps line a word stays in capitals: a lower-case line would read as body text.
    const cased = (value: string): string => (line === line.toUpperCase() ? value.toUpperCase() : value)
    const kind = edit % 5
    if (kind === 0) words[w] = cased(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)] as string)
    else if (kind === 1 && words.length > 8) words.splice(w, 1)
    else if (kind === 2) words.splice(w, 0, cased('also'))
    else if (kind === 3) words[w] = word.replace(/([A-Za-z])/, '$1$1')
    else words[w] = word.replace(/e/, 'е').replace(/E/, 'Е')
    lines[at] = words.join(' ')
  }
  return lines.join('\n')
}

/** Write N generated cables into dir; returns their names and how many have two or three copies. */
export function writeCorpus(dir: string, count: number, seed = 1): { files: string[]; copies: Record<number, number> } {
  mkdirSync(dir, { recursive: true })
  const files: string[] = []
  const copies: Record<number, number> = {}
  for (let index = 0; index < count; index++) {
    const cable = generateCable(index, seed)
    writeFileSync(join(dir, cable.name), cable.text)
    files.push(cable.name)
    copies[cable.copies] = (copies[cable.copies] ?? 0) + 1
  }
  return { files, copies }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2)
  if (!dir || !count) throw new Error('usage: generate.ts DIR N')
  console.log(writeCorpus(dir, Number(count)).copies)
}

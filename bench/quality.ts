/**
 * Apparatus quality against the gold set (test/gold/README.md): per set and overall,
 *
 * - recall: gold points that at least one entry touches (shares a word with);
 * - precision: entries that touch at least one gold point;
 * - type accuracy: found points whose main entry (the one sharing most words) has the gold type;
 * - entries per point: how many entries touch a found point, on average (1 is ideal: more
 *   means a point was cut into pieces);
 * - misordered: points a scanner read out of order whose edited text does not follow the
 *   clean copy's order (must be 0).
 *
 * An entry is one `app` as the TEI holds it, the two places of a moved passage counting as
 * one entry (they are one note). Entries outside a set's scope are not counted.
 * Run alone with `node --import tsx bench/quality.ts`.
 */
import { fileURLToPath } from 'node:url'
import { normalise } from '../src/collate/index.ts'
import type { Token } from '../src/collate/types.ts'
import type { AppUnit } from '../src/edition/model.ts'
import { collateSet, goldSets, inLines, type Collated, type GoldPoint, type GoldSet } from './gold.ts'

/** Figures of one set (or of all sets together). */
export interface Quality {
  name: string
  points: number
  found: number
  entries: number
  relevant: number
  typed: number
  touches: number
  misordered: number
  /** What went wrong, point by point, for a reader of the bench. */
  misses: string[]
}

/** Quality of every gold set, and the total. */
export function measureQuality(sets: readonly GoldSet[] = goldSets()): Quality[] {
  const rows = sets.map((set) => measureSet(set, collateSet(set)))
  const total: Quality = { name: 'overall', points: 0, found: 0, entries: 0, relevant: 0, typed: 0, touches: 0, misordered: 0, misses: [] }
  for (const row of rows) {
    for (const key of ['points', 'found', 'entries', 'relevant', 'typed', 'touches', 'misordered'] as const) total[key] += row[key]
  }
  return [...rows, total]
}

/** One entry: its apps (a moved passage's places together), type and words. */
interface Entry {
  id: string
  type: string
  words: Set<string>
}

function measureSet(set: GoldSet, collated: Collated): Quality {
  const entries = entriesOf(collated)
  const row: Quality = { name: set.name, points: set.points.length, found: 0, entries: entries.length, relevant: 0, typed: 0, touches: 0, misordered: 0, misses: [] }
  const relevant = new Set<Entry>()
  for (const point of set.points) {
    const words = pointWords(point, collated.tokens)
    const touching = entries.map((entry) => ({ entry, shared: [...entry.words].filter((word) => words.has(word)).length })).filter(({ shared }) => shared > 0)
    const label = `${set.name} ${point.at[0]} (${point.type}${point.note ? `: ${point.note}` : ''})`
    if (touching.length === 0) {
      row.misses.push(`not found: ${label}`)
      continue
    }
    row.found++
    row.touches += touching.length
    for (const { entry } of touching) relevant.add(entry)
    const main = touching.reduce((best, next) => (next.shared > best.shared ? next : best))
    if (main.entry.type === point.type) row.typed++
    else row.misses.push(`typed ${main.entry.type}: ${label} #${main.entry.id}`)
    if (point.order !== undefined && !readsInOrder(point, collated)) {
      row.misordered++
      row.misses.push(`edited text follows the scanner's order: ${label}`)
    }
  }
  row.relevant = relevant.size
  for (const entry of entries) if (!relevant.has(entry)) row.misses.push(`no gold point: #${entry.id} (${entry.type})`)
  return row
}

/** The apparatus entries in scope; the places of one moved passage are one entry. */
function entriesOf(collated: Collated): Entry[] {
  const byMove = new Map<string, Entry>()
  const out: Entry[] = []
  for (const unit of collated.apparatus) {
    const words = wordsOf(unit)
    if (![...words].some((word) => inScope(word, collated.scope))) continue
    const move = unit.variation.transposition
    const existing = move === undefined ? undefined : byMove.get(move)
    if (existing) {
      for (const word of words) existing.words.add(word)
      continue
    }
    const entry: Entry = { id: unit.id, type: unit.variation.type, words }
    if (move !== undefined) byMove.set(move, entry)
    out.push(entry)
  }
  return out
}

/** `siglum:line:column` of every word of every reading of an app. */
function wordsOf(unit: AppUnit): Set<string> {
  const words = new Set<string>()
  for (const reading of unit.variation.readings) {
    for (const siglum of reading.witnesses) for (const token of reading.tokens[siglum] ?? []) words.add(`${siglum}:${token.line}:${token.column}`)
  }
  return words
}

function inScope(word: string, scope: Collated['scope']): boolean {
  const [siglum = '', line = '0'] = word.split(':')
  return inLines(Number(line), scope[siglum] ?? [])
}

/** The words a point names, its ranges expanded over the copy's tokens. */
export function pointWords(point: GoldPoint, tokens: Record<string, Token[]>): Set<string> {
  const words = new Set<string>()
  for (const at of point.at) for (const token of pointTokens(at, tokens)) words.add(`${at.split(':')[0]}:${token.line}:${token.column}`)
  return words
}

/** The tokens of one anchor: `A:38:15` or `A:48:486-48:512`; an anchor naming no word throws. */
function pointTokens(at: string, tokens: Record<string, Token[]>): Token[] {
  const match = /^([^:]+):(\d+):(\d+)(?:-(\d+):(\d+))?$/.exec(at)
  if (!match) throw new Error(`gold anchor ${JSON.stringify(at)}: write siglum:line:column or siglum:line:column-line:column`)
  const [, siglum = '', line, column, endLine = line, endColumn = column] = match
  const list = tokens[siglum] ?? []
  const index = (l: string | undefined, c: string | undefined): number => list.findIndex((token) => token.line === Number(l) && token.column === Number(c))
  const start = index(line, column)
  const end = index(endLine, endColumn)
  if (start < 0 || end < start) throw new Error(`gold anchor ${at}: no such word in copy ${siglum}`)
  return list.slice(start, end + 1)
}

/**
 * Whether the edited text reads the point's words as its clean copy has them: joined to the
 * word before them and to the word after them in that copy (the joins a misordering breaks).
 */
function readsInOrder(point: GoldPoint, collated: Collated): boolean {
  const list = collated.tokens[point.order ?? ''] ?? []
  const own = point.at.filter((at) => at.startsWith(`${point.order}:`)).flatMap((at) => pointTokens(at, collated.tokens))
  const first = own[0]
  const last = own[own.length - 1]
  if (!first || !last) return true
  const key = (token: Token | undefined): string => normalise(token?.text ?? '')
  const edited = ` ${collated.edited.map((text) => normalise(text)).join(' ')} `
  const before = list[list.indexOf(first) - 1]
  const after = list[list.indexOf(last) + 1]
  const joins = [...(before ? [[before, first]] : []), ...(after ? [[last, after]] : [])]
  return joins.every(([x, y]) => edited.includes(` ${key(x)} ${key(y)} `))
}

/** The quality table, one row per set, as `npm run bench` prints it. */
export function qualityTable(rows: readonly Quality[]): string[] {
  const ratio = (x: number, y: number): string => (y === 0 ? '-' : (x / y).toFixed(2))
  const header = ['set', 'points', 'entries', 'precision', 'recall', 'type acc.', 'entries/point', 'misordered']
  const lines = rows.map((row) => [
    row.name,
    String(row.points),
    String(row.entries),
    ratio(row.relevant, row.entries),
    ratio(row.found, row.points),
    ratio(row.typed, row.found),
    ratio(row.touches, row.found),
    String(row.misordered)
  ])
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => (line[index] ?? '').length)))
  const format = (cells: string[]): string => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')
  return [format(header), ...lines.map(format)]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measureQuality()
  for (const line of qualityTable(rows)) console.log(line)
  if (process.argv.includes('--misses')) for (const row of rows) for (const miss of row.misses) process.stdout.write(`${miss}\n`)
}

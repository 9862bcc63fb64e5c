import { countWords, type Witness } from '../src/model/document.ts'
import { furnitureText } from './furniture.ts'
import type { ReadLine } from './pages.ts'
import { EXEMPTION_TOKEN } from '../src/vocabulary/exemptions.ts'
import { PARAGRAPH_NUMBER } from '../src/vocabulary/blocks.ts'
import { fieldName, isHeaderLine } from '../src/vocabulary/fields.ts'
import { EMAIL_FIELD } from '../src/vocabulary/print.ts'

/**
 * Split a file into its copies (witnesses). A FOIA release often scans several copies of one
 * record one after another (a draft, the telegram as sent, a repeat); just as often one copy
 * states its header twice (the next SECTION of the telegram, a routing block printed after
 * the body, a database print's metadata above the telegram, a memorandum's own SUBJECT, the
 * e-mails around a SMART cable). One released document is one copy unless its text really
 * comes again. The decision:
 *
 * 1. Candidates: a new copy may begin where header fields come again after body text
 *    (`SUBJECT:` repeated), or at a telegram's first page header (`PAGE 01 …`), with the
 *    header lines and the banner just above it.
 * 2. A candidate is a copy of its own only when its body repeats the copies before it: at
 *    least `REPEATED` of the word trigrams of its body (its text without header lines and
 *    furniture, case and punctuation ignored) stand in an earlier copy. Otherwise it continues
 *    the copy before it.
 * 3. A candidate without body text that opens with a first page header (the scan put that
 *    page elsewhere) joins the copy that starts without its header when the file holds
 *    several copies; in a file of one copy it stays where it stands.
 */

/**
 * Share of a candidate's body trigrams that must stand in an earlier copy for it to be a copy
 * of its own. Measured on the development data (the sample, the six fixture cables, the real
 * sets): true copies share 0.87–0.98 of their trigrams, continuations (sections, routing
 * after the body, metadata, cover sheets, quoted memoranda) 0–0.11.
 */
export const REPEATED = 0.5

/**
 * Word trigrams a candidate's body needs to be a copy of its own: a routing block printed after
 * the body brings its passing lines along (`USVIENNA FOR USDEL OSCE`, `DEPT FOR EUR`), which the
 * first page's header has too, and a handful of words says nothing of a text. Twenty trigrams
 * are a sentence or two; the copies of the development data (the sample's second copy, the
 * fixtures' three-copy and moved-page files) have 144 to 943.
 */
const MIN_COPY_TRIGRAMS = 20

/** A copy as line ranges of the file (indexes into the lines array, inclusive), in reading order. */
export interface WitnessLines {
  parts: Array<[number, number]>
}

/** Detect the copies in a file's read lines. */
export function detectWitnesses(lines: ReadLine[]): WitnessLines[] {
  const copies: Array<WitnessLines & { grams: Set<number> }> = []
  const ids = new Map<string, number>()
  const fragments: Array<[number, number]> = []
  const candidates = segment(lines)
  for (const candidate of candidates) {
    // One candidate is one copy: nothing to compare its words with.
    const grams = candidates.length > 1 ? trigrams(bodyWords(lines, candidate), ids) : new Set<number>()
    const last = copies[copies.length - 1]
    if (last && isFirstPageFragment(lines, candidate)) fragments.push(candidate)
    else if (!last || repeats(grams, copies)) copies.push({ parts: [candidate], grams })
    else {
      attach(last, candidate)
      for (const gram of grams) last.grams.add(gram)
    }
  }
  const witnesses: WitnessLines[] = copies.map(({ parts }) => ({ parts }))
  for (const fragment of fragments) {
    const home = witnesses.length > 1 ? homeFor(lines, fragment, witnesses) : undefined
    if (home) home.parts.unshift(fragment)
    else attach(nearestBefore(witnesses, fragment) ?? (witnesses[0] as WitnessLines), fragment)
  }
  witnesses.sort((a, b) => (mainStart(a) ?? 0) - (mainStart(b) ?? 0))
  return witnesses.length > 0 ? witnesses : [{ parts: [[0, Math.max(0, lines.length - 1)]] }]
}

/** Does a candidate's body repeat the copies before it? */
function repeats(grams: Set<number>, copies: ReadonlyArray<{ grams: Set<number> }>): boolean {
  if (grams.size < MIN_COPY_TRIGRAMS) return false
  let shared = 0
  for (const gram of grams) if (copies.some((copy) => copy.grams.has(gram))) shared++
  return shared / grams.size >= REPEATED
}

/** Words of a candidate's body: its text lines apart from header fields and routing, in capitals, without punctuation. */
function bodyWords(lines: ReadLine[], [start, end]: [number, number]): string[] {
  const words: string[] = []
  let addresses = false
  for (let i = start; i <= end; i++) {
    const text = textOf(lines[i])
    // The header of a message an e-mail quotes, and the lines its address list wraps to: the messages of a chain share
    // their long lists of addressees (`To: Anderson, Brooke D (USUN); DiCarlo, …`), not their text.
    const field = EMAIL_FIELD.exec(text)?.[1]?.toLowerCase()
    addresses = field === undefined ? addresses && text.trim() !== '' : ['to', 'cc', 'bcc'].includes(field)
    // A reviewer's exemption codes beside a cut (`1.4(B)`, `B1`) are the release's, not the copy's text.
    if (text.trim() === '' || field !== undefined || addresses || isHeaderLine(text) || isExemptionLine(text)) continue
    for (const word of wordsOf(text)) if (word !== '') words.push(word)
  }
  return words
}

/** A line of nothing but exemption codes and the parentheses of a cut (`1.4(B)`, `B1`, `)`). */
function isExemptionLine(text: string): boolean {
  return text.trim().split(/\s+/).every((token) => EXEMPTION_TOKEN.test(token) || /^[()]+$/.test(token))
}

/** A line's words in capitals: NFKC and Unicode classes, or for a line of ASCII (most are) the same split by plain ranges, three times quicker. */
function wordsOf(text: string): string[] {
  return /^[\x00-\x7f]*$/.test(text) ? text.toUpperCase().split(/[^A-Z0-9]+/) : text.normalize('NFKC').toUpperCase().split(/[^\p{L}\p{N}]+/u)
}

/**
 * The word trigrams of a candidate, each as one number: its words' numbers in the file (`ids`,
 * given in order of first use) in base 2^17, exact while the file has fewer than 131,072
 * different words, which is far beyond a released document; past that, a trigram's number may
 * stand for another (a share off by a trifle). A string a trigram took most of the time.
 */
function trigrams(words: string[], ids: Map<string, number>): Set<number> {
  const numbers = words.map((word) => {
    let id = ids.get(word)
    if (id === undefined) ids.set(word, (id = ids.size))
    return id % WORD_IDS
  })
  const grams = new Set<number>()
  for (let i = 0; i + 2 < numbers.length; i++) grams.add(((numbers[i] as number) * WORD_IDS + (numbers[i + 1] as number)) * WORD_IDS + (numbers[i + 2] as number))
  return grams
}

const WORD_IDS = 2 ** 17

/** Add a range to a copy after its parts, as one range with the last part when they touch. */
function attach(copy: WitnessLines, range: [number, number]): void {
  const last = copy.parts[copy.parts.length - 1]
  if (last && range[0] === last[1] + 1) last[1] = range[1]
  else copy.parts.push(range)
}

function nearestBefore(witnesses: WitnessLines[], [start]: [number, number]): WitnessLines | undefined {
  const before = witnesses.filter((w) => w.parts.some(([a]) => a < start))
  return before.sort((a, b) => Math.max(...a.parts.map(([x]) => x)) - Math.max(...b.parts.map(([x]) => x)))[before.length - 1]
}

function mainStart(w: WitnessLines): number | undefined {
  return w.parts[w.parts.length - 1]?.[0]
}

function textOf(read: ReadLine | undefined): string {
  if (read?.reading.kind !== 'text') return ''
  return read.reading.pieces.map((p) => (p.kind === 'text' ? p.value : '')).join('')
}

/** Body text: prose, not a field, a routing line, a form row or an all-caps header line. */
function isBody(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || /\t/.test(text) || isHeaderLine(trimmed)) return false
  if (PARAGRAPH_NUMBER.test(trimmed)) return true
  return trimmed.length >= 40 && trimmed !== trimmed.toUpperCase()
}

function isFirstPageHeader(read: ReadLine | undefined): boolean {
  if (read?.reading.kind !== 'furniture' || read.reading.furniture.subtype !== 'telegram') return false
  return /PAG[E3]\s+0*1\b/.test(furnitureText(read.reading.furniture))
}

function segment(lines: ReadLine[]): Array<[number, number]> {
  const starts = [0]
  let sawBody = false
  for (let i = 0; i < lines.length; i++) {
    const read = lines[i]
    const floor = starts[starts.length - 1] ?? 0
    if (isFirstPageHeader(read) && sawBody) {
      starts.push(pageTop(lines, i, floor))
      sawBody = false
      continue
    }
    const text = textOf(read)
    if (fieldName(text) !== undefined && sawBody) {
      starts.push(pageTop(lines, firstOfHeaderRun(lines, i, floor), floor))
      sawBody = false
      continue
    }
    if (isBody(text)) sawBody = true
  }
  return starts.map((start, k) => [start, (starts[k + 1] ?? lines.length) - 1])
}

/**
 * Where the page that holds line `i` begins: the furniture between the last text of the
 * previous copy and line `i` is the foot of the old page and the head of the new one, split
 * as page breaks split it (transforms/pages.ts): a banner first in the run, with more after
 * it, is the old page's footer; the rest (stamps, banners, the page header) heads the new
 * page and so opens the new copy.
 */
function pageTop(lines: ReadLine[], i: number, floor: number): number {
  const run: number[] = []
  for (let j = i - 1; j > floor; j--) {
    const reading = lines[j]?.reading
    if (reading?.kind === 'blank') continue
    if (reading?.kind !== 'furniture') break
    run.unshift(j)
  }
  const atHeader = lines[i]?.reading.kind === 'furniture'
  const first = run[0] === undefined ? undefined : lines[run[0]]?.reading
  const footer = first?.kind === 'furniture' && first.furniture.subtype === 'banner' && run.length + (atHeader ? 1 : 0) > 1
  return (footer ? run[1] : run[0]) ?? i
}

/** Walk back over the header lines that open a copy (E.O., TAGS before SUBJECT). */
function firstOfHeaderRun(lines: ReadLine[], i: number, floor: number): number {
  let start = i
  for (let j = i - 1; j > floor; j--) {
    const read = lines[j]
    if (read?.reading.kind !== 'text') continue
    if (isHeaderLine(textOf(read))) start = j
    else break
  }
  return start
}

/** A segment that opens with a first-page telegram header and holds no body text. */
function isFirstPageFragment(lines: ReadLine[], [start, end]: [number, number]): boolean {
  let header = false
  for (let i = start; i <= end; i++) {
    const read = lines[i]
    if (isFirstPageHeader(read)) header = true
    if (isBody(textOf(read))) return false
  }
  return header
}

/** The copy that lacks a first page: it opens on SUBJECT or body text, without routing. */
function homeFor(lines: ReadLine[], fragment: [number, number], witnesses: WitnessLines[]): WitnessLines | undefined {
  const headless = witnesses.filter((w) => {
    const [start, end] = w.parts[0] ?? [0, -1]
    for (let i = start; i <= end; i++) {
      const read = lines[i]
      if (isFirstPageHeader(read)) return false
      const text = textOf(read).trim()
      if (text === '') continue
      return fieldName(text) === 'subject' || isBody(text)
    }
    return false
  })
  const before = headless.filter((w) => (mainStart(w) ?? 0) < fragment[0])
  return before[before.length - 1] ?? headless[0]
}

/** Copies as the editor stated them in the sidecar (1-based raw lines → line indexes); no ranges: one copy. */
export function statedWitnesses(stated: ReadonlyArray<{ lines?: Array<[number, number]> }>, lineCount: number): WitnessLines[] {
  if (stated.every((w) => w.lines === undefined)) return [{ parts: [[0, Math.max(0, lineCount - 1)]] }]
  return stated.map((w) => ({ parts: (w.lines ?? []).map(([first, last]) => [first - 1, last - 1] as [number, number]) }))
}

/**
 * What a copy is: a draft has the drafting form; the telegram as transmitted has a telegram
 * page header (`PAGE 01 STATE 204310 …`), the telegram line (`CONFIDENTIAL STATE 204310`) or
 * an `FM` line; anything else is a copy.
 */
export function copyKind(witness: Witness): 'draft' | 'telegram' | 'copy' {
  const blocks = witness.body.flatMap((item) => (item.kind === 'block' ? [item.block] : []))
  const text = (inlines: (typeof blocks)[number]['inlines']): string => inlines.map((i) => (i.kind === 'text' ? i.value : i.kind === 'lb' ? '\n' : '')).join('')
  // A copy as transmitted has its FM line (under its precedence line: `O 302019Z DEC 96` / `FM SECSTATE WASHDC`); a received copy's print may carry the drafting form too.
  if (blocks.some((block) => block.kind === 'routing' && /^[^\S\n]*(?:FM|FROM)\b/m.test(text(block.inlines)))) return 'telegram'
  if (blocks.some((block) => block.kind === 'form')) return 'draft'
  const telegram =
    witness.body.some((item) => item.kind === 'fw' && item.furniture.subtype === 'telegram') ||
    blocks.some((block) => block.kind === 'field' && block.name === 'telegram')
  return telegram ? 'telegram' : 'copy'
}

/**
 * Words of a copy's text the OCR made noise of: letters run together with signs no word holds
 * (`eli—liffE—MA-P—I-P—ALL`, `W&I5L-13-1M-t`), as a passage struck through reads. A measure of
 * how legible a copy is, for choosing the copy text among drafts.
 */
export function noiseWords(witness: Witness): number {
  return countWords(witness, (word) => isNoise(word.replace(EDGE_SIGNS, '')))
}

/**
 * A word with letters and inside it a sign no word holds (`&`, `=`, `_`, a quotation mark…), or
 * signs of punctuation two or more (`eli—liffE—MA-P`); not a drafting office (`EUR/CACEN:CBOND`)
 * nor a compound with its dash (`LONG—TERM`).
 */
function isNoise(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false
  return /[&=~_*#$%@|<>^\\{}[\]"+“”]/.test(word) || (word.match(/[^\p{L}\p{N}'’.,/():-]/gu)?.length ?? 0) >= 2
}

const EDGE_SIGNS = /^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu

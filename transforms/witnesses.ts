import type { Witness } from '../src/model/document.ts'
import type { ReadLine } from './pages.ts'
import { fieldName, isHeaderLine } from '../src/vocabulary/fields.ts'

/**
 * Split a file into its copies (witnesses). A FOIA release often scans several copies of
 * one record one after another: a new copy begins where header fields come again after
 * body text (`SUBJECT:` repeated), or at a telegram's first page header (`PAGE 01 …`).
 * A first page without a body (the scan put it elsewhere) joins the copy that lacks one.
 */

/** A copy as line ranges of the file (indexes into the lines array, inclusive), in reading order. */
export interface WitnessLines {
  parts: Array<[number, number]>
}

/** Detect the copies in a file's read lines. */
export function detectWitnesses(lines: ReadLine[]): WitnessLines[] {
  const segments = segment(lines)
  const fragments = segments.filter((s) => isFirstPageFragment(lines, s))
  const witnesses: WitnessLines[] = segments.filter((s) => !fragments.includes(s)).map((s) => ({ parts: [s] }))
  for (const fragment of fragments) {
    const home = homeFor(lines, fragment, witnesses)
    if (home) home.parts.unshift(fragment)
    else witnesses.push({ parts: [fragment] })
  }
  witnesses.sort((a, b) => (mainStart(a) ?? 0) - (mainStart(b) ?? 0))
  return witnesses.length > 0 ? witnesses : [{ parts: [[0, Math.max(0, lines.length - 1)]] }]
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
  if (/^\d{1,2}\.\s/.test(trimmed)) return true
  return trimmed.length >= 40 && trimmed !== trimmed.toUpperCase()
}

function isFirstPageHeader(read: ReadLine | undefined): boolean {
  if (read?.reading.kind !== 'furniture' || read.reading.furniture.subtype !== 'telegram') return false
  const text = read.reading.furniture.parts.map((p) => (p.kind === 'artefact' ? '' : p.value)).join('')
  return /PAGE\s+0*1\b/.test(text)
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
  if (blocks.some((block) => block.kind === 'form')) return 'draft'
  const opening = (inlines: (typeof blocks)[number]['inlines']): string => inlines.map((i) => (i.kind === 'text' ? i.value : '')).join('')
  const telegram =
    witness.body.some((item) => item.kind === 'fw' && item.furniture.subtype === 'telegram') ||
    blocks.some((block) => block.kind === 'field' && block.name === 'telegram') ||
    blocks.some((block) => block.kind === 'routing' && /^\s*(?:FM|FROM)\b/.test(opening(block.inlines)))
  return telegram ? 'telegram' : 'copy'
}

import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root, Nodes } from 'mdast'
import { lineEndOf, type SourceFile } from '../source/read.ts'

/**
 * One piece of a raw line. `text` is transcribed text; `markup` is what the OCR tool's
 * Markdown added (`#` heading marks, `\_` escapes, `<del>`/`<sup>` tags): never reading
 * text, always kept so that the raw line can be rebuilt character for character.
 */
export type Piece =
  | { kind: 'text'; value: string; offset: number }
  | { kind: 'markup'; value: string; offset: number; role: MarkupRole }

export type MarkupRole = 'del-open' | 'del-close' | 'artefact'

/** A line of the raw file, split into pieces. */
export interface RawLine {
  /** 1-based line number. */
  number: number
  /** Offset of the line's first character. */
  offset: number
  /** The line as in the file, without its line ending (LF, CRLF or a lone CR: never holds a CR). */
  raw: string
  pieces: Piece[]
  /** Index of the Markdown block the line belongs to (blank lines have none). */
  block: number | undefined
  /** True when the line is a Markdown block on its own (blank lines around it). */
  alone: boolean
}

interface Range {
  start: number
  end: number
  role: MarkupRole
}

/**
 * Split a raw cable into lines and pieces, using remark-parse for what Markdown syntax
 * gets right: block boundaries, inline HTML (`<del>`), escapes and ATX heading marks, each
 * with its position in the file. What those blocks *mean* in a cable is decided later.
 *
 * The file is parsed in pieces (see `cutsOf`), each cut where no Markdown construct can span
 * it, which gives what one parse of the whole gives: remark-parse's time grows faster than the
 * length of its input (25,000 short paragraphs took 17 s, 100,000 two minutes), so it reads a
 * few hundred lines at a time, and plain paragraphs, where Markdown can find nothing (most of a
 * cable's lines: see `isPlainParagraph`), are not parsed at all.
 * `wholeDocument` parses in one piece, for the tests that compare the two.
 */
export function parseLines(source: SourceFile, options: { wholeDocument?: boolean } = {}): RawLine[] {
  const ranges: Range[] = []
  const blockOfLine = new Map<number, number>()
  const count = source.lineStarts.length
  let blocks = 0
  /** The last top-level block read, when it is a list that a list in the next piece may continue. */
  let previous: OpenList | undefined
  const cuts = options.wholeDocument ? [count] : [...cutsOf(source), count]

  /** Parse lines [start, end) with remark-parse; returns where the piece really ended. */
  const parsePiece = (start: number, end: number, cut: number): number => {
    let tree = parseRange(source, start, end)
    // A fenced code or HTML block that reaches the end of the piece may go on in the next (it
    // holds blank lines): parse the two as one.
    while (end < count && mayGoOn(tree.children[tree.children.length - 1], source, start, end)) {
      end = cuts[++cut] as number
      tree = parseRange(source, start, end)
    }
    const offset = source.lineStarts[start] ?? 0
    tree.children.forEach((block, index) => {
      const first = (block.position?.start.line ?? 1) + start
      const last = (block.position?.end.line ?? 0) + start
      // A list that goes on from the previous piece is the same block, the blank lines between included.
      const continues = index === 0 && block.type === 'list' && previous !== undefined && sameList(previous, listOf(block, offset, source.text, 0))
      const from = continues && previous ? previous.end + 1 : first
      if (!continues) blocks++
      for (let line = from; line <= last; line++) blockOfLine.set(line, blocks - 1)
      collectMarkup(block, source.text, ranges, offset)
    })
    const last = tree.children[tree.children.length - 1]
    previous = last?.type === 'list' ? listOf(last, offset, source.text, (last.position?.end.line ?? 0) + start) : undefined
    return end
  }

  // Pieces between cuts: plain paragraphs, and list items and ATX headings of one plain line,
  // are read here; the others go to remark-parse together, a few hundred lines at a time.
  let pending = 0
  let at = 0
  /** The pieces waiting for remark-parse (lines [pending, at)) parsed; false when a block there (fenced code, HTML) took in the piece at `at`. */
  const parseUpTo = (cut: number): boolean => {
    if (pending >= at) return true
    const reached = parsePiece(pending, at, cut - 1)
    if (reached <= at) return true
    pending = at = reached
    return false
  }
  for (let cut = 0; cut < cuts.length; cut++) {
    const end = cuts[cut] as number
    if (end <= at) continue
    const plain = options.wholeDocument ? undefined : plainBlock(source, at, end)
    if (plain) {
      if (!parseUpTo(cut)) continue
      const last = lastTextLine(source, at, end)
      if (plain.kind === 'item' && previous && sameList(previous, plain.list)) {
        // An item of the list before (the same marker) is its block, the blank lines between included.
        for (let line = previous.end + 1; line <= last + 1; line++) blockOfLine.set(line, blocks - 1)
      } else {
        for (let line = at + 1; line <= last + 1; line++) blockOfLine.set(line, blocks)
        blocks++
      }
      ranges.push(...plain.marks)
      previous = plain.kind === 'item' ? { ...plain.list, end: last + 1 } : undefined
      pending = end
    } else if (end - pending >= PIECE_LINES || end === count) {
      pending = parsePiece(pending, end, cut)
    }
    at = Math.max(end, pending)
  }
  if (pending < count) parsePiece(pending, count, cuts.length - 1)
  ranges.sort((a, b) => a.start - b.start)
  return splitLines(source, absorbStraySuperscripts(source.text, ranges), blockOfLine)
}

/** Lines remark-parse reads at a time (at most, unless a block needs more): its time grows faster than its input. */
const PIECE_LINES = 400
const parser = unified().use(remarkParse)

/** remark-parse on lines [start, end) of the source (positions relative to the piece). */
function parseRange(source: SourceFile, start: number, end: number): Root {
  const from = source.lineStarts[start] ?? 0
  const to = end < source.lineStarts.length ? (source.lineStarts[end] as number) : source.text.length
  return parser.parse(source.text.slice(from, to))
}

/** A line of nothing but spaces and tabs (CommonMark's blank line). */
function isBlank(source: SourceFile, line: number): boolean {
  return /^[ \t]*$/.test(lineText(source, line))
}

function lineText(source: SourceFile, line: number): string {
  return source.text.slice(source.lineStarts[line] ?? 0, lineEndOf(source, line))
}

/**
 * Where the file may be cut: before a line that follows a blank line and starts in its first
 * column with something other than space or tab. There nothing of the piece before can go on
 * (a paragraph ends at the blank line; code indented or in a list item needs indentation),
 * except a fenced code or HTML block, or a list (see `mayGoOn`, `sameList`).
 */
function cutsOf(source: SourceFile): number[] {
  const cuts: number[] = []
  for (let line = 1; line < source.lineStarts.length; line++) {
    if (!isBlank(source, line - 1)) continue
    const first = source.text[source.lineStarts[line] as number]
    if (first !== undefined && first !== ' ' && first !== '\t' && first !== '\n' && first !== '\r') cuts.push(line)
  }
  return cuts
}

/** A top-level fenced code or HTML block ending on the last line of text of a piece: it may hold the blank line after it. */
function mayGoOn(block: Nodes | undefined, source: SourceFile, start: number, end: number): boolean {
  if (!block || (block.type !== 'code' && block.type !== 'html')) return false
  return (block.position?.end.line ?? 0) + start - 1 >= lastTextLine(source, start, end)
}

/** Index of the last line of [start, end) that is not blank (start when all are). */
function lastTextLine(source: SourceFile, start: number, end: number): number {
  let line = end - 1
  while (line > start && isBlank(source, line)) line--
  return line
}

/** A list that a list starting the next piece may continue: its kind, its marker and its last line. */
interface OpenList {
  ordered: boolean
  /** `-`, `+` or `*`, or the `.` or `)` after a number */
  marker: string
  end: number
}

/** Two lists, one ending a piece and the next starting the next piece, that are one list (same kind of marker: CommonMark §5.3). */
function sameList(before: Omit<OpenList, 'end'>, after: Omit<OpenList, 'end'>): boolean {
  return before.ordered === after.ordered && before.marker === after.marker
}

/** A list parsed from the piece at `offset`, by its first item's marker, ending on line `end`. */
function listOf(list: Nodes, offset: number, text: string, end: number): OpenList {
  const at = (list.type === 'list' ? list.children[0]?.position?.start.offset ?? 0 : 0) + offset
  return { ordered: list.type === 'list' && list.ordered === true, marker: markerAt(text, at), end }
}

/** The marker character of a list item starting at `at`: `-`, `+` or `*`, or the `.` or `)` after a number. */
function markerAt(text: string, at: number): string {
  return /^(?:[-+*]|\d{1,9}([.)]))/.exec(text.slice(at, at + 12))?.[1] ?? text[at] ?? ''
}

/** Characters of inline Markdown that give our pieces markup (escapes, tags), or hide it (code, links). */
const INLINE = /[\\<[`]/
/** The tags the OCR tool writes (see collectTags): the one inline HTML read without remark-parse. */
const OCR_TAG = /<\/?(?:del|sup)>/iy
/** A line that opens with one of those tags and goes on after it: no HTML block (§4.6: not a tag name of type 1 or 6, and more than white space after it, so not type 7). */
const OCR_TAG_FIRST = /^<\/?(?:del|sup)>[ \t]*[^ \t]/i
const NO_MARKS: readonly Range[] = []

/**
 * The markup in a line of inline text, as collectMarkup takes it from remark-parse's tree: the
 * OCR tool's tags (collectTags) and backslash escapes (collectEscapes, §2.4); undefined when the
 * line holds any other inline Markdown that has markup or hides it: a link (`[`), another `<`
 * (other HTML, an autolink: §6.5, §6.6), or what may be a code span (§6.1): a run of backticks
 * as long as one before it in the same inline content (`runs`, the lengths seen so far), or an
 * escaped backtick. A backtick run that closes nothing is text (an OCR tool's stray mark).
 * Emphasis, hard breaks and entities give no markup (collectMarkup looks into emphasis, and
 * the others hold no escape or tag).
 */
function inlineMarks(text: string, offset: number, runs: Set<number>): readonly Range[] | undefined {
  if (!INLINE.test(text)) return NO_MARKS
  const marks: Range[] = []
  for (let at = 0; at < text.length; at++) {
    const character = text[at]
    if (character === '\\') {
      // A backslash and what follows it: an escape when that is ASCII punctuation (collectEscapes), else text.
      if (text[at + 1] === '`') return undefined
      collectEscapes(text.slice(at, at + 2), offset + at, marks)
      at++
    } else if (character === '`') {
      let end = at + 1
      while (text[end] === '`') end++
      if (runs.has(end - at)) return undefined
      runs.add(end - at)
      at = end - 1
    } else if (character === '[') return undefined
    else if (character === '<') {
      OCR_TAG.lastIndex = at
      const tag = OCR_TAG.exec(text)?.[0]
      if (tag === undefined) return undefined
      collectTags(tag, offset + at, marks)
      at += tag.length - 1
    }
  }
  return marks
}

/** Whether a line (its indentation removed) could open a block other than a paragraph, or end one: see BLOCK_START, OCR_TAG_FIRST. */
function opensBlock(content: string): boolean {
  return (BLOCK_START.test(content) && !OCR_TAG_FIRST.test(content)) || RULE.test(content)
}
/**
 * A line (its indentation removed) that could open a block other than a paragraph, or end one,
 * by CommonMark 0.31.2 (https://spec.commonmark.org/0.31.2/#blocks-and-inlines): an ATX
 * heading (§4.2), quote (§5.1), list item (`-`, `+`, `*` or one to nine digits and `.` or `)`,
 * then a space, tab or the line's end: §5.2), fenced code (§4.5), HTML block or link reference
 * definition (any `<` or `[`: §4.6, §4.7), thematic break (§4.1) or setext underline (§4.3).
 * So `-CONFIDENTIAL`, `2` and `1.5 (b, d)` are paragraph text, as in most of a cable's lines.
 */
const BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|<|\[)/
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/

/**
 * Lines [start, end) are text lines and then blank ones, with nothing Markdown would read as
 * anything but one paragraph: no line starts a heading, list, quote, rule, fence or HTML block
 * (the first line not indented either), and no inline markup but the OCR tool's tags and
 * escapes. Returns their markup, or undefined.
 */
function plainParagraph(source: SourceFile, start: number, end: number): readonly Range[] | undefined {
  const last = lastTextLine(source, start, end)
  const marks: Range[] = []
  const runs = new Set<number>()
  for (let line = start; line <= last; line++) {
    const text = lineText(source, line)
    const content = line === start ? text : text.replace(/^[ \t]+/, '')
    if (content === '' || opensBlock(content)) return undefined
    if (line === start && /^[ \t]/.test(text)) return undefined
    const inline = inlineMarks(text, source.lineStarts[line] ?? 0, runs)
    if (inline === undefined) return undefined
    marks.push(...inline)
  }
  return marks
}

/** A piece read without remark-parse, with its markup: a plain paragraph, a list item or block quote of plain lines, or an ATX heading of one plain line. */
type PlainBlock = ({ kind: 'paragraph' } | { kind: 'item'; list: Omit<OpenList, 'end'> } | { kind: 'quote' } | { kind: 'heading' }) & { marks: readonly Range[] }

/** What lines [start, end) are, when they are a block Markdown reads without markup of its own (but a heading's marks, tags and escapes). */
function plainBlock(source: SourceFile, start: number, end: number): PlainBlock | undefined {
  const paragraph = plainParagraph(source, start, end)
  if (paragraph) return { kind: 'paragraph', marks: paragraph }
  const item = plainItem(source, start, end) ?? plainQuote(source, start, end)
  if (item) return item
  const line = onePlainLine(source, start, end)
  if (!line) return undefined
  const marks = plainHeading(line.text, source.lineStarts[start] ?? 0)
  return marks ? { kind: 'heading', marks: [...marks, ...line.marks] } : undefined
}

/**
 * Lines [start, end) when they are a list item of plain text (`1. (C) Embassy should…`), then
 * blank lines: the item's line, and lines of text that go on its paragraph, indented into the
 * item or not (§5.2 and its lazy continuation lines), none opening a block. remark-parse takes
 * time that grows faster than the length of such a run (thousands of lines after `1. TEXT.`).
 */
function plainItem(source: SourceFile, start: number, end: number): PlainBlock | undefined {
  const first = lineText(source, start)
  const list = plainListItem(first)
  if (!list) return undefined
  const last = lastTextLine(source, start, end)
  // An item with nothing on its line ends there (§5.2: it may begin with at most one blank line),
  // and one whose text stands five spaces or more after the marker opens with indented code.
  if (last > start && !/^ {1,4}[^ \t]/.test(first.replace(LIST_MARKER, ''))) return undefined
  const marks: Range[] = []
  const runs = new Set<number>()
  for (let line = start; line <= last; line++) {
    const text = lineText(source, line)
    const content = text.replace(/^[ \t]+/, '')
    if (line > start && (content === '' || opensBlock(content))) return undefined
    const inline = inlineMarks(text, source.lineStarts[line] ?? 0, runs)
    if (inline === undefined) return undefined
    marks.push(...inline)
  }
  return { kind: 'item', list, marks }
}

/**
 * Lines [start, end) when they are a block quote of plain text (`> QUOTED.`), then blank lines:
 * its first line, and lines that go on its paragraph, marked `>` or not (§5.1 and its lazy
 * continuation lines), none opening a block inside the quote. remark-parse takes time that
 * grows faster than the length of such a run.
 */
function plainQuote(source: SourceFile, start: number, end: number): PlainBlock | undefined {
  // The first line's content: after `>` and at most one space, not indented code (§5.1).
  if (!/^> ?[^ \t]/.test(lineText(source, start))) return undefined
  const marks: Range[] = []
  const runs = new Set<number>()
  const last = lastTextLine(source, start, end)
  for (let line = start; line <= last; line++) {
    const text = lineText(source, line)
    const content = text.replace(/^[ \t]+/, '')
    const inner = content.startsWith('>') ? content.replace(/^>[ \t]?/, '') : content
    if (inner.trim() === '' || opensBlock(inner)) return undefined
    const inline = inlineMarks(text, source.lineStarts[line] ?? 0, runs)
    if (inline === undefined) return undefined
    marks.push(...inline)
  }
  return { kind: 'quote', marks }
}

/** Lines [start, end) when they are one line of text (its markup that of the OCR tool's tags and escapes), then blank ones. */
function onePlainLine(source: SourceFile, start: number, end: number): { text: string; marks: readonly Range[] } | undefined {
  if (lastTextLine(source, start, end) !== start) return undefined
  const text = lineText(source, start)
  const marks = inlineMarks(text, source.lineStarts[start] ?? 0, new Set())
  return marks && { text, marks }
}

/** A list item's marker (§5.2): a bullet, or one to nine digits and `.` or `)`; then a space, a tab or the line's end. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/

/**
 * A plain line (the first of its piece) that is a list item of plain text (`1. (C) Embassy
 * should…`, a cable's numbered paragraph): the marker, then nothing that opens a block inside
 * the item (a heading, a list, a rule…). Markdown reads it as a list; the list it belongs to
 * is up to the item before it.
 */
function plainListItem(text: string): Omit<OpenList, 'end'> | undefined {
  const marker = LIST_MARKER.exec(text)?.[0]
  if (marker === undefined) return undefined
  const content = text.slice(marker.length).replace(/^[ \t]+/, '')
  if (content !== '' && opensBlock(content)) return undefined
  return { ordered: /\d/.test(marker), marker: markerAt(text, 0) }
}

/**
 * A plain line (the only one of its piece, at `offset`) that is an ATX heading (`## -CONFIDENTIAL`,
 * a banner as the OCR tool marks it): its heading marks, as `collectHeadingMarks` takes them
 * from remark-parse. The opening `#` run and the white space after it; the closing run (§4.2:
 * `#`s after a space or tab, then only spaces or tabs) or the white space ending the line; the
 * whole line when the heading has no content (`###`, `# ##`).
 */
function plainHeading(text: string, offset: number): Range[] | undefined {
  const opening = /^#{1,6}(?:[ \t]+|$)/.exec(text)?.[0]
  if (opening === undefined) return undefined
  let contentEnd = text.replace(/(?<![ \t])[ \t]+$/, '').length
  let run = contentEnd
  while (run > opening.length && text[run - 1] === '#') run--
  // The opening ends in white space, so a run of `#`s that is all the content is a closing run too.
  if (run < contentEnd && /[ \t]/.test(text[run - 1] ?? '')) contentEnd = text.slice(0, run).replace(/(?<![ \t])[ \t]+$/, '').length
  if (contentEnd <= opening.length) return [{ start: offset, end: offset + text.length, role: 'artefact' }]
  const marks: Range[] = [{ start: offset, end: offset + opening.length, role: 'artefact' }]
  if (contentEnd < text.length) marks.push({ start: offset + contentEnd, end: offset + text.length, role: 'artefact' })
  return marks
}

/** Markup ranges of a node parsed from the piece at `offset` of the text. */
function collectMarkup(node: Nodes | Root, text: string, ranges: Range[], offset: number): void {
  const relativeStart = node.position?.start.offset
  const relativeEnd = node.position?.end.offset
  if (relativeStart === undefined || relativeEnd === undefined) return
  const start = relativeStart + offset
  const end = relativeEnd + offset
  switch (node.type) {
    case 'html':
      collectTags(text.slice(start, end), start, ranges)
      return
    case 'text':
      collectEscapes(text.slice(start, end), start, ranges)
      return
    case 'heading':
      collectHeadingMarks(node, text, start, end, ranges, offset)
      break
    case 'thematicBreak':
      // A rule drawn on the form (`-----`): the scanner's reading of a line, not text.
      ranges.push({ start, end, role: 'artefact' })
      return
    case 'code':
    case 'inlineCode':
      return
  }
  if ('children' in node) for (const child of node.children) collectMarkup(child, text, ranges, offset)
}

/** `<del>`, `</del>`, `<sup>…</sup>`: the tags the OCR tool writes. Other tags stay literal text. */
function collectTags(html: string, offset: number, ranges: Range[]): void {
  for (const match of html.matchAll(/<(\/?)(del|sup)>/gi)) {
    const start = offset + (match.index ?? 0)
    const tag = (match[2] ?? '').toLowerCase()
    const role: MarkupRole = tag === 'sup' ? 'artefact' : match[1] ? 'del-close' : 'del-open'
    ranges.push({ start, end: start + match[0].length, role })
  }
}

/**
 * A CommonMark backslash escape (spec §2.4) is OCR markup. `\_` stands for an underline
 * the scanner saw next to a banner: both characters are artefacts. Otherwise only the
 * backslash is, and the escaped character is text.
 */
function collectEscapes(raw: string, offset: number, ranges: Range[]): void {
  for (const match of raw.matchAll(/\\([!-/:-@[-`{-~])/g)) {
    const start = offset + (match.index ?? 0)
    ranges.push({ start, end: start + (match[1] === '_' ? 2 : 1), role: 'artefact' })
  }
}

/** The `#` run before an ATX heading's content and any closing run after it (§4.2). */
function collectHeadingMarks(node: Nodes, text: string, start: number, end: number, ranges: Range[], offset: number): void {
  const children = 'children' in node ? node.children : []
  const firstRelative = children[0]?.position?.start.offset
  const lastRelative = children[children.length - 1]?.position?.end.offset
  const first = firstRelative === undefined ? undefined : firstRelative + offset
  const last = lastRelative === undefined ? undefined : lastRelative + offset
  const lineEnd = lineEndingAt(text, start)
  const atx = /^#{1,6}/.test(text.slice(start, start + 7))
  if (!atx) {
    // A setext underline (`text` over `-----`) is a rule the scanner saw under a line.
    const underline = nextLineStart(text, last ?? start)
    if (underline !== -1 && underline < end) ranges.push({ start: underline, end, role: 'artefact' })
    return
  }
  if (first === undefined || last === undefined) {
    ranges.push({ start, end: lineEnd === -1 ? end : Math.min(end, lineEnd), role: 'artefact' })
    return
  }
  ranges.push({ start, end: first, role: 'artefact' })
  if (last < end) ranges.push({ start: last, end, role: 'artefact' })
}

/**
 * Index of the first line ending (LF or CR, which also starts a CRLF) at or after `from`,
 * or -1. remark-parse ends lines at LF, CRLF and a lone CR (CommonMark §2.1,
 * https://spec.commonmark.org/0.31.2/#line-ending); so do we.
 */
function lineEndingAt(text: string, from: number): number {
  const ending = /[\r\n]/g
  ending.lastIndex = from
  return ending.exec(text)?.index ?? -1
}

/** Offset of the line after the one holding `from`, or -1 on the last line. */
function nextLineStart(text: string, from: number): number {
  const at = lineEndingAt(text, from)
  if (at === -1) return -1
  return at + (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1)
}

/**
 * `<sup>~</sup>`: a raised stray mark (no letter or digit) is scanner noise, so the whole
 * element is one artefact. A raised letter or digit stays text, its tags artefacts.
 */
function absorbStraySuperscripts(text: string, ranges: Range[]): Range[] {
  const out: Range[] = []
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Range
    const close = ranges[i + 1]
    const opens = text.slice(range.start, range.end).toLowerCase() === '<sup>'
    if (opens && close && text.slice(close.start, close.end).toLowerCase() === '</sup>') {
      const inner = text.slice(range.end, close.start)
      if (/^[^\p{L}\p{N}\r\n]{1,3}$/u.test(inner)) {
        out.push({ start: range.start, end: close.end, role: 'artefact' })
        i++
        continue
      }
    }
    out.push(range)
  }
  return out
}

function splitLines(source: SourceFile, ranges: Range[], blockOfLine: Map<number, number>): RawLine[] {
  const lines: RawLine[] = []
  let r = 0
  source.lineStarts.forEach((offset, index) => {
    const end = lineEndOf(source, index)
    const pieces: Piece[] = []
    let at = offset
    while (r < ranges.length && (ranges[r]?.start ?? Infinity) < end) {
      const range = ranges[r] as Range
      r++
      if (range.start < at) continue
      if (range.start > at) pieces.push({ kind: 'text', value: source.text.slice(at, range.start), offset: at })
      const stop = Math.min(range.end, end)
      pieces.push({ kind: 'markup', value: source.text.slice(range.start, stop), offset: range.start, role: range.role })
      at = stop
    }
    if (at < end) pieces.push({ kind: 'text', value: source.text.slice(at, end), offset: at })
    const number = index + 1
    const block = blockOfLine.get(number)
    const alone = block !== undefined && blockOfLine.get(number - 1) !== block && blockOfLine.get(number + 1) !== block
    lines.push({ number, offset, raw: source.text.slice(offset, end), pieces, block, alone })
  })
  return lines
}

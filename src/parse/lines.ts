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
 */
export function parseLines(source: SourceFile): RawLine[] {
  const tree = unified().use(remarkParse).parse(source.text)
  const ranges: Range[] = []
  const blockOfLine = new Map<number, number>()
  tree.children.forEach((block, index) => {
    const start = block.position?.start.line ?? 0
    const end = block.position?.end.line ?? 0
    for (let line = start; line <= end; line++) blockOfLine.set(line, index)
    collectMarkup(block, source.text, ranges)
  })
  ranges.sort((a, b) => a.start - b.start)
  return splitLines(source, absorbStraySuperscripts(source.text, ranges), blockOfLine)
}

function collectMarkup(node: Nodes | Root, text: string, ranges: Range[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  switch (node.type) {
    case 'html':
      collectTags(text.slice(start, end), start, ranges)
      return
    case 'text':
      collectEscapes(text.slice(start, end), start, ranges)
      return
    case 'heading':
      collectHeadingMarks(node, text, start, end, ranges)
      break
    case 'thematicBreak':
      // A rule drawn on the form (`-----`): the scanner's reading of a line, not text.
      ranges.push({ start, end, role: 'artefact' })
      return
    case 'code':
    case 'inlineCode':
      return
  }
  if ('children' in node) for (const child of node.children) collectMarkup(child, text, ranges)
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
function collectHeadingMarks(node: Nodes, text: string, start: number, end: number, ranges: Range[]): void {
  const children = 'children' in node ? node.children : []
  const first = children[0]?.position?.start.offset
  const last = children[children.length - 1]?.position?.end.offset
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

import type { Furniture, FurniturePart } from '../src/model/document.ts'
import type { Piece, RawLine } from '../src/parse/lines.ts'
import { BANNER_CAPTIONS, CLASSIFICATION_PATTERN, SPACED_CLASSIFICATION_PATTERN } from '../src/vocabulary/classifications.ts'
import { TELEGRAM_RUNNING_HEAD } from '../src/vocabulary/fields.ts'
import { STAMPS, TRAILING_STAMP, type StampType } from '../src/vocabulary/stamps.ts'

/**
 * Page furniture: what the page carries besides the text. Classification banners in their
 * OCR spellings (`-CONFIDENTIAL`, `~CONFIDENTIAL`, `S E C R E T`), page numbers, telegram
 * page headers (`PAGE 01 STATE 204310 291924Z`) and the stamps of the FOIA release.
 */

/** What one raw line is, once furniture is recognised. */
export type LineReading =
  | { kind: 'blank' }
  | { kind: 'furniture'; furniture: Furniture }
  | { kind: 'text'; pieces: Piece[]; trailing?: Furniture }

/** A banner line: a classification marking with the scanner's stray dashes, tildes or underscores. */
const BANNER = new RegExp(`^[\\s\\-~_=*.·•]*(?:${CLASSIFICATION_PATTERN}|${SPACED_CLASSIFICATION_PATTERN})(?:[\\s\\-~_=*.·•/]+(?:${SPACED_CLASSIFICATION_PATTERN}|${BANNER_CAPTIONS.join('|')}))*[\\s\\-~_=*.·•]*$`)

/** What is left on a stamp line once stamps are recognised: dates, numbers, fragments. */
const RESIDUE = /^(?:\d{1,4}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{0,4})?|[A-Z]{1,3}-?\d[\d-]*|[-~_=*.,:;'"/\\|]+|Page|Date:?|Doc|No\.?|Case)$/

const PAGE_NUMBER = /^[\s\-–~.]*\d{1,3}[\s\-–~.]*$/
const TELEGRAM_PAGE = /^\s*PAGE\s+\d{1,3}(?:\s+OF\s+\d{1,3})?(?:\s+[A-Z][A-Z/]*)+\s+\d{2,6}(?:\s+[A-Z0-9]+)*\s*$/

/** Read one raw line: blank, furniture, or text (possibly closed by a stamp). */
export function readLine(line: RawLine): LineReading {
  const reading = line.pieces.map((piece) => (piece.kind === 'text' ? piece.value : '')).join('')
  if (reading.trim() === '') {
    return line.pieces.some((piece) => piece.kind === 'markup') ? { kind: 'text', pieces: line.pieces } : { kind: 'blank' }
  }
  const whole = classifyFurniture(reading, line.alone)
  if (whole) return { kind: 'furniture', furniture: furniture(line, whole.type, whole.subtype, line.pieces) }
  const trailing = TRAILING_STAMP.exec(reading)
  if (trailing && trailing.index > 0 && line.pieces.every((piece) => piece.kind === 'text' || piece.role === 'artefact')) {
    const cut = line.offset + indexInLine(line, trailing.index)
    const before = line.pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut))
    const after = line.pieces.flatMap((piece) => slicePiece(piece, cut, Infinity))
    return { kind: 'text', pieces: before, trailing: furniture(line, 'stamp', 'foia', after, cut) }
  }
  return { kind: 'text', pieces: line.pieces }
}

/** Is this reading text a whole line of furniture, and of which kind? */
function classifyFurniture(text: string, alone: boolean): { type: Furniture['type']; subtype: string } | undefined {
  if (TELEGRAM_PAGE.test(text) || TELEGRAM_RUNNING_HEAD.test(text)) return { type: 'header', subtype: 'telegram' }
  if (BANNER.test(text)) return { type: 'header', subtype: 'banner' }
  // A number inside a form (a row of a header block) is not a page number.
  if (alone && PAGE_NUMBER.test(text)) return { type: 'pageNum', subtype: 'pageNum' }
  let rest = text
  let first: StampType | undefined
  for (const [pattern, type] of STAMPS) {
    rest = rest.replace(pattern, () => {
      first ??= type
      return ' '
    })
  }
  if (first === undefined) return undefined
  const banner = new RegExp(`^[-~_=*.·•]*${SPACED_CLASSIFICATION_PATTERN}[-~_=*.·•]*$`)
  let banners = 0
  const leftover = rest.split(/\s+/).filter((token) => {
    if (token === '' || RESIDUE.test(token)) return false
    if (banner.test(token)) {
      banners++
      return false
    }
    return true
  })
  if (leftover.length > 0) return undefined
  return banners > 0 ? { type: 'header', subtype: 'banner' } : { type: 'stamp', subtype: first }
}

/** Build a furniture record, marking stamps inside its text. */
function furniture(line: RawLine, type: Furniture['type'], subtype: string, pieces: Piece[], offset = line.offset): Furniture {
  const parts: FurniturePart[] = []
  for (const piece of pieces) {
    if (piece.kind === 'markup') parts.push({ kind: 'artefact', value: piece.value })
    else parts.push(...stampParts(piece.value))
  }
  return { type, subtype, parts, line: line.number, offset }
}

/** Split text into plain and stamp parts (first matching pattern wins at each place). */
export function stampParts(text: string): FurniturePart[] {
  const found: Array<{ start: number; end: number; type: StampType }> = []
  for (const [pattern, type] of STAMPS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0
      const end = start + match[0].length
      if (found.every((f) => end <= f.start || start >= f.end)) found.push({ start, end, type })
    }
  }
  found.sort((a, b) => a.start - b.start)
  const parts: FurniturePart[] = []
  let at = 0
  for (const f of found) {
    if (f.start > at) parts.push({ kind: 'text', value: text.slice(at, f.start) })
    parts.push({ kind: 'stamp', type: f.type, value: text.slice(f.start, f.end) })
    at = f.end
  }
  if (at < text.length) parts.push({ kind: 'text', value: text.slice(at) })
  return parts
}

/** Offset within the raw line of the n-th character of its reading text. */
function indexInLine(line: RawLine, readingIndex: number): number {
  let seen = 0
  for (const piece of line.pieces) {
    if (piece.kind !== 'text') continue
    if (seen + piece.value.length > readingIndex) return piece.offset - line.offset + (readingIndex - seen)
    seen += piece.value.length
  }
  return line.raw.length
}

function slicePiece(piece: Piece, from: number, to: number): Piece[] {
  const start = Math.max(from, piece.offset)
  const end = Math.min(to, piece.offset + piece.value.length)
  if (end <= start) return []
  return [{ ...piece, value: piece.value.slice(start - piece.offset, end - piece.offset), offset: start }]
}

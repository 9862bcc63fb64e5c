import type { Furniture, FurniturePart } from '../src/model/document.ts'
import type { Piece, RawLine } from '../src/parse/lines.ts'
import { BANNER_CAPTIONS, CLASSIFICATION_PATTERN, SPACED_CLASSIFICATION_PATTERN } from '../src/vocabulary/classifications.ts'
import { fieldName, TELEGRAM_RUNNING_HEAD } from '../src/vocabulary/fields.ts'
import { EMAIL_FIELD, FAX_HEADER, FORM_FEED, ITEM_SUBJECT, NEWSPAPER_PRINT, PAGE_MARK, PARTIAL_EXTRACT_NOTE, POEMS_HEADER, POST_PRINT, PTP_JOB, PTP_PAGE, PTP_TIME, RECORD_DUMP_LABEL, RECORD_DUMP_MARK, RECORD_FOOTER, RECORD_HEAD } from '../src/vocabulary/print.ts'
import { PAGE_STAMP_LINE, STAMPS, TRAILING_STAMP, type StampType } from '../src/vocabulary/stamps.ts'
import { GROUP_LINE, inlineCablegatePage, near, nearMarking, pageHeader, runOnTelegramLine } from '../src/vocabulary/telegram.ts'
import { isEnglishWord } from '../src/suspects/lexicon.ts'

/**
 * Page furniture: what the page carries besides the text. Classification banners in their
 * OCR spellings (`-CONFIDENTIAL`, `~CONFIDENTIAL`, `S E C R E T`, `CECRET`), page numbers,
 * telegram page headers (`PAGE 01 STATE 204310 291924Z`), the stamps of the FOIA release
 * (the Department's page stamp also as OCR mangles it), the print headers of each era (POEMS,
 * PTP, `Post: … MRN: … Printed by:`), fax headers, the extractor's `[Page N]`, form feeds, and
 * the headers of a released e-mail chain. Each line of furniture has a kind (`Furniture.subtype`):
 *
 * | kind | what |
 * |---|---|
 * | `banner` | classification banner |
 * | `telegram` | telegram page header or running head |
 * | `pageNum` | a page number alone |
 * | `page-mark` | the extractor's `[Page N]` (starts a page) |
 * | `form-feed` | a form feed alone on its line (starts a page) |
 * | `page-stamp` | the Department's page stamp `… Case No. … Doc No. … Date:` |
 * | `foia`, `release`, `classification` | other stamps, by `stamp/@type` |
 * | `print` | a print header: POEMS, `Item Subject:`, PTP, `Post: … Printed by:` |
 * | `fax` | a fax header or footer |
 * | `email` | a line of an e-mail header (`From:` … `Subject:`) |
 * | `publisher` | what a publisher of leaked cables put around one: Cablegate's note of a partial extract and its record line, a newspaper's print track |
 */

/** A release decision opening a line, before what the line goes on with (`RELEASE IN FULL SUBJECT: …`). */
const LEADING_RELEASE = /^\s*\[?RELEASE\s*IN\s+(?:FULL|PART)[\]1IlJ|)]?\s+(?=\S)/

/** What one raw line is, once furniture is recognised. */
export type LineReading =
  | { kind: 'blank' }
  | { kind: 'furniture'; furniture: Furniture }
  | { kind: 'text'; pieces: Piece[]; leading?: Furniture; trailing?: Furniture; after?: Piece[] }

/** A banner line: a classification marking with the scanner's stray dashes, tildes or underscores. */
const BANNER = new RegExp(`^[\\s\\-~_=*.·•]*(?:${CLASSIFICATION_PATTERN}|${SPACED_CLASSIFICATION_PATTERN}|SBU)(?:[\\s\\-~_=*.·•/]+(?:${SPACED_CLASSIFICATION_PATTERN}|${BANNER_CAPTIONS.join('|')}|SBU))*[\\s\\-~_=*.·•]*$`)

/** What is left on a stamp line once stamps are recognised: dates, numbers, fragments, a bracket read as a letter (`RELEASEIN FULL i`). */
const RESIDUE = /^(?:\d{1,4}[.,]?|\d{1,2}[/-]\d{1,2}(?:[/-]\d{0,4})?|[A-Z]{1,3}-?\d[\d-]*|[-~_=*.,:;'"/\\|[\]{}()]+|[iIlJ!]|Page|Date:?|Doc|No\.?|Case)$/

const PAGE_NUMBER = /^[\s\-–~.]*\d{1,3}[\s\-–~.]*$/
/** A page of the pages, as a print counts them at a page's foot, the banner beside it (`UNCLASSIFIED        Page 2 of 3`, `Page 4 of 5`). */
const PAGE_OF = new RegExp(`^\\s*(?:(?:${CLASSIFICATION_PATTERN})\\s+)?Page\\s+\\d{1,3}\\s+of\\s+\\d{1,3}\\s*$`, 'i')
const FAX_PAGE = /^\s*P\.\s?\d{1,3}(?:\/\d{1,3})?\.?\s*$/
/** A date alone on the line after a stamp: the rest of that stamp (`6/25/2019`). */
const STAMP_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*$/
const BANNER_WORDS = ['SECRET', 'CONFIDENTIAL', 'UNCLASSIFIED']
/** An e-mail header's label with no value beside it (`Sent:`), as a header read by columns gives it. */
const EMAIL_LABEL_ALONE = /^\s*[A-Za-z]+\s*:\s*$/
/** The halves of a release decision broken over two lines. */
const RELEASE_OPENS = /^\s*RELEASE\s*IN\s*$/
const RELEASE_CLOSES = /^\s*(?:FULL|PART(?:\s+B\d[\w(),\s]*)?)\s*$/
const RELEASE_CLOSES_LINE_END = /(?<!\s)\s+(?:FULL|PART(?:\s+B\d[\w(),]*)?)\s*$/
const RELEASE_OPENS_LINE_END = /(?<!\s)\s+RELEASE\s*IN\s*$/

/** Read the lines of a file: each line on its own, then what only its neighbours tell (e-mail headers, stamp dates). */
export function readLines(lines: readonly RawLine[]): LineReading[] {
  const readings = lines.map(readLine)
  markEmailHeaders(lines, readings)
  markRecordHead(lines, readings)
  markDumpLabels(lines, readings)
  for (let i = 1; i < lines.length; i++) {
    const before = readings[i - 1]
    const line = lines[i] as RawLine
    if (before?.kind === 'furniture' && before.furniture.type === 'stamp' && readings[i]?.kind === 'text' && STAMP_DATE.test(readingOf(line))) {
      readings[i] = { kind: 'furniture', furniture: furniture(line, 'stamp', before.furniture.subtype, line.pieces) }
    }
    // A release decision the OCR broke after its IN (`RELEASE IN` / `FULL`): both lines are the stamp.
    const opening = lines[i - 1] as RawLine
    const current = readings[i]
    if (before?.kind === 'text' && current?.kind === 'text' && RELEASE_OPENS.test(readingOf(opening))) {
      // Or its rest at the end of the next line of text (`RELEASE IN` / `SUBJECT: … JULY 28 MEETING FULL`).
      const rest = RELEASE_CLOSES.test(readingOf(line)) ? undefined : RELEASE_CLOSES_LINE_END.exec(readingOf(line))
      if (RELEASE_CLOSES.test(readingOf(line))) {
        readings[i - 1] = { kind: 'furniture', furniture: furniture(opening, 'stamp', 'release', opening.pieces) }
        readings[i] = { kind: 'furniture', furniture: furniture(line, 'stamp', 'release', line.pieces) }
      } else if (rest && !current.trailing && current.pieces.every((piece) => piece.kind === 'text')) {
        const cut = line.offset + indexInLine(line, rest.index)
        readings[i - 1] = { kind: 'furniture', furniture: furniture(opening, 'stamp', 'release', opening.pieces) }
        readings[i] = { ...current, pieces: current.pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut)), trailing: furniture(line, 'stamp', 'release', current.pieces.flatMap((piece) => slicePiece(piece, cut, Infinity)), cut) }
      }
    }
    // Or its start at the end of a line of text, its rest alone on the next (`SUBJECT: … ON N-K RELEASEIN` / `FULL`).
    const previous = readings[i - 1]
    const start = previous?.kind === 'text' && !previous.trailing && previous.pieces.every((piece) => piece.kind === 'text') ? RELEASE_OPENS_LINE_END.exec(readingOf(opening)) : null
    if (start && start.index > 0 && /\S/.test(readingOf(opening).slice(0, start.index)) && previous?.kind === 'text' && readings[i]?.kind === 'text' && RELEASE_CLOSES.test(readingOf(line))) {
      const cut = opening.offset + indexInLine(opening, start.index)
      readings[i - 1] = { ...previous, pieces: previous.pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut)), trailing: furniture(opening, 'stamp', 'release', previous.pieces.flatMap((piece) => slicePiece(piece, cut, Infinity)), cut) }
      readings[i] = { kind: 'furniture', furniture: furniture(line, 'stamp', 'release', line.pieces) }
    }
  }
  markPageNumbers(lines, readings)
  return readings
}

/** A text dump's labels of a record's fields (`RECORD_DUMP_LABEL`), from `id:` to `header:` each on a line of its own, are the publisher's. */
function markDumpLabels(lines: readonly RawLine[], readings: LineReading[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*id:\s*\d+\s*$/.test(readingOf(lines[i] as RawLine))) continue
    let end = i
    while (end + 1 < lines.length && RECORD_DUMP_LABEL.test(readingOf(lines[end + 1] as RawLine))) end++
    if (!/^\s*header:\s*$/.test(readingOf(lines[end] as RawLine)) || end - i < 3) continue
    for (let j = i; j <= end; j++) {
      const line = lines[j] as RawLine
      readings[j] = { kind: 'furniture', furniture: furniture(line, 'header', 'publisher', line.pieces) }
    }
    i = end
  }
}

/** The head a publisher of the Cablegate texts put over a cable (`RECORD_HEAD`): its lines are the publisher's, the title's line even where it is empty. */
function markRecordHead(lines: readonly RawLine[], readings: LineReading[]): void {
  const first = readings.findIndex((reading) => reading.kind !== 'blank')
  const text = (i: number): string => (lines[i] ? readingOf(lines[i]) : '')
  if (first === -1 || !RECORD_HEAD.id.test(text(first))) return
  const day = [first + 2, first + 1].find((i) => RECORD_HEAD.day.test(text(i)))
  if (day === undefined || !RECORD_HEAD.classification.test(text(day + 1)) || !RECORD_HEAD.origin.test(text(day + 2))) return
  for (let i = first; i <= day + 2; i++) {
    const line = lines[i] as RawLine
    if (readings[i]?.kind !== 'blank') readings[i] = { kind: 'furniture', furniture: furniture(line, 'header', 'publisher', line.pieces) }
  }
}

/**
 * A number alone on the line right after a page's top furniture is its page number, also in a
 * text layer without blank lines (`[Page 2]`, the page stamp, then `2`).
 */
function markPageNumbers(lines: readonly RawLine[], readings: LineReading[]): void {
  let previous: LineReading | undefined
  readings.forEach((reading, i) => {
    const line = lines[i] as RawLine
    const top = previous?.kind === 'furniture' && ['page-mark', 'page-stamp', 'form-feed', 'print'].includes(previous.furniture.subtype)
    if (top && reading.kind === 'text' && PAGE_NUMBER.test(readingOf(line))) {
      readings[i] = { kind: 'furniture', furniture: furniture(line, 'pageNum', 'pageNum', line.pieces) }
    }
    if (readings[i]?.kind !== 'blank') previous = readings[i]
  })
}

/** Read one raw line: blank, furniture, or text (possibly opened by a form feed, or closed by a stamp). */
export function readLine(line: RawLine): LineReading {
  const reading = readingOf(line)
  const feed = reading.indexOf(FORM_FEED)
  if (feed !== -1 && reading.replace(/\s/g, '') === '') return { kind: 'furniture', furniture: furniture(line, 'header', 'form-feed', line.pieces) }
  if (reading.trim() === '') {
    return line.pieces.some((piece) => piece.kind === 'markup') ? { kind: 'text', pieces: line.pieces } : { kind: 'blank' }
  }
  const whole = classifyFurniture(reading, line.alone)
  if (whole) return { kind: 'furniture', furniture: furniture(line, whole.type, whole.subtype, line.pieces) }
  let pieces = line.pieces
  let leading: Furniture | undefined
  if (feed !== -1 && reading.slice(0, feed).trim() === '') {
    // A form feed before text: the page breaks there (the feed is kept as furniture).
    const cut = line.offset + indexInLine(line, feed + 1)
    leading = furniture(line, 'header', 'form-feed', pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut)))
    pieces = pieces.flatMap((piece) => slicePiece(piece, cut, Infinity))
  }
  // A release decision stamped before a header field (`RELEASE IN FULL SUBJECT: …`): the stamp, then the field.
  const release = leading ? null : LEADING_RELEASE.exec(reading)
  if (release && fieldName(reading.slice(release[0].length)) !== undefined && pieces.every((piece) => piece.kind === 'text' || piece.role === 'artefact')) {
    const cut = line.offset + indexInLine(line, release[0].length)
    leading = furniture(line, 'stamp', 'release', pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut)))
    pieces = pieces.flatMap((piece) => slicePiece(piece, cut, Infinity))
  }
  // Cablegate's page line inside the line (a page break where the publisher joined the lines): the text before it, the page line, the text after it.
  const page = leading ? undefined : inlineCablegatePage(reading)
  if (page && pieces.every((piece) => piece.kind === 'text' || piece.role === 'artefact')) {
    // White space alone before or after it goes with it.
    const opens = reading.slice(0, page.start).trim() === ''
    const closes = reading.slice(page.end).trim() === ''
    const from = opens ? line.offset : line.offset + indexInLine(line, page.start)
    const to = closes ? line.offset + line.raw.length : line.offset + indexInLine(line, page.end)
    const header = furniture(line, 'header', 'telegram', pieces.flatMap((piece) => slicePiece(piece, from, to)), from)
    const before = pieces.flatMap((piece) => slicePiece(piece, -Infinity, from))
    const after = pieces.flatMap((piece) => slicePiece(piece, to, Infinity))
    if (opens) return { kind: 'text', pieces: after, leading: header }
    return { kind: 'text', pieces: before, trailing: header, ...(closes ? {} : { after }) }
  }
  // A telegram line run into the line before it (Cablegate's text dumps): the routing's last line or the publisher's note, then the telegram line.
  const runOn = leading ? undefined : runOnTelegramLine(reading)
  if (runOn !== undefined && pieces.every((piece) => piece.kind === 'text' || piece.role === 'artefact')) {
    const cut = line.offset + indexInLine(line, runOn)
    const before = pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut))
    const after = pieces.flatMap((piece) => slicePiece(piece, cut, Infinity))
    const head = reading.slice(0, runOn)
    if (PARTIAL_EXTRACT_NOTE.test(head)) return { kind: 'text', pieces: after, leading: furniture(line, 'header', 'publisher', before) }
    // The routing's last line in capitals, or an extract's date-time group (`171637Z Feb 05UNCLAS …`).
    if (!/\p{Ll}/u.test(head) || GROUP_LINE.test(head)) return { kind: 'text', pieces: before, after }
  }
  const trailing = TRAILING_STAMP.exec(reading)
  if (trailing && trailing.index > 0 && pieces.every((piece) => piece.kind === 'text' || piece.role === 'artefact')) {
    const cut = line.offset + indexInLine(line, trailing.index)
    const before = pieces.flatMap((piece) => slicePiece(piece, -Infinity, cut))
    const after = pieces.flatMap((piece) => slicePiece(piece, cut, Infinity))
    const type = stampParts(reading.slice(trailing.index)).find((part) => part.kind === 'stamp')
    // The page stamp beside a signature (`DORNBUSH UNCLASSIFIED U.S. Department of State Case No. …`) is the page's stamp.
    const subtype = PAGE_STAMP_LINE.test(reading.slice(trailing.index)) ? 'page-stamp' : type?.kind === 'stamp' ? type.type : 'foia'
    return { kind: 'text', pieces: before, ...(leading ? { leading } : {}), trailing: furniture(line, 'stamp', subtype, after, cut) }
  }
  return leading ? { kind: 'text', pieces, leading } : { kind: 'text', pieces }
}

/** Does this furniture begin a new sheet of the scan (a form feed, the extractor's `[Page N]`)? */
export function startsSheet(f: Furniture): boolean {
  return f.subtype === 'page-mark' || f.subtype === 'form-feed' || f.parts.some((part) => part.kind === 'text' && part.value.includes(FORM_FEED))
}

/** Plain text of a furniture line (OCR markup left out). */
export function furnitureText(f: Furniture): string {
  return f.parts.map((p) => (p.kind === 'artefact' ? '' : p.value)).join('')
}

function readingOf(line: RawLine): string {
  return line.pieces.map((piece) => (piece.kind === 'text' ? piece.value : '')).join('')
}

/** Is this reading text a whole line of furniture, and of which kind? */
function classifyFurniture(text: string, alone: boolean): { type: Furniture['type']; subtype: string } | undefined {
  if (PAGE_MARK.test(text)) return { type: 'pageNum', subtype: 'page-mark' }
  if (pageHeader(text) || TELEGRAM_RUNNING_HEAD.test(text)) return { type: 'header', subtype: 'telegram' }
  if (BANNER.test(text)) return { type: 'header', subtype: 'banner' }
  if (isPrintHeader(text)) return { type: 'header', subtype: 'print' }
  if (FAX_HEADER.test(text)) return { type: 'header', subtype: 'fax' }
  // A fax machine's page number on a line of its own (`P. 01`), where the header it closes went to a line of its own: no page of the scan.
  if (FAX_PAGE.test(text)) return { type: 'header', subtype: 'fax-page' }
  if (PARTIAL_EXTRACT_NOTE.test(text)) return { type: 'header', subtype: 'publisher' }
  if (RECORD_FOOTER.test(text) || NEWSPAPER_PRINT.test(text)) return { type: 'footer', subtype: 'publisher' }
  if (RECORD_DUMP_MARK.test(text)) return { type: 'header', subtype: 'publisher' }
  // A number inside a form (a row of a header block) is not a page number.
  if (alone && PAGE_NUMBER.test(text)) return { type: 'pageNum', subtype: 'pageNum' }
  if (PAGE_OF.test(text)) return { type: 'pageNum', subtype: 'pageNum' }
  if (PAGE_STAMP_LINE.test(text) && !signedBeforeStamp(text)) return { type: 'stamp', subtype: 'page-stamp' }
  const stamps = classifyStamps(text)
  if (stamps) return stamps
  if (misreadBanner(text)) return { type: 'header', subtype: 'banner' }
  return undefined
}

/** A line of stamps (with dates, numbers and banners beside them), and the type of its first stamp. */
function classifyStamps(text: string): { type: Furniture['type']; subtype: string } | undefined {
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

function isPrintHeader(text: string): boolean {
  return POEMS_HEADER.test(text) || ITEM_SUBJECT.test(text) || PTP_PAGE.test(text) || PTP_TIME.test(text) || PTP_JOB.test(text) || POST_PRINT.test(text)
}

/**
 * A surname in capitals before the page stamp on its line (`DORNBUSH UNCLASSIFIED U.S. Department
 * of State Case No. …`): the telegram's signature, the stamp printed beside it. No English word
 * nor marking (`DECLASSIFIED`, `CONFIDENTIAL` as the OCR read it).
 */
function signedBeforeStamp(text: string): boolean {
  const name = /^\s*([A-Z][A-Z'-]{3,})\s+UNCLASSIFIED\s+U\.\s?S\./.exec(text)?.[1]
  return name !== undefined && !isEnglishWord(name.toLowerCase()) && !nearMarking(name)
}

/** A banner word OCR misread by a letter or two (`CECRET`, `CONrIDDNTIAL`), alone on its line. */
function misreadBanner(text: string): boolean {
  const word = text.trim().replace(/^[^A-Za-z]+|(?<![^A-Za-z])[^A-Za-z]+$/g, '')
  if (!/^[A-Za-z]{5,14}$/.test(word) || word.replace(/[^A-Z]/g, '').length * 2 < word.length) return false
  // A banner word as typed is for BANNER; in quotes it is the release's stamp (`"UNCLASSIFIED"`).
  return !/["“”]/.test(text) && BANNER_WORDS.some((banner) => word.toUpperCase() !== banner && near(word.toUpperCase(), banner))
}

/**
 * The header of an e-mail in a released message chain: a `From:` line with a `Sent:` (or
 * `Date:`) line right after it, or a `Sent:` line after its `To:` and `Cc:` (a BlackBerry's
 * order: `From:`, `To:`, `Cc:`, `Sent:`, `Subject:`), through its `Subject:` line and the
 * `Attachments:` or `Importance:` lines that follow, address lists wrapped over several lines
 * included. Without a `Subject:` line the header is its field lines. A `Date:` line is an
 * e-mail's when it gives a time. (A memorandum's `FROM:`, `TO:`, `DATE:` stay its text: only
 * `Sent:`, or a `Date:` with a time, is an e-mail's after other fields.)
 */
function markEmailHeaders(lines: readonly RawLine[], readings: LineReading[]): void {
  const field = (i: number): string | undefined => (readings[i]?.kind === 'text' ? EMAIL_FIELD.exec(readingOf(lines[i] as RawLine))?.[1]?.toLowerCase() : undefined)
  /** From a `To:` line on, within six lines: only addresses (`To:`, `Cc:`, `Bcc:`, wrapped lines), then `Sent:` (which may already be furniture: `Sent: Mon Apr 13 08:13:05 2009` reads as a print's time). */
  const sentAfterAddresses = (start: number): boolean => {
    for (let j = start; j < Math.min(lines.length, start + 6); j++) {
      const name = EMAIL_FIELD.exec(readingOf(lines[j] as RawLine))?.[1]?.toLowerCase()
      if (name === 'sent') return j > start
      if (readings[j]?.kind === 'blank' || (name !== undefined && name !== 'to' && name !== 'cc' && name !== 'bcc')) return false
    }
    return false
  }
  /** An e-mail's `Date:` gives the time it was sent (`Date: Fri, 13 May 2011 10:22:33`); a memorandum's a day (`Date: March 29, 1993`). */
  const sentAt = (j: number): boolean => field(j) === 'sent' || (field(j) === 'date' && /\d{1,2}:\d{2}/.test(readingOf(lines[j] as RawLine)))
  /** A line of an address list wrapped from the field before (`To: H; Abedin, Huma;` / `Sullivan, Jacob J`). */
  const wrapped = (j: number): boolean => readings[j]?.kind === 'text' && /[;@]/.test(readingOf(lines[j] as RawLine)) && ['to', 'cc', 'bcc'].includes(field(j - 1) ?? '')
  for (let i = 0; i < lines.length; i++) {
    if (field(i) !== 'from') continue
    const next = [i + 1, i + 2, i + 3].find((j) => readings[j]?.kind !== 'blank' && field(j) !== undefined)
    if (next === undefined || (!sentAt(next) && !sentAfterAddresses(next))) continue
    let end = i
    const subject = Array.from({ length: 30 }, (_, k) => i + 1 + k).find((j) => j < lines.length && field(j) === 'subject')
    if (subject !== undefined) {
      end = subject
      while (field(end + 1) === 'attachments' || field(end + 1) === 'importance') end++
      // A header the OCR read by columns (`From:` `Sent:` `To:` `Subject:`, then their values): its values are its lines too.
      const labels = Array.from({ length: end - i + 1 }, (_, k) => i + k).filter((j) => field(j) !== undefined)
      if (labels.every((j) => EMAIL_LABEL_ALONE.test(readingOf(lines[j] as RawLine)))) {
        for (let values = labels.length; values > 0 && end + 1 < lines.length && readings[end + 1]?.kind === 'text' && field(end + 1) === undefined; values--) end++
      }
    } else {
      // Without a Subject: line, the header is its fields, never the text after them.
      while (end + 1 < lines.length && (field(end + 1) !== undefined || wrapped(end + 1))) end++
    }
    for (let j = i; j <= end; j++) {
      const line = lines[j] as RawLine
      if (readings[j]?.kind === 'text') readings[j] = { kind: 'furniture', furniture: furniture(line, 'header', 'email', line.pieces) }
    }
    i = end
  }
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

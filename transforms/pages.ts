import type { Furniture, Inline, Milestone } from '../src/model/document.ts'
import type { RawLine } from '../src/parse/lines.ts'
import { continuesSubject, isProseLine, opensBlock, TEXT_BEGINS } from '../src/vocabulary/blocks.ts'
import { fieldName, TELEGRAM_RUNNING_HEAD } from '../src/vocabulary/fields.ts'
import { CABLEGATE_PAGE } from '../src/vocabulary/telegram.ts'
import { applyDeletions, closeDeletions, type DeletionState, type Warn } from './deletions.ts'
import { furnitureText, startsSheet, type LineReading } from './furniture.ts'
import type { DraftBlock } from './structure.ts'

/** A raw line with what furniture recognition made of it. */
export interface ReadLine {
  line: RawLine
  reading: LineReading
}

/**
 * Page breaks of one witness. Where the scan's own pages are marked (a form feed, the text
 * extractor's `[Page N]`), those marks are the pages and nothing else is: banners, page
 * headers and stamps of a print then stand inside a page. Otherwise a run of furniture
 * between text starts a page when it holds a banner (not a banner alone: that heads a section
 * of a print), a page number, the Department's page stamp, a fax header or a telegram page
 * header that numbers a later page (another stamp alone does not). In a run the page begins at
 * its form feed or page mark; without one, a banner first in a longer run is the old page's
 * footer, as is the first of two page stamps (printed at the foot of one page and the head of
 * the next: one break). The page number comes from the run (`[Page 3]`, `2`, `PAGE 02`) or
 * counts on. `parts` are the witness's line ranges in reading order: a first page that the
 * scan put elsewhere joins the rest without a break.
 *
 * Blocks: a Markdown paragraph of the source is one block, except that a header field, a
 * numbered paragraph, a precedence line or a form's label begins a block of its own (OCR text
 * layers run whole pages together), a subject runs on for two lines at most, and the text
 * after `BEGIN TEXT:` begins a new one.
 */
export function paginate(parts: ReadLine[][], warn: Warn): Array<DraftBlock | Milestone> {
  const sheets = parts.some((part) => part.some(({ reading }) => reading.kind === 'furniture' && startsSheet(reading.furniture)))
  const marksPage = (f: Furniture): boolean =>
    sheets ? startsSheet(f) : f.subtype === 'banner' || (f.subtype === 'telegram' && opensTelegramPage(f, page)) || f.subtype === 'page-stamp' || f.subtype === 'fax' || f.type === 'pageNum'
  const out: Array<DraftBlock | Milestone> = []
  let page = 0
  let sawText = false
  let cluster: Furniture[] = []
  let block: DraftBlock | undefined
  let blockId: number | undefined
  let closed = false
  // The first line of the open block and how many lines it has.
  let blockText = ''
  /** The block's last line so far: where a subject may have closed. */
  let lastText = ''
  let blockLines = 0
  const deletions: DeletionState = { depth: 0, openedAt: undefined }
  const pending: Inline[] = []
  let pendingLine = 0

  const endBlock = (): void => {
    if (block) closeDeletions(deletions, warn)
    block = undefined
    blockId = undefined
  }
  const flush = (position: 'start' | 'inner' | 'join' | 'end'): void => {
    // A banner alone between two paragraphs heads a section of a print; a page has more furniture.
    const lone = cluster.length === 1 && cluster[0]?.subtype === 'banner'
    if (position === 'start' || (position === 'inner' && !lone && cluster.some(marksPage))) {
      const footers = position === 'inner' ? footerCount(cluster, sheets) : 0
      cluster.slice(0, footers).forEach((f) => out.push({ kind: 'fw', furniture: f.subtype === 'banner' ? { ...f, type: 'footer' } : f }))
      page = pageNumber(cluster.slice(footers), page, sheets)
      out.push({ kind: 'pb', n: String(page), offset: cluster[footers]?.offset ?? 0 })
      cluster.slice(footers).forEach((f) => out.push({ kind: 'fw', furniture: f }))
    } else {
      const type = position === 'end' || position === 'join' ? 'footer' : undefined
      cluster.forEach((f) => out.push({ kind: 'fw', furniture: type && f.subtype === 'banner' ? { ...f, type } : f }))
    }
    cluster = []
  }

  parts.forEach((part, index) => {
    const take = (line: RawLine, reading: LineReading): void => {
      if (reading.kind === 'blank') {
        endBlock()
        return
      }
      if (reading.kind === 'furniture') {
        endBlock()
        cluster.push(reading.furniture)
        return
      }
      if (reading.leading) {
        endBlock()
        cluster.push(reading.leading)
      }
      if (!sawText) {
        flush('start')
        sawText = true
      } else if (cluster.length > 0) flush('inner')
      const inlines = applyDeletions(reading.pieces, deletions, warn)
      if (inlines.every((inline) => inline.kind === 'artefact')) {
        // A line of OCR markup only (a drawn rule): kept with the text that follows it.
        if (pending.length === 0) pendingLine = line.number
        pending.push(...inlines, { kind: 'text', value: '\n', offset: line.offset + line.raw.length, deleted: false })
        return
      }
      inlines.unshift(...pending.splice(0))
      const text = reading.pieces.map((piece) => (piece.kind === 'text' ? piece.value : '')).join('')
      // A subject opens the block, or follows another field on its first line (`TAGS: AMGT SUBJECT: …`).
      const subject = fieldName(blockText) === 'subject' || /\sSUBJ(?:ECT)?\s*:/i.test(blockText)
      const field = !subject && fieldName(blockText) !== undefined
      const continues =
        block &&
        blockId === line.block &&
        !closed &&
        (/\t/.test(line.raw) || !opensBlock(text)) &&
        (!subject || continuesSubject(blockLines > 1 ? `${blockText}\n${lastText}` : blockText, text, blockLines)) &&
        !(field && isProseLine(text))
      if (block && continues) {
        block.inlines.push({ kind: 'lb', offset: line.offset }, ...inlines)
        block.multiline = true
        blockLines++
        lastText = text
      } else {
        endBlock()
        block = { inlines, line: line.number, multiline: false }
        blockId = line.block
        blockText = text
        lastText = text
        blockLines = 1
        out.push(block)
      }
      closed = TEXT_BEGINS.test(text)
      // A subject may run on past a stamp the release put at the end of its line (`… MEETING WITH [RELEASE IN FULLI` / `DEPUTY SECRETARY TALBOTT …`): its next line decides.
      if (reading.trailing && block && fieldName(blockText) === 'subject' && reading.trailing.subtype !== 'telegram') block.inlines.push({ kind: 'fw', furniture: reading.trailing })
      else if (reading.trailing) {
        endBlock()
        cluster.push(reading.trailing)
      }
      // The text after a page line inside the line (Cablegate's, where a publisher joined the lines) opens the next page.
      if (reading.after) take(line, { kind: 'text', pieces: reading.after })
    }
    for (const { line, reading } of part) take(line, reading)
    endBlock()
    const last = out[out.length - 1]
    // Markup after the part's last text: with that text, or a block of its own after the page furniture that follows it.
    if (pending.length > 0 && last && !('kind' in last)) last.inlines.push(...pending.splice(0))
    else if (pending.length > 0) out.push({ inlines: pending.splice(0), line: pendingLine, multiline: false })
    if (!sawText && cluster.length > 0) {
      flush('start')
      sawText = true
    }
    flush(index < parts.length - 1 ? 'join' : 'end')
  })
  return out
}

/**
 * How many furniture lines of a run end the old page: those before its form feed or page mark;
 * without one, a banner that opens a longer run, or the first of two page stamps.
 */
function footerCount(cluster: Furniture[], sheets: boolean): number {
  const opener = cluster.findIndex((f) => startsSheet(f))
  if (opener !== -1 || sheets) return Math.max(opener, 0)
  const first = cluster[0]
  const stampedTwice = first?.subtype === 'page-stamp' && cluster.slice(1).some((f) => f.subtype === 'page-stamp')
  return cluster.length > 1 && (first?.subtype === 'banner' || stampedTwice) ? 1 : 0
}

/**
 * Does a telegram page header start a page? When it numbers a later one (`PAGE 02` on page 1;
 * not `PAGE 01` on page 3, the first page's header of a routing block the print put after the
 * body), or when it is a running head (`2214, APRIL 9, 7 PM, FROM VIENNA`); the rest of a
 * header OCR split onto its own line (`LONDON 02669 00 OF 03 251050Z`) does not.
 */
function opensTelegramPage(f: Furniture, page: number): boolean {
  const text = furnitureText(f)
  const stated = telegramPageOf(text)
  return stated !== undefined ? stated > page : TELEGRAM_RUNNING_HEAD.test(text)
}

/** The page a telegram page header states: `PAGE 02 …`, or Cablegate's `… 00000183 002 OF 002`. */
function telegramPageOf(text: string): number | undefined {
  const stated = /PAG[E3]\s+(\d+)/.exec(text)?.[1] ?? CABLEGATE_PAGE.exec(text.trim())?.[3]
  return stated === undefined ? undefined : Number(stated)
}

/** The number a page run states (`[Page 3]`, `3`, `PAGE 03`), or the next one. */
function pageNumber(cluster: Furniture[], previous: number, sheets: boolean): number {
  for (const f of cluster) {
    const text = furnitureText(f)
    const stated =
      f.subtype === 'page-mark' ? /\d+/.exec(text)?.[0] : sheets ? undefined : f.type === 'pageNum' ? /\d+/.exec(text)?.[0] : f.subtype === 'telegram' ? telegramPageOf(text) : undefined
    const n = stated === undefined ? NaN : Number(stated)
    if (n > previous) return n
  }
  return previous + 1
}

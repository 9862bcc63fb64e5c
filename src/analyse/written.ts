/**
 * The date a record that is no telegram gives itself: a memorandum of conversation's `DATE:`
 * line (`DATE: October 12, 1994, 2:30 PM`), a memo's or a letter's date line (`March 9, 1993`).
 * A telegram is dated by its date-time group or its drafting line (`facts.ts`); without this,
 * a release's memoranda and letters had no date and stood last in the chronology.
 *
 * Read from the opening lines only (where such records put their date), a `DATE:` line first,
 * else the first line holding a whole date: the month by name, the day, the year (`October 12,
 * 1994`, `12 October 1994`). A date the OCR damaged (`February I, 1993`) is not guessed at.
 * A released e-mail is dated by its first `Sent:` header (`Sunday, November 27, 2011 12:02 PM`).
 * A telegram whose copy gives no date-time group (a Cablegate extract) is dated by the day its
 * publisher's head states (`Tue Jun 06 00:00:00 +0200 2000`).
 */
import { EMAIL_FIELD, RECORD_HEAD } from '../vocabulary/print.ts'
import { emailHeaderLines } from './email.ts'
import { openingLines } from './kind.ts'
import type { TextBlock } from './lemma.ts'
import { daysIn, monthNumber } from './time.ts'

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'
/** `October 12, 1994`, and as a text layer that lost its spaces gives it (`January20,2000`): month, day, year. */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?:,\\s*|\\s+)(\\d{4})\\b`, 'i')
/** `12 October 1994`: day, month, year. */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i')

/** An e-mail's date: its first `Sent:` (or `Date:`) header, the latest message of the chain. */
export function sentDate(furniture: readonly string[]): { text: string; when: string } | undefined {
  const sent = emailHeaderLines(furniture).find((line) => /^(?:sent|date)$/i.test(EMAIL_FIELD.exec(line)?.[1] ?? ''))
  return sent === undefined ? undefined : dateIn(sent)
}

/** The day the publisher's head of a Cablegate text states (`RECORD_HEAD.day`): its date, whatever its clock and zone. */
export function publishedDay(furniture: readonly string[]): { text: string; when: string } | undefined {
  const head = furniture.map((text) => RECORD_HEAD.day.exec(text)).find(Boolean)
  const [line = '', month = '', day, year] = head ?? []
  const m = monthNumber(month)
  const d = Number(day)
  const y = Number(year)
  if (!head || !m || d < 1 || d > daysIn(y, m)) return undefined
  return { text: line.trim(), when: `${y}-${pad(m)}-${pad(d)}` }
}

export function writtenDate(blocks: readonly TextBlock[]): { text: string; when: string } | undefined {
  const lines = openingLines(blocks)
  const dateLines = lines.filter((line) => /^DATE\s*:/i.test(line))
  for (const line of [...dateLines, ...lines]) {
    const found = dateIn(line)
    if (found) return found
  }
  return undefined
}

function dateIn(line: string): { text: string; when: string } | undefined {
  const first = MONTH_FIRST.exec(line)
  const other = first ? undefined : DAY_FIRST.exec(line)
  const [month, day, year] = first ? [first[1], first[2], first[3]] : other ? [other[2], other[1], other[3]] : []
  const m = monthNumber(month ?? '')
  const d = Number(day)
  const y = Number(year)
  if (!m || y < 1900 || y > 2099 || d < 1 || d > daysIn(y, m)) return undefined
  return { text: (first ?? other)?.[0] ?? '', when: `${y}-${pad(m)}-${pad(d)}` }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * A released file's identity as a telegram: the numbers its pages give the telegram (`STATE
 * 233819`, `RABAT 1210`), the date-time group it was sent under, and whether the file is a
 * cover sheet (a record that names a telegram without holding its text). Read from the raw
 * lines, furniture included: print headers (`[STATE 233819]`, `PAGE 01 ABIDJA 12224`) are
 * where many copies state their number. The layouts are in src/vocabulary/telegrams.ts.
 */
import type { SourceFile } from '../source/read.ts'
import { COVER_SHEET_MARKERS, DATE_TIME_GROUP, DTG_LINES, MRN_NUMBER, MRN_POST, NOT_A_POST, NUMBER_LINES } from '../vocabulary/telegrams.ts'

/** A telegram number: the post as printed (letters only), the number without leading zeros, the year when stated. */
export interface TelegramNumber {
  post: string
  number: string
  year?: string
}

/** A date-time group: `090302Z`, month and two-digit year (`NOV`, `96`). */
export interface DateTimeGroup {
  time: string
  month: string
  year: string
}

export interface Identity {
  numbers: TelegramNumber[]
  dateTimes: DateTimeGroup[]
  coverSheet: boolean
}

/** The identity a released file's pages state. */
export function identityOf(source: SourceFile): Identity {
  const lines = source.text.split(/\r\n?|\n/)
  const numbers: TelegramNumber[] = []
  const dateTimes: DateTimeGroup[] = []
  const add = (post: string | undefined, number: string | undefined, year?: string): void => {
    const letters = (post ?? '').toUpperCase().replace(/[^A-Z]/g, '')
    if (letters.length < 3 || number === undefined || NOT_A_POST.test(letters)) return
    const found: TelegramNumber = { post: letters, number: String(Number(number)), ...(year ? { year } : {}) }
    if (!numbers.some((n) => n.post === found.post && n.number === found.number && n.year === found.year)) numbers.push(found)
  }
  lines.forEach((line, index) => {
    for (const pattern of NUMBER_LINES) {
      const match = pattern.exec(line)
      // Three groups: year (when stated), post, number; two: post, number.
      if (match?.length === 4) add(match[2], match[3], match[1])
      else if (match) add(match[1], match[2])
    }
    const mrn = MRN_NUMBER.exec(line)
    if (mrn && !NUMBER_LINES.some((p) => p.test(line))) {
      const post = [line, lines[index - 1] ?? ''].map((l) => MRN_POST.exec(l)).find(Boolean)
      add(post?.[1] ?? post?.[2], mrn[1])
    }
    for (const pattern of DTG_LINES) {
      const dtg = DATE_TIME_GROUP.exec(pattern.exec(line)?.[0] ?? '')
      if (!dtg) continue
      const found = { time: `${dtg[1]}${dtg[2]}${dtg[3]}Z`, month: dtg[4] ?? '', year: dtg[5] ?? '' }
      if (!dateTimes.some((d) => d.time === found.time && d.month === found.month && d.year === found.year)) dateTimes.push(found)
    }
  })
  return { numbers, dateTimes, coverSheet: COVER_SHEET_MARKERS.some((marker) => marker.test(source.text)) && !GOES_ON_INTO_TELEGRAM.test(source.text) }
}

/**
 * A file that goes on from a cover sheet or a clearance form into the telegram itself, its `FM`
 * line or, in a draft, its TAGS line, is a copy of the telegram (as `analyse/kind.ts` calls it
 * one), not a cover sheet.
 */
const GOES_ON_INTO_TELEGRAM = /^[^\S\n]*(?:FM\s+[A-Z]|TAGS?\s*[:.;']?\s*[A-Z]{2,})/m

/**
 * Two numbers name one telegram: the same number, years that agree where both are known,
 * and posts of which one holds the other's first six letters (`ABIDJA` and `ABIDJAN`; a
 * classification read into the post, `CONRIDDNTIALABIDJAN`, and `ABIDJA`).
 */
function sameTelegram(a: TelegramNumber, b: TelegramNumber): boolean {
  if (a.number !== b.number || (a.year !== undefined && b.year !== undefined && a.year !== b.year)) return false
  const [short, long] = a.post.length <= b.post.length ? [a.post, b.post] : [b.post, a.post]
  return long.includes(short.slice(0, 6))
}

/**
 * What two released files' identities say of them: `same` when they name one telegram (a
 * number in common, and a date-time group in common where both state one), `other` when
 * both name telegrams and none is the same, `unknown` when either names none.
 */
export function compareIdentities(a: Identity, b: Identity): 'same' | 'other' | 'unknown' {
  if (a.numbers.length === 0 || b.numbers.length === 0) return 'unknown'
  if (!a.numbers.some((x) => b.numbers.some((y) => sameTelegram(x, y)))) return 'other'
  if (a.dateTimes.length === 0 || b.dateTimes.length === 0) return 'same'
  return a.dateTimes.some((x) => b.dateTimes.some((y) => x.time === y.time && x.month === y.month && x.year === y.year)) ? 'same' : 'other'
}

/** The telegram a file names, as `POST NUMBER` (the first number its pages state). */
export function telegramName(identity: Identity): string | undefined {
  const first = identity.numbers[0]
  return first ? `${first.post} ${first.number}` : undefined
}

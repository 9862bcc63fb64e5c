/**
 * A telegram's identity as its lines state it: the date-time group (DTG) with its precedence,
 * the telegram line (`CONFIDENTIAL STATE 204310`, `C O N F I D E N T I A L SECTION 01 OF 03
 * CAPE TOWN 00097`), the telegram page header of a received copy (`PAGE 01 STATE 204310
 * 291924Z`) and the SMART message reference number (`MRN: 11 RABAT 1210`).
 *
 * A DTG is day, hour and minute in Zulu time (`291924Z`), completed by month and year in a
 * full group (`291924Z OCT 97`). It is written in the precedence line that opens the routing
 * (`O 090302Z NOV 96`, `P R 281848Z DEC 66`), wherever the print put that block.
 */
import { CAPTIONS, CLASSIFICATION_LEVELS } from './classifications.ts'
import { POST_PLACES, POST_PREFIXES, PRECEDENCES } from './posts.ts'
import { CONTROL_GROUP } from './print.ts'

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const

const MONTH = `(?:${MONTHS.join('|')})`

/**
 * A group `DDHHMMZ`. OCR reads the zone letter Z as the digit 2 (`1513302` for `151330Z`);
 * such a seven-digit group is read as a DTG only where the line's shape says it is one (after a
 * precedence letter, or before a month): a choice, since the 2 could also be a digit.
 */
const GROUP = '(\\d{2})(\\d{2})(\\d{2})[Z2z]'

/**
 * The precedence line: one or two precedence letters (`O`, `P R`, `OO`; OCR reads O as `0`)
 * and the group, with month and year when the line has them (`O 090302Z NOV 96 ZFF4`).
 */
export const PRECEDENCE_LINE = new RegExp(`^\\s*(?:[OPRZ0]{1,2}\\s+){1,2}${GROUP}(?:\\s*[.,]?\\s*(${MONTH})\\s+(\\d{2}))?(?![\\dA-Za-z])`, 'i')

/** A full group anywhere in a line: `090310Z NOV 96`, `261556Z NOV 11`. */
export const FULL_GROUP = new RegExp(`(?<![\\dA-Za-z])${GROUP}\\s*[.,]?\\s*(${MONTH})\\s+(\\d{2})(?!\\d)`, 'i')

/** A short group alone (`291924Z`), as a telegram page header gives it. */
export const SHORT_GROUP = /(?<![\dA-Za-z])(\d{2})(\d{2})(\d{2})Z(?![\dA-Za-z])/

/** A date-time group with its reading as ISO 8601 when month and year are known. */
export interface DateTimeGroup {
  /** As the text writes it (`090302Z NOV 96`, `291924Z`). */
  text: string
  day: number
  hour: number
  minute: number
  /** 1–12, when the group states it. */
  month?: number
  /** Four digits, when the group states it. */
  year?: number
}

/**
 * A received print's control line with the precedence line run into it, its precedence letter
 * maybe lost, its group whole (`S/S -33B220 160217Z /380 160214Z FEB 00 ZFF6`): the control part.
 */
const CONTROL_BEFORE_PRECEDENCE = new RegExp(`\\b${CONTROL_GROUP}\\s+(?:[OPRZ0]{1,2}\\s+)?(?=\\d{6}[Z2z]\\s*[.,]?\\s*${MONTH}\\s+\\d{2}(?![\\dA-Za-z]))`, 'i')

/** The group of a precedence line, if the line is one. */
export function precedenceGroup(line: string): DateTimeGroup | undefined {
  const controlled = CONTROL_BEFORE_PRECEDENCE.exec(line)
  if (controlled) return fullGroup(line.slice(controlled.index + controlled[0].length))
  const m = PRECEDENCE_LINE.exec(line)
  if (!m) return undefined
  const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '')
  return groupOf(m, line.slice(start, (m.index ?? 0) + m[0].length).trim())
}

/** A line that is a full date-time group and nothing else, as Cablegate's partial extracts give it (`201247Z Jan 04`). */
export const GROUP_LINE = /^\s*\d{6}Z\s+[A-Za-z]{3}\s+\d{2}\s*$/

/** The first full group (`DDHHMMZ MON YY`) in a text. */
export function fullGroup(text: string): DateTimeGroup | undefined {
  const m = FULL_GROUP.exec(text)
  return m ? groupOf(m, m[0].trim()) : undefined
}

/** The first short group (`DDHHMMZ`) in a text. */
export function shortGroup(text: string): DateTimeGroup | undefined {
  const m = SHORT_GROUP.exec(text)
  return m ? groupOf(m, m[0]) : undefined
}

function groupOf(m: RegExpExecArray, text: string): DateTimeGroup | undefined {
  const [day, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (day < 1 || day > 31 || hour > 23 || minute > 59) return undefined
  const group: DateTimeGroup = { text, day, hour, minute }
  const month = m[4] ? MONTHS.indexOf(m[4].toUpperCase() as (typeof MONTHS)[number]) + 1 : 0
  if (month > 0 && m[5]) {
    group.month = month
    group.year = fullYear(Number(m[5]))
  }
  return group
}

/** Two-digit years: 00–49 are 20xx, 50–99 are 19xx (telegrams of 1950–2049). */
export function fullYear(twoDigits: number): number {
  return twoDigits + (twoDigits < 50 ? 2000 : 1900)
}

/**
 * The group as ISO 8601 (`1996-11-09T03:02:00Z`). A group without month and year takes them
 * from a reference date (`YYYY-MM-DD`, e.g. a full group elsewhere in the text or the
 * drafting date): the month of the reference, or the one before or after when that puts the
 * group's day nearer to it.
 */
export function isoOf(group: DateTimeGroup, reference?: string): string | undefined {
  let { month, year } = group
  if (month === undefined || year === undefined) {
    const ref = reference && /^(\d{4})-(\d{2})-(\d{2})/.exec(reference)
    if (!ref) return undefined
    const [refYear, refMonth, refDay] = [Number(ref[1]), Number(ref[2]), Number(ref[3])]
    const candidates = [-1, 0, 1].map((shift) => {
      const date = new Date(Date.UTC(refYear, refMonth - 1 + shift, group.day))
      return { date, distance: Math.abs(date.getTime() - Date.UTC(refYear, refMonth - 1, refDay)) }
    })
    const best = candidates.filter((c) => c.date.getUTCDate() === group.day).sort((a, b) => a.distance - b.distance)[0]
    if (!best) return undefined
    month = best.date.getUTCMonth() + 1
    year = best.date.getUTCFullYear()
  }
  const date = new Date(Date.UTC(year, month - 1, group.day))
  if (date.getUTCDate() !== group.day) return undefined
  return `${year}-${pad(month)}-${pad(group.day)}T${pad(group.hour)}:${pad(group.minute)}:00Z`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A telegram's number as its post and serial (`STATE 204310`), and the section a copy is. */
export interface TelegramLine {
  post: string
  number: string
  section?: { n: number; of: number }
  /** The level its marking names (`SECRETSTATE 233819`, `UNCLAS SANTIAGO 000355`), when it names one (a struck marking read as junk does not). */
  classification?: string
}

// `UNCLAS` is how telegrams abbreviate UNCLASSIFIED in their telegram line.
const SQUEEZED_LEVELS = [...[...CLASSIFICATION_LEVELS].reverse().map((level) => level.replace(/ /g, '')), 'UNCLAS']
/** The level each of SQUEEZED_LEVELS is. */
const LEVEL_NAMES: readonly string[] = [...[...CLASSIFICATION_LEVELS].reverse(), 'UNCLASSIFIED']
// USNATO and USUN number telegrams of their own (`USNATO 000464`); `DE` opens a transmission line (`DE RUEHC #7892`), but stands inside a post's name (`RIO DE JANEIRO`).
const NOT_A_POST = new RegExp(`^(?:${[...POST_PREFIXES.filter((prefix) => prefix !== 'USNATO' && prefix !== 'USUN'), 'PAGE', 'TO', 'FM', 'FROM', 'INFO', 'ACTION', 'REF', 'REFS', 'TAGS', 'SUBJ', 'SUBJECT', 'SECTION', 'EO', 'MRN', 'PTP', 'OF', 'SECRETARY'].join('|')})$`)
const NOT_A_POST_START = /^(?:DE)$/
/** The places of the posts, for a post's name of several words. */
const POST_PLACE_NAMES: ReadonlySet<string> = new Set(POST_PLACES)
/** The places that number telegrams, their spaces squeezed (`STATE`, `PORTAUPRINCE`). */
export const NUMBERING_POSTS: ReadonlySet<string> = new Set(['STATE', 'USNATO', 'USUN', ...POST_PLACES.map((place) => place.replace(/\s/g, ''))])

/** Captions and handling words that may follow a telegram line's serial. */
const TRAILING_CAPTIONS: ReadonlySet<string> = new Set([...CAPTIONS, 'SIPDIS', 'SENSITIVE'])

/** An unclassified marking and the handling after it: `UNCLAS E F T O`, `UNCLAS SBU`. */
const UNCLASSIFIED_HANDLING = /^((?:UNCLAS(?:SIFIED)?|U N C L A S(?: S I F I E D)?)\s+)(?:E ?F ?T ?O|S ?B ?U)\s+/

/**
 * The telegram line: an optional classification (typed, letter-spaced `C O N F I D E N T I A
 * L`, run into the post `SECRETSTATE`, or misread `CONrIDDNTIAL`, `-21-E-e-R-T-T`), an optional
 * `SECTION n OF m`, the post in one to three words and the serial. Without a classification
 * only a line in capitals whose serial cannot be a year is one (`STATE 099063`, `LONDON
 * 017145`, not `ELECTIONS IN 1995`).
 */
export function telegramLine(line: string): TelegramLine | undefined {
  if (line.length > 100) return undefined
  // The handling an unclassified telegram names after its marking, also letter-spaced, is no part of the post (`UNCLAS E F T O SECTION 01 OF 02 DILI 000210`).
  const tokens = line.trim().replace(UNCLASSIFIED_HANDLING, '$1').split(/\s+/)
  // Captions a print put after the serial (`S E C R E T BOGOTA 000243 SIPDIS NOFORN`).
  while (tokens.length > 2 && TRAILING_CAPTIONS.has(tokens[tokens.length - 1] ?? '')) tokens.pop()
  const last = tokens.pop() ?? ''
  // Signs the OCR added after the serial (`CMNFIDENTIALPORT AU PRINCE 002849„,_____`): on a line a marking opens.
  const number = last.replace(/[^\p{L}\p{N}]+$/u, '')
  const trailed = number !== last
  // A serial of zeros is an addressee's line (`USDOC WASHDC 0000`), never a telegram's number.
  if (!/^\d{3,6}$/.test(number) || /^0+$/.test(number)) return undefined
  let section: TelegramLine['section']
  const at = tokens.findIndex((t, i) => /^SECTION$/i.test(t) && /^\d{1,2}$/.test(tokens[i + 1] ?? '') && /^OF$/i.test(tokens[i + 2] ?? '') && /^\d{1,2}$/.test(tokens[i + 3] ?? ''))
  let before = tokens
  let postTokens: string[] | undefined
  if (at !== -1) {
    section = { n: Number(tokens[at + 1]), of: Number(tokens[at + 3]) }
    before = tokens.slice(0, at)
    postTokens = tokens.slice(at + 4)
  }
  for (let size = 1; size <= 3 && !postTokens; size++) {
    const marking = tokens.slice(0, tokens.length - size).join(' ')
    if (tokens.length >= size && (marking === '' || isClassification(marking))) {
      postTokens = tokens.slice(tokens.length - size)
      before = tokens.slice(0, tokens.length - size)
    }
  }
  // A post's name of two or three words the marking took a word of (`C O N F I D E N T I A L LA PAZ 000033`): the place's whole name.
  for (let extra = 2; extra >= 1 && postTokens && at === -1; extra--) {
    const longer = [...before.slice(before.length - extra), ...postTokens]
    if (before.length >= extra && longer.length <= 3 && POST_PLACE_NAMES.has(longer.join(' ').toUpperCase())) {
      postTokens = longer
      before = before.slice(0, before.length - extra)
      break
    }
  }
  // An addressee's line with its precedence and serial (`AIT TAIPEI PRIORITY 0000`) is no telegram line.
  if (!postTokens || postTokens.length === 0 || postTokens.length > 3 || !postTokens.every((w) => /^[A-Za-z][A-Za-z.]*$/.test(w) && !(PRECEDENCES as readonly string[]).includes(w))) return undefined
  let classified = before.length > 0 && isClassification(before.join(' '))
  if (before.length > 0 && !classified) return undefined
  let classification = classified ? classificationLevel(before.join('')) : undefined
  // Letters alone before the post are what is left of a marking (`T STATE 236019`, `E T STATE 086413`, `C NFIDENTIALLONDON 001493`), no word of the post's name; nor is a caption (`CONFIDENTIAL EXDIS ATHENS 02176`).
  while (postTokens.length > 1 && (postTokens[0]?.length === 1 || (CAPTIONS as readonly string[]).includes(postTokens[0] ?? ''))) postTokens = postTokens.slice(1)
  // No post's name ends in STATE but the Department's: what stands before it is a marking's remains (`ILAL STATE 154133`).
  // And a marking's last letters run into it (`C NFIDENTT ATSTATE 094921`).
  if (postTokens.length > 1 && /^(?!SEC)[A-Z]{0,3}STATE$/i.test(postTokens[postTokens.length - 1] ?? '')) postTokens = ['STATE']
  // A letter alone is what the OCR left of a post (`L 000666`, the end of SEOUL), no post; nor is a letter alone after the post's first word an address's (`WASHINGTON. D C 20506`, a ZIP code).
  if (postTokens.length === 1 && (postTokens[0]?.length ?? 0) === 1) return undefined
  if (postTokens.slice(1).some((token) => token.replace(/\./g, '').length === 1)) return undefined
  // Nor is a state's abbreviation with its points before a ZIP code (`NEW YORK. N.Y. 10128`, a letterhead's).
  if (postTokens.some((token) => /^[A-Z]\.[A-Z]\.?$/i.test(token))) return undefined
  const joined = splitJoinedClassification(postTokens[0] ?? '')
  if (!classified && joined) {
    postTokens = [joined.post, ...postTokens.slice(1)]
    classified = true
    classification = joined.level
  }
  const post = postTokens.join(' ')
  // Without a marking, two letters are no post (`NW 50953`, the National Archives' record number on a page's foot).
  if (!classified && (trailed || post !== post.toUpperCase() || !/^(?:0\d{3,5}|\d{5,6})$/.test(number) || /^[A-Z]{1,2}$/.test(post))) return undefined
  if (postTokens.some((w) => NOT_A_POST.test(w.toUpperCase())) || NOT_A_POST_START.test((postTokens[0] ?? '').toUpperCase())) return undefined
  // An addressee in Washington with its serial (`NSC WASHDC 0968`): the Department numbers its telegrams STATE.
  if (postTokens.some((w) => /^WASH(?:DC|INGTON)$/i.test(w))) return undefined
  return { post: post.toUpperCase(), number, ...(section ? { section } : {}), ...(classification ? { classification } : {}) }
}

/** The level a marking names, as typed, letter-spaced or misread by a letter or two (`UNCLAS` is UNCLASSIFIED, `CECRET` SECRET). */
export function classificationLevel(marking: string): string | undefined {
  const squeezed = marking.replace(/[\s\-–—~_=*.·•]+/g, '').toUpperCase()
  const index = SQUEEZED_LEVELS.findIndex((level) => near(squeezed, level))
  return index < 0 ? undefined : LEVEL_NAMES[index]
}

/** A classification as typed, letter-spaced, misread by one or two letters, or struck through into junk. */
export function isClassification(text: string): boolean {
  const squeezed = text.replace(/[\s\-–—~_=*.·•]+/g, '').toUpperCase()
  if (squeezed === '') return false
  if (SQUEEZED_LEVELS.some((level) => near(squeezed, level))) return true
  // A struck marking read as junk: letters of a classification between signs, no word (`-21-E-e-R-T-T`).
  const letters = text.replace(/[^A-Za-z]/g, '')
  return text.length >= 5 && letters.length >= 3 && /^[SECRTONFIDALU]+$/i.test(letters) && /[^A-Za-z\s]/.test(text) && !/[A-Za-z]{3,}/.test(text)
}

/**
 * `SECRETSTATE` → `STATE` and SECRET: the post after a classification the OCR ran into it, and
 * that level. The marking may have lost or gained a letter or two (`NFIDENTIALLONDON`): its
 * length as typed is tried first, then one and two letters shorter and longer; or kept only its
 * end (`IDENTIALLONDON`) before a post's whole name.
 */
function splitJoinedClassification(word: string): { post: string; level: string } | undefined {
  const upper = word.toUpperCase()
  // A word that only begins like a level (`SECRETARY DEPTO 0001`) is no marking run into a post.
  if (/^SECRETAR/.test(upper)) return undefined
  // The cut nearest a level wins (`CONFIDEINTIALABIDJAN`: `CONFIDEINTIAL` is one letter off, `CONFIDEINTIA` two), the first tried among equals.
  let best: { post: string; level: string; distance: number } | undefined
  for (const shift of [0, -1, 1, -2, 2]) {
    for (const [index, level] of SQUEEZED_LEVELS.entries()) {
      const length = level.length + shift
      if (length < 4 || upper.length <= length + 1) continue
      const head = upper.slice(0, length)
      // Before the Department's STATE a short level may have two letters misread (`SCCRCTSTATE`).
      if (!near(head, level) && !(editDistance(head, level) <= 2 && NUMBERING_POSTS.has(upper.slice(length)))) continue
      const distance = editDistance(head, level)
      // Without a sign the OCR put between them (`CONFIDENTIAL.MOSCOW`).
      if (!best || distance < best.distance) best = { post: word.slice(length).replace(/^[^\p{L}]+/u, ''), level: LEVEL_NAMES[index] ?? 'UNCLASSIFIED', distance }
    }
  }
  if (best) return { post: best.post, level: best.level }
  // What the OCR kept of a marking's end (`IDENTIALLONDON`: CONFIDENTIAL's last eight letters), before a post's whole name;
  // the lowest level that ends so (`CRET` is SECRET's end, and TOP SECRET's).
  // A long end may have a letter misread (`NFIDENTIADSTATE`).
  for (const level of CLASSIFICATION_LEVELS) {
    const squeezed = level.replace(/ /g, '')
    for (let length = squeezed.length - 1; length >= 4; length--) {
      const post = upper.slice(length)
      const end = squeezed.slice(-length)
      if ((upper.startsWith(end) || (length >= 8 && editDistance(upper.slice(0, length), end) === 1)) && NUMBERING_POSTS.has(post)) return { post: word.slice(length), level }
    }
  }
  return undefined
}

/** Equal, or one letter off (two in words of more than six letters): an OCR misreading. */
export function near(word: string, target: string): boolean {
  if (word === target) return true
  const allowed = target.length > 6 ? 2 : 1
  if (Math.abs(word.length - target.length) > allowed) return false
  return editDistance(word, target) <= allowed
}

/** A word two letters or fewer from a classification level: a marking the OCR mangled (`SLICRET`), never a name. */
export function nearMarking(word: string): boolean {
  return SQUEEZED_LEVELS.some((level) => Math.abs(word.length - level.length) <= 2 && editDistance(word, level) <= 2)
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The page line of a Cablegate cable (`HARARE 00001016 003 OF 005`, `PRISTINA 00000183 002.2 OF 002`): post, serial, page. */
export const CABLEGATE_PAGE = /^([A-Z][A-Z]{1,14}(?:\s[A-Z]{1,12}){0,2})\s+(\d{8})\s+(\d{3})(?:\.\d)?\s+OF\s+\d{3}$/

/**
 * Cablegate's page line run into a line of text, where a publisher joined the lines of a
 * paragraph (`… dioxide emissions. RIO DE JAN 00000285 002 OF 002 HEARNE`, `… workforce was
 * ISTANBUL 00000336 002 OF 003 engaged …`, `STOCKHOLM 00000051 002 OF 002 Comment`): where it
 * starts and ends in the line. Its post is one that numbers telegrams, whole or cut after ten
 * characters as the pages print it (`RIO DE JAN`, `TEGUCIGALP`), so no word of the text is taken for it.
 */
export function inlineCablegatePage(text: string): { start: number; end: number } | undefined {
  for (const serial of text.matchAll(/(?<=\s)\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}(?=\s|$)/g)) {
    const before = text.slice(0, serial.index).trimEnd()
    const words = before.split(' ')
    for (let count = Math.min(3, words.length); count >= 1; count--) {
      const post = words.slice(-count)
      const squeezed = post.join('')
      if (!post.every((word) => /^[A-Z]+$/.test(word)) || !isPostOrItsCut(squeezed)) continue
      const start = before.length - post.join(' ').length
      const end = serial.index + serial[0].length
      // A page line alone on its line is a whole line of furniture, no inline one.
      if (text.slice(0, start).trim() === '' && text.slice(end).trim() === '') return undefined
      return { start, end }
    }
  }
  return undefined
}

/**
 * Where a classification marking may open a telegram line run into what stands before it: right
 * after an addressee's last two capitals, its serial's last figure, the bracket or stroke closing
 * its office (`EDINBURGH POUCH)`, `ISTANBUL//5890//`), or the publisher's note's last word; never
 * after a letter alone, which is the marking's first doubled (`SS E C R E T`, `UUNCLAS`).
 */
const RUN_ON_MARKING = /(?<=[A-Z]{2}|\d|[)/]|available\.)(?=C O N F I D E N T I A L\s|S E C R E T\s|U N C L A S|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)/g

/**
 * A telegram line run into the line before it, where a publisher kept a cable's routing and its
 * text apart and joined them again without a line break (Cablegate's text dumps: `AMEMBASSY
 * PARISC O N F I D E N T I A L SECTION 01 OF 03 TASHKENT 004223`, `SECSTATE WASHDC 9005UNCLAS
 * JAKARTA 16523`, `… is not available.UNCLAS MANAMA 000930`): where it begins. Only a telegram
 * line with its classification, running to the line's end, is one.
 */
export function runOnTelegramLine(text: string): number | undefined {
  // A telegram line is 100 characters at most (`telegramLine`): only a line's last ones are sought, the lookbehind's three before them kept.
  const offset = Math.max(0, text.length - 103)
  for (const marking of text.slice(offset).matchAll(RUN_ON_MARKING)) {
    const at = offset + marking.index
    if (text.length - at <= 100 && telegramLine(text.slice(at))?.classification !== undefined) return at
  }
  return undefined
}

function isPostOrItsCut(squeezed: string): boolean {
  return NUMBERING_POSTS.has(squeezed) || (squeezed.length >= 8 && [...NUMBERING_POSTS].some((post) => post.startsWith(squeezed)))
}

/** A telegram page header of a received copy and what it states. */
export interface PageHeader {
  page: number
  post?: string
  number?: string
  group?: DateTimeGroup
}

/**
 * A telegram page header, as whole line: `PAGE 01 STATE 204310 291924Z`, `PAGE 01 CAPE T
 * 00097 01 OF 03 182017Z`, `PAGE 01 .STATE 99063 150015Z MAY 96`, with a few characters of
 * scanner noise before it; or what OCR split of it onto two lines (`-PAGE 01` above `LONDON
 * 02669 00 OF 03 251050Z`).
 */
export function pageHeader(line: string): PageHeader | undefined {
  const text = line.trim()
  const alone = /^[^A-Za-z\d]{0,2}PAG[E3]\s+(\d{1,3})$/.exec(text)
  if (alone) return { page: Number(alone[1]) }
  const m = /^(?:\S{1,14}\s+)?[^A-Za-z\d\s]{0,2}PAG[E3]\s+(\d{1,3})(?:\s+OF\s+\d{1,3})?\s+[.,]?([A-Z][A-Z/]*(?:\s[A-Z]{1,7})?)\s+(\d{2,6})(?:\s+\d{2}\s+OF\s+\d{2})?(?:\s+(.*))?$/.exec(text)
  if (m) {
    const rest = m[4] ?? ''
    // What follows the number is the group, with scanner noise at most: never words of text.
    if (/[a-z]{2}/.test(rest) || /[A-Z]{4,}/.test(rest.replace(FULL_GROUP, ''))) return undefined
    const header: PageHeader = { page: Number(m[1]), post: m[2] ?? '', number: m[3] ?? '' }
    const group = fullGroup(rest) ?? shortGroup(rest)
    if (group) header.group = group
    return header
  }
  // Cablegate's page line: the post, the serial in eight digits, the page of the pages (`PRISTINA 00000183 002.2 OF 002`).
  const cablegate = CABLEGATE_PAGE.exec(text)
  if (cablegate && !NOT_A_POST.test(cablegate[1] ?? '')) return { page: Number(cablegate[3]), post: cablegate[1] ?? '', number: (cablegate[2] ?? '').slice(-6) }
  const tail = /^([A-Z]{2,12}(?:\s[A-Z]{1,7})?)\s+(\d{3,6})(?:\s+\d{2}\s+OF\s+\d{2})?\s+(\d{6}Z)\s*[-–]?$/.exec(text)
  if (tail && !NOT_A_POST.test(tail[1] ?? '')) {
    const header: PageHeader = { page: 1, post: tail[1] ?? '', number: tail[2] ?? '' }
    const group = shortGroup(tail[3] ?? '')
    if (group) header.group = group
    return header
  }
  return undefined
}

/**
 * A SMART message reference number: `11 RABAT 1210` (year, post, serial), or the serial alone
 * with the post elsewhere (`MRN: 233819` under `POST: STATE`).
 */
export function telegramOfMrn(mrn: string, post?: string): string | undefined {
  const full = /^\s*(?:\d{2}\s+)?([A-Z][A-Z ]*?[A-Z])\s+(\d{1,6})\s*$/.exec(mrn.toUpperCase())
  if (full) return `${full[1]} ${full[2]}`
  const serial = /^\s*(\d{1,6})\s*$/.exec(mrn)
  return serial && post ? `${post.trim().toUpperCase()} ${serial[1]}` : undefined
}

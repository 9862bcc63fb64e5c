/**
 * The facts a catalogue needs, read from blocks of text (the lemma's, or one copy's own) and
 * from page furniture: subject, reference, TAGS, E.O. line and declassification date,
 * classification and captions, routing (from, to, info), telegram number and date-time
 * group, signature, drafter, clearances and approver, and the FOIA release. Dates are also
 * ISO 8601.
 */
import { captionsIn, CLASSIFICATION_LEVELS, highestClassification } from '../vocabulary/classifications.ts'
import { CLASSIFIED_BY, DATE_LINE, FILE_NUMBER, RECEIVED, TELEGRAM_RUNNING_HEAD } from '../vocabulary/fields.ts'
import { addressees, isAddresseeLine, POST, postTimeZone } from '../vocabulary/posts.ts'
import { CASE_AND_DOCUMENT, NARA_AUTHORITY, NARA_BY, PAGE_STAMP, RELEASE_DECISION } from '../vocabulary/stamps.ts'
import type { TextBlock } from './lemma.ts'
import { clockTime, localDateTime, monthNumber } from './time.ts'

export interface Facts {
  subject?: string
  ref?: string
  tags: string[]
  eo?: string
  declassify?: { text: string; when?: string }
  classifiedBy?: string
  /** The reason the classifier gave (`1.5 (b), (d)`: sections of the executive order). */
  classificationReason?: string
  classification?: string
  captions: string[]
  telegram?: string
  dateTime?: { text: string; when?: string }
  /** When the Department received an incoming telegram (the form's `Rec'd`), Washington time. */
  received?: { text: string; when?: string }
  /** The Department's central file number (`POL AUS-CZ`). */
  fileNumber?: string
  from?: string
  to: string[]
  info: string[]
  /** The telegram's signature as the text has it (`ALBRIGHT`, or a typist's `YY`). */
  signature?: string
  /** The signature when it names a person (a surname, not a typist's mark or an end mark). */
  signer?: string
  drafted?: { text: string; office?: string; name?: string; when?: string }
  approver?: string
  clearances: string[]
  foiaCase?: string
  foiaDoc?: string
  released?: { text: string; when?: string }
  release?: string
  /** The National Archives' declassification stamp (`Authority NND 969000`, `By RH NARA Date 7/14/00`). */
  declassificationStamp?: { text: string; authority?: string; by?: string; when?: string }
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/** Read the facts of text blocks and furniture lines (plain text, OCR markup removed). */
export function readFacts(blocks: readonly TextBlock[], furniture: readonly string[]): Facts {
  const field = (name: string): string | undefined => {
    const block = blocks.find((b) => b.kind === 'field' && b.name === name)
    return block ? clean(block.text) : undefined
  }
  const facts: Facts = { tags: [], captions: [], to: [], info: [], clearances: [] }
  const subject = field('subject')?.replace(/^SUBJ(?:ECT)?\s*:\s*/i, '')
  if (subject) facts.subject = subject
  const ref = field('ref')?.replace(/^REFS?\s*:\s*/i, '')
  if (ref) facts.ref = ref
  const tags = field('tags')
  if (tags) facts.tags = [...new Set(tags.replace(/^TAGS\s*:\s*/i, '').split(/[\s,]+/).filter((t) => /^[A-Z0-9]{2,6}$/.test(t)))]
  const eo = field('eo')
  if (eo) {
    facts.eo = eo
    const decl = /DECL(?:ASSIFY)?\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|OADR|[A-Z0-9]+)/i.exec(eo)
    if (decl?.[1]) facts.declassify = withWhen(decl[1], usDate(decl[1]))
  }
  const classified = CLASSIFIED_BY.exec(field('classifiedBy') ?? '')
  if (classified?.[1]) facts.classifiedBy = classified[1]
  if (classified?.[2]) facts.classificationReason = classified[2]
  const file = blocks.find((b) => b.kind === 'routing' && FILE_NUMBER.test(clean(b.text)) && !POST.test(b.text))
  if (file) facts.fileNumber = clean(file.text)
  facts.captions = [...new Set(blocks.filter((b) => b.kind === 'caption').flatMap((b) => captionsIn(b.text)))]
  const classification = highestClassification([...furniture, ...blocks.map((b) => b.text)])
  if (classification) facts.classification = classification
  readRouting(blocks, furniture, facts)
  readDrafting(blocks, facts)
  readRelease(furniture, facts)
  readReceived(blocks, facts)
  readDateTime(blocks, furniture, facts)
  const signed = [...blocks].reverse().find((b) => b.kind === 'signed' && !b.inLetter)
  if (signed && clean(signed.text)) facts.signature = clean(signed.text)
  if (facts.signature && isPersonName(facts.signature)) facts.signer = facts.signature
  return facts
}

/**
 * A signature that names a person: a name of three letters or more (`ALBRIGHT`, `Strobe
 * Talbott`), not a typist's two-letter mark (`YY`) nor a teletype end mark (`BT`, `NNNN`).
 */
function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}.'-]{2,}(?:\s+\p{Lu}[\p{L}.'-]*)*$/u.test(text) && !/^(?:BT|NNNN)$/.test(text)
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function withWhen(text: string, when: string | undefined): { text: string; when?: string } {
  return when ? { text, when } : { text }
}

/** `10/31/07`, `05/13/2015`, `2-2-23` → ISO date (two-digit years: 00–49 → 20xx). */
export function usDate(text: string): string | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text.trim())
  if (!m) return undefined
  const [month, day] = [Number(m[1]), Number(m[2])]
  let year = Number(m[3])
  if (year < 100) year += year < 50 ? 2000 : 1900
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function readRouting(blocks: readonly TextBlock[], furniture: readonly string[], facts: Facts): void {
  for (const block of blocks.filter((b) => b.kind === 'routing')) {
    // The list a line of addressees alone continues (`INFO AMCONSUL VANCOUVER` / `AMCONSUL TORONTO`).
    let list: string[] | undefined
    for (const raw of block.text.split('\n')) {
      const line = clean(raw)
      const fm = /^(?:FM|FROM)\s*:?\s+(.+)$/.exec(line)
      if (fm?.[1]) {
        if (!facts.from) facts.from = addressees(fm[1])[0]
        list = undefined
        continue
      }
      const to = /^(?:TO|ACTION)\s*:?\s+(.+?)(?:\s+INFO\s*:?\s+(.+))?$/.exec(line)
      if (to?.[1] && facts.to.length === 0 && (POST.test(to[1] + ' ' + (to[2] ?? '')) || /^[A-Z ]+$/.test(to[1]))) {
        facts.to = addressees(to[1])
        if (to[2]) facts.info = addressees(to[2])
        list = to[2] ? facts.info : facts.to
        continue
      }
      const info = /^INFO\s*:?\s+(.+)$/.exec(line)
      if (info?.[1] && facts.info.length === 0 && isInfoList(info[1])) {
        facts.info = addressees(info[1])
        list = facts.info
        continue
      }
      if (list && isAddresseeLine(line)) list.push(...addressees(line))
      else list = undefined
    }
  }
  const telegram = blocks.find((b) => b.kind === 'field' && b.name === 'telegram')
  const level = new RegExp(`^(?:${[...CLASSIFICATION_LEVELS].reverse().join('|')})\\s+`)
  const number = telegram ? /([A-Z]+\s+\d{3,6})\b/.exec(telegram.text.replace(level, '')) : null
  const page = furniture.map((f) => /PAGE\s+\d+\s+([A-Z]+)\s+(\d{3,6})/.exec(f)).find(Boolean)
  // An older telegram's running head: `2214, APRIL 9, 7 PM, FROM VIENNA` is VIENNA 2214.
  const head = furniture.map((f) => TELEGRAM_RUNNING_HEAD.exec(f)).find(Boolean)
  const found = number?.[1] ?? (page ? `${page[1]} ${page[2]}` : head ? `${head[5]} ${head[1]}` : undefined)
  if (found) facts.telegram = clean(found)
  if (!facts.from && facts.telegram?.startsWith('STATE')) facts.from = 'SECSTATE WASHDC'
}

/**
 * An INFO line of addressees: posts (`AMCONSUL VANCOUVER`), or on an older form bare city
 * names with their serial numbers (`INFO: BONN 412, LONDON 298`), never a distribution line
 * of office codes (`INFO OCT-01 ISO-00 SS-14 … /061 W`).
 */
function isInfoList(text: string): boolean {
  if (POST.test(text)) return true
  const names = addressees(text)
  return names.length > 0 && names.every((name) => /^[A-Z][A-Z .]*[A-Z]$/.test(name))
}

/** When the Department received an incoming telegram: the form's `Rec'd` date and time, Washington time. */
function readReceived(blocks: readonly TextBlock[], facts: Facts): void {
  const text = blocks.filter((b) => b.kind === 'form' || b.kind === 'routing').map((b) => b.text).join('\n')
  const m = RECEIVED.exec(text)
  const month = monthNumber(m?.[1] ?? '')
  if (!m || !month) return
  const time = m[4] ? clockTime(m[4]) : undefined
  const when = time ? localDateTime(Number(m[3]), month, Number(m[2]), time, postTimeZone('WASHDC')) : `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`
  facts.received = { text: clean(`${m[1]} ${m[2]}, ${m[3]}${m[4] ? ` ${m[4]}` : ''}`), when }
}

function readDrafting(blocks: readonly TextBlock[], facts: Facts): void {
  const text = blocks
    .filter((b) => b.kind === 'form' || b.kind === 'routing')
    .map((b) => b.text)
    .join('\n')
  const drafter = /(?:DRAFTED BY:\s*)?([A-Z][A-Z/]*):([A-Z.]+):([A-Z]{2,4})\s+(\d{1,2}\/\d{1,2}\/\d{2,4})/.exec(text)
  if (drafter?.[1] && drafter[2] && drafter[4]) {
    facts.drafted = { office: drafter[1], name: drafter[2], ...withWhen(drafter[4], usDate(drafter[4])) }
  }
  const approved = /APPROVED BY:\s*([^\n]+)/.exec(text) ?? /\b(THE (?:DEPUTY )?SECRETARY|THE UNDER SECRETARY[A-Z ]*)\s*:/.exec(text)
  if (approved?.[1]) facts.approver = clean(approved[1])
  const cleared = [...text.matchAll(/\b([A-Z][A-Z]*(?:\/[A-Z-]+)+):([A-Z][A-Z.]+)\b(?!:)/g)].map((m) => `${m[1]}:${m[2]}`)
  facts.clearances = [...new Set(cleared.filter((c) => !facts.drafted || !facts.drafted.text.startsWith(c)))]
}

function readRelease(furniture: readonly string[], facts: Facts): void {
  for (const text of furniture) {
    const standard = PAGE_STAMP.exec(text)
    const pair = CASE_AND_DOCUMENT.exec(text)
    facts.foiaCase ??= standard?.[1] ?? pair?.[1]
    facts.foiaDoc ??= standard?.[2] ?? pair?.[2]
    const date = standard?.[3] ?? /\b(\d{1,2}-\d{1,2}-\d{2})\b/.exec(text)?.[1]
    if (date && !facts.released) facts.released = withWhen(date, usDate(date))
    const release = RELEASE_DECISION.exec(text)
    if (release && !facts.release) facts.release = clean(release[0])
  }
  const all = furniture.join('\n')
  const authority = NARA_AUTHORITY.exec(all)
  const by = NARA_BY.exec(all)
  if (authority || by) {
    const when = by?.[2] ? usDate(by[2]) : undefined
    facts.declassificationStamp = {
      text: [authority?.[0], by?.[0]].filter(Boolean).join(' '),
      ...(authority?.[1] ? { authority: authority[1] } : {}),
      ...(by?.[1] ? { by: by[1] } : {}),
      ...(when ? { when } : {})
    }
  }
  if (facts.foiaCase === undefined) delete facts.foiaCase
  if (facts.foiaDoc === undefined) delete facts.foiaDoc
}

/** The date-time group: `O 121805Z MAR 73` in the routing, else a telegram page header's `291924Z`. */
function readDateTime(blocks: readonly TextBlock[], furniture: readonly string[], facts: Facts): void {
  const routing = blocks.filter((b) => b.kind === 'routing').map((b) => b.text).join('\n')
  const full = /\b(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2})\b/.exec(routing)
  if (full) {
    const month = MONTHS.indexOf(full[4] ?? '') + 1
    const year = Number(full[5]) + (Number(full[5]) < 50 ? 2000 : 1900)
    if (month > 0) facts.dateTime = { text: full[0], when: `${year}-${pad(month)}-${full[1]}T${full[2]}:${full[3]}:00Z` }
    return
  }
  // An older telegram's local date and time (`DATE: APRIL 9, 7 PM`, or its running head), the year from `Rec'd`.
  const dated = routing.split('\n').map((line) => DATE_LINE.exec(clean(line))).find(Boolean)
  const head = furniture.map((f) => TELEGRAM_RUNNING_HEAD.exec(f)).find(Boolean)
  const local = dated ? { text: clean(dated[0].replace(/^DATE\s*:?\s*/i, '')), month: dated[1], day: dated[2], time: dated[3] } : head ? { text: `${head[2]} ${head[3]}, ${head[4]}`, month: head[2], day: head[3], time: head[4] } : undefined
  if (local) {
    facts.dateTime = { text: local.text }
    const month = monthNumber(local.month ?? '')
    const time = clockTime(local.time ?? '')
    const received = facts.received?.when
    if (month && time && received) {
      const [year, receivedMonth] = received.split('-').map(Number) as [number, number]
      // Sent in December, received in January: the year before.
      const sent = month > receivedMonth + 6 ? year - 1 : year
      facts.dateTime.when = localDateTime(sent, month, Number(local.day), time, facts.from ? postTimeZone(facts.from) : undefined)
    }
    return
  }
  const group = furniture.map((f) => /PAGE\s+\d+\s+[A-Z]+\s+\d{3,6}\s+(\d{6}Z)/.exec(f)).find(Boolean)
  if (group?.[1]) facts.dateTime = { text: group[1] }
  completeDateTime(facts)
}

/**
 * A date-time group without month and year (`291924Z`) takes them from the drafting date:
 * the same month, or the next when the day is earlier. Without a drafting date the group is
 * kept as written, with no `@when`.
 */
export function completeDateTime(facts: Facts): void {
  const group = facts.dateTime && !facts.dateTime.when ? /^(\d{2})(\d{2})(\d{2})Z$/.exec(facts.dateTime.text) : null
  const drafted = facts.drafted?.when
  if (!group || !drafted || !facts.dateTime) return
  let [year, month] = drafted.split('-').map(Number) as [number, number]
  const draftedDay = Number(drafted.slice(8, 10))
  if (Number(group[1]) < draftedDay) {
    month++
    if (month > 12) [year, month] = [year + 1, 1]
  }
  facts.dateTime = { text: facts.dateTime.text, when: `${year}-${pad(month)}-${group[1]}T${group[2]}:${group[3]}:00Z` }
}

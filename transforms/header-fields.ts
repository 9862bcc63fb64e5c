import type { Block, CableDocument, FurniturePart, Witness } from '../src/model/document.ts'
import { readingText } from './structure.ts'

/**
 * The facts a catalogue needs, read from the cable's own lines (all copies, the copy text
 * first): subject, reference, TAGS, E.O. line and declassification date, classification and
 * captions, routing (from, to, info), telegram number and date-time group, drafter,
 * clearances and approver, and the FOIA release. Dates are also ISO 8601.
 */
export interface HeaderFacts {
  subject?: string
  ref?: string
  tags: string[]
  eo?: string
  declassify?: { text: string; when?: string }
  classifiedBy?: string
  classification?: string
  captions: string[]
  telegram?: string
  dateTime?: { text: string; when?: string }
  from?: string
  to: string[]
  info: string[]
  signature?: string
  drafted?: { text: string; office?: string; name?: string; when?: string }
  approver?: string
  clearances: string[]
  foiaCase?: string
  foiaDoc?: string
  released?: { text: string; when?: string }
  release?: string
}

const LEVELS = ['UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET']
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const POSTS = /\b(?:AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|USDEL|USLO|AMCONGEN|USUN|USNATO|CINC\w*|SECDEF)\b/

/** Read the header facts of a document. */
export function headerFacts(doc: CableDocument): HeaderFacts {
  const ordered = [...doc.witnesses].sort((a, b) => Number(b.siglum === doc.copyText) - Number(a.siglum === doc.copyText))
  const blocks = ordered.flatMap((w) => w.body.flatMap((item) => (item.kind === 'block' ? [item.block] : [])))
  const furniture = ordered.flatMap(furnitureText)
  const field = (name: string): string | undefined => {
    const block = blocks.find((b) => b.kind === 'field' && b.name === name)
    return block ? clean(readingText(block.inlines)) : undefined
  }
  const facts: HeaderFacts = { tags: [], captions: [], to: [], info: [], clearances: [] }
  const subject = field('subject')
  if (subject) facts.subject = subject.replace(/^SUBJ(?:ECT)?\s*:\s*/i, '')
  const ref = field('ref')
  if (ref) facts.ref = ref.replace(/^REFS?\s*:\s*/i, '')
  const tags = field('tags')
  if (tags) facts.tags = [...new Set(tags.replace(/^TAGS\s*:\s*/i, '').split(/[\s,]+/).filter((t) => /^[A-Z0-9]{2,6}$/.test(t)))]
  const eo = field('eo')
  if (eo) {
    facts.eo = eo
    const decl = /DECL(?:ASSIFY)?\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|OADR|[A-Z0-9]+)/i.exec(eo)
    if (decl?.[1]) facts.declassify = withWhen(decl[1], usDate(decl[1]))
  }
  const classifiedBy = field('classifiedBy')
  if (classifiedBy) facts.classifiedBy = classifiedBy
  facts.captions = [...new Set(blocks.filter((b) => b.kind === 'caption').flatMap((b) => readingText(b.inlines).match(/\b(?:EXDIS|NODIS|LIMDIS|NOFORN|STADIS|CEDAR|ROGER|CHEROKEE)\b/g) ?? []))]
  facts.classification = highestClassification([...furniture, ...blocks.map((b) => readingText(b.inlines))])
  readRouting(blocks, furniture, facts)
  readDrafting(blocks, facts)
  readRelease(furniture, facts)
  readDateTime(blocks, furniture, facts)
  const signed = [...blocks].reverse().find((b) => b.kind === 'signed' && !b.inLetter)
  if (signed) facts.signature = clean(readingText(signed.inlines))
  return facts
}

function furnitureText(witness: Witness): string[] {
  return witness.body.flatMap((item) => {
    const f = item.kind === 'fw' ? item.furniture : undefined
    const inner = item.kind === 'block' ? item.block.inlines.flatMap((i) => (i.kind === 'fw' ? [i.furniture] : [])) : []
    return [...(f ? [f] : []), ...inner].map((fw) => fw.parts.filter((p: FurniturePart) => p.kind !== 'artefact').map((p) => p.value).join(''))
  })
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

function highestClassification(texts: string[]): string | undefined {
  let best = -1
  for (const text of texts) {
    const squeezed = text.replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1')
    LEVELS.forEach((level, index) => {
      if (index > best && new RegExp(`(?<!")\\b${level}\\b(?!")`).test(squeezed) && !/DECLASSIFIED/.test(level)) best = index
    })
  }
  return best >= 0 ? LEVELS[best] : undefined
}

/** Split an addressee list at posts and precedence words; drop serial numbers. */
function addressees(text: string): string[] {
  return text
    .split(/\s*(?:\b(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b|,|(?=\b(?:AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|USDEL|AMCONGEN|USUN|USNATO)\b))\s*/)
    .map((a) => a.replace(/\s+\d+$/, '').trim())
    .filter((a) => a.length > 1 && !/^\d+$/.test(a))
}

function readRouting(blocks: Block[], furniture: string[], facts: HeaderFacts): void {
  const lines = blocks.filter((b) => b.kind === 'routing').flatMap((b) => readingText(b.inlines).split('\n'))
  for (const raw of lines) {
    const line = clean(raw)
    const fm = /^(?:FM|FROM)\s*:?\s+(.+)$/.exec(line)
    if (fm?.[1] && !facts.from) facts.from = addressees(fm[1])[0]
    const to = /^(?:TO|ACTION)\s*:?\s+(.+?)(?:\s+INFO\s*:?\s+(.+))?$/.exec(line)
    if (to?.[1] && facts.to.length === 0 && POSTS.test(to[1] + ' ' + (to[2] ?? '')) || (to?.[1] && facts.to.length === 0 && /^[A-Z ]+$/.test(to[1]))) {
      facts.to = addressees(to?.[1] ?? '')
      if (to?.[2]) facts.info = addressees(to[2])
    }
    const info = /^INFO\s*:?\s+(.+)$/.exec(line)
    if (info?.[1] && facts.info.length === 0 && POSTS.test(info[1])) facts.info = addressees(info[1])
  }
  const telegram = blocks.find((b) => b.kind === 'field' && b.name === 'telegram')
  const number = telegram ? /([A-Z]+\s+\d{3,6})\b/.exec(readingText(telegram.inlines).replace(/^(?:TOP SECRET|SECRET|CONFIDENTIAL|LIMITED OFFICIAL USE|UNCLASSIFIED)\s+/, '')) : null
  const page = furniture.map((f) => /PAGE\s+\d+\s+([A-Z]+)\s+(\d{3,6})/.exec(f)).find(Boolean)
  const found = number?.[1] ?? (page ? `${page[1]} ${page[2]}` : undefined)
  if (found) facts.telegram = clean(found)
  if (!facts.from && facts.telegram?.startsWith('STATE')) facts.from = 'SECSTATE WASHDC'
}

function readDrafting(blocks: Block[], facts: HeaderFacts): void {
  const text = blocks
    .filter((b) => b.kind === 'form' || b.kind === 'routing')
    .map((b) => readingText(b.inlines))
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

function readRelease(furniture: string[], facts: HeaderFacts): void {
  for (const text of furniture) {
    const standard = /Case\s+No\.\s*(\S+)\s+Doc\s+No\.\s*(\S+)(?:\s+Date:\s*(\d{1,2}\/\d{1,2}\/\d{2,4}))?/.exec(text)
    const pair = /\b([A-Z]{1,2}-\d{4}-\d{4,6})\s+([A-Z]-?\d{7,11})\b/.exec(text)
    facts.foiaCase ??= standard?.[1] ?? pair?.[1]
    facts.foiaDoc ??= standard?.[2] ?? pair?.[2]
    const date = standard?.[3] ?? /\b(\d{1,2}-\d{1,2}-\d{2})\b/.exec(text)?.[1]
    if (date && !facts.released) facts.released = withWhen(date, usDate(date))
    const release = /RELEASE\s+IN\s+(?:FULL|PART[^"]*)/.exec(text)
    if (release && !facts.release) facts.release = clean(release[0])
  }
}

/**
 * The date-time group: `O 121805Z MAR 73` carries month and year; a telegram page header's
 * `291924Z` takes them from the drafting date (the same month, or the next when the day is
 * earlier); without a drafting date the group is kept as written, with no `@when`.
 */
function readDateTime(blocks: Block[], furniture: string[], facts: HeaderFacts): void {
  const routing = blocks.filter((b) => b.kind === 'routing').map((b) => readingText(b.inlines)).join('\n')
  const full = /\b(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2})\b/.exec(routing)
  if (full) {
    const month = MONTHS.indexOf(full[4] ?? '') + 1
    const year = Number(full[5]) + (Number(full[5]) < 50 ? 2000 : 1900)
    if (month > 0) facts.dateTime = { text: full[0], when: `${year}-${pad(month)}-${full[1]}T${full[2]}:${full[3]}:00Z` }
    return
  }
  const group = furniture.map((f) => /PAGE\s+\d+\s+[A-Z]+\s+\d{3,6}\s+(\d{2})(\d{2})(\d{2})Z/.exec(f)).find(Boolean)
  if (!group) return
  const text = `${group[1]}${group[2]}${group[3]}Z`
  const drafted = facts.drafted?.when
  if (!drafted) {
    facts.dateTime = { text }
    return
  }
  let [year, month] = drafted.split('-').map(Number) as [number, number]
  const draftedDay = Number(drafted.slice(8, 10))
  if (Number(group[1]) < draftedDay) {
    month++
    if (month > 12) [year, month] = [year + 1, 1]
  }
  facts.dateTime = { text, when: `${year}-${pad(month)}-${group[1]}T${group[2]}:${group[3]}:00Z` }
}

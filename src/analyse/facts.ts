/**
 * The facts a catalogue needs, read from blocks of text (the lemma's, or one copy's own) and
 * from page furniture: subject, reference, TAGS, E.O. line and declassification date,
 * classification and captions, routing (from, to, info), telegram number, SMART message
 * reference and date-time group, section, signature, drafter, clearances and approver, and the
 * FOIA release. Dates are also ISO 8601. The layouts are those of src/vocabulary/fields.ts:
 * typed telegrams, SMART cables, cover sheets, and the print headers of a received copy.
 */
import { keptPerKey } from '../kept.ts'
import { isEnglishWord } from '../suspects/lexicon.ts'
import { TAG_NAMES } from '../vocabulary/tags.ts'
import { doubledName, FORM_LABEL, needsMore, SECTION_OF, subjectRun } from '../vocabulary/blocks.ts'
import { withoutExemptions } from '../vocabulary/exemptions.ts'
import { captionsIn, highestClassification, markingLines } from '../vocabulary/classifications.ts'
import { CLASSIFIED_BY, DATE_LINE, FILE_NUMBER, RECEIVED, SUBJECT_LABEL, TELEGRAM_RUNNING_HEAD } from '../vocabulary/fields.ts'
import { addressees, draftAddressees, isAddresseeLine, POST, POST_PLACES, wholePost, postTimeZone, PRECEDENCES, ROUTED_ADDRESS } from '../vocabulary/posts.ts'
import { columnFields, columnSignature, LABEL_ALONE } from './columns.ts'
import { emailHeaderLines, type EmailParties } from './email.ts'
import { EMAIL_FIELD, EMAIL_SUBJECT_PREFIX, ITEM_SUBJECT, MESSAGE_HEADING, POEMS_DATE, POST_PRINT, PTP_DATE, PTP_PAGE } from '../vocabulary/print.ts'
import { CASE_AND_DOCUMENT, NARA_AUTHORITY, NARA_BY, PAGE_STAMP, RELEASE_DECISION, stampDateRead } from '../vocabulary/stamps.ts'
import { publishedDay } from './written.ts'
import { classificationLevel, fullGroup, GROUP_LINE, NUMBERING_POSTS, isoOf, pageHeader, precedenceGroup, shortGroup, telegramLine, telegramOfMrn, type DateTimeGroup } from '../vocabulary/telegram.ts'
import type { TextBlock } from './lemma.ts'
import type { DocumentKind } from './kind.ts'
import { clockTime, daysIn, localDateTime, monthNumber } from './time.ts'

export interface Facts {
  /** What the document is (`Telegram`, `Memorandum of conversation`…): `kind.ts`, decided by `analyse` once the copies have filled in the lemma's facts. */
  kind: DocumentKind
  subject?: string
  ref?: string
  tags: string[]
  eo?: string
  /** The Executive Order the classification was made under (`12958`). */
  executiveOrder?: string
  declassify?: { text: string; when?: string }
  classifiedBy?: string
  /** The reason the classifier gave (`1.5 (b), (d)`: sections of the executive order). */
  classificationReason?: string
  classification?: string
  captions: string[]
  telegram?: string
  /** The SMART message reference number as written (`11 RABAT 1210`). */
  mrn?: string
  /** The section of the telegram this text is (`SECTION 1 OF 2`). */
  section?: { n: number; of: number }
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
  /** The date a record that is no telegram gives itself (`written.ts`): a memo's `DATE:` line, a letter's date; a telegram no group dates, its publisher's day. */
  written?: { text: string; when: string }
  /** An e-mail's sender and recipients, people as its latest header names them (`email.ts`). */
  email?: EmailParties
  approver?: string
  clearances: string[]
  foiaCase?: string
  foiaDoc?: string
  released?: { text: string; when?: string }
  release?: string
  /** The National Archives' declassification stamp (`Authority NND 969000`, `By RH NARA Date 7/14/00`). */
  declassificationStamp?: { text: string; authority?: string; by?: string; when?: string }
}

/** The facts one text states: all but what the document is, which takes every copy's (`analyse`). */
export type ReadFacts = Omit<Facts, 'kind'>

/** Read the facts of text blocks and furniture lines (plain text, OCR markup removed). */
export function readFacts(blocks: readonly TextBlock[], furniture: readonly string[]): ReadFacts {
  const text = blocks.filter((b) => !b.inLetter)
  const columns = columnFields(linesFromLabel(text, 'mrn', /^MRN\s*:\s*$/i, 12, 40))
  const field = (name: string): string | undefined => {
    const block = text.find((b) => b.kind === 'field' && b.name === name)
    return columns.get(name) ?? (block ? clean(block.text) : undefined)
  }
  const facts: ReadFacts = { tags: [], captions: [], to: [], info: [], clearances: [] }
  // An e-mail's `Subject: FW: …` quoted in the text (a message of the chain the headers did not mark) is read without its `FW:`.
  // A header the OCR read by columns (`TAGS:` / `Reference:` / `Subject:` / `01 MOSCOW 13169` / …) gives its label alone: the line under it is another label's value.
  const titled = text.filter((b, i) => !(b.kind === 'field' && b.name === 'subject' && inLabelColumn(text, i)))
  const subjectField = titled.find((b) => b.kind === 'field' && b.name === 'subject')
  const stated = subjectValue(columns.get('subject') ?? subjectRunOn(titled) ?? subjectAcrossSection(titled) ?? (subjectField && clean(subjectField.text))) || subjectAfterLabel(titled)
  // A subject whose first line the OCR lost (`SUBJECT: AND NEW OAS SECRETARY GENERAL GAVIRIA`) opens with the POEMS print's `Item Subject:`, which has it.
  const item = stated && SUBJECT_GOES_ON.test(stated) ? itemSubject(furniture) : undefined
  const subject = (item && !item.endsWith(stated ?? '') ? `${item} ${stated}` : stated) || fallbackSubject(furniture) || frontMatterTitle(text)
  if (subject) facts.subject = subject
  const ref = field('ref')?.replace(/^REF(?:S|ERENCE)?\s*:\s*/i, '')
  if (ref) facts.ref = ref
  // Every TAGS line counts: a print's metadata may give fewer codes than the telegram's own line.
  facts.tags = [...new Set([...text.filter((b) => b.kind === 'field' && b.name === 'tags').map((b) => clean(tagsLines(b.text))), columns.get('tags') ?? ''].flatMap(tagsOf))]
  readExecutiveOrder(field('eo'), facts)
  const classified = CLASSIFIED_BY.exec(field('classifiedBy')?.replace(/^\([A-Z/]{1,6}\)\s*/, '') ?? '')
  if (classified?.[1]) facts.classifiedBy = classified[1]
  if (classified?.[2]) facts.classificationReason = classified[2]
  const file = text.find((b) => b.kind === 'routing' && FILE_NUMBER.test(clean(b.text)) && !POST.test(b.text))
  if (file) facts.fileNumber = clean(file.text)
  const smartCaptions = field('captions')?.replace(/^Captions\s*:\s*/i, '')
  const captions = text.filter((b) => b.kind === 'caption').flatMap((b) => captionsIn(b.text))
  if (smartCaptions && !/^none$/i.test(smartCaptions)) captions.push(...smartCaptions.split(/[\s,]+/).filter(Boolean))
  facts.captions = [...new Set(captions)]
  // The telegram line's marking (`SECRETSTATE 233819`), the banners (`markingAlone`) and the text's
  // markings (never a sentence's `TOP SECRET CLEARANCE`); the page stamp's `UNCLASSIFIED` is the
  // release's status, not the document's classification.
  const marking = readTelegram(text, furniture, field, facts)
  const lines = [...furniture, ...blocks.flatMap((b) => markingLines(b.text))].map((text) => (/Depart(?:m|rn)ent/.test(text) ? text.replace(PAGE_STAMP, '') : text))
  const alone = lines.flatMap((line) => markingAlone(line) ?? [])
  const classification = highestClassification([...lines, ...alone, ...(marking ? [marking] : [])])
  if (classification) facts.classification = classification
  readRouting(text, field, facts)
  readDrafting(text, facts)
  readPostDraft(text, facts)
  readRelease(furniture, facts)
  readReceived(text, facts)
  readDateTime(text, furniture, field, facts)
  const signed = [...text].reverse().find((b) => b.kind === 'signed')
  const signature = signed ? clean(signed.text) : field('signature')?.replace(/^Signature\s*:\s*/i, '') || columnSignature(linesFromLabel(text, 'signature', /^Signature\s*:\s*$/i, 8, 20))
  if (signature) facts.signature = signature
  // A name typed with a stray full stop after or before it (`MURRAY .`, `.FARRAR`), or a text dump's record mark after it (`ZAJAC##`), is the name.
  // And after a closing the OCR ran into it (`WITH BEST` / `REGARDS-HIRSCH`).
  const typed = facts.signature?.replace(/\s+\.$|(?<=\p{Lu})##$/u, '').replace(/^\.(?=\p{Lu})/u, '').replace(/^REGARDS\s*[-,.]\s*(?=\p{Lu})/u, '')
  const doubled = typed && (doubledName(typed) ?? typed)
  // A surname a publisher lowered with the whole text (Cablegate's `curran`) is the name, capitalised as a title is.
  const name = doubled && /^\p{Ll}[\p{Ll}'-]{2,}$/u.test(doubled) ? `${doubled.charAt(0).toUpperCase()}${doubled.slice(1)}` : doubled
  if (name && isPersonName(name)) facts.signer = name
  return facts
}

/**
 * The level a line holding only a banner names, misread by a letter or two (`CECRET`); not
 * UNCLASSIFIED, which the release stamp `DECLASSIFIED` is two letters from. A line of more than
 * 60 characters holds more than a marking (`L I M I T E D  O F F I C I A L  U S E` is 37). Kept
 * per line: banners repeat on every page of every copy.
 */
const markingAlone = keptPerKey((line: string): string | undefined => {
  if (line.length > 60) return undefined
  const level = classificationLevel(line)
  return level === 'UNCLASSIFIED' ? undefined : level
}, 5_000)

/**
 * A subject of one line and its rest in the block after it, where a publisher put a blank line
 * between them (`SUBJECT: (U) Secretary Clinton's March 24, 2009` / `Conversation with
 * Australian Prime Minister Kevin Rudd`): that block a line of three words or more, most of
 * them capitalised, not closed by a full stop, nor a field, a numbered paragraph or a heading.
 */
function subjectRunOn(blocks: readonly TextBlock[]): string | undefined {
  const at = blocks.findIndex((b) => b.kind === 'field' && b.name === 'subject')
  const label = blocks[at]
  const next = blocks[at + 1]
  if (!label || label.text.includes('\n') || next?.kind !== 'p' || next.name !== undefined || next.inLetter || next.text.includes('\n')) return undefined
  const words = next.text.trim().split(/\s+/)
  // Both typed in mixed case, as such publishers give a subject (a line in capitals after one is a telegram's section line or a stamp).
  const mixed = (text: string): boolean => /\p{Ll}{2}/u.test(text.replace(/^\s*SUBJ(?:ECT)?\s*:/i, ''))
  const titled = mixed(label.text) && mixed(next.text) && words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 >= words.length && !/[.:;!?]$/.test(next.text.trim())
  return titled && next.text.trim().length <= 90 && !/^\s*(?:SUMMARY|REF|CLASSIFIED)\b/i.test(next.text) ? `${clean(label.text)} ${clean(next.text)}` : undefined
}

/**
 * The lines a SMART header or trailer the OCR may have read by columns (`columns.ts`) stands on:
 * from the field whose first line is its label alone (`MRN:`, `Signature:`), as far as such a
 * header (so many blocks, so many lines) goes.
 */
function linesFromLabel(blocks: readonly TextBlock[], name: string, label: RegExp, blockCount: number, lineCount: number): string[] {
  const at = blocks.findIndex((b) => b.kind === 'field' && b.name === name && label.test(b.text.split('\n', 1)[0] ?? ''))
  return at === -1 ? [] : blocks.slice(at, at + blockCount).flatMap((b) => b.text.split('\n')).slice(0, lineCount)
}

/** Is this field's label alone on its line, under another label alone (a header the OCR read by columns: its labels, then their values)? */
function inLabelColumn(blocks: readonly TextBlock[], at: number): boolean {
  const before = blocks[at - 1]
  return LABEL_ALONE.test(blocks[at]?.text.split('\n')[0] ?? '') && before?.kind === 'field' && LABEL_ALONE.test(before.text.split('\n').at(-1) ?? '')
}


/**
 * A subject a print cut with the telegram's section line, its rest on the lines after it
 * (`SUBJECT: MEMORANDUM OF CONVERSATION BETWEEN VICE PRESIDENT` / `SECTION 01 OF 03 WHITEHOUSE
 * 92055` / `GORE AND UKRAINIAN PRESIDENT LEONID KUCHMA`): only where the subject's first part
 * cannot end there (a word that needs more, `BETWEEN` without its `AND`), as far as a subject
 * runs on. The section line stays where it is in the text.
 */
function subjectAcrossSection(blocks: readonly TextBlock[]): string | undefined {
  const at = blocks.findIndex((b) => b.kind === 'field' && b.name === 'subject')
  const [label, section, next] = [blocks[at], blocks[at + 1], blocks[at + 2]]
  const [sectionLine = '', ...after] = section?.text.split('\n') ?? []
  if (!label || !SECTION_OF.test(sectionLine)) return undefined
  const cut = clean(label.text)
  if (!needsMore(cut) && !/\bBETWEEN\b(?![\s\S]*\bAND\b)/i.test(cut)) return undefined
  // The rest on the section line's block (the lines after it), or in the block after it.
  const rest = after.length > 0 ? after : next?.kind === 'p' && next.name === undefined ? next.text.split('\n') : []
  const lines = subjectRun(label.text, rest)
  const added = lines.slice(label.text.split('\n').length)
  // A subject in capitals goes on in capitals (not into a stamp's wrapped lines: `W. Chapman, Senior Reviewer,`).
  if (added.length === 0 || (!/\p{Ll}{2}/u.test(cut) && added.some((line) => /\p{Ll}{2}/u.test(line)))) return undefined
  return clean(lines.join(' '))
}

/**
 * A subject typed below its label, where a stamp came between them (`SUBJECT:` / `RELEASE IN
 * FULL` / `Memoranda of Telephone Conversations with` / `Albanian President Meidani, …`): the
 * first lines of the block after the label, as far as a subject runs on.
 */
function subjectAfterLabel(blocks: readonly TextBlock[]): string | undefined {
  const at = blocks.findIndex((b) => b.kind === 'field' && b.name === 'subject')
  const label = blocks[at]
  const next = blocks[at + 1]
  if (!label || subjectValue(label.text) || next?.kind !== 'p' || next.name !== undefined) return undefined
  // Under the tracking numbers and stamps of the form (`SUBJECT:` / `9617437` / `DECAPTIONED` / `6572` / `Memorandum of Conversation …`).
  const lines = next.text.split('\n')
  while (lines.length > 1 && /^\s*\d+(?:\/\d+)?\s*$/.test(lines[0] ?? '')) lines.shift()
  const [first = '', ...rest] = lines
  // Typed words, not what the OCR made of a handwritten value (`(ea c-oi,u6r-gq PH: Igo —7/6/`).
  const tokens = first.trim().split(/\s+/)
  if (tokens.filter((token) => /^[("'“]?\p{L}{2,}[)"'”.,:;?!]?$/u.test(token)).length < tokens.length * 0.75) return undefined
  const subject = subjectValue(subjectRun(`SUBJECT: ${first}`, rest).join(' '))
  // The form's next labels (`SUBJECT:` / `PARTICIPANTS:` / `DATE, TIME` / `AND PLACE:`, a memcon read by columns), its values later among others: no subject.
  return subject?.endsWith(':') ? undefined : subject
}

/** A subject's label and its colon, said again as the OCR may (`SUBJECT: SUBJECT:`). */
const SUBJECT_LABEL_OPENING = new RegExp(String.raw`^${SUBJECT_LABEL}\s*[:.;']*\s*(?:SUBJ(?:ECT)?\s*[:.;]+\s*)*`, 'i')

/** A subject line's value: without its label (`SUBJECT:`, repeated, `Subject Line:`), an e-mail's `FW:` and a marking. */
export function subjectValue(line: string | undefined): string | undefined {
  // A form's next label, which a form read by columns puts between the label and its value (`SUBJECT:` / `COMMENTS:` / `THE DEPUTY …`), is none of it.
  return subjectOf(line?.replace(SUBJECT_LABEL_OPENING, '').replace(FORM_LABEL, '').trimStart().replace(EMAIL_SUBJECT_PREFIX, ''))
}

/**
 * The subject without the classification marking before it, typed (`(C)`) or struck through
 * and read as junk (`—(C--)-`, `4ei-`, `-4e+-THE …`): the marking is no part of the subject
 * (it stays in the text).
 */
export function subjectOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  // The classifier's line Cablegate ran into the subject (`… WORKING GROUP MEETING Classified By: Economic Officer …`) is none of it.
  // Nor is one the OCR ran into it with its paragraph's number, or misread (`… MOSCOW, 1. CLASSIFIED BYgO"PENZCAMPBELL`, `… TO HAITI` / `CLASSIFIED Br! 'ANBASSADOR …`).
  // And the reviewer's stamp in its brackets, which the OCR read into the words it was stamped over (`WITH IDECLASSIFIED1NIZHEGOROD GOVERNOR`).
  // And the scan's dashes after its last word (`… WITH THE DEPUTY SECRETARY - -`).
  let rest = withoutExemptions(value.replace(/\bCLASSIFIED\s+BY\s*:[\s\S]*$/i, '').replace(/(?<=\S)(?:\s+\d{1,2}\.)?\s+CLASSIFIED\s+B(?:Y|r\W)[\s\S]*$/, '').replace(/[[I|]DECLASSIFIED[\]1|]/g, ' ').trim()).replace(/(?:\s+[-–—_~]+)+$/, '')
  for (let i = 0; i < 3; i++) {
    // Or signs and a letter or two of it before a space (`—(-EH THE ACTING …`, a struck `(S)`), not an abbreviation's (`A/S FRAZER`).
    // A requirement's code is no junk (`C-NE4-01083: ISRAELI INTENTIONS …`).
    const glued = TASKING_CODE.test(rest) ? null : /^[^\p{L}\s]{2,}\p{Lu}{1,2}\s+(?=\p{Lu}{2,})|^[^\p{L}\s]*\p{L}{0,2}[^\p{L}\s]+(?=\p{Lu}{2,})/u.exec(rest)
    const token = /^(\S+)\s+(?=\S)/.exec(rest)
    const releasable = RELEASABLE_MARKING.exec(rest)
    const stray = strayGluedToCapitals(rest)
    // A marking at the end instead (`… of proliferation concern (s)`, as a publisher lowered it).
    rest = rest.replace(/\s+\((?:U|C|S|TS|SBU|LOU)\)$/i, '')
    if (releasable) rest = rest.slice(releasable[0].length)
    // An opening quotation mark or bracket that a closing one answers (`“GREEN” POPE …`, `[SOURCE REMOVED] OUTLINES …`) is the subject's, not junk of a struck marking.
    // And an office's letters joined by a slash (`S/DAS PERINA`, `A/S FRAZER`) are no junk either, nor two capitals a hyphen joins to a word (`NJ-BASED`, `US-LED`), but a marking's (`TS-`).
    else if (glued && /[^\p{L}\p{N}]/u.test(glued[0]) && !isAnswered(glued[0], rest) && !/^\p{Lu}{1,2}\/$/u.test(glued[0]) && !/^(?!TS|NF)\p{Lu}{2}-$/u.test(glued[0])) rest = rest.slice(glued[0].length)
    else if (token?.[1] && (isMarking(token[1]) || isStrayBeforeCapitals(token[1], rest.slice(token[0].length)) || isStruckDigits(token[1], rest.slice(token[0].length)))) rest = rest.slice(token[0].length)
    else if (stray > 0) rest = rest.slice(stray)
    else break
  }
  // Signs after the last word (`… ONUR OYMEN -`, `OFFICIAL INFORMAL-`) are what the OCR made of a mark.
  rest = rest.replace(/(?<!\s)\s+[-–—~_=•+]+$/u, '').replace(/(?<=\p{L})[-–—~_=•+]+$/u, '')
  // And handwriting after a subject in capitals (`… OF JORDAN P po&`, `… OF LITHUANIA an`): a short token of small letters and signs, or of a few small letters, and a letter alone before it.
  const scrawl = /(?<!\s)(?:\s+\p{Lu})?\s+(\S{1,6})$/u.exec(rest)
  const before = scrawl ? rest.slice(0, scrawl.index) : ''
  if (scrawl?.[1] && (isStrayBeforeCapitals(scrawl[1], before) || (/^\p{Ll}{1,3}$/u.test(scrawl[1]) && !/\p{Ll}/u.test(before) && /\p{Lu}{3}/u.test(before)))) rest = before
  // A bullet the OCR read between two words (`DEPUTY • SECRETARY TALBOTT`) is none of them.
  rest = rest.replace(/(?<=\S)\s+[•·]+(?=\s+\S)/gu, '')
  return rest === '' ? clean(value) : clean(rest)
}

/** An opening quotation mark or bracket alone (`“`, `[`), which a closing one answers later in the text. */
function isAnswered(opening: string, text: string): boolean {
  const closing = { '"': /"/, '“': /["”]/, '[': /\]/, '(': /\)/ }[opening]
  return closing !== undefined && closing.test(text.slice(1))
}

/**
 * A short token of digits and signs (or digits round a letter) before a subject that opens with
 * an official's title (`44 DEPUTY SECRETARY'S …`, `46-4 THE ACTING SECRETARY'S …`, `17E9 DEPUTY
 * …`): a struck `(C)` read as digits. A number that counts something (`20 YEARS …`) stays.
 */
function isStruckDigits(token: string, after: string): boolean {
  return /^(?=\D*\d)(?:[\d€$%&*+=~^!-]{2,4}|\d{1,2}\p{Lu}\d{1,2})$/u.test(token) && /^(?:THE|DEPUTY|SECRETARY|ACTING|UNDER|ASSISTANT|AMBASSADOR|PRESIDENT)\b/.test(after)
}

/** A collection requirement's code opening a subject: a letter, letters with a digit, a serial (`C-NE4-01083`, `C-RE9-02710`). */
const TASKING_CODE = /^\p{Lu}{1,2}-\p{Lu}{1,4}\d[\p{Lu}\d]*-\d+\b/u

/**
 * A short token with small letters before (or after) a subject wholly in capitals (`7trIr ACTING
 * SECRETARY'S CONVERSATION`): a struck marking (or handwriting) read as junk, for a telegram has
 * no small letters.
 */
function isStrayBeforeCapitals(token: string, after: string): boolean {
  return token.length <= 6 && /\p{Ll}/u.test(token) && /[^\p{L}]|\p{Ll}\p{Lu}/u.test(token) && !/\p{Ll}/u.test(after) && /\p{Lu}{3}/u.test(after)
}

/**
 * How many characters of junk a struck marking left glued to the first word of a subject
 * wholly in capitals (`4.etwTHE DEPUTY SECRETARY'S …`, `-i7t!.T-THE ACTING …`): small letters
 * and a digit or sign, which no telegram's word in capitals starts with (`McDONALD` has no sign).
 */
function strayGluedToCapitals(rest: string): number {
  const token = /^\S+/.exec(rest)?.[0] ?? ''
  const word = /\p{Lu}{2,}(?:['’]\p{Lu}+)?[,:]?$/u.exec(token)
  if (!word || word.index === 0) return 0
  const junk = token.slice(0, word.index)
  if (junk.length > 10 || !/\p{Ll}/u.test(junk) || !/[^\p{L}]/u.test(junk) || /\p{Lu}$/u.test(junk)) return 0
  return /\p{Ll}/u.test(rest.slice(word.index)) ? 0 : junk.length
}

/** A marking with a dissemination control of several words: `(S/REL NATO)`, `(C//REL TO USA, GBR)`. */
const RELEASABLE_MARKING = /^\((?:TS|S|C|U|SBU|LOU)\/{1,2}[A-Z][A-Z ,/]{0,30}\)\s+(?=\S)/

/** A paragraph marking (`(C)`, `(S/NF)`) or a struck one read as a short run of letters and signs. */
function isMarking(token: string): boolean {
  if (/^\((?:U|C|S|TS|LOU|SBU|[A-Z]{1,3}(?:\/[A-Z]{1,5})+)\)$/i.test(token)) return true
  if (/^(?:\p{Lu}\.)+$/u.test(token)) return false
  const letters = token.replace(/[^\p{L}]/gu, '').length
  return letters <= 4 && /^[-–—+(){}[\]„"*~_=|\\/•►.,;]|[-–—+(){}[\]„"*~_=|\\/•►]$/.test(token)
}

/** A subject that opens with a word that goes on from another: its first line is lost. */
export const SUBJECT_GOES_ON = /^(?:AND|OR|OF|WITH|TO|FOR|ON|IN|AT|BY|FROM)\s/i

/** The POEMS print's `Item Subject:`. */
function itemSubject(furniture: readonly string[]): string | undefined {
  for (const line of furniture) {
    const item = ITEM_SUBJECT.exec(line)?.[1]
    if (item?.trim()) return clean(item)
  }
  return undefined
}

/** Without a SUBJECT line: the POEMS print's `Item Subject:`, else an e-mail's `Subject:` without `FW:`. */
function fallbackSubject(furniture: readonly string[]): string | undefined {
  const item = itemSubject(furniture)
  if (item) return item
  for (const line of emailHeaderLines(furniture)) {
    const email = EMAIL_FIELD.exec(line)
    if (email?.[1]?.toLowerCase() === 'subject') {
      const value = withoutExemptions(line.slice(email[0].length).trim()).replace(EMAIL_SUBJECT_PREFIX, '')
      if (value.trim()) return clean(value)
    }
  }
  return undefined
}

/**
 * The title a transcription's YAML front matter gives, where the text types no subject (a
 * Quarto or Jekyll page's head: `---` / `title: "Wheat Problem Refs: …"` / `author: …` /
 * `cable-subject: …` / `---`): its subject key, else its title. The front matter is the
 * publisher's and stays text; only this is read from it. Its block is the text's first (its
 * fences are Markdown's markup), three lines at least, each a key in small letters and a value.
 */
function frontMatterTitle(blocks: readonly TextBlock[]): string | undefined {
  const first = blocks[0]
  const lines = first?.kind === 'p' ? first.text.split('\n').map((line) => line.trim()).filter((line) => line !== '') : []
  if (lines.length < 3 || !lines.every((line) => FRONT_MATTER_LINE.test(line))) return undefined
  for (const key of ['cable-subject', 'subject', 'title']) {
    const value = lines.find((line) => line.startsWith(`${key}:`))?.slice(key.length + 1).trim()
    // Quoted as YAML quotes (`"October 25 \"Anti-Imperialist\" …"`: the text has the quotation marks inside without the backslashes, which are Markdown's escapes; `'…'`).
    const unquoted = value?.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, (_, inner: string) => inner.replace(/''/g, "'"))
    if (unquoted) return subjectOf(clean(unquoted))
  }
  return undefined
}

/** A line of YAML front matter: a key in small letters, its value (`cable-date: "January 16, 1974"`, `editor: visual`). */
const FRONT_MATTER_LINE = /^[a-z][a-z0-9_-]*:(?:\s|$)/

/**
 * The lines of a TAGS block that hold its codes: the first, and each after it that holds codes
 * only (`TAGS: PGOV PINR … EFIN` / `SNAR, SMIG, MARR`); not the rows of a drafting form the
 * print ran into it (`INITIALS` / `APPR: STA` / `DRAFT: DFA`).
 */
function tagsLines(text: string): string {
  const lines = text.split('\n')
  let end = 1
  while (end < lines.length && CODES_LINE.test(lines[end] ?? '')) end++
  return lines.slice(0, end).join('\n')
}

/**
 * A line of codes, a comma, a semicolon or a space between each two. (Codes with nothing between
 * them let a line of words be cut into codes in as many ways as it has letters to spare: a line
 * of prose in capitals after TAGS took minutes to refuse.)
 */
const CODES_LINE = /^\s*[A-Z][A-Z0-9]{1,5}(?:(?:[,;]\s*|\s+)[A-Z][A-Z0-9]{1,5})*[,;]?\s*$/

/** TAGS codes, with or without colon and commas, in capitals (`Tags: prel, pgov` → PREL, PGOV). */
function tagsOf(line: string): string[] {
  const codes = line
    // The label typed twice (`TAGS: TAGS: PREL, …`) once.
    .replace(/^(?:TAGS?\s*[:.;']*\s*){1,2}/i, '')
    // A comma OCR'd as a small letter after a code (`PGOVi KDEMr MG`).
    .replace(/\b([A-Z]{2,6})[a-z](?=\s|$)/g, '$1')
    // A visitor's name after OVIP, `OVIP (TALBOTT, STROBE)` (its bracket OCR'd `{`), is no code.
    .replace(/[({][^)}]*[)}]/g, ' ')
    .toUpperCase()
    .split(/[\s,;]+/)
    .map((t) => t.replace(/^[^A-Z0-9]+|(?<![^A-Z0-9])[^A-Z0-9]+$/g, ''))
  // Cablegate put keywords after the codes (`… CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS
  // IRAQI FREEDOM`, `OVIP STEINBERG JAMES PREL`): an English word of five letters or more is
  // none of the codes, nor is a word that long next to one (a phrase's `ITALY`, `IRAQI`).
  const word = codes.map((t) => t.length >= 5 && !(t in TAG_NAMES) && isEnglishWord(t.toLowerCase()))
  const phrase = (i: number): boolean => word[i] === true || ((codes[i]?.length ?? 0) >= 5 && !((codes[i] ?? '') in TAG_NAMES) && (word[i - 1] === true || word[i + 1] === true))
  return [...new Set(codes.filter((t, i) => /^[A-Z][A-Z0-9]{1,5}$/.test(t) && !phrase(i)))]
}

function readExecutiveOrder(eo: string | undefined, facts: ReadFacts): void {
  if (!eo) return
  facts.eo = eo
  const order = /\d{5}/.exec(eo)?.[0]
  if (order) facts.executiveOrder = order
  const decl = /DECL(?:ASSIFY)?\s*[:/]?\s*\(?\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|OADR|[A-Z0-9]+)/i.exec(eo)
  if (decl?.[1]) facts.declassify = withWhen(decl[1], usDate(decl[1]))
}

/**
 * A signature that names a person: a name of three letters or more (`ALBRIGHT`, `Strobe
 * Talbott`) or a capitalised one of two (`Lu`), not a typist's two-letter mark (`YY`) nor a
 * teletype end mark (`BT`, `NNNN`).
 */
function isPersonName(text: string): boolean {
  // A name the publisher redacted (`XXXXXXXXXXXX`) names nobody.
  // A surname of two letters is capitalised (`Lu`, `Wu`), not a typist's mark in capitals (`YY`) nor a word (`It`).
  return (/^\p{Lu}[\p{L}.'-]{2,}(?:\s+\p{Lu}[\p{L}.'-]*)*$/u.test(text) || (/^\p{Lu}\p{Ll}$/u.test(text) && !isEnglishWord(text.toLowerCase()))) && !/^(?:BT|NNNN?|X+)$/.test(text)
}

/** A post's place opening a value (`VIENNA`, `NEW DELHI 1234`). */
const POST_PLACE_OPENS = new RegExp(`^(?:${POST_PLACES.join('|')})\\b`)

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function withWhen(text: string, when: string | undefined): { text: string; when?: string } {
  return when ? { text, when } : { text }
}

/** `10/31/07`, `05/13/2015`, `2-2-23`, `0 5/29/2019` → ISO date (two-digit years: 00–49 → 20xx). */
export function usDate(text: string): string | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text.replace(/\s+/g, ''))
  if (!m) return undefined
  const [month, day] = [Number(m[1]), Number(m[2])]
  let year = Number(m[3])
  if (year < 100) year += year < 50 ? 2000 : 1900
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

type Field = (name: string) => string | undefined

/**
 * The telegram's number: its telegram line (`CONFIDENTIAL STATE 204310`; a serial of fewer
 * than five digits padded as the Department's page headers print it, `SAIGON 3921` → `SAIGON
 * 03921`), else the SMART MRN
 * (`11 RABAT 1210` → `RABAT 1210`; a cover sheet's `MRN: 233819` under `POST: STATE`), else a
 * print header (`[STATE 233819]`, `Post: STATE MRN: 232714`), else a telegram page header.
 * Returns the level the telegram line's marking names (`SECRETSTATE 233819`: SECRET).
 */
function readTelegram(blocks: readonly TextBlock[], furniture: readonly string[], field: Field, facts: ReadFacts): string | undefined {
  // A post and serial without a marking, the lines after it addressees, is one of them where the list ran into a block of its own (`USEC BRUSSELS 0080` / `USAFSO HOWARD AFB PM`).
  const line = blocks
    .filter((b) => b.kind === 'field' && b.name === 'telegram')
    .map((b) => {
      const [first = '', ...rest] = b.text.split('\n')
      return { line: telegramLine(first), rest }
    })
    .find(({ line, rest }) => line && (line.classification !== undefined || rest.length === 0 || !rest.every((l) => isAddresseeLine(l.trim()))))?.line
  const mrn = field('mrn')?.replace(/^MRN\s*:\s*/i, '')
  if (mrn) facts.mrn = mrn
  const post = field('post')?.replace(/^POST\s*:[\s,.;]*/, '')
  const section = line?.section ?? sectionOf(blocks)
  if (section) facts.section = section
  const printed = furniture.map((f) => PTP_PAGE.exec(f)?.[1] ?? postPrint(f)).find(Boolean)
  const header = furniture.map((f) => pageHeader(f)).find((h) => h?.post && h.number)
  // An older telegram's running head: `2214, APRIL 9, 7 PM, FROM VIENNA` is VIENNA 2214.
  const head = furniture.map((f) => TELEGRAM_RUNNING_HEAD.exec(f)).find(Boolean)
  const numbered = line && `${line.post} ${line.number.padStart(5, '0')}`
  const headed = header && `${header.post} ${header.number}`
  const heading = blocks.flatMap((b) => b.text.split('\n')).map((l) => MESSAGE_HEADING.exec(l)).find(Boolean)
  const messaged = heading ? `${heading[1]} ${heading[2]}` : undefined
  // A telegram line whose post lost its first letters (`TATE 156356`, `ATE 154142`) or misread them (`LSTATE`, `CTATE`) takes the post a print header or a message system's heading gives the same number (`STATE 156356`).
  const whole = line && [printed, headed, messaged].map((name) => name && withWholePost(name)).find((name) => name !== undefined && isClearerNumber(name, numbered ?? ''))
  const found = (whole && line && `${whole.replace(/\s+\d+$/, '')} ${line.number.padStart(5, '0')}`) ?? numbered ?? (mrn && telegramOfMrn(mrn, post)) ?? printed ?? headed ?? (head && `${head[5]} ${head[1]}`)
  if (found) facts.telegram = withWholePost(clean(found))
  return line?.classification
}

/** A telegram's number with the whole name of a post a print header cut (`NEW DE 1364` → `NEW DELHI 1364`). */
function withWholePost(name: string): string {
  const m = /^(.+?)\s+(\d+)$/.exec(name)
  return m?.[1] && m[2] ? `${wholePost(m[1])} ${m[2]}` : name
}


/**
 * Does `clear` name the telegram `misread` names, its post as a print header typed it: with the
 * letters the OCR lost (`STATE 156356` and `TATE 156356`, `CANBERRA 603` and `ERRA 000603`),
 * without what it ran into the post from a struck marking (`LSTATE 225170`, `II STATE 225278`),
 * or with the letter it misread (`CTATE 261677`)?
 */
export function isClearerNumber(clear: string, misread: string): boolean {
  const [a, b] = [/^(.+?)\s+0*(\d+)$/.exec(clear), /^(.+?)\s+0*(\d+)$/.exec(misread)]
  const [post, part] = [a?.[1]?.replace(/\s/g, '') ?? '', b?.[1]?.replace(/\s/g, '') ?? '']
  if (a?.[2] === undefined || a[2] !== b?.[2] || post === part || part.length < 3) return false
  const cut = post.length > part.length && post.endsWith(part)
  // Only towards a post's name as the Department spells it (`RIGA` is never read as the header's `RXGA`).
  const known = NUMBERING_POSTS.has(post) && !NUMBERING_POSTS.has(part)
  const glued = known && part.length > post.length && part.length <= post.length + 2 && part.endsWith(post)
  const misreadLetter = known && post.length === part.length && [...post].filter((c, i) => c !== part[i]).length === 1
  return cut || glued || misreadLetter
}

function postPrint(line: string): string | undefined {
  const m = POST_PRINT.exec(line)
  return m ? `${m[1]} ${m[2]}` : undefined
}

function sectionOf(blocks: readonly TextBlock[]): Facts['section'] {
  for (const b of blocks) {
    if (b.kind !== 'routing') continue
    const m = /\bSECTION\s+(\d{1,2})\s+OF\s+(\d{1,2})\b/.exec(b.text)
    if (m) return { n: Number(m[1]), of: Number(m[2]) }
  }
  return undefined
}

/** Routing lines (`FM`, `TO`, `INFO`), else the SMART fields `From:`, `Action:`, `Info:`. */
function readRouting(blocks: readonly TextBlock[], field: Field, facts: ReadFacts): void {
  // An FM line closing its block, with a TO the print made part of a page header (`TO PAGE 02 STATE 015113 182333Z`): the addressees open the next block.
  let afterFrom = false
  for (const block of blocks.filter((b) => b.kind === 'routing')) {
    // The list a line of addressees alone continues (`INFO AMCONSUL VANCOUVER` / `AMCONSUL TORONTO`).
    let list: string[] | undefined = afterFrom && facts.to.length === 0 ? facts.to : undefined
    afterFrom = false
    for (const routing of block.text.split('\n').flatMap((raw) => routingLines(clean(raw)))) {
      // Without a print's page header the OCR ran into it (`TO PAGE 02 STATE 015113 182333Z`).
      // And without a stray mark the OCR put before its label (`' TO SECSTATE WASHDC IMMEDIATE 9877`), nor a digit it read for a space (`AMEMBASSY2CARACAS`).
      const line = routing.replace(PRINT_PAGE_HEADER, '').replace(/^[^\p{L}\d\s]{1,2}\s*(?=(?:FM|TO|INFO)\s)/u, '').replace(/\b(AMEMBASSY|AMCONSUL|USMISSION)\d(?=[A-Z]{3})/g, '$1 ')
      const fm = /^(?:FM|FROM)\s*:?\s+(.+)$/.exec(line)
      // A memorandum's `FROM: EUR/ISCA - Janet Speck` names an office and a person, no post: no telegram's sender; an incoming telegram's `FROM: VIENNA` does.
      if (fm?.[1] && (line.startsWith('FM') || POST.test(fm[1]) || isAddresseeLine(fm[1]) || POST_PLACE_OPENS.test(fm[1]))) {
        if (!facts.from) facts.from = addressees(fm[1])[0]
        list = undefined
        afterFrom = true
        continue
      }
      afterFrom = false
      // `To` as the OCR read it in a print's routing block (`To SECSTATE WASHDC IMMEDIATE`).
      // And with its separator OCR'd as a comma or an apostrophe (`TO,AMEMBASSY TOKYO PRIORITY`, `TO'AMEMBASSY BRASILIA`).
      const to = /^(?:TO|To|ACTION)(?:\s*[:,'’]\s*|\s+)(.+?)(?:\s+INFO\s*:?\s+(.+))?$/.exec(line)
      // An address with its precedence and serial (`USIA WASHDC IMMEDIATE 9529`, `ECSTATE WASHDC PRIORITY 3653`, its S lost) is one too.
      // A print's `ACTION NODS-00` (OCR'd `NODSLOO`) names an office, no addressee: only an address follows ACTION.
      const named = /^[A-Z ]+$/.test(to?.[1] ?? '') && !/^ACTION/.test(line)
      if (to?.[1] && facts.to.length === 0 && (POST.test(to[1] + ' ' + (to[2] ?? '')) || named || ROUTED_ADDRESS.test(to[1]) || isAddresseeLine(to[1]))) {
        facts.to = addressees(to[1])
        if (to[2]) facts.info = addressees(to[2])
        list = to[2] ? facts.info : facts.to
        continue
      }
      // `TO` alone: its addressees are on the lines after it.
      if (/^TO\s*:?$/.test(line) && facts.to.length === 0) {
        list = facts.to
        continue
      }
      // Its separator OCR'd as a point, too (`INFO.AMEMBASSY BRUSSELS IMMEDIATE`).
      const info = /^INFO(?:\s*:?\s+|[,.'’]\s*)([A-Z].*)$/.exec(line)
      if (info?.[1] && facts.info.length === 0 && isInfoList(info[1])) {
        facts.info = addressees(info[1])
        list = facts.info
        continue
      }
      // The posts an `XMT` line names are those a collective's transmission leaves out: no addressees, and the end of the list.
      if (list && !/^XMT\b/.test(line) && isAddresseeLine(line)) list.push(...addressees(line))
      else list = undefined
    }
  }
  const smart = (name: string): string | undefined => {
    // Up to the next label an e-mail header's field ran into (`From: Burns, William I` / `To: Rice, Susan E (USUN); …`).
    const value = field(name)?.replace(/^[A-Za-z ]+:\s*/, '').split(/\s(?:To|Sent|Cc|Subject)\s*:/)[0]
    // A person as an e-mail names one (`Rice, Susan E (USUN)`) is no post.
    return value && (POST.test(value) || /\b(?:SECSTATE|WASHDC|COLLECTIVE)\b/.test(value)) && !/^[A-Z][\w'’-]+,\s+[A-Z][a-z]/.test(value) ? value : undefined
  }
  const from = smart('from')
  if (!facts.from && from) facts.from = clean(from.replace(/\(.*$/, ''))
  const action = smart('action')
  if (facts.to.length === 0 && action) facts.to = smartAddressees(action)
  const info = smart('info')
  if (facts.info.length === 0 && info) facts.info = smartAddressees(info)
  // A drafting form that addresses posts by their place (`PRIORITY YEREVAN`) is the Department's: its telegrams go from SECSTATE WASHDC.
  if (facts.to.length === 0) {
    facts.to = draftedTo(blocks)
    if (facts.to.length > 0 && !facts.from) facts.from = 'SECSTATE WASHDC'
  }
  if (!facts.from && facts.telegram?.startsWith('STATE')) facts.from = 'SECSTATE WASHDC'
  // An address listed again for one of its offices (`CDR USSOUTHCOM MIAMI FL//CINC/POLAD//`) is one addressee.
  facts.to = [...new Set(facts.to)]
  facts.info = [...new Set(facts.info)]
}

/** A print's page header inside a routing line: `PAGE 02 STATE 015113 182333Z`. */
const PRINT_PAGE_HEADER = /\s*\bPAGE\s+\d{2,3}\s+[A-Z][A-Z ]*?\s+\d{4,6}\s+\d{6}Z\b/

/** A draft's addressees, on the lines of its drafting form (`IMMEDIATE ASHGABAT` / `IMMEDIATE MOSCOW`), where it has no TO line. */
function draftedTo(blocks: readonly TextBlock[]): string[] {
  const to: string[] = []
  // Or in a block of lines before the subject, where the form's rows above ran into them (`PRIORITY YEREVAN, BAKU PRIORITY, …`).
  const subject = blocks.findIndex((b) => b.kind === 'field' && b.name === 'subject')
  const header = (b: TextBlock, at: number): boolean => b.kind === 'p' && b.name === undefined && !b.inLetter && at < subject
  for (const block of blocks.filter((b, at) => b.kind === 'routing' || b.kind === 'form' || header(b, at))) {
    let listed = false
    for (const line of block.text.split('\n').map(clean)) {
      const names = draftAddressees(line, !listed)
      listed = names !== undefined
      if (names) to.push(...names)
    }
  }
  return to
}

/**
 * A line of routing as its lines: a routing block the OCR ran into one line (`O 252358Z APR 96
 * ZFF6 FM SECSTATE WASHDC TO AMEMBASSY ASUNCION IMMEDIATE INFO AMEMBASSY BRASILIA …`) is split
 * before its FM, TO and INFO (a repeat to a delegation: `FM SECSTATE WASHDC INFO USDEL SECRETARY
 * IMMEDIATE`); a line without an FM before a TO or INFO is as it stands.
 */
function routingLines(line: string): string[] {
  // A routing block is a few hundred characters; a longer line is no routing (and is not searched twice over).
  // `TO` with its separator OCR'd as an apostrophe or comma (`… WASHINGTON DC TO'ANEMBASSY BUCHAREST`).
  // And after the scan's dashes before it (`FM SECSTATE WASHDC ---TO USMISSION.USNATO IMMEDIATE`).
  return line.length <= MAX_ROUTING_LINE && /\bFM\s+\S.*(?:\s|[-—_]{2})(?:TO|INFO)(?:\s+|[,'’]\s*)\S/.test(line) ? line.split(/(?<![\s—_-])(?:\s+|\s*[-—_]{2,})(?=(?:FM|TO|INFO)(?:\s+|[,'’]\s*)\S)/) : [line]
}

const MAX_ROUTING_LINE = 2_000

/**
 * An INFO line of addressees: posts (`AMCONSUL VANCOUVER`), or on an older form bare city
 * names with their serial numbers (`INFO: BONN 412, LONDON 298`), never a distribution line
 * of office codes (`INFO OCT-01 ISO-00 SS-14 … /061 W`).
 */
function isInfoList(text: string): boolean {
  if (POST.test(text)) return true
  const names = addressees(text)
  // An office's letters alone (`INFO: AMB`, a post's own distribution under `ACTION: DCM`) address no post; a post's place does (`BONN`).
  return names.length > 0 && names.every((name) => /^[A-Z][A-Z .]*[A-Z]$/.test(name) && (name.includes(' ') || name.length >= 5 || POST_PLACES.includes(name)))
}

/** When the Department received an incoming telegram: the form's `Rec'd` date and time, Washington time. */
function readReceived(blocks: readonly TextBlock[], facts: ReadFacts): void {
  const text = blocks.filter((b) => b.kind === 'form' || b.kind === 'routing').map((b) => b.text).join('\n')
  const m = RECEIVED.exec(text)
  const month = monthNumber(m?.[1] ?? '')
  if (!m || !month) return
  const time = m[4] ? clockTime(m[4]) : undefined
  const when = time ? localDateTime(Number(m[3]), month, Number(m[2]), time, postTimeZone('WASHDC')) : `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`
  facts.received = { text: clean(`${m[1]} ${m[2]}, ${m[3]}${m[4] ? ` ${m[4]}` : ''}`), when }
}

/**
 * SMART's addressees (`WASHDC, SECSTATE ROUTINE`, several apart by semicolons), each as
 * `smartAddressee` gives it. An `XMT:` line after `Info:` names the posts of a collective the
 * telegram was not sent to (`MAGHREB COLLECTIVE` / `XMT: AMEMBASSY TRIPOLI`): no addressees.
 */
function smartAddressees(value: string): string[] {
  const [list = ''] = value.split(/\s*\bXMT\s*:/)
  return list.split(';').map(smartAddressee).filter((name) => name !== '')
}

/** A precedence, in any case (`ROUTINE`, `Routine`). */
const PRECEDENCE_WORD = new RegExp(`\\b(?:${PRECEDENCES.join('|')})\\b`, 'gi')

/** SMART writes an addressee post first (`WASHDC, SECSTATE ROUTINE`, `Routine` as some scans read it): `SECSTATE WASHDC`. */
function smartAddressee(value: string): string {
  const bare = clean(value.replace(PRECEDENCE_WORD, ''))
  const reversed = /^([A-Z][A-Z ]*),\s*([A-Z]+)$/.exec(bare)
  return reversed ? `${reversed[2]} ${reversed[1]}` : bare
}

function readDrafting(blocks: readonly TextBlock[], facts: ReadFacts): void {
  // The drafting form, the routing, and the drafting lines of a received copy's header wherever the print put them.
  const text = blocks
    .filter((b) => b.kind === 'form' || b.kind === 'routing' || /^(?:DRAFTED|APPROVED|CLEARED)\s+BY:/.test(b.text))
    .map((b) => b.text)
    .join('\n')
  // The office starts where a run of capitals does (tried once per run, not at each of its letters).
  // `EUR/CACEN:KMORENSKI:KM 04/30/99`, and without the initials (`SSO:AKFUGATE` / `04/08/99; EXT. 71512`).
  // And with the draft's file after the name (`EAP/CM:SKIM(O/POL/OTHERCOUNTRIES/D-SHA-SA.DOC)` / `01/14/99 7-6813`).
  const drafter = /(?:DRAFTED BY:\s*)?(?<![A-Z/])([A-Z][A-Z/]*):([A-Z.]+)(?::([A-Z]{2,4}))?(?:\([^)\n]{1,80}\))?\s+(\d{1,2}\/\d{1,2}\/\d{2,4})/.exec(text)
  if (drafter?.[1] && drafter[2] && drafter[4]) {
    facts.drafted = { office: drafter[1], name: drafter[2], ...withWhen(drafter[4], usDate(drafter[4])) }
  }
  const approved = /APPROVED BY:\s*([^\n]+)/.exec(text) ?? /\b(THE (?:DEPUTY )?SECRETARY|THE UNDER SECRETARY[A-Z ]{0,60})\s*:/.exec(text)
  if (approved?.[1]) facts.approver = clean(approved[1])
  // Not the label alone on its line, a trailer the OCR read by columns (`Approved By:` / `SALAZAR` / `MEXICO: Moreno, Sergio A`): the lines under it are other labels' values.
  const smartApprover = blocks.find((b) => b.kind === 'field' && b.name === 'drafting' && /^Approved[^\S\n]+By[^\S\n]*:?[^\S\n]*[^\s:]/i.test(b.text))
  if (!facts.approver && smartApprover) facts.approver = clean(smartApprover.text.replace(/^Approved\s+By\s*:\s*/i, ''))
  const cleared = [...text.matchAll(/\b([A-Z][A-Z]*(?:\/[A-Z-]+)+):([A-Z][A-Z.]+)\b(?!:)/g)].map((m) => `${m[1]}:${m[2]}`)
  facts.clearances = [...new Set(cleared.filter((c) => !facts.drafted || !facts.drafted.text.startsWith(c)))]
}

/** A post's drafting form opens with its program line and the draft's date (`PROG 09/17/96`, `PROG 2/2/99`). */
const POST_DRAFT = /^PROG\s+(\d{1,2}\/\d{1,2}\/\d{2})$/
/** An addressee line of a post's drafting form, its precedence as the OCR read it (`SECSTATE WASHDC IMMEDIATE`, `… WASHDC, IMMEDIATE`, `… WASHDC =MEDIATE`). */
const DRAFT_ADDRESSED = /^([A-Z][A-Z ]*[A-Z]),?\s+\S{0,3}(?:MEDIATE|IORITY|OUTINE|NIACT)$/

/**
 * A post's drafting form of an outgoing telegram (`PROG 09/17/96` / `AMB:TRPICKERING` / its
 * clearances and captions / `AMEMBASSY MOSCOW` / `SECSTATE WASHDC IMMEDIATE`), which has no FM
 * and TO: the draft's date and drafter, the post that sends it (its address alone on a line) and
 * the addressee on the line after it (with its precedence).
 */
function readPostDraft(blocks: readonly TextBlock[], facts: ReadFacts): void {
  const lines = blocks.flatMap((b) => b.text.split('\n')).map(clean)
  const at = lines.findIndex((line) => POST_DRAFT.test(line))
  const date = POST_DRAFT.exec(lines[at] ?? '')?.[1]
  if (!date) return
  const drafter = /^([A-Z][A-Z/]*):([A-Z][A-Z.]+)/.exec(lines[at + 1] ?? '')
  if (!facts.drafted && drafter?.[1] && drafter[2]) facts.drafted = { office: drafter[1], name: drafter[2], ...withWhen(date, usDate(date)) }
  if (facts.from || facts.to.length > 0) return
  for (let i = at + 1; i < Math.min(lines.length - 1, at + 12); i++) {
    const sender = lines[i] ?? ''
    const addressed = DRAFT_ADDRESSED.exec(lines[i + 1] ?? '')?.[1]
    if (addressed && /^(?:AMEMBASSY|AMCONSUL|USMISSION)\s[A-Z ]+$/.test(sender)) {
      facts.from = sender
      facts.to = [addressed]
      return
    }
  }
}

function readRelease(furniture: readonly string[], facts: ReadFacts): void {
  for (const text of furniture) {
    const standard = PAGE_STAMP.exec(text)
    const pair = CASE_AND_DOCUMENT.exec(text)
    facts.foiaCase ??= standard?.[1] ?? pair?.[1]
    facts.foiaDoc ??= standard?.[2] ?? pair?.[2]
    const stamped = standard?.[3]
    const date = stamped?.replace(/\s+/g, '') ?? /\b(\d{1,2}-\d{1,2}-\d{2})\b/.exec(text)?.[1]
    if (date && !facts.released) facts.released = withWhen(date, usDate(stamped ? stampDateRead(stamped) : date))
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

/**
 * The date-time group, wherever the layout puts it: the precedence line of the routing
 * (`O 090302Z NOV 96`, also printed after the body), the SMART `Date/DTG:` or a cover
 * sheet's `DTG:` field; an older telegram's local date and time (`DATE: APRIL 9, 7 PM`, or its
 * running head), the year from `Rec'd`; else a telegram page header's group (`291924Z`). A
 * group without month and year takes them from a full group elsewhere in the text (the
 * print's `090310Z NOV 96 STePS`) or, later, from the drafting date (`completeDateTime`).
 */
function readDateTime(blocks: readonly TextBlock[], furniture: readonly string[], field: Field, facts: ReadFacts): void {
  const lines = blocks.flatMap((b) => b.text.split('\n'))
  const routed = lines.map(precedenceGroup).filter((g): g is DateTimeGroup => g !== undefined)
  const dtg = field('dtg')
  // Or a full group on a line of its own, as Cablegate's partial extracts give it (`201247Z Jan 04`).
  const stated = fullGroup(dtg ?? '') ?? lines.filter((line) => GROUP_LINE.test(line)).map(fullGroup).find(Boolean) ?? lines.map(publishedGroup).find(Boolean)
  const full = routed.find((g) => g.month !== undefined) ?? stated
  if (!full && readLocalDateTime(blocks, furniture, facts)) return
  const group = full ?? routed[0] ?? furniture.map((f) => pageHeader(f)?.group).find(Boolean) ?? shortGroup(dtg ?? '')
  if (!group) return
  const reference = [...lines, ...furniture].map(fullGroup).find(Boolean)
  const when = isoOf(group, reference ? isoOf(reference) : printDate(furniture))
  facts.dateTime = withWhen(group.text, when)
}

/**
 * The date-time group as Cablegate's partial extracts write it, a line of its own: `Tuesday, 20
 * January 2004, 09:44` (UTC: where an extract gives both, `291359Z Nov 00` is `Wednesday, 29
 * November 2000, 13:59`).
 */
function publishedGroup(line: string): DateTimeGroup | undefined {
  const m = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4}),\s+(\d{2}):(\d{2})\s*$/.exec(line)
  const month = m ? monthNumber(m[2] ?? '') : undefined
  return m && month ? { text: line.trim(), day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), month, year: Number(m[3]) } : undefined
}

/**
 * The day a received copy was printed, by the PTP or POEMS printer, which printed on receipt
 * (`Fri Nov 8 22:14:20 1996`, `11/04/94 11:11 am`): a reference for the month and year of a
 * short group when the text has no full one. The later prints (`Post: … Printed by: … 12/4/00`)
 * were made years after, and are no reference. A Cablegate text's head states the telegram's day.
 */
function printDate(furniture: readonly string[]): string | undefined {
  for (const line of furniture) {
    const ptp = PTP_DATE.exec(line)
    const month = ptp ? monthNumber(ptp[1] ?? '') : undefined
    if (ptp && month) return `${ptp[3]}-${pad(month)}-${pad(Number((ptp[2] ?? '').replace('B', '8')))}`
    const poems = POEMS_DATE.exec(line)?.[1]
    if (poems) return usDate(poems)
  }
  // Or the day the publisher's head of a Cablegate text states (`Fri Jan 18 00:00:00 +0100 2002`): the telegram's own, a day off at most by its zone.
  return publishedDay(furniture)?.when
}

/** An older telegram's local date and time (`DATE: APRIL 9, 7 PM`, or its running head), the year from `Rec'd`. */
function readLocalDateTime(blocks: readonly TextBlock[], furniture: readonly string[], facts: ReadFacts): boolean {
  const routing = blocks.filter((b) => b.kind === 'routing').map((b) => b.text).join('\n')
  const dated = routing.split('\n').map((line) => DATE_LINE.exec(clean(line))).find(Boolean)
  const head = furniture.map((f) => TELEGRAM_RUNNING_HEAD.exec(f)).find(Boolean)
  const local = dated ? { text: clean(dated[0].replace(/^DATE\s*:?\s*/i, '')), month: dated[1], day: dated[2], time: dated[3] } : head ? { text: `${head[2]} ${head[3]}, ${head[4]}`, month: head[2], day: head[3], time: head[4] } : undefined
  if (!local) return false
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
  return true
}

/**
 * A date-time group still without month and year (`291924Z`) takes them from the drafting
 * date: the same month, or the one before or after when that is nearer. Without a drafting
 * date the group is kept as written, with no `@when`.
 */
export function completeDateTime(facts: ReadFacts): void {
  if (!facts.dateTime || facts.dateTime.when || !facts.drafted?.when) return
  const group = shortGroup(facts.dateTime.text)
  const when = group ? isoOf(group, facts.drafted.when) : undefined
  if (when) facts.dateTime = { text: facts.dateTime.text, when }
}

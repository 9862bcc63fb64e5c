/**
 * Where a block of a cable's text begins when the text layer does not say so with a blank
 * line: OCR text of a FOIA release runs a whole page together, and a telegram's header
 * (`E.O.`, `TAGS`, `SUBJECT` on consecutive lines) is one Markdown paragraph. A header field,
 * a numbered paragraph, a precedence line, a routing block's `FM` line and a form's label each
 * begin a block; the line after `BEGIN TEXT:` begins the quoted text.
 */
import { EXEMPTION_TOKEN } from './exemptions.ts'
import { fieldName } from './fields.ts'
import { POST, POST_PLACES } from './posts.ts'
import { PRINT_CONTROL } from './print.ts'
import { PRECEDENCE_LINE } from './telegram.ts'

/** A numbered paragraph, also as OCR reads its number (`14.-144 ROBERTSON`, `(5. (S) THE`). */
export const NUMBERED_PARAGRAPH = /^[^\p{L}\d\s]{0,2}\d{1,2}\.{1,2}(?=\s|[-–—(.{+])/u

/** The line that opens a quoted text (`2. (C) begin text:`). */
export const TEXT_BEGINS = /\bbegin\s+text\b:?\s*(?:\.\s*)?$/i
/**
 * What may stand before a quoted text's end on its line: a stray mark or two (`- s 4.`), a
 * stray sign (`<9.`, `'8.`), the paragraph's number (`8 .`, `5_` too) and its marking (`(U)`,
 * OCR'd `{U)`, `(Uj`, struck through into junk: `464--`).
 */
const END_OPENING = String.raw`(?:(?:[^\sA-Za-z0-9]{1,2}|[a-z])\s+){0,2}(?:[<>•'‘’\`]\s*)?(?:\d{1,2}\s?[.,_]\s*)?(?:[({][A-Z/]{1,6}[)}\]j]\s*|[^\sA-Za-z]{2,}\s*)?`
/** The line that closes it, also as a numbered paragraph of its own (`12. (U) END TEXT.`, `'8. (U) END TEXT.`, `11. (U) END-TEXT.`, `8. {U) END. TEXT.`, `End of text.`, in brackets: `(END TEXT)`). */
export const TEXT_ENDS = new RegExp(String.raw`^${END_OPENING}\(?END(?:[\s.-]{1,3}|\s+OF\s+)TEXT(?![A-Za-z])`, 'i')
/** The end of a quoted text or telegram, and the name after it (`13. (U) END TEXT. CHRISTOPHER`, `UNQUOTE CHRISTOPHER`, `END TEXT OF TALKING POINTS FOR GCC STATES.` / `CLINTON`, the OCR's specks between them: `END TEXT.,----=-7-=` / `ALBRIGHT`); groups: the end, the name. */
export const SIGNED_END = new RegExp(String.raw`^(\s*${END_OPENING}(?:\(?END(?:[\s.-]{1,3}|\s+OF\s+)TEXT(?:\s+OF\s[^\n]{1,80}?[.:])?|UNQUOTE|END\s+QUOTE)\s*(?:[^\sA-Za-z]{1,12}\s*)?)([A-Z][A-Za-z.]*)\s*$`, 'i')

/**
 * The labels of the Department's forms and print headers, each the start of a row
 * (`DISTRIBUTION:`, `COMMENTS:` on a cover sheet, `DRAFTED BY:` in a received copy's header).
 */
export const FORM_LABEL = /^(?:DISTRIBUTION|DESIRED DISTRIBUTION|COMMENTS?|S\/S AUTHORIZATION|DATE\/TIME|DRAFTED(?: BY)?|APPROVED(?: BY)?|CLEARED(?: BY)?|CLEARANCES?|SOURCE|OFFICE|COPIES|DISSEMINATION|CHARGE|PARTICIPANTS|SUMMARY|APPR|DRAFT|CLR\s*\d)\s*:/

/** The rows of a cable drafting form, whose initials a draft opens with (`APPR: KAK`, `DRAFT: KCK`, `CLR 1: TK`): a form wherever the file puts it (after a cover sheet, too). */
export const DRAFTING_ROW = /^(?:APPR|DRAFT|CLR\s*\d)\s*:/

/**
 * Does a subject run on to this line (`SUBJECT: … CONVERSATION WITH` / `ROMANIAN FOREIGN
 * MINISTER MELESCANU`)? After a word that needs more or a comma, for four more lines at most;
 * else for two more at most, in its own case: after a subject in
 * capitals a line in capitals; after a typed one, a line that does not open a sentence of
 * prose (`to Sweden`); in either, a line indented to a print's value column. What follows is
 * the text, and so is a line that opens with a paragraph's classification marking (`(U)
 * FOLLOWING IS DRAFT REPORTING CABLE …`), with a section's heading (`SUMMARY`) or with the
 * telegram line of a section (`SECTION 01 OF 02 MOSCOW 23684`, `SECTION 01 'OF 07`) or a passing
 * instruction.
 */
export function continuesSubject(subject: string, line: string, lines: number): boolean {
  // A subject wraps at a telegram's width: a longer line is a paragraph the OCR ran into one line.
  // (A line a publisher joined may be longer, where a subject in capitals needs more and the line is in capitals too: `… WELCOME AND` / `SUPPORT NEW U.S. PRIORITIES: REPORT PREPARED BY …`.)
  const long = line.trim().length > MAX_SUBJECT_LINE && !(line.trim().length <= 2 * MAX_SUBJECT_LINE && needsMore(subject) && inCapitals(subject.replace(/^\s*Subj(?:ect)?\s*[:.;]*/i, '')) && inCapitals(line))
  // Nor into a message system's page head (`Thursday 05/19/94 05:25 pm Page: 1`).
  if (lines >= 5 || long || PARAGRAPH_MARKING.test(line) || SECTION_HEADING.test(line) || SECTION_OF.test(line) || TEXT_BEGINS.test(line.trim()) || FORM_ROW.test(line.trim()) || PRINT_CONTROL.test(line) || CLASSIFICATION_AUTHORITY.test(line) || PAGE_HEAD_END.test(line)) return false
  // A line without a word (`/ N`, what the OCR made of a mark), a form's label alone (a cover sheet's `OUTGOING`) or an office's tracking number (`9617437`, `9617437/1`) is none of it; a date is (`… FISCHER ON` / `2/4`).
  if (!/[\p{L}\d]{2}|\p{L}\.\p{L}|\d\/\d/u.test(line) || FORM_WORD.test(line) || TRACKING_NUMBER.test(line)) return false
  // Nor a reviewer's exemption codes with the number of what they withheld beside them (`2329 B4`).
  const tokens = line.trim().split(/\s+/)
  if (tokens.some((token) => EXEMPTION_TOKEN.test(token)) && tokens.every((token) => EXEMPTION_TOKEN.test(token) || /^\d+$/.test(token))) return false
  // Nor a precedence alone, what is left of a routing line beside a release stamp (`PRIORITY RELEASE IN`), nor a note's salutation (`Subject: Jakarta Meeting` / `John,`).
  if (PRECEDENCE_ALONE.test(line) || /^\s*(?:Dear\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*\.?){0,2}\s*,\s*$/u.test(line)) return false
  // What the OCR made of handwriting under it (`aii0 44froi6`: small letters run into digits, not `1990s` or `3rd`) is none of it.
  if (tokens.filter((token) => /\d/.test(token) && /\p{Ll}/u.test(token) && !/^\d+(?:st|nd|rd|th|s)\W*$/.test(token)).length * 2 >= tokens.length) return false
  // A passing instruction under it (`USNATO PASS TO DEPSEC TALBOTT …`, `HELSINKI PASS ST PETERSBURG`) opens the text. (A full stop
  // closes no subject: the OCR reads one into a subject, `… MEETING WITH MOSCOW.` / `MAYOR …`.)
  if (/\bPASS\s+TO\b/.test(line) || PASSING_LINE.test(line)) return false
  // One that ends on a word that needs more, or a comma (`Memoranda of Telephone Conversations with` / `Albanian President …`), goes on.
  if (needsMore(subject)) return true
  // One that names only the channel (`SUBJECT: OFFICIAL-INFORMAL`) is whole: the text follows.
  if (lines >= 3 || CHANNEL_SUBJECT.test(subject.replace(/^\s*Subj(?:ect)?\s*[:.;]*\s*/i, '').trim())) return false
  // A value column (SMART, database prints): the next line indented to it goes on.
  if (/^\s{8,}\S/.test(line)) return true
  if (inCapitals(subject.replace(/^\s*Subj(?:ect)?\s*[:.;]*/i, ''))) return inCapitals(line)
  return /^\s*\p{Ll}/u.test(line) || line.trim().length < 40
}

/** Does a subject end on a word that needs more, a comma, a possessive (`… from the President's` / `Meeting with …`), or a minister's title before the name (`… Lunch Meeting with FM` / `Primakov; …`)? */
export function needsMore(subject: string): boolean {
  return /(?:\b(?:with|and|of|on|to|for|the|in|at|by|from|between|about)|,|\p{L}['’]s)\s*$/iu.test(subject) || /(?<!\bthe\s)\b(?:FM|PM|DFM|DPM|FONMIN)\s*$/i.test(subject)
}

/** A subject's first line (label included) and the lines after it that it runs on to (`continuesSubject`). */
export function subjectRun(first: string, rest: readonly string[]): string[] {
  const lines = [first]
  for (const line of rest) {
    if (!continuesSubject(lines.join('\n'), line, lines.length)) break
    lines.push(line)
  }
  return lines
}

/**
 * A subject that names only the channel (`SUBJECT: OFFICIAL INFORMAL`, `Official-Informal`,
 * `OFFICIAL/INFORMAL`): nine telegrams of one release share it, so it tells no document apart.
 */
export const CHANNEL_SUBJECT = /^OFFICIAL\s*[\s/-]\s*INFORMAL$/i

/**
 * A paragraph's number opening its block (`1. `), its marking run into it (`1.(C) SUMMARY`), or
 * after the pilcrow a publisher's viewer puts before it (`¶1. (S/NF)`, WikiLeaks's Cablegate pages;
 * the pilcrow stays in the text).
 */
export const PARAGRAPH_NUMBER = /^¶?\s*(\d{1,2})\.(?:\s|(?=\())/

/** A precedence alone on a line (its stamp is furniture). */
const PRECEDENCE_ALONE = /^\s*(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\s*$/

/** A number of an office's tracking system alone on a line, under a form's subject label (`9617437`, `9617437/1`). */
const TRACKING_NUMBER = /^\s*\d{5,}(?:\/\d{1,3})?\s*$/

/** The longest line a subject runs on to: telegrams are typed 69 characters wide, and OCR adds a few. */
const MAX_SUBJECT_LINE = 90

/**
 * The classification's authority under a subject (`DERIVED FROM: DSCG 05-1 B, D`, `DECLASSIFY ON: …`), or the
 * first paragraph's statement of the classification, however the OCR read its number and marking
 * (`1. CONFIDENTIAL - ENTIRE TEXT.`, `I. C HFIDENTIAL ENTIRE TEXT -- CLASSIFIED BY JEFFREY`).
 */
const CLASSIFICATION_AUTHORITY = /^\s*(?:DERIVED\s+FROM|DECLASSIFY\s+ON)\s*:|\bENTIRE\s+TEXT\b/i

/** A form's next row under a subject, in any case the OCR gave it (`cOMMENTS: E:O. COLLINS`). */
const FORM_ROW = new RegExp(FORM_LABEL.source, 'i')

/** A post's passing instruction: `HELSINKI PASS ST PETERSBURG`, `USNATO PASS …`. */
const PASSING_LINE = new RegExp(`^\\s*(?:${POST_PLACES.join('|')}|US[A-Z]{2,})\\s+PASS\\b`)

/** A paragraph's classification marking opening a line: `(U)`, `(C)`, `(S/NF)`, `(SBU)`, after its number too (`1, (U) NODIS`). */
const PARAGRAPH_MARKING = /^\s*(?:¶?\s*\d{1,2}[.,]?['’]?\s*)?\((?:U|C|S|TS|LOU|SBU|[A-Z]{1,3}\/{1,2}[A-Z]{1,5})\)\s/

/** A heading of the text's first section, in capitals (`SUMMARY`, a memorandum's `ISSUE FOR DECISION`, OCR'd `ISSUE F'R DECISION`). */
const SECTION_HEADING = /^\s*(?:(?:BEGIN\s+)?SUMMARY|ISSUES?\s+F\S{0,2}R\s+DECISION|BACKGROUND|DISCUSSION|RECOMMENDATIONS?)\b/

/** A print's page head closing a line: its day, time and page (`Thursday 05/19/94 05:25 pm Page: 1`). */
const PAGE_HEAD_END = /\d{1,2}:\d{2}\s*[ap]m\s+Page:\s*\d{1,3}\s*$/i

/** A label a form prints alone on its line: a cover sheet's `OUTGOING`, `INCOMING`. */
export const FORM_WORD = /^\s*(?:OUTGOING|INCOMING)\s*$/

/** The telegram line of a section (`SECTION 01 OF 02 MOSCOW 23684`), which a print may repeat under the subject. */
export const SECTION_OF = /\bSECTION\s+\d{1,2}\s+['’]?OF\s+\d{1,2}\b/

function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.9
}

/**
 * The sender's line of a routing block (`FM SECSTATE WASHDC`), a block of its own after a form's
 * rows or a stamp the print ran into it; never the Foreign Minister of a sentence (`FM CILLER SAID`).
 */
export function isSenderLine(text: string): boolean {
  return /^FM\s+\S/.test(text) && POST.test(text)
}

/** Does this line of text begin a new block, whatever the lines before it? */
export function opensBlock(line: string): boolean {
  const text = line.trim()
  return fieldName(text) !== undefined || NUMBERED_PARAGRAPH.test(text) || PRECEDENCE_LINE.test(text) || FORM_LABEL.test(text) || isSenderLine(text)
}

/**
 * A line of prose (`Harold Ickes has forwarded the attached proposal to my`): six words or
 * more, most of them in small letters. After a header field's line it opens the text, where
 * the OCR left no blank line between them (a memorandum's `From:`, `Re:`, `Date:` and its first
 * sentence); a field's own run-on lines are names, codes and posts in capitals, or a few words.
 */
export function isProseLine(line: string): boolean {
  const words = line.trim().split(/\s+/)
  return words.length >= 6 && line.trim().length >= 40 && /^\p{Lu}/u.test(line.trim()) && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length
}

/** The name of a signature Cablegate printed twice (`SIBERELL SIBERELL`, `Huntsman` / `huntsman`), once. */
export function doubledName(text: string): string | undefined {
  return /^(\S+)\s+\1$/i.exec(text)?.[1]
}

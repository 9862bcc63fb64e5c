/**
 * The header fields and routing lines of a telegram, as they open a line, in every layout a
 * release gives them: typed telegrams (`SUBJECT:`, `SUBJ:`, `TAGS` with or without colon and
 * commas, `E.O. 12958:`, `EO 12958`), SMART cables (`MRN:`, `Date/DTG:`, `From:`, `Action:`,
 * `Captions:`, `Reference:`, `Subject:` and the trailer `Signature:`, `Drafted By:` …), and
 * the Department's incoming cover sheet (`POST: STATE DTG: 090302Z NOV 96 MRN: 233819`).
 * This is what the structure stage names, what finds where a copy begins, and what the facts
 * are read from.
 */
import { keptPerKey } from '../kept.ts'
import { PRECEDENCE_LINE, telegramLine } from './telegram.ts'

/** A subject's label before its colon, as typed and as the OCR read it (see FIELDS). */
export const SUBJECT_LABEL = String.raw`(?:[•·'‘\`"“]\s*)?SU(?:[BH]\s?J|JB)(?:ECT)?(?:\s*LINE)?`

/** A field line and the field's name (`Block.name`). Case-insensitive unless the shape needs capitals. */
export const FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  // And a cable drafting form's `Subject Line:` (`SubjectLine:TALBOTT- YANAI`).
  // And as the OCR spaced it, its colon read `'` (`SUB JECT ' THE DEPUTY …`), two letters swapped (`SUJBECT:`), its B read H (`SUHJECT:`), a bullet or a stray mark before it (`• SUBJECT:`, `'SUBJECT:`, `" SUBJECT:`).
  [new RegExp(String.raw`^${SUBJECT_LABEL}\s*[:.;']`, 'i'), 'subject'],
  // Its colon lost, only in capitals before a subject in capitals (`SUBJECT DEPUTY SECRETARY'S MEETING …`), not prose (`SUBJECT TO NATIONALIST ATTACKS`, `… ON THE` / `SUBJECT BECAUSE OF THE CHICANERY …`).
  [/^SUBJECT\s+(?!(?:TO|OF|BECAUSE|AND|OR|BUT|AS|IF|WHEN|WHILE|SINCE|UNTIL|WAS|IS|ARE|WERE|WHICH|THAT|HAS|HAD|HAVE|WILL|WOULD|SHOULD|COULD|MAY|MIGHT|CAN)\s)(?=[A-Z]{2,}[\s'’])/, 'subject'],
  [/^REF(?:S|ERENCE|TELS?)?\s*:/i, 'ref'],
  // `TAGS: PREL, AM`, `Tags: prel`, `TAG: PTER`, the colon OCR'd `'`, and without a colon only in capitals before a code: `TAGS PREL PGOV`.
  [/^TAGS?\s*[:.;']/i, 'tags'],
  [/^TAGS\s+(?=[A-Z]{2,6}\b)/, 'tags'],
  // `TAG PTER, PGOV, …`: the singular, before a list of codes.
  [/^TAG\s+(?=[A-Z]{2,6}\s*,)/, 'tags'],
  // `E.O. 12958:`, `EO 12958 DECL`, `E.o. 12958`, the SMART `E.O.: 13526`, a stray full stop before it (`.E.O. 12356:`), its O OCR'd as a zero or a C (`E.0.12356:`, `E.C. 12958:`).
  [/^\.?E\.?\s?[OC0]\.?\s*:?\s*\d{5}\b/i, 'eo'],
  [/^(?:\([A-Z/]{1,6}\)\s*)?CLASSIFIED\s+BY\b/i, 'classifiedBy'],
  [/^MRN\s*:/i, 'mrn'],
  [/^(?:Date\s*\/\s*)?DTG\s*:/i, 'dtg'],
  [/^POST\s*:/, 'post'],
  // SMART writes its field names capitalised; `FROM:`, `ACTION:`, `INFO:` in capitals are routing lines of an older form.
  [/^From\s*:/, 'from'],
  [/^Action\s*:/, 'action'],
  [/^Info\s*:/, 'info'],
  [/^Captions\s*:/, 'captions'],
  [/^Signature\s*:/, 'signature'],
  [/^(?:Drafted|Cleared|Approved|Released)\s+By\s*:/, 'drafting'],
  // The last row of a SMART print's trailer (`Dissemination Rule:      Archive Copy`).
  [/^Dissemination\s+Rule\s*:/, 'drafting']
]

/**
 * Fields that can share a line (`E.O. 12958: DECL: 10/31/07 TAGS: PREL, AM`, `… DECL: 03/20/2019
 * TAG PTER, PGOV`, `POST: STATE DTG: … MRN: …`, as a publisher lowered it: `E.o. 12958: decl:
 * 01/07/2014 Tags: prel Subject: …`), and the text after a field on the line under it, where it
 * opens with a paragraph's marking and goes on in small letters (`REF: STATE 40380` / ` (SBU)
 * Poloff delivered …`): not a list of references in capitals (`(C) KROL-VERSHBOW 2/2/00`).
 */
export const FIELD_SPLIT = /(?<!\s)\s+(?=(?:TAGS|Tags|SUBJECT|Subject|SUBJ|REF|REFS|DTG|MRN)\s*:|TAGS?\s+[A-Z]{2,6}\s*,)|(?<=\n)(?=[^\S\n]*\((?:U|C|S|SBU|LOU)\)[^\S\n]+\p{Lu}[^\n]*\b\p{Ll}{3})/u

/** Lines of the routing block: originator, addressees, precedence and date-time group, sections, end marks. */
export const ROUTING: readonly RegExp[] = [
  /^(?:ORIGIN|FM|FROM|TO|INFO|ACTION|XMT|DISTR|DATE|BT|NNNN|#\d+)\b/,
  PRECEDENCE_LINE,
  /^SECTION\s+\d+\s+OF\s+\d+/,
  /\b(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b/
]

/**
 * A print's distribution line, which a POEMS print puts after the text with the routing
 * (`@INFO: CA(01) CMS(00)`, its `@` OCR'd `8`, `9`, `O` or `/`, `ACTION ARA-01`, `INFO LOG-00 OASY-00`, `ORIGIN NODS-00`, and the
 * office codes of a line it wraps to, `EB-01 TEDE-00 INR-00`, `E (01)`, `SS(00} SS(00)`): no line of the text.
 */
export const DISTRIBUTION_LINE = /^\s*(?:[@89O0/]\s*(?:INFO|ACTION)\s*:|(?:ACTION|INFO|ORIGIN)\s+[A-Z][A-Z0-9]{0,5}\s*-\s*[0-9O]{2}\b|(?:\S{1,2}\s+)?(?:[A-Z][A-Z0-9]{0,5}-[0O][0-9O]\s+){2}|(?:[A-Z][A-Z0-9]{0,5}\s?[({]\s?[0-9OQ]{2}\s?[)}!]\s*)+$)/

/** The field a line opens, if any (`subject`, `tags`, `telegram` …). */
export function fieldName(text: string): string | undefined {
  const trimmed = text.trim()
  return trimmed.length <= KEPT_LENGTH ? keptFieldName(trimmed) : fieldOf(trimmed)
}

function fieldOf(trimmed: string): string | undefined {
  return FIELDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? (telegramLine(trimmed.split('\n')[0] ?? '') ? 'telegram' : undefined)
}

/**
 * The field of each line asked so far: the stages ask of the same lines again and again (where
 * a copy starts, its body's words, the blocks, the pages, repeated telegrams), some 400 calls a
 * benchmark document, each of fifteen patterns and the telegram line. Only lines of a line's
 * usual length are kept.
 */
const keptFieldName = keptPerKey(fieldOf, 20_000)
const KEPT_LENGTH = 200

/** Is this text a header field or a routing line (used to find where a copy starts)? */
export function isHeaderLine(text: string): boolean {
  const trimmed = text.trim()
  return fieldName(trimmed) !== undefined || ROUTING.slice(0, 3).some((pattern) => pattern.test(trimmed))
}

/**
 * The running head of a continuation page of an older telegram: its number, date, local time
 * and sender (`2214, APRIL 9, 7 PM, FROM VIENNA`); groups: number, month, day, time, post.
 */
export const TELEGRAM_RUNNING_HEAD =
  /^\s*(?:-\s*\d+\s*-\s*)?(\d{2,5}),\s+([A-Z]+)\s+(\d{1,2}),?\s+(\d{1,2}(?::\d\d)?\s*(?:AM|PM|A\.M\.|P\.M\.)?|\d{4}Z?),\s+FROM\s+([A-Z][A-Z ]*[A-Z])\s*$/

/** The sender's local date and time on an incoming telegram form (`DATE: APRIL 9, 7 PM`); groups: month, day, time. */
export const DATE_LINE = /^DATE\s*:?\s+([A-Z]+)\s+(\d{1,2}),?\s+(\d{1,2}(?::\d\d)?\s*(?:AM|PM|A\.M\.|P\.M\.|NOON|MIDNIGHT))\b/i

/**
 * When the Department received an incoming telegram, from the form's `Rec'd:` cell: the date,
 * and the time the form has on the same or the next row (`Rec'd: APRIL 9, 1968` / `2:31 PM`);
 * groups: month, day, year, time.
 */
export const RECEIVED = /Rec'?d\s*:?\s*([A-Z]+)\s+(\d{1,2}),?\s+(\d{4})[^\n\d]*(?:\n[^\n\d]*)?(\d{1,2}:\d\d\s*(?:AM|PM|A\.M\.|P\.M\.))?/i

/**
 * `Classified by: EUR/UMB Director K. L. Petrakis. Reason: 1.5 (b), (d).`, and as Cablegate's
 * telegrams write it, `Classified By: Political Counselor Rick Mills for reasons 1.4 (b) and (d)`,
 * `…, Reasons 1.4 (b)` or `… -FOR REASONS 1.4(B)`; groups: by, reason.
 */
export const CLASSIFIED_BY = /^CLASSIFIED\s+BY\s*:?\s*(.*?)\s*[.,;-]?\s*(?:\b(?:for\s+)?Reasons?\s*:?\s*(.*?)\.?)?\s*$/is

/**
 * Primary subjects of the Department's subject-numeric central files (1963–1973), the first
 * element of a file number (`POL AUS-CZ`, `DEF 12-5 IRAN`): political and defence (POL, DEF,
 * CSM, INT), economic (E, AID, AV, FN, FT, INCO, LAB, PET, STR, TEL, TRA), administrative
 * (ORG, PER), consular (PPT, PS), culture, science and social (CUL, EDX, SCI, SOC).
 * See https://www.archives.gov/research/foreign-policy/state-dept/rg-59-central-files/1963-1973.
 */
export const FILE_SUBJECTS = ['POL', 'DEF', 'CSM', 'INT', 'E', 'AID', 'AV', 'FN', 'FT', 'INCO', 'LAB', 'PET', 'STR', 'TEL', 'TRA', 'ORG', 'PER', 'PPT', 'PS', 'CUL', 'EDX', 'SCI', 'SOC'] as const

/** A file number alone on its line: primary subject, optional subdivision, country or organisation. */
export const FILE_NUMBER = new RegExp(`^(?:${FILE_SUBJECTS.join('|')})(?:\\s+\\d+(?:-\\d+)*)?(?:\\s+[A-Z]{2,}(?:-[A-Z]{2,})*(?:\\s+[A-Z])?)+$`)

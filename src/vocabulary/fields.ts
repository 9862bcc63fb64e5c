/**
 * The header fields and routing lines of a telegram, as they open a line, in every layout a
 * release gives them: typed telegrams (`SUBJECT:`, `SUBJ:`, `TAGS` with or without colon and
 * commas, `E.O. 12958:`, `EO 12958`), SMART cables (`MRN:`, `Date/DTG:`, `From:`, `Action:`,
 * `Captions:`, `Reference:`, `Subject:` and the trailer `Signature:`, `Drafted By:` …), and
 * the Department's incoming cover sheet (`POST: STATE DTG: 090302Z NOV 96 MRN: 233819`).
 * This is what the structure stage names, what finds where a copy begins, and what the facts
 * are read from.
 */
import { PRECEDENCE_LINE, telegramLine } from './telegram.ts'

/** A field line and the field's name (`Block.name`). Case-insensitive unless the shape needs capitals. */
export const FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^SUBJ(?:ECT)?\s*[:.;]/i, 'subject'],
  [/^REF(?:S|ERENCE)?\s*:/i, 'ref'],
  // `TAGS: PREL, AM`, `Tags: prel`, and without a colon only in capitals before a code: `TAGS PREL PGOV`.
  [/^TAGS\s*[:.;]/i, 'tags'],
  [/^TAGS\s+(?=[A-Z]{2,6}\b)/, 'tags'],
  // `E.O. 12958:`, `EO 12958 DECL`, `E.o. 12958`, the SMART `E.O.: 13526`.
  [/^E\.?\s?O\.?\s*:?\s*\d{5}\b/i, 'eo'],
  [/^(?:\([A-Z/]{1,6}\)\s*)?CLASSIFIED\s+BY\b/i, 'classifiedBy'],
  [/^MRN\s*:/i, 'mrn'],
  [/^(?:Date\s*\/\s*)?DTG\s*:/i, 'dtg'],
  [/^POST\s*:/, 'post'],
  [/^From\s*:/i, 'from'],
  [/^Action\s*:/i, 'action'],
  [/^Info\s*:/i, 'info'],
  [/^Captions\s*:/i, 'captions'],
  [/^Signature\s*:/i, 'signature'],
  [/^(?:Drafted|Cleared|Approved|Released)\s+By\s*:/i, 'drafting']
]

/** Fields that can share a line (`E.O. 12958: DECL: 10/31/07 TAGS: PREL, AM`, `POST: STATE DTG: … MRN: …`). */
export const FIELD_SPLIT = /\s+(?=(?:TAGS|SUBJECT|SUBJ|REF|REFS|DTG|MRN)\s*:)/

/** Lines of the routing block: originator, addressees, precedence and date-time group, sections, end marks. */
export const ROUTING: readonly RegExp[] = [
  /^(?:ORIGIN|FM|FROM|TO|INFO|ACTION|XMT|DISTR|DATE|BT|NNNN|#\d+)\b/,
  PRECEDENCE_LINE,
  /^SECTION\s+\d+\s+OF\s+\d+/,
  /\b(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b/
]

/** The field a line opens, if any (`subject`, `tags`, `telegram` …). */
export function fieldName(text: string): string | undefined {
  const trimmed = text.trim()
  const named = FIELDS.find(([pattern]) => pattern.test(trimmed))?.[1]
  if (named) return named
  return telegramLine(trimmed.split('\n')[0] ?? '') ? 'telegram' : undefined
}

/** Is this text a header field or a routing line (used to find where a copy starts)? */
export function isHeaderLine(text: string): boolean {
  const trimmed = text.trim()
  return fieldName(trimmed) !== undefined || ROUTING.slice(0, 3).some((pattern) => pattern.test(trimmed))
}

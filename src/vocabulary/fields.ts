/**
 * The header fields and routing lines of a telegram, as they open a line: what the
 * structure stage names, what finds where a copy begins, and what the facts are read from.
 */
import { CLASSIFICATION_LEVELS } from './classifications.ts'

/** A field line and the field's name (`Block.name`). */
export const FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^SUBJ(?:ECT)?\s*:/i, 'subject'],
  [/^REFS?\s*:/i, 'ref'],
  [/^TAGS\s*:/i, 'tags'],
  [/^E\.\s?O\.\s*\d{4,5}/i, 'eo'],
  [/^CLASSIFIED\s+BY\b/i, 'classifiedBy'],
  [new RegExp(`^(?:${CLASSIFICATION_LEVELS.join('|')})\\s+[A-Z]+\\s+\\d{3,6}\\b`), 'telegram']
]

/** Fields that can share a line (`E.O. 12958: DECL: 10/31/07 TAGS: PREL, AM`). */
export const FIELD_SPLIT = /\s+(?=(?:TAGS|SUBJECT|SUBJ|REF|REFS)\s*:)/

/** Lines of the routing block: originator, addressees, precedence and date-time group, sections, end marks. */
export const ROUTING: readonly RegExp[] = [
  /^(?:ORIGIN|FM|FROM|TO|INFO|ACTION|XMT|DISTR|DATE|BT|NNNN|#\d+)\b/,
  /^[OPRZ](?:\s+[OPRZ])?\s+\d{6}Z(?:\s+[A-Z]{3}\s+\d{2})?\b/,
  /^SECTION\s+\d+\s+OF\s+\d+/,
  /\b(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b/
]

/** The field a line opens, if any (`subject`, `tags` …). */
export function fieldName(text: string): string | undefined {
  const trimmed = text.trim()
  return FIELDS.find(([pattern]) => pattern.test(trimmed))?.[1]
}

/** Is this text a header field or a routing line (used to find where a copy starts)? */
export function isHeaderLine(text: string): boolean {
  const trimmed = text.trim()
  return fieldName(trimmed) !== undefined || ROUTING.slice(0, 3).some((pattern) => pattern.test(trimmed))
}

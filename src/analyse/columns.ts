/**
 * A SMART header the OCR read by columns: its labels alone, one a line (`MRN:` / `Date/DTG:` /
 * `From:` / … / `Subject:`), then their values in the same order (`23 MEXICO 2544` / `Sep 16,
 * 2023 / 160150Z SEP 23` / `AMEMBASSY MEXICO` / …), as the scans of the Department's UAP
 * release were read. A field the print left empty (an `E.O.:` without its number, a
 * `Reference:` without references) has no line among the values, and a reference list has a
 * line per reference, so values are not counted off against labels: each label takes the next
 * value when it has that label's shape. The header is read only when every field a SMART
 * telegram always has (its MRN, date, sender, addressee and TAGS) finds its value; otherwise
 * nothing is read from it, and the fields are as their blocks give them.
 */
import { CAPTIONS } from '../vocabulary/classifications.ts'
import { isAddresseeLine, POST } from '../vocabulary/posts.ts'

/** The fields of a header read by columns, by field name (`mrn`, `subject` …): each its label and value as one line (`MRN: 23 MEXICO 2544`). */
export function columnFields(lines: readonly string[]): ReadonlyMap<string, string> {
  const start = lines.findIndex((line) => /^\s*MRN\s*:\s*$/i.test(line))
  if (start === -1) return NONE
  const labels: { name: string; label: string }[] = []
  let at = start
  for (; at < lines.length; at++) {
    const label = (lines[at] ?? '').trim()
    const name = LABELS.find(([pattern]) => pattern.test(label))?.[1]
    if (!name) break
    labels.push({ name, label })
  }
  const fields = new Map<string, string>()
  for (const { name, label } of labels) {
    const value = (lines[at] ?? '').trim()
    if (!SHAPES[name]?.(value)) {
      if (OPTIONAL.has(name)) continue
      return NONE
    }
    // A reference list goes on a line per reference (`A) 23 MEXICO 2468` / `B) 23 MEXICO 2166`), each lettered or numbered after the one before (a paragraph's marking, `(U) Mexico: …`, is none).
    let end = at + 1
    if (name === 'ref') while (end < lines.length && referenceMark(lines[end] ?? '') === nextMark(referenceMark(lines[end - 1] ?? ''))) end++
    fields.set(name, [label, ...lines.slice(at, end).map((line) => line.trim())].join(' '))
    at = end
  }
  return fields.has('subject') ? fields : NONE
}

const NONE: ReadonlyMap<string, string> = new Map()

/** SMART's labels, as the OCR reads them (`E.O:`, `E.O.:`). */
const LABELS: readonly (readonly [RegExp, string])[] = [
  [/^MRN\s*:$/i, 'mrn'],
  [/^Date\s*\/\s*DTG\s*:$/i, 'dtg'],
  [/^From\s*:$/i, 'from'],
  [/^Action\s*:$/i, 'action'],
  [/^Info\s*:$/i, 'info'],
  [/^E\.?\s?O\.?\s*:$/i, 'eo'],
  [/^TAGS\s*:$/i, 'tags'],
  [/^Captions\s*:$/i, 'captions'],
  [/^Reference\s*:$/i, 'ref'],
  [/^Subject\s*:$/i, 'subject'],
]

/** The fields a SMART print may leave empty. */
const OPTIONAL = new Set(['info', 'eo', 'captions', 'ref'])

/** The letter or number a reference line opens with (`B) 23 MEXICO 2166`: B; `(2) STATE 12345`: 2). */
function referenceMark(line: string): string | undefined {
  return /^\s*\(?([A-Z]|\d{1,2})\)\s+\S/.exec(line)?.[1]
}

/** The mark after a reference's (`A` → `B`, `9` → `10`). */
function nextMark(mark: string | undefined): string | undefined {
  if (mark === undefined) return undefined
  return /^\d+$/.test(mark) ? String(Number(mark) + 1) : String.fromCharCode(mark.charCodeAt(0) + 1)
}

/** SMART's captions: the handling captions, and `SENSITIVE` or `SBU` for sensitive but unclassified. */
const CAPTIONS_VALUE = new RegExp(`^(?:(?:${[...CAPTIONS, 'SENSITIVE', 'SBU'].join('|')})(?:[\\s,;/]+|$))+$`)

const addressed = (value: string): boolean => /\b(?:SECSTATE|WASHDC)\b/.test(value) || POST.test(value) || isAddresseeLine(value)

/** The shape of each field's value. The subject is whatever line comes where it does, but a label's. */
const SHAPES: Readonly<Record<string, (value: string) => boolean>> = {
  mrn: (value) => /^\d{2}\s+[A-Z][A-Z ]*[A-Z]\s+\d{1,6}$/.test(value),
  // `Sep 16, 2023 / 160150Z SEP 23`
  dtg: (value) => /\b\d{6}Z\b/i.test(value),
  from: addressed,
  action: addressed,
  info: addressed,
  // The order's number (`13526`) or none (`N/A`).
  eo: (value) => /^(?:\d{5}|N\/?A)$/i.test(value),
  // Codes apart by commas (`PGOV, PREL, ASEC`), or one: a subject in capitals has no commas between short words. Captions are none (`NOFORN`).
  tags: (value) => /^[A-Z][A-Z0-9]{1,5}(?:\s*[,;]\s*[A-Z][A-Z0-9]{1,5})*$/.test(value) && !CAPTIONS_VALUE.test(value),
  // `SENSITIVE`, `SBU NOFORN`
  captions: (value) => CAPTIONS_VALUE.test(value),
  // `A) 23 MEXICO 2468`, `(A) MOSCOW 13072 (B) TBILISI 3087`
  ref: (value) => referenceMark(value) === 'A' || referenceMark(value) === '1',
  subject: (value) => value !== '' && !LABEL_ALONE.test(value),
}

/** A form's label alone on its line (`Subject:`, `Date/DTG:`, `E.O.:`). */
export const LABEL_ALONE = /^[A-Za-z][\w./ ]{0,20}:\s*$/

/**
 * The signature of a SMART trailer read by columns (`Signature:` / `Drafted By:` / `Cleared By:`
 * / `Approved By:` / `SALAZAR` / `MEXICO: Moreno, Sergio A` / …): the first value under the
 * labels, a name in capitals. The later values are not read: a trailer clears with as many lines
 * as it has clearers.
 */
export function columnSignature(lines: readonly string[]): string | undefined {
  const start = lines.findIndex((line) => /^\s*Signature\s*:\s*$/i.test(line))
  if (start === -1) return undefined
  let at = start + 1
  while (at < lines.length && TRAILER_LABEL.test(lines[at] ?? '')) at++
  const value = (lines[at] ?? '').trim()
  return /^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}$/.test(value) ? value : undefined
}

/** A SMART trailer's label alone (`Drafted By:`, `Released By:`, `Info:`, `XMT:`). */
const TRAILER_LABEL = /^\s*(?:(?:Drafted|Cleared|Approved|Released)\s+By|Info|XMT)\s*:\s*$/i

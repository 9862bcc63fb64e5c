/**
 * What a released document is, as its own text shows it: the word the edition's subtitle opens
 * with (`Telegram from …`, `Memorandum of conversation`). A release mixes telegrams with the
 * records around them (memoranda of conversation, their cover sheets, letters, memos, e-mails),
 * and a subtitle calling each a telegram would state what the text does not. In this order:
 *
 * - a cover sheet (`COVER_SHEET_MARKERS`: a memcon's or a NODIS telegram's, a routing or
 *   transmittal slip) says so at its top and has no `FM` line: a file that goes on from a cover
 *   sheet into the telegram it covers is the telegram;
 * - a telegram has what the records around it do not: a telegram number, a date-time group, a
 *   SMART message reference, routing (sender or addressees) or a TAGS line (a draft has no
 *   number or date-time group yet, but its TAGS);
 * - a released e-mail (`From:` and `Sent:` headers in the copy text's furniture) that carries no
 *   telegram is an e-mail, whatever it forwards;
 * - else the opening lines (the first `OPENING_BLOCKS` blocks) name it: a memorandum of
 *   conversation, a memorandum (its heading, or its `To:` and `From:` lines), a letter (its
 *   salutation, outside a letter the text quotes);
 * - and a text that shows none of these is a document.
 */
import type { ReadFacts } from './facts.ts'
import { EMAIL_FIELD } from '../vocabulary/print.ts'
import { COVER_SHEET_MARKERS } from '../vocabulary/telegrams.ts'
import type { TextBlock } from './lemma.ts'

export type DocumentKind = 'Telegram' | 'Cover sheet' | 'E-mail' | 'Memorandum of conversation' | 'Memorandum' | 'Letter' | 'Document'

/** Blocks read for a heading: a record's kind is stated at its top, under the release's stamps. */
const OPENING_BLOCKS = 12

/** Headings that name a kind, in the order they are tried. */
const HEADINGS: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^(?:MEMORANDUM\s+OF\s+(?:TELEPHONE\s+)?CONVERSATION|MEMCON|TELCON|TELEPHONE\s+CONVERSATION\s+(?:BETWEEN|WITH))\b/i, 'Memorandum of conversation'],
  // A heading after its parties, in capitals (`TALBOTT/CHUBAIS MEMCON`; not a memo's list of attachments, `Tab A Memcon`).
  [/^[A-Z][A-Z/.\- ]{2,40}\s(?:MEMCON|TELCON)$/, 'Memorandum of conversation'],
  [/^(?:(?:ACTION|INFORMATION)\s+)?MEMORANDUM\b/i, 'Memorandum']
]

/** A letter's salutation on a line of its own (`Dear Mr. Secretary:`, `My dear Boris,`), wherever the OCR put the block's other lines; the name it greets. */
export const SALUTATION = /^(?:Dear|My dear)(?:\s+|[,.]\s*)(.{1,80}?)\s*[:,]$/

export function documentKind(facts: ReadFacts, blocks: readonly TextBlock[], furniture: readonly string[]): DocumentKind {
  const opening = blocks.slice(0, OPENING_BLOCKS)
  const coverSheet = opening.some((block) => COVER_SHEET_MARKERS.some((marker) => marker.test(block.text)))
  // A file that goes on into the telegram: its FM line, or a draft's TAGS (a draft has no FM line yet).
  if (coverSheet && facts.tags.length === 0 && !blocks.some((block) => block.kind === 'routing' && /^(?:FM|FROM)\s/m.test(block.text))) return 'Cover sheet'
  if (facts.telegram || facts.dateTime || facts.mrn || facts.from || facts.to.length > 0 || facts.tags.length > 0) return 'Telegram'
  if (isEmail(furniture)) return 'E-mail'
  const heading = kindHeading(blocks)
  if (heading) return heading.kind
  const lines = openingLines(blocks)
  if (lines.some((line) => /^To\s*:/i.test(line)) && lines.some((line) => /^From\s*:/i.test(line))) return 'Memorandum'
  if (opening.some((block) => !block.inLetter && block.text.split('\n').some((line) => SALUTATION.test(line.trim())))) return 'Letter'
  return 'Document'
}

/** A copy's furniture holds e-mail headers: a `From:` and a `Sent:` line. */
function isEmail(furniture: readonly string[]): boolean {
  const names = new Set(furniture.map((line) => EMAIL_FIELD.exec(line)?.[1]?.toLowerCase()))
  return names.has('from') && names.has('sent')
}

/** The opening lines of a text, trimmed: where a record states what it is and its date. */
export function openingLines(blocks: readonly TextBlock[]): string[] {
  return blocks.slice(0, OPENING_BLOCKS).flatMap((block) => block.text.split('\n').map((line) => line.trim()))
}

/** The heading among the opening lines that names a memorandum (`MEMORANDUM OF TELEPHONE CONVERSATION`), and the kind it names. */
export function kindHeading(blocks: readonly TextBlock[]): { line: string; kind: DocumentKind } | undefined {
  const lines = openingLines(blocks)
  for (const [pattern, kind] of HEADINGS) {
    const at = lines.findIndex((candidate) => pattern.test(candidate))
    const line = lines[at]
    // With the line it runs on to (`Telephone Conversation Between Acting Secretary Talbott` / `and Russian Deputy …`).
    const next = lines[at + 1]
    if (line !== undefined) return { line: next !== undefined && /^(?:and|with|of|on)\s/.test(next) ? `${line} ${next}` : line, kind }
  }
  return undefined
}

import type { Diagnostic } from '../source/errors.ts'
import type { StampType } from '../vocabulary/stamps.ts'

/**
 * The model every transform works on: a raw cable split into witnesses (copies), each a
 * sequence of blocks whose inline content points back into the raw file by offset.
 */

/** A piece of one furniture line: plain text, a stamp, or OCR markup kept for the record. */
export type FurniturePart =
  | { kind: 'text'; value: string }
  | { kind: 'stamp'; type: StampType; value: string }
  | { kind: 'artefact'; value: string }

/** What a furniture line is on the page (`fw/@type`). */
export type FurnitureType = 'header' | 'footer' | 'pageNum' | 'stamp'

/** A line of page furniture: banner, page number, stamp, telegram page header. */
export interface Furniture {
  type: FurnitureType
  /** `banner` (classification marking), `telegram` (PAGE nn header), `foia` … */
  subtype: string
  parts: FurniturePart[]
  /** 1-based raw line. */
  line: number
  offset: number
}

/** Inline content of a block, in reading order. */
export type Inline =
  | { kind: 'text'; value: string; offset: number; deleted: boolean }
  | { kind: 'artefact'; value: string; offset: number }
  | { kind: 'pb'; n: string; offset: number }
  | { kind: 'fw'; furniture: Furniture }
  | { kind: 'lb'; offset: number }

/** What a block is in the cable. Each maps to one TEI element (see src/tei/body.ts). */
export type BlockKind =
  | 'form' // the drafting/clearance form, kept as transcribed
  | 'routing' // ORIGIN, FM/TO/INFO, precedence and date-time group, addressee lines
  | 'caption' // EXDIS, NODIS, CEDAR, passing lines ("VIENNA FOR USDEL OSCE")
  | 'field' // SUBJECT, REF, TAGS, E.O., Classified by
  | 'p' // paragraph (numbered or not)
  | 'salute' // letter opener
  | 'closer' // letter closing formula
  | 'signed' // signature of letter or telegram
  | 'trailer' // "End Text."

export interface Block {
  kind: BlockKind
  /** Field name (`subject`, `ref`, `tags`, `eo`, `classifiedBy`, `telegram`, …) or paragraph number. */
  name?: string
  /** True inside a quoted letter (`begin text` … `End Text`). */
  inLetter: boolean
  /** The repeat the block belongs to (1, 2 … in the copy), inside `QUOTE … UNQUOTE` of a repeated telegram. */
  repeat?: number
  inlines: Inline[]
  line: number
}

/** A page break or furniture between blocks. */
export type Milestone = Extract<Inline, { kind: 'pb' } | { kind: 'fw' }>

export type BodyItem = { kind: 'block'; block: Block } | Milestone

/** One copy of the document. */
export interface Witness {
  siglum: string
  /** Short description for `<witness>`, e.g. "Drafting copy". */
  label: string
  /** Raw line ranges (inclusive) that make up the copy, in reading order. */
  lines: Array<[number, number]>
  body: BodyItem[]
}

/** How many words of a copy's text blocks (not its furniture) pass a test: its withheld marks, its OCR noise. */
export function countWords(witness: Witness, test: (word: string) => boolean): number {
  let count = 0
  for (const item of witness.body) {
    if (item.kind !== 'block') continue
    for (const inline of item.block.inlines) {
      if (inline.kind !== 'text') continue
      for (const word of inline.value.split(/\s+/)) if (test(word)) count++
    }
  }
  return count
}

/** A cable ready for the TEI writer. */
export interface CableDocument {
  /** `xml:id` of the TEI document, from the FOIA document number or the file name. */
  id: string
  file: string
  witnesses: Witness[]
  /** Siglum of the copy-text witness (lemma of substantive variants). */
  copyText: string
  warnings: Diagnostic[]
}

/**
 * The edition model: one typed, serialisable object per document, made once by the pipeline
 * (src/pipeline.ts) and consumed by every writer (TEI, site pages, citations). It holds
 * plain data only (no Maps, no object identity), so `JSON.parse(JSON.stringify(model))`
 * writes the same TEI: tokens are referred to by witness and index.
 */
import type { Segment, Variation } from '../collate/types.ts'
import type { Diagnostic } from '../source/errors.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import type { Facts } from '../analyse/facts.ts'
import type { DocumentEntities } from '../entities/index.ts'

/** A word of the copy text and where the other witnesses' agreeing words stand. */
export interface WordUnit {
  kind: 'word'
  /** Index of the word in the copy text's stream. */
  token: number
  /** The same word in each other witness: [siglum, token index]. */
  others: Array<[string, number]>
}

/** A point of variation, placed in the copy text's structure. */
export interface AppUnit {
  kind: 'app'
  variation: Variation
  /** The `xml:id` of its `app` (stable: from the witness, raw line and column of its first word). */
  id: string
  /** For one place of a moved passage: the ids of its other places (`app/@corresp`). */
  corresp?: string[]
}

export type TextUnit = WordUnit | AppUnit

/** One block of the copy text with the units it holds, and the passages other copies have after it. */
export interface EditedBlock {
  units: TextUnit[]
  /** Variations between this block and the next that hold whole blocks of other copies. */
  after: AppUnit[]
  /** The block's `xml:id` (the anchor of its URL), when it has words. */
  id?: string
}

/** The edited text: the copy text's blocks, each with its words and points of variation. */
export interface EditedText {
  /** Variations before the first block of the copy text. */
  leading: AppUnit[]
  /** Parallel to the copy text stream's `blocks`. */
  blocks: EditedBlock[]
}

/** A copy of the document as the edition describes it. */
export interface WitnessDescription {
  siglum: string
  /** Short description, e.g. "Drafting copy", "Telegram as transmitted". */
  label: string
  /** Raw line ranges (inclusive, 1-based) that make up the copy, in reading order. */
  lines: Array<[number, number]>
  /** The released file the lines are of, when the document is made of several files. */
  file?: string
  /** The copy's own identifiers, read from its own text and stamps. */
  foiaDoc?: string
  telegram?: string
  dateTime?: { text: string; when?: string }
}

/**
 * A record of the corpus that is not a copy of this document but belongs with it: a cover
 * sheet naming the same telegram, or a record the editor related to it (corpus/edition.json).
 */
export interface RelatedRecord {
  /** The related document's id (its TEI `xml:id`, and so its URL). */
  id: string
  title: string
  foiaDoc?: string
  telegram?: string
  /** Why the two belong together: `names the same telegram (STATE 233819)`, `stated by the editor`. */
  reason: string
}

/** A telegram this one repeats (`FOLLOWING STATE 127892 DATED … IS BEING REPEATED … QUOTE … UNQUOTE`). */
export interface RepeatedTelegram {
  /** The repeat's number in the copy text (`Block.repeat`), from 1. */
  n: number
  /** The repeated telegram's number (`STATE 127892`). */
  telegram?: string
  /** Its date or date-time group as the introduction gives it. */
  dated?: { text: string; when?: string }
  /** Its sender, from its number (`STATE` numbers are the Department's). */
  from?: string
  /** Its action and info addressees as the introduction names them. */
  action: string[]
  info: string[]
  /** The introduction as the repeating telegram words it. */
  intro: string
}

/** A gap for withheld text, before or after a token of a witness. */
export interface WithheldMark {
  where: 'before' | 'after'
  /** The exemptions printed at the place (`B1`, `1.4(B)`), normalised; none for `xxxxx`. */
  codes: string[]
  /** `paragraph` for a paragraph excised whole (only its number left). */
  unit?: 'paragraph'
}

/** Text withheld on release (`<gap reason="withheld">`). */
export interface Withheld {
  /** Gaps by token, key `siglum:index`. */
  marks: Record<string, WithheldMark>
  /** How many gaps the edited text shows (so many `<gap reason="withheld">` in the TEI). */
  count: number
  /** Every exemption the copies print, normalised, in order of first appearance. */
  exemptions: string[]
}

/** One released copy's release decision and the reviewers' stamps on it. */
export interface ReleaseRecord {
  witness: string
  /** `RELEASE IN FULL`, `RELEASE IN PART B1, 1.4(B)`, as stamped. */
  decision?: string
  /** Review and declassification authority stamps (`Declassification Authority: … 6/25/2019`). */
  reviews: Array<{ text: string; when?: string }>
}

/** Where a fact was read: the edited (lemma) text, or one witness's own text or stamps. */
export type Provenance = 'lemma' | { witness: string }

/** A correction or a `sic` mark on one token: key `siglum:index`. */
export type SicMarks = Record<string, { corr?: string }>

/** Everything about one document that a writer may need. */
export interface EditionModel {
  /** `TEI/@xml:id`, the document's id in URLs. */
  id: string
  /** The raw file it was made from, as the user named it. */
  file: string
  /** Sigla of the copy text (lemma of substantive variants). */
  copyText: string
  /** The copies as word streams (tokenise stage), in witness order. */
  streams: WitnessStream[]
  /** Collation output: agreements and typed variation points. */
  segments: Segment[]
  /** The edited text in the copy text's structure. */
  text: EditedText
  /** Header facts, read from the lemma, with where each was read. */
  facts: Facts
  provenance: Partial<Record<keyof Facts, Provenance>>
  title: string
  descriptions: WitnessDescription[]
  sic: SicMarks
  /** How many tokens got a correction from the editor's sidecar. */
  corrections: number
  /** Telegrams repeated inside this one, in the order of the copy text. */
  repeats: RepeatedTelegram[]
  /** Text withheld on release. */
  withheld: Withheld
  /** Each copy's release decision and review stamps. */
  releases: ReleaseRecord[]
  /** Records of the corpus that belong with this document (the build fills these in). */
  related: RelatedRecord[]
  /** People, places and organisations the text names (entities stage, src/entities). */
  entities: DocumentEntities
  warnings: Diagnostic[]
}

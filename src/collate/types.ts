/**
 * The contract between the witness model and the collation engine.
 *
 * The raw → model stage gives each witness as a flat stream of words (page furniture,
 * page breaks and structure are *not* in this stream: they stay witness-specific and are
 * spliced back by the TEI writer using `Token.index`). Collation aligns these streams and
 * returns an ordered list of segments in which every token of every witness appears
 * exactly once and in its witness's order.
 */

/** One word of one witness, as transcribed (diplomatic). */
export interface Token {
  /** Position of the token in its witness's stream (0-based, dense). */
  index: number
  /** The characters of the word as in the raw file, markup (`<del>`, `#`, `\_`) removed. */
  text: string
  /** True when the word is struck through (`<del>`) in this witness. */
  deleted: boolean
  /** 1-based line and column of the word's first character in the raw file. */
  line: number
  column: number
}

/** A witness (one copy of the document) as collation sees it. */
export interface WitnessTokens {
  /** Siglum, e.g. `A`; also the `xml:id` of the `<witness>`. */
  siglum: string
  tokens: Token[]
}

import type { VariantType } from '../vocabulary/variant-types.ts'

/** The kinds of variation, declared in the TEI header and used as `app/@type` (src/vocabulary). */
export type { VariantType }

/** One reading of a variation point: the witnesses that agree on it and their tokens. */
export interface Reading {
  /** Sigla of the witnesses that share this reading, in witness order. */
  witnesses: string[]
  /** Each witness's own tokens for this reading (possibly empty: an omission). */
  tokens: Record<string, Token[]>
}

/**
 * A stretch where all witnesses agree letter for letter (same `text` and `deleted`).
 * Differences that normalisation hides (case, homoglyphs) are `Variation`s of type `ocr`,
 * so that every witness's own text stays recoverable from the TEI.
 */
export interface Agreement {
  kind: 'agree'
  /** Each witness's own tokens for the stretch (same length in every witness). */
  tokens: Record<string, Token[]>
}

/** A point of variation: two or more readings. */
export interface Variation {
  kind: 'vary'
  type: VariantType
  /** Readings, grouped; `lemma` is the index into `readings` of the edition's lemma. */
  readings: Reading[]
  lemma: number
  /** Why the lemma was chosen: `copy-text` or `clean-reading` (OCR noise, lemma by the edition). */
  lemmaReason: 'copy-text' | 'clean-reading'
  /**
   * For a moved passage: a stable id shared by its two places (`tr-` + 8 hex digits, hashed
   * from the passage's words and the line:column of both places). Set on `transposition`
   * variants, and on `ocr` variants where OCR read a phrase out of order nearby.
   */
  transposition?: string
  /**
   * Stable key of the variation point, `siglum:line:column` of its first word in the copy
   * text (or, for an addition, in the first witness that has words here); the key of an
   * editor's type override (`CollateOptions.overrides`). Set by `collate`.
   */
  key?: string
}

export type Segment = Agreement | Variation

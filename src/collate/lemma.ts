/**
 * Choosing the lemma of a variation point, and its stable key.
 *
 * The copy text supplies the lemma of substantive, marking and transposition variants (the
 * classic copy-text principle: https://en.wikipedia.org/wiki/Copy-text). OCR noise is not a
 * reading of the document, so there the edition takes the clean reading, whichever copy has
 * it: the one whose words have the fewest signs of error (foreign script, odd characters,
 * words neither English, nor proper names, nor found in every copy). Ties go to the copy text.
 * Words the scanner read out of order are OCR noise too: there the lemma is the reading of the
 * copy in the clean order (`order.ts`), at both places of a move, so the edited text reads as
 * the author wrote it.
 */
import { wordReasons, type SuspectReason, type WordCheck } from '../suspects/index.ts'
import type { Token, Variation } from './types.ts'

/** How much each sign of error weighs against a reading. */
const weights: Readonly<Record<SuspectReason, number>> = {
  'mixed-script': 3,
  'foreign-script': 3,
  'odd-characters': 2,
  'unknown-word': 1
}

/** Penalty of a reading's tokens: the lower, the cleaner. */
export function readingScore(tokens: readonly Token[], check: WordCheck): number {
  let score = 0
  for (const token of tokens) for (const reason of wordReasons(token.text, check)) score += weights[reason]
  return score
}

/** Index of the lemma and why: the copy text's reading, or for `ocr` the cleanest reading. */
export function chooseLemma(
  variation: Variation,
  copyText: string,
  check: WordCheck,
  cleanOrder?: string
): Pick<Variation, 'lemma' | 'lemmaReason'> {
  const copy = Math.max(0, variation.readings.findIndex((reading) => reading.witnesses.includes(copyText)))
  if (variation.type !== 'ocr') return { lemma: copy, lemmaReason: 'copy-text' }
  const inOrder = cleanOrder === undefined ? -1 : variation.readings.findIndex((reading) => reading.witnesses.includes(cleanOrder))
  if (inOrder >= 0) return { lemma: inOrder, lemmaReason: 'clean-reading' }
  const scores = variation.readings.map((reading) => readingScore(reading.tokens[reading.witnesses[0] ?? ''] ?? [], check))
  let best = copy
  scores.forEach((score, index) => {
    if (score < (scores[best] ?? 0)) best = index
  })
  return { lemma: best, lemmaReason: 'clean-reading' }
}

/**
 * The stable key of a variation point, for an editor's sidecar: `siglum:line:column` of its
 * first word in the copy text, or, where the copy text has no words here (an addition), of
 * the first word of the first reading that has one. Tokens belong to exactly one segment, so
 * keys are unique; they depend only on the raw file, not on processing order or type.
 */
export function variationKey(variation: Variation, copyText: string, witnessOrder: readonly string[]): string {
  const own = variation.readings.find((reading) => reading.witnesses.includes(copyText))?.tokens[copyText]?.[0]
  if (own) return `${copyText}:${own.line}:${own.column}`
  for (const siglum of witnessOrder) {
    const token = variation.readings.find((reading) => reading.witnesses.includes(siglum))?.tokens[siglum]?.[0]
    if (token) return `${siglum}:${token.line}:${token.column}`
  }
  return `${copyText}:0:0`
}

/**
 * The collation engine: `collate` aligns the word streams of N witnesses and returns
 * segments (agreements and typed variation points with a lemma). A pure function: same
 * input, same output, no I/O but reading the English word list once.
 */
import { wordCheck } from '../suspects/index.ts'
import { isEnglishWord } from '../suspects/lexicon.ts'
import { alignWitnesses } from './align.ts'
import { classify } from './classify.ts'
import { CollationError } from './collation-error.ts'
import { chooseLemma, variationKey } from './lemma.ts'
import { keyMemo } from './normalise.ts'
import { resolveOptions, type CollateOptions } from './options.ts'
import type { Segment, WitnessTokens } from './types.ts'

export type * from './types.ts'
export type { CollateOptions } from './options.ts'
export type { NormaliseOptions } from './normalise.ts'
export { defaults, defaultMarkingPattern } from './options.ts'
export { normalise, normaliseDefaults, tokenKey, foldHomoglyphs, foldQuotes, homoglyphs } from './normalise.ts'
export { witnessTokensOf } from './align.ts'
export { editDistance } from './classify.ts'
export { variationKey } from './lemma.ts'
export { parseOverrides } from './overrides.ts'
export { CollationError } from './collation-error.ts'

/** Collate witnesses word by word: every token of every witness appears once, in order. */
export function collate(witnesses: readonly WitnessTokens[], options?: CollateOptions): Segment[] {
  const sigla = witnesses.map((witness) => witness.siglum)
  check(sigla, options)
  const settings = resolveOptions(options, sigla)
  const keyOf = keyMemo(settings.normalise)
  // Each token's normalised text, asked for once: alignment and attested words both need it.
  const words = witnesses.map((witness) => witness.tokens.map((token) => keyOf(token.text)))
  const { segments, movedOf } = alignWitnesses(witnesses, settings, keyOf, words)
  if (!segments.some((segment) => segment.kind === 'vary')) return segments

  const attested = attestedEverywhere(words)
  const isWord = settings.isWord ?? isEnglishWord
  const known = wordCheck({ names: settings.names, isWord: (word) => isWord(word) || attested.has(word) })
  for (const segment of segments) {
    if (segment.kind !== 'vary') continue
    segment.key = variationKey(segment, settings.copyText, sigla)
    const moved = movedOf.get(segment)
    const context = { settings, isWord, moved, copyText: settings.copyText, keyOf }
    segment.type = settings.overrides[segment.key] ?? classify(segment, context)
    Object.assign(segment, chooseLemma(segment, settings.copyText, known, moved?.clean))
  }
  return segments
}

/** Throw a `CollationError` for input no collation can be made of. */
function check(sigla: readonly string[], options: CollateOptions | undefined): void {
  if (sigla.length === 0) throw new CollationError('collate: no witnesses; give at least one')
  const seen = new Set<string>()
  for (const siglum of sigla) {
    if (seen.has(siglum)) throw new CollationError(`collate: siglum ${JSON.stringify(siglum)} is used twice; give each witness its own`)
    seen.add(siglum)
  }
  const copyText = options?.copyText
  if (copyText !== undefined && !seen.has(copyText)) {
    throw new CollationError(`collate: copy text ${JSON.stringify(copyText)} is not a witness; use one of ${sigla.join(', ')}`)
  }
}

/** Normalised words found in every witness: a misreading is rarely repeated in every copy. */
function attestedEverywhere(words: readonly string[][]): Set<string> {
  let common: Set<string> | undefined
  for (const list of words) {
    const own = new Set(list)
    common = common ? new Set([...common].filter((word) => own.has(word))) : own
  }
  return common ?? new Set()
}

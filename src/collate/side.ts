/**
 * One witness of a pairwise alignment, as the later stages of pairing see it (transpositions,
 * refinement, reading order): its tokens grouped into comparison units, and what a unit says
 * about the words and sentences around it.
 */
import { hasForeignLetter, isNearKey } from './similar.ts'
import type { Token } from './types.ts'
import type { Units } from './units.ts'

/** One witness of a pair. */
export interface Side {
  siglum: string
  tokens: readonly Token[]
  units: Units
}

/** The raw text of one unit (its tokens joined). */
export function textOf(side: Side, unit: number): string {
  const start = side.units.starts[unit] ?? 0
  const end = side.units.starts[unit + 1] ?? start
  return side.tokens.slice(start, end).map((token) => token.text).join('')
}

/** Whether unit `x` of one side and unit `y` of another are the same word, exactly or misread. */
export function sameUnit(one: Side, x: number, other: Side, y: number): boolean {
  const a = one.units.keys[x]
  const b = other.units.keys[y]
  if (a === undefined || b === undefined) return false
  if (a === b) return true
  return isNearKey(a, b, hasForeignLetter(textOf(one, x)) || hasForeignLetter(textOf(other, y)))
}

// Sentence-final punctuation, possibly inside closing quotes or brackets; not `Mr.`, `U.S.`.
const sentenceEnd = /[.!?]["'”’)\]]*$/u
const abbreviation = /^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|No|Messrs)\.$/iu

/** Whether a unit ends a sentence. */
export function endsSentence(side: Side, unit: number): boolean {
  const last = side.tokens[(side.units.starts[unit + 1] ?? 0) - 1]
  return last !== undefined && sentenceEnd.test(last.text) && !abbreviation.test(last.text)
}

/** Whether a unit starts a sentence, or a paragraph (it follows a blank line). */
export function startsSentence(side: Side, unit: number): boolean {
  if (unit <= 0) return true
  if (endsSentence(side, unit - 1)) return true
  const token = side.tokens[side.units.starts[unit] ?? 0]
  const previous = side.tokens[(side.units.starts[unit] ?? 0) - 1]
  return token !== undefined && previous !== undefined && token.line > previous.line + 1
}

/**
 * Comparison units: what alignment compares. A unit is usually one token; a word hyphenated
 * across a line or page break (`possi-` + `ble`) becomes one unit of two tokens when the
 * joined word is what another witness has (`possible`). The join is decided per witness
 * against the words of the others, so a break that every copy shares stays two tokens.
 */
import { markedKey } from './normalise.ts'
import type { Token } from './types.ts'

/** A witness's tokens grouped into comparison units. */
export interface Units {
  /** Comparison key of each unit. */
  keys: string[]
  /** Token index where each unit starts, plus a final entry equal to the token count. */
  starts: number[]
}

// A word broken at a line end: letters, then one hyphen (not `--`, not a bare `-`).
const brokenWord = /\p{L}-$/u

/** One unit per token: the cheap case (a single witness, or hyphenation off). */
export function singleUnits(keys: string[]): Units {
  const starts = new Array<number>(keys.length + 1)
  for (let index = 0; index <= keys.length; index++) starts[index] = index
  return { keys, starts }
}

/**
 * Group `tokens` into units, joining a hyphenated break when the joined word is in `others`;
 * `keyOf` normalises a text (`normalise` with the collation's options).
 */
export function buildUnits(
  tokens: readonly Token[],
  keys: string[],
  others: ReadonlySet<string>,
  keyOf: (text: string) => string
): Units {
  const unitKeys: string[] = []
  const starts: number[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]
    const next = tokens[index + 1]
    const key = keys[index] ?? ''
    starts.push(index)
    if (token && next && token.deleted === next.deleted && brokenWord.test(token.text)) {
      const joined = joinedKey(token, next, others, keyOf)
      if (joined !== undefined && !others.has(key)) {
        unitKeys.push(joined)
        index += 2
        continue
      }
    }
    unitKeys.push(key)
    index++
  }
  starts.push(tokens.length)
  return { keys: unitKeys, starts }
}

/** The key of `token` + `next` read as one word (`possible`, or `well-known`) if `others` has it. */
function joinedKey(token: Token, next: Token, others: ReadonlySet<string>, keyOf: (text: string) => string): string | undefined {
  // Line-end hyphens are usually soft (`possi-ble`), sometimes part of a compound (`well-known`).
  for (const text of [token.text.slice(0, -1) + next.text, token.text + next.text]) {
    const key = markedKey(keyOf(text), token.deleted)
    if (others.has(key)) return key
  }
  return undefined
}

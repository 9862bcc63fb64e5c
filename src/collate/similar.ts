/**
 * Near matches: two different comparison keys that are probably the same word, misread by a
 * scanner (`neggtiations` / `negotiations`, `rnodern` / `modern`, `т` / `I`). Alignment uses
 * this to pair such words before it pairs exact matches of common words, so that OCR damage
 * stays a one-word `ocr` variant beside a real omission instead of being swallowed by it.
 *
 * Only the *alignment* asks this question; whether a pair is scanner noise or a change of
 * wording (`PERRY` / `FERRY`) is decided afterwards by `classify.ts`.
 */
import { keptPerKey } from '../kept.ts'

/** Letter groups an OCR engine confuses, each folded to one form (`rn` and `m`, `v` and `y`…). */
const confusions: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/[y]/g, 'v'],
  [/[il1|!/]/g, 'l'],
  [/(?<=\p{L})0|0(?=\p{L})/gu, 'o'],
  [/(?<=\p{L})5|5(?=\p{L})/gu, 's']
]

/**
 * A key with confusable letter groups folded: what survives a scanner's usual mistakes. Kept
 * per key: alignment asks for the same words' skeletons again and again (each word against
 * every candidate of its stretch), and seven regular expressions a call were the largest cost
 * of collation (measured with `node --cpu-prof` on the bench corpus).
 */
export const ocrSkeleton = keptPerKey((key) => {
  let result = key
  for (const [pattern, replacement] of confusions) result = result.replace(pattern, replacement)
  return result
}, 50_000)

const nonLatinLetter = /[^\P{L}\p{Script=Latin}]/u

/** Whether a word holds a letter of another script: in an English cable, a misread Latin one. */
export function hasForeignLetter(text: string): boolean {
  return nonLatinLetter.test(text)
}

/**
 * Whether two different keys (`normalise.ts`) are near enough to be one word misread: the
 * same after folding OCR confusions, or a few edits apart in words of four letters or more
 * (about one edit in four letters). `foreign` says a raw text holds a non-Latin letter, which
 * makes even a one-letter pair (`I` / `т`) a near match.
 */
export function isNearKey(a: string, b: string, foreign = false): boolean {
  return nearByLength(a, b, foreign) ?? nearBySkeleton(a, b, ocrSkeleton(a), ocrSkeleton(b))
}

/** `isNearKey` where the keys' lengths alone decide, else `undefined`. */
export function nearByLength(a: string, b: string, foreign: boolean): boolean | undefined {
  if (a === b) return false
  const longest = Math.max(a.length, b.length)
  const shortest = Math.min(a.length, b.length)
  if (longest - shortest > Math.max(1, Math.floor(longest / 4))) return false
  if (foreign && longest <= 2) return true
  return undefined
}

/**
 * `isNearKey` of two keys its length test left open, given their skeletons (`ocrSkeleton`):
 * a caller comparing every word of a stretch with every other keeps each word's skeleton.
 */
export function nearBySkeleton(a: string, b: string, sa: string, sb: string): boolean {
  if (sa === sb) return true
  // Short words differ by one letter all the time (`was` / `has`, `the` / `he`): no evidence.
  if (Math.min(a.length, b.length) < 4) return false
  return boundedDistance(sa, sb, Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))) >= 0
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of adjacent letters) if it is at
 * most `limit`, else -1; rows stop early once every cell exceeds the limit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return -1
  const cols = b.length + 1
  // Three rows, reused across calls: no allocation per row or per call (the collector's time
  // was a fifth of collation's).
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)]
  let [twoBack, previous, row] = rows
  for (let j = 0; j < cols; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (twoBack[j - 2] as number) + 1)
      row[j] = value
      if (value < best) best = value
    }
    if (best > limit) return -1
    ;[twoBack, previous, row] = [previous, row, twoBack]
  }
  const distance = previous[cols - 1] as number
  return distance <= limit ? distance : -1
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

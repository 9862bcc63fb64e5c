/**
 * Near matches: two different comparison keys that are probably the same word, misread by a
 * scanner (`neggtiations` / `negotiations`, `rnodern` / `modern`, `т` / `I`). Alignment uses
 * this to pair such words before it pairs exact matches of common words, so that OCR damage
 * stays a one-word `ocr` variant beside a real omission instead of being swallowed by it.
 *
 * Only the *alignment* asks this question; whether a pair is scanner noise or a change of
 * wording (`PERRY` / `FERRY`) is decided afterwards by `classify.ts`.
 */

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

/** A key with confusable letter groups folded: what survives a scanner's usual mistakes. */
export function ocrSkeleton(key: string): string {
  let result = key
  for (const [pattern, replacement] of confusions) result = result.replace(pattern, replacement)
  return result
}

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
  if (a === b) return false
  const longest = Math.max(a.length, b.length)
  const shortest = Math.min(a.length, b.length)
  if (longest - shortest > Math.max(1, Math.floor(longest / 4))) return false
  if (foreign && longest <= 2) return true
  const sa = ocrSkeleton(a)
  const sb = ocrSkeleton(b)
  if (sa === sb) return true
  // Short words differ by one letter all the time (`was` / `has`, `the` / `he`): no evidence.
  if (shortest < 4) return false
  return boundedDistance(sa, sb, Math.max(1, Math.floor(longest / 4))) >= 0
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of adjacent letters) if it is at
 * most `limit`, else -1; rows stop early once every cell exceeds the limit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return -1
  const cols = b.length + 1
  let twoBack: number[] = []
  let previous = Array.from({ length: cols }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(cols).fill(0)
    row[0] = i
    let best = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (twoBack[j - 2] ?? 0) + 1)
      row[j] = value
      if (value < best) best = value
    }
    if (best > limit) return -1
    twoBack = previous
    previous = row
  }
  const distance = previous[cols - 1] ?? 0
  return distance <= limit ? distance : -1
}

/**
 * Align two sequences of comparison keys (the copy text and one other witness).
 *
 * Myers' O(ND) diff (the `diff` package, https://github.com/kpdecker/jsdiff) is exact but
 * its cost grows with the product of length and number of differences, which is quadratic
 * for long, very different texts. So, as in Bram Cohen's patience diff
 * (https://bramcohen.livejournal.com/73318.html), long ranges are first cut at *anchors*:
 * words that occur exactly once on each side, kept in the longest run in which they appear
 * in the same order (a longest increasing subsequence). Myers only ever runs between
 * anchors, on short ranges, and with a bounded edit length. Where no single word is unique
 * (long texts over a small vocabulary), runs of 2, 4 or 8 words serve as anchors instead.
 */
import { diffArrays } from 'diff'

/** A stretch where the copy text `[bs, be)` and the witness `[ws, we)` differ (either may be empty). */
export interface PairHunk {
  bs: number
  be: number
  ws: number
  we: number
}

/** Ranges up to this many keys (both sides together) go straight to Myers. */
const directLimit = 600
/**
 * Myers explores about (length × edits) cells: in a range without anchors it may explore this
 * many before we call the range one big change (so at most 2,000 edits on short ranges,
 * fewer on long ones).
 */
const myersBudget = 8_000_000

type Work = { kind: 'range'; as: number; ae: number; bs: number; be: number } | { kind: 'match'; a: number; b: number; count: number }

/** Where `base` and `witness` differ, in order, as hunks over their indices. */
export function alignPair(base: readonly string[], witness: readonly string[]): PairHunk[] {
  const hunks: PairHunk[] = []
  let lastA = 0
  let lastB = 0
  // Matches arrive in order; every gap between two consecutive matches is a hunk.
  const onMatch = (a: number, b: number, count: number): void => {
    if (count === 0) return
    if (a > lastA || b > lastB) hunks.push({ bs: lastA, be: a, ws: lastB, we: b })
    lastA = a + count
    lastB = b + count
  }
  const stack: Work[] = [{ kind: 'range', as: 0, ae: base.length, bs: 0, be: witness.length }]
  while (stack.length > 0) {
    const work = stack.pop()
    if (!work) break
    if (work.kind === 'match') onMatch(work.a, work.b, work.count)
    else for (const item of splitRange(base, witness, work).reverse()) stack.push(item)
  }
  if (base.length > lastA || witness.length > lastB) {
    hunks.push({ bs: lastA, be: base.length, ws: lastB, we: witness.length })
  }
  return hunks
}

/** Cut one range into matches and smaller ranges, in order. */
function splitRange(a: readonly string[], b: readonly string[], range: Work & { kind: 'range' }): Work[] {
  let { as, ae, bs, be } = range
  const out: Work[] = []
  let prefix = 0
  while (as + prefix < ae && bs + prefix < be && a[as + prefix] === b[bs + prefix]) prefix++
  if (prefix > 0) out.push({ kind: 'match', a: as, b: bs, count: prefix })
  as += prefix
  bs += prefix
  let suffix = 0
  while (ae - suffix > as && be - suffix > bs && a[ae - suffix - 1] === b[be - suffix - 1]) suffix++
  ae -= suffix
  be -= suffix
  const tail: Work[] = suffix > 0 ? [{ kind: 'match', a: ae, b: be, count: suffix }] : []
  if (as === ae || bs === be) return [...out, ...tail]

  const anchors = ae - as + (be - bs) > directLimit ? anchorsOf(a, b, as, ae, bs, be) : []
  if (anchors.length === 0) return [...out, ...myers(a, b, as, ae, bs, be), ...tail]
  let prevA = as
  let prevB = bs
  for (const [anchorA, anchorB, size] of anchors) {
    out.push({ kind: 'range', as: prevA, ae: anchorA, bs: prevB, be: anchorB })
    out.push({ kind: 'match', a: anchorA, b: anchorB, count: size })
    prevA = anchorA + size
    prevB = anchorB + size
  }
  out.push({ kind: 'range', as: prevA, ae, bs: prevB, be })
  return [...out, ...tail]
}

/** Myers diff of a range, bounded; a range too different to diff cheaply is one change. */
function myers(a: readonly string[], b: readonly string[], as: number, ae: number, bs: number, be: number): Work[] {
  const maxEditLength = Math.max(50, Math.min(2000, Math.floor(myersBudget / (ae - as + (be - bs)))))
  const changes = diffArrays(a.slice(as, ae), b.slice(bs, be), { maxEditLength })
  const out: Work[] = []
  if (!changes) return out
  let i = as
  let j = bs
  for (const change of changes) {
    if (change.added) j += change.count
    else if (change.removed) i += change.count
    else {
      out.push({ kind: 'match', a: i, b: j, count: change.count })
      i += change.count
      j += change.count
    }
  }
  return out
}

/**
 * Anchors of a range: single words unique on both sides or, in prose with few rare words,
 * runs of `size` words unique on both sides (2, 4, 8 words: longer runs are rarer).
 */
function anchorsOf(a: readonly string[], b: readonly string[], as: number, ae: number, bs: number, be: number): Array<[number, number, number]> {
  for (const size of [1, 2, 4, 8]) {
    const found = uniqueAnchors(a, b, as, ae, bs, be, size)
    // Enough anchors to cut the range into pieces Myers handles cheaply.
    if (found.length * directLimit >= Math.min(ae - as, be - bs) || size === 8) return found
  }
  return []
}

/** Runs of `size` keys unique on both sides, in the longest order-preserving, non-overlapping chain: [a, b, size]. */
export function uniqueAnchors(
  a: readonly string[],
  b: readonly string[],
  as: number,
  ae: number,
  bs: number,
  be: number,
  size = 1
): Array<[number, number, number]> {
  const gram = (list: readonly string[], at: number): string => (size === 1 ? (list[at] ?? '') : list.slice(at, at + size).join('\u0001'))
  // A position, or -1 once a gram is seen twice, so it is never an anchor.
  const inA = new Map<string, number>()
  for (let i = as; i + size <= ae; i++) {
    const key = gram(a, i)
    inA.set(key, inA.has(key) ? -1 : i)
  }
  const inB = new Map<string, number>()
  for (let j = bs; j + size <= be; j++) {
    const key = gram(b, j)
    if (inA.has(key)) inB.set(key, inB.has(key) ? -1 : j)
  }
  const pairs: Array<[number, number]> = []
  for (const [key, j] of inB) {
    const i = inA.get(key) ?? -1
    if (i >= 0 && j >= 0) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  const result: Array<[number, number, number]> = []
  let lastA = -1
  let lastB = -1
  for (const [i, j] of longestIncreasing(pairs)) {
    // Overlapping runs (consecutive grams of one shared passage) keep the first.
    if (i < lastA || j < lastB) continue
    result.push([i, j, size])
    lastA = i + size
    lastB = j + size
  }
  return result
}

/** Longest subsequence of `pairs` (sorted by first) whose second members increase (patience sorting). */
export function longestIncreasing(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tops: number[] = [] // index into pairs of the top card of each pile
  const previous = new Array<number>(pairs.length).fill(-1)
  for (let index = 0; index < pairs.length; index++) {
    const value = pairs[index]?.[1] ?? 0
    let low = 0
    let high = tops.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((pairs[tops[middle] ?? 0]?.[1] ?? 0) < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tops[low - 1] ?? -1
    tops[low] = index
  }
  const result: Array<[number, number]> = []
  let cursor = tops.length > 0 ? (tops[tops.length - 1] ?? -1) : -1
  while (cursor >= 0) {
    const pair = pairs[cursor]
    if (pair) result.push(pair)
    cursor = previous[cursor] ?? -1
  }
  return result.reverse()
}

/**
 * Refining an exact diff the way an editor would align the same words.
 *
 * A diff of exact keys (Myers, `pairwise.ts`) minimises the number of unmatched words, which
 * is not what an editor minimises. Where one copy omits a sentence just before a word the
 * scanner damaged in the other (`…the treaty. Ambassadr then said` / `Ambassador then said`),
 * the diff happily pairs an earlier `Ambassador` inside the omitted sentence and reports one
 * variation running from the omission into the damaged word. So around every stretch the diff
 * left unmatched we realign, in a small window, by score (Gotoh's affine-gap alignment,
 * https://doi.org/10.1016/0022-2836(82)90398-9):
 *
 * - an exact match of a meaningful word scores 3, of a short or function word 2, of a token
 *   without letters 1 (0.2 more when the texts are identical, not just the keys); a near match (`similar.ts`: the same word misread) scores 2.5, so it
 *   beats a function word but never a meaningful exact match on its own;
 * - an unmatched run costs 0.5 to open and 0.05 a word, and earns 0.75 at each end that is a
 *   sentence boundary, so an omitted sentence is reported as the sentence. In an unmatched
 *   stretch the copy text's run comes before the witness's, so each earns its bonus once.
 *
 * Near-matched words come out aligned (outside every hunk): collation then makes each a
 * one-word variation of its own, typed by `classify.ts`. Windows are bounded; a stretch too
 * big to realign cheaply keeps the diff's answer.
 */
import type { PairHunk } from './pairwise.ts'
import { endsSentence, startsSentence, textOf, type Side } from './side.ts'
import { hasForeignLetter, nearByLength, nearBySkeleton, ocrSkeleton } from './similar.ts'
import type { Hunk } from './transpositions.ts'
import { isSignificantWord } from './words.ts'

/** Matched words taken into a window on each side of the unmatched stretches. */
const context = 8
/** Largest window (base units × witness units) realigned; beyond it the diff stands. */
const maxCells = 90_000

const gapOpen = 0.5
const gapExtend = 0.05
const boundaryBonus = 0.75
const nearScore = 2.5
const sameTextBonus = 0.2
const joinDiscount = 0.05

/** Realign the plain hunks of one pair of witnesses; moved passages are kept as they are. */
export function refineHunks(base: Side, witness: Side, hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = []
  let index = 0
  // Where the previous window (or moved passage) ended: windows never overlap.
  let floorB = 0
  let floorW = 0
  while (index < hunks.length) {
    const first = hunks[index] as Hunk
    if (first.moved) {
      out.push(first)
      floorB = Math.max(floorB, first.be)
      floorW = Math.max(floorW, first.we)
      index++
      continue
    }
    // A cluster: plain hunks separated by fewer than 2 × context matched words.
    let last = index
    while (last + 1 < hunks.length) {
      const next = hunks[last + 1] as Hunk
      const current = hunks[last] as Hunk
      if (next.moved || next.bs - current.be > 2 * context || next.bs < current.be || next.ws < current.we) break
      last++
    }
    const lastHunk = hunks[last] as Hunk
    const following = hunks[last + 1]
    const before = Math.min(context, first.bs - floorB, first.ws - floorW)
    const after = Math.min(
      context,
      base.units.keys.length - lastHunk.be,
      witness.units.keys.length - lastHunk.we,
      following ? following.bs - lastHunk.be : Infinity,
      following ? following.ws - lastHunk.we : Infinity
    )
    const window = { bs: first.bs - Math.max(0, before), be: lastHunk.be + Math.max(0, after), ws: first.ws - Math.max(0, before), we: lastHunk.we + Math.max(0, after) }
    const realigned = (window.be - window.bs + 1) * (window.we - window.ws + 1) <= maxCells ? realign(base, witness, window) : undefined
    for (const hunk of realigned ?? hunks.slice(index, last + 1)) out.push(...cutAtParagraphs(base, witness, hunk).flatMap((part) => cutAtSentences(base, witness, part)))
    floorB = window.be
    floorW = window.we
    index = last + 1
  }
  return out
}

type Step = 'M' | 'D' | 'I'

/** The best-scoring alignment of a window as hunks (unmatched stretches) in window order. */
function realign(base: Side, witness: Side, window: PairHunk): Hunk[] {
  const n = window.be - window.bs
  const m = window.we - window.ws
  const cols = m + 1
  const score = pairScorer(base, witness, window)
  // Gap costs by position, computed once: opening before unit i, closing after unit i - 1.
  // Plain loops: `Float64Array.from` of an array-like calls back through the generic path.
  const opens = (side: Side, from: number, count: number): Float64Array => {
    const out = new Float64Array(count)
    for (let k = 0; k < count; k++) out[k] = -gapOpen - gapExtend + (startsSentence(side, from + k) ? boundaryBonus : 0)
    return out
  }
  const closes = (side: Side, from: number, count: number): Float64Array => {
    const out = new Float64Array(count + 1)
    for (let k = 1; k <= count; k++) out[k] = endsSentence(side, from + k - 1) ? boundaryBonus : 0
    return out
  }
  const openBase = opens(base, window.bs, n)
  const openWitness = opens(witness, window.ws, m)
  const closeBase = closes(base, window.bs, n)
  const closeWitness = closes(witness, window.ws, m)
  const openB = (i: number): number => openBase[i] ?? 0
  const openW = (j: number): number => openWitness[j] ?? 0
  const closeB = (i: number): number => closeBase[i] ?? 0
  const closeW = (j: number): number => closeWitness[j] ?? 0

  const size = (n + 1) * cols
  // Scores of the previous row and this one (a cell reads no further back): windows add up to
  // millions of cells a corpus, and whole score matrices were most of collation's allocation.
  let lastM = new Float64Array(cols)
  let lastD = new Float64Array(cols)
  let lastI = new Float64Array(cols)
  let M = new Float64Array(cols)
  let D = new Float64Array(cols)
  let I = new Float64Array(cols)
  // Back pointers, kept whole for the traceback: which state each cell came from (0 M, 1 D, 2 I).
  const fromM = new Uint8Array(size)
  const fromD = new Uint8Array(size)
  const fromI = new Uint8Array(size)
  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      const [oldM, oldD, oldI] = [lastM, lastD, lastI]
      lastM = M
      lastD = D
      lastI = I
      M = oldM
      D = oldD
      I = oldI
    }
    M.fill(-Infinity)
    D.fill(-Infinity)
    I.fill(-Infinity)
    if (i === 0) M[0] = 0
    for (let j = 0; j <= m; j++) {
      const at = i * cols + j
      if (i > 0 && j > 0) {
        const pair = score(i - 1, j - 1)
        if (pair > -Infinity) {
          const fromMatch = lastM[j - 1] as number
          const fromDeletion = (lastD[j - 1] as number) + closeB(i - 1)
          const fromInsertion = (lastI[j - 1] as number) + closeW(j - 1)
          const best = firstBest(fromMatch, fromDeletion, fromInsertion)
          M[j] = (best === 0 ? fromMatch : best === 1 ? fromDeletion : fromInsertion) + pair
          fromM[at] = best
        }
      }
      if (i > 0) {
        // Within one unmatched stretch the copy text's words come first (no insertion → deletion):
        // each side's run is then one run, and earns its sentence-boundary bonus once.
        const open = (lastM[j] as number) + openB(i - 1)
        const extend = (lastD[j] as number) - gapExtend
        const best = firstBest(open, extend)
        D[j] = best === 0 ? open : extend
        fromD[at] = best
      }
      if (j > 0) {
        // A replacement is one stretch: cheaper than an omission and an addition apart.
        const open = (M[j - 1] as number) + openW(j - 1)
        const join = (D[j - 1] as number) + closeB(i) + openW(j - 1) + joinDiscount
        const extend = (I[j - 1] as number) - gapExtend
        const best = firstBest(open, join, extend)
        I[j] = best === 0 ? open : best === 1 ? join : extend
        fromI[at] = best
      }
    }
  }
  let state = firstBest(M[m] as number, (D[m] as number) + closeB(n), (I[m] as number) + closeW(m))
  const steps: Step[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const at = i * cols + j
    if (state === 0) {
      steps.push('M')
      state = fromM[at] ?? 0
      i--
      j--
    } else if (state === 1) {
      steps.push('D')
      state = fromD[at] ?? 0
      i--
    } else {
      steps.push('I')
      state = fromI[at] ?? 0
      j--
    }
  }
  steps.reverse()
  return hunksOf(steps, window)
}

/** Unmatched runs of a step sequence as hunks, in window coordinates made absolute. */
function hunksOf(steps: readonly Step[], window: PairHunk): Hunk[] {
  const out: Hunk[] = []
  let i = window.bs
  let j = window.ws
  let open: Hunk | undefined
  for (const step of steps) {
    if (step === 'M') {
      if (open) out.push(open)
      open = undefined
      i++
      j++
      continue
    }
    open ??= { bs: i, be: i, ws: j, we: j }
    if (step === 'D') open.be = ++i
    else open.we = ++j
  }
  if (open) out.push(open)
  return out
}

/** Score of aligning base unit `i` with witness unit `j` of the window (-Infinity: not a pair). */
function pairScorer(base: Side, witness: Side, window: PairHunk): (i: number, j: number) => number {
  // The inner loop reads numbers only: the keys of both sides numbered together (one number, one
  // key), their texts likewise, and each key's length, exact score and foreign letters by number.
  const keys = new Numbering()
  const texts = new Numbering()
  const { key: keyB, text: textB, foreign: foreignB } = numberedUnits(base, window.bs, window.be, keys, texts)
  const { key: keyW, text: textW, foreign: foreignW } = numberedUnits(witness, window.ws, window.we, keys, texts)
  const distinct = keys.list.length
  // Plain loops: `Int32Array.from` with a callback takes the generic path.
  const length = new Int32Array(distinct)
  const exact = new Float64Array(distinct)
  keys.list.forEach((key, id) => {
    length[id] = key.length
    exact[id] = exactScore(key)
  })
  // Whether two keys are near is asked once per pair of distinct keys (and foreign letters or
  // not), not once per cell: the answers a byte each (0 not yet asked, 1 near, 2 not).
  const answers = new Uint8Array(distinct * distinct * 2)
  // Each distinct key's skeleton, made when first asked.
  const skeletons = new Array<string | undefined>(distinct)
  const skeleton = (id: number): string => (skeletons[id] ??= ocrSkeleton(keys.list[id] as string))
  return (i, j) => {
    const a = keyB[i] as number
    const b = keyW[j] as number
    // The same text letter for letter beats the same key (`5.` with `5.`, not with `(5.)-`).
    if (a === b) return (exact[a] as number) + (textB[i] === textW[j] ? sameTextBonus : 0)
    const foreign = (foreignB[i] as number) | (foreignW[j] as number)
    // Most pairs differ in length too much to be one word: no need to look closer (`>> 2` is
    // the quarter rounded down, without a division in every cell of the window).
    if (foreign === 0) {
      const la = length[a] as number
      const lb = length[b] as number
      if ((la > lb ? la - lb : lb - la) > Math.max(1, (la > lb ? la : lb) >> 2)) return -Infinity
    }
    const at = (a * distinct + b) * 2 + foreign
    if (answers[at] === 0) {
      const keyA = keys.list[a] as string
      const keyOther = keys.list[b] as string
      const near = nearByLength(keyA, keyOther, foreign === 1) ?? nearBySkeleton(keyA, keyOther, skeleton(a), skeleton(b))
      answers[at] = near ? 1 : 2
    }
    return answers[at] === 1 ? nearScore : -Infinity
  }
}

/** The units `[from, to)` of a side: each one's key and text by number, and whether its text has a foreign letter (1). */
function numberedUnits(side: Side, from: number, to: number, keys: Numbering, texts: Numbering): { key: Int32Array; text: Int32Array; foreign: Uint8Array } {
  const key = new Int32Array(to - from)
  const text = new Int32Array(to - from)
  const foreign = new Uint8Array(to - from)
  for (let k = 0; k < to - from; k++) {
    key[k] = keys.of(side.units.keys[from + k] ?? '')
    const own = textOf(side, from + k)
    text[k] = texts.of(own)
    foreign[k] = hasForeignLetter(own) ? 1 : 0
  }
  return { key, text, foreign }
}

/** Strings numbered in order of first appearance. */
class Numbering {
  readonly list: string[] = []
  private readonly numbers = new Map<string, number>()

  of(value: string): number {
    let number = this.numbers.get(value)
    if (number === undefined) this.numbers.set(value, (number = this.list.push(value) - 1))
    return number
  }
}

function exactScore(key: string): number {
  if (!/[\p{L}\p{N}]/u.test(key)) return 1
  return isSignificantWord(key) ? 3 : 2
}

/**
 * Which of two or three scores is highest, the first at a tie (0, 1 or 2): the alignment's
 * inner loop asks this three times a cell, and an array per question made most of
 * collation's garbage.
 */
function firstBest(a: number, b: number, c = -Infinity): number {
  if (c > a && c > b) return 2
  return b > a ? 1 : 0
}

/**
 * Cut an unmatched stretch where both copies start a numbered paragraph in it (`… / 8.` against
 * `… 7.`): what differs before the number and the renumbered paragraph are two points.
 */
function cutAtParagraphs(base: Side, witness: Side, hunk: Hunk): Hunk[] {
  const b = firstParagraph(base, hunk.bs, hunk.be)
  const w = firstParagraph(witness, hunk.ws, hunk.we)
  if (b === undefined || w === undefined || (b === hunk.bs && w === hunk.ws)) return [hunk]
  return [{ bs: hunk.bs, be: b, ws: hunk.ws, we: w }, ...cutAtParagraphs(base, witness, { bs: b, be: hunk.be, ws: w, we: hunk.we })]
}

/** The first unit of `[from, to)` that opens a numbered paragraph: `7.` first on its line. */
function firstParagraph(side: Side, from: number, to: number): number | undefined {
  for (let unit = from; unit < to; unit++) {
    const at = side.units.starts[unit] ?? 0
    const token = side.tokens[at]
    const previous = side.tokens[at - 1]
    if (token && /^\d{1,3}\.$/u.test(token.text) && (previous === undefined || previous.line < token.line)) return unit
  }
  return undefined
}

/**
 * Cut off whole sentences only one side has (`10. THIS CABLE HAS BEEN CLEARED BY D STAFF.
 * HORAN` against `CHRISTOPHER`): an omitted sentence and the changed word beside it are two
 * points. The cut leaves about as many words on both sides.
 */
function cutAtSentences(base: Side, witness: Side, hunk: Hunk): Hunk[] {
  const nb = hunk.be - hunk.bs
  const nw = hunk.we - hunk.ws
  if (nb >= nw + 3 && nw > 0) {
    const cut = sentenceCut(base, hunk.bs, hunk.be, nw)
    if (cut?.prefix) return [{ bs: hunk.bs, be: cut.at, ws: hunk.ws, we: hunk.ws }, { bs: cut.at, be: hunk.be, ws: hunk.ws, we: hunk.we }]
    if (cut) return [{ bs: hunk.bs, be: cut.at, ws: hunk.ws, we: hunk.we }, { bs: cut.at, be: hunk.be, ws: hunk.we, we: hunk.we }]
  }
  if (nw >= nb + 3 && nb > 0) {
    const cut = sentenceCut(witness, hunk.ws, hunk.we, nb)
    if (cut?.prefix) return [{ bs: hunk.bs, be: hunk.bs, ws: hunk.ws, we: cut.at }, { bs: hunk.bs, be: hunk.be, ws: cut.at, we: hunk.we }]
    if (cut) return [{ bs: hunk.bs, be: hunk.be, ws: hunk.ws, we: cut.at }, { bs: hunk.be, be: hunk.be, ws: cut.at, we: hunk.we }]
  }
  return [hunk]
}

/** Where whole sentences at the start (`prefix`) or end of `[from, to)` leave about `other` words. */
function sentenceCut(side: Side, from: number, to: number, other: number): { at: number; prefix: boolean } | undefined {
  let best: { at: number; prefix: boolean; left: number } | undefined
  for (let at = from + 1; at < to; at++) {
    if (!endsSentence(side, at - 1) || !startsSentence(side, at)) continue
    const options = [
      { at, prefix: true, left: to - at, whole: startsSentence(side, from) },
      { at, prefix: false, left: at - from, whole: endsSentence(side, to - 1) }
    ]
    for (const option of options) {
      if (!option.whole || option.left > other + 2) continue
      if (!best || Math.abs(option.left - other) < Math.abs(best.left - other)) best = option
    }
  }
  return best
}


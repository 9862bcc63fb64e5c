/**
 * Transpositions: words that one copy has in another order. A plain diff reports a move as an
 * omission here and an addition there; an apparatus should say "moved" (TEI Guidelines 12.2.2,
 * https://tei-c.org/release/doc/tei-p5-doc/en/html/TC.html#TCAPTR). Two shapes:
 *
 * - a **move**: a passage of `minWords`+ words stands elsewhere in the other copy. Its two
 *   places become two variation points sharing one id. We look for the same run of words in
 *   the copy-text side of one hunk and the witness side of another (seeded by an exact n-gram
 *   index, so the search stays linear; extended over near matches, so OCR damage inside the
 *   passage does not cut it). Of a passage and the words it jumped over, the shorter is the
 *   one called moved (`A B C` / `C A B`: `C` moved, not `A B`).
 * - a **swap**: within a few words, the same words in another order that is no single move
 *   (`Aliyev and Ter-Petrossian` / `Ter-Petrossian and Aliyev`). One variation point.
 *
 * Runs made only of short common words (`of the`) are never moved passages: they recur
 * everywhere and moving them means nothing. Whether a reordering is the scanner's reading
 * order or the author's is decided by `order.ts`.
 */
import type { PairHunk } from './pairwise.ts'
import type { Token } from './types.ts'
import { cleanOrder } from './order.ts'
import { sameUnit, type Side } from './side.ts'
import { isSignificantPassage } from './words.ts'
import { fnv1a } from '../hash.ts'

/** One reordering: shared by both places of a move, or held by the one place of a swap. */
export interface Moved {
  /** Stable id: a hash of the passage's words and the positions of its places. */
  id: string
  /** `move`: one of two linked places; `swap`: the same words reordered in one place. */
  kind: 'move' | 'swap'
  /** How many copy-text words the passage jumped over. */
  distance: number
  /** Siglum of the copy in the author's order, when the other copy's order is the scanner's. */
  clean?: string
}

/** A hunk, possibly one place of a transposition. */
export interface Hunk extends PairHunk {
  moved?: Moved
}

/** What the search is allowed to call a transposition. */
export interface MoveSettings {
  /** Fewest words of a moved passage. */
  minWords: number
  /** Largest span (copy-text words) of a swap, and of a reordering that may be reading order. */
  window: number
}

interface Cut {
  start: number
  end: number
  moved: Moved
}

/** Most places a run of words may occur in the witness's hunks and still locate a moved passage. */
const maxCandidates = 16

/** Moves, then swaps, each marked `moved` and typed as reading order or not. */
export function findTranspositions(base: Side, witness: Side, hunks: readonly PairHunk[], settings: MoveSettings): Hunk[] {
  const moved = preferShorterMoves(base, witness, findMoves(base, witness, hunks, settings.minWords), settings.minWords)
  const result = findSwaps(base, witness, moved, settings.window)
  for (const [first, second] of movePairs(result)) {
    const region = { bs: Math.min(first.bs, second.bs), be: Math.max(first.be, second.be), ws: Math.min(first.ws, second.ws), we: Math.max(first.we, second.we) }
    if (first.moved && first.moved.distance <= settings.window) setClean(first.moved, cleanOrder(base, witness, region))
  }
  return result
}

function setClean(moved: Moved, clean: string | undefined): void {
  if (clean !== undefined) moved.clean = clean
}

/** Both places of each move, found by their shared `Moved`. */
function movePairs(hunks: readonly Hunk[]): Array<[Hunk, Hunk]> {
  const seen = new Map<Moved, Hunk>()
  const pairs: Array<[Hunk, Hunk]> = []
  for (const hunk of hunks) {
    if (hunk.moved?.kind !== 'move') continue
    const other = seen.get(hunk.moved)
    if (other) pairs.push([other, hunk])
    else seen.set(hunk.moved, hunk)
  }
  return pairs
}

/** Split `hunks` so that every moved passage is a hunk of its own, marked `moved`. */
function findMoves(base: Side, witness: Side, hunks: readonly PairHunk[], minWords: number): Hunk[] {
  const join = '\u0001'
  const grams = new Map<string, Array<{ hunk: number; at: number }>>()
  hunks.forEach((hunk, index) => {
    for (let at = hunk.ws; at + minWords <= hunk.we; at++) {
      const gram = witness.units.keys.slice(at, at + minWords).join(join)
      const list = grams.get(gram)
      if (list) list.push({ hunk: index, at })
      else grams.set(gram, [{ hunk: index, at }])
    }
  })
  if (grams.size === 0) return [...hunks]

  const baseCuts = new Map<number, Cut[]>()
  const witnessCuts = new Map<number, Cut[]>()
  const usedWitness = new Set<number>()
  hunks.forEach((from, fromIndex) => {
    let at = from.bs
    while (at + minWords <= from.be) {
      const gram = base.units.keys.slice(at, at + minWords).join(join)
      let best: { hunk: number; at: number; length: number } | undefined
      const candidates = grams.get(gram) ?? []
      // A run found in many places says nothing about where a passage went (and costs time).
      for (const candidate of candidates.length > maxCandidates ? [] : candidates) {
        if (candidate.hunk === fromIndex || usedWitness.has(candidate.at)) continue
        const to = hunks[candidate.hunk]
        if (!to) continue
        let length = minWords
        while (
          at + length < from.be &&
          candidate.at + length < to.we &&
          !usedWitness.has(candidate.at + length) &&
          sameUnit(base, at + length, witness, candidate.at + length)
        ) {
          length++
        }
        if (!best || length > best.length) best = { ...candidate, length }
      }
      const passage = base.units.keys.slice(at, at + (best?.length ?? 0))
      const to = best ? hunks[best.hunk] : undefined
      if (!best || !to || !isSignificantPassage(passage)) {
        at++
        continue
      }
      const moved = movedAt(base, witness, at, best.at, passage, distanceOf(at, at + passage.length, to.bs))
      push(baseCuts, fromIndex, { start: at, end: at + best.length, moved })
      push(witnessCuts, best.hunk, { start: best.at, end: best.at + best.length, moved })
      for (let used = best.at; used < best.at + best.length; used++) usedWitness.add(used)
      at += best.length
    }
  })

  const result: Hunk[] = []
  hunks.forEach((hunk, index) => {
    result.push(...splitHunk(hunk, baseCuts.get(index) ?? [], witnessCuts.get(index) ?? []))
  })
  return result
}

/** Copy-text words between a passage at `[from, end)` and the point `target` it moved to. */
function distanceOf(from: number, end: number, target: number): number {
  return target >= end ? target - end : Math.max(0, from - target)
}

function push(map: Map<number, Cut[]>, key: number, cut: Cut): void {
  const list = map.get(key)
  if (list) list.push(cut)
  else map.set(key, [cut])
}

/** A `Moved` for a passage at copy-text unit `from` and witness unit `to`: its id hashes both places. */
function movedAt(base: Side, witness: Side, from: number, to: number, passage: readonly string[], distance: number, kind: Moved['kind'] = 'move'): Moved {
  const baseToken = base.tokens[base.units.starts[from] ?? 0]
  const witnessToken = witness.tokens[witness.units.starts[to] ?? 0]
  const place = (siglum: string, token: Token | undefined): string => `${siglum}:${token?.line ?? 0}:${token?.column ?? 0}`
  const id = 'tr-' + fnv1a(`${passage.join(' ')}|${place(base.siglum, baseToken)}|${place(witness.siglum, witnessToken)}`)
  return { id, kind, distance }
}

/**
 * A passage `M` moved over a stretch `J` (`M J` / `J M`) is the same as `J` moved over `M`;
 * the diff keeps the longer one matched only when the texts are short enough to diff whole.
 * Say the shorter one moved, as an editor would, when it is long enough to be a passage.
 */
function preferShorterMoves(base: Side, witness: Side, hunks: Hunk[], minWords: number): Hunk[] {
  const out = [...hunks]
  for (let index = 0; index + 1 < out.length; index++) {
    const first = out[index] as Hunk
    const second = out[index + 1] as Hunk
    if (!first.moved || first.moved !== second.moved) continue
    const passage = first.be - first.bs + (first.we - first.ws)
    const jumped = second.bs - first.be
    if (jumped >= passage || jumped < minWords || second.ws - first.we !== jumped) continue
    const baseFirst = first.be > first.bs && first.we === first.ws && second.bs === second.be && second.we > second.ws
    const witnessFirst = first.we > first.ws && first.be === first.bs && second.be > second.bs && second.ws === second.we
    if (!baseFirst && !witnessFirst) continue
    const jumpedKeys = base.units.keys.slice(first.be, second.bs)
    if (!isSignificantPassage(jumpedKeys)) continue
    // `M J` (copy text) against `J M'` (witness): match M with M', and J moves the other way.
    const moved = movedAt(base, witness, first.be, first.we, jumpedKeys, passage)
    const replaced: Hunk[] = baseFirst
      ? [
          { bs: first.bs, be: first.bs, ws: first.ws, we: second.ws, moved },
          { bs: first.be, be: second.bs, ws: second.we, we: second.we, moved }
        ]
      : [
          { bs: first.bs, be: second.bs, ws: first.ws, we: first.ws, moved },
          { bs: second.be, be: second.be, ws: first.we, we: second.ws, moved }
        ]
    out.splice(index, 2, ...replaced)
    index++
  }
  return out
}

/**
 * Swaps: a run of consecutive plain hunks, within `window` copy-text words, whose words on
 * the two sides are the same (exactly or misread) in another order. They become one hunk.
 */
function findSwaps(base: Side, witness: Side, hunks: readonly Hunk[], window: number): Hunk[] {
  const out: Hunk[] = []
  let index = 0
  while (index < hunks.length) {
    const first = hunks[index] as Hunk
    let found = -1
    if (!first.moved) {
      for (let last = index + 1; last < hunks.length; last++) {
        const hunk = hunks[last] as Hunk
        if (hunk.moved || hunk.be - first.bs > window || hunk.we - first.ws > window) break
        if (sameWords(base, witness, { bs: first.bs, be: hunk.be, ws: first.ws, we: hunk.we })) {
          found = last
          break
        }
      }
    }
    if (found < 0) {
      out.push(first)
      index++
      continue
    }
    const last = hunks[found] as Hunk
    const region = { bs: first.bs, be: last.be, ws: first.ws, we: last.we }
    const moved = movedAt(base, witness, region.bs, region.ws, base.units.keys.slice(region.bs, region.be), 0, 'swap')
    setClean(moved, cleanOrder(base, witness, region))
    out.push({ ...region, moved })
    index = found + 1
  }
  return out
}

/** Whether a region holds the same words on both sides (as a multiset, misreadings paired), and says something. */
function sameWords(base: Side, witness: Side, region: PairHunk): boolean {
  if (region.be - region.bs !== region.we - region.ws || region.be - region.bs < 2) return false
  const keys = base.units.keys.slice(region.bs, region.be)
  if (!isSignificantPassage(keys)) return false
  const unused = new Set<number>()
  for (let w = region.ws; w < region.we; w++) unused.add(w)
  const leftover: number[] = []
  for (let b = region.bs; b < region.be; b++) {
    const exact = [...unused].find((w) => witness.units.keys[w] === base.units.keys[b])
    if (exact === undefined) leftover.push(b)
    else unused.delete(exact)
  }
  for (const b of leftover) {
    const near = [...unused].find((w) => sameUnit(base, b, witness, w))
    if (near === undefined) return false
    unused.delete(near)
  }
  // Not a reordering when every word stands where it stood (the hunks were misreadings).
  return keys.some((_, offset) => !sameUnit(base, region.bs + offset, witness, region.ws + offset))
}

/** Alternate plain and moved pieces of one side `[start, end)`. */
function pieces(start: number, end: number, cuts: readonly Cut[]): Array<{ start: number; end: number; moved?: Moved }> {
  const out: Array<{ start: number; end: number; moved?: Moved }> = []
  let at = start
  for (const cut of [...cuts].sort((x, y) => x.start - y.start)) {
    if (cut.start > at) out.push({ start: at, end: cut.start })
    out.push({ start: cut.start, end: cut.end, moved: cut.moved })
    at = cut.end
  }
  if (end > at) out.push({ start: at, end })
  return out
}

/**
 * Cut a hunk at its moved passages, keeping both sides in order. What is left of the other
 * side is paired with the first plain piece, so `x P → y` stays a replacement `x → y` plus `P`.
 */
function splitHunk(hunk: PairHunk, baseCuts: readonly Cut[], witnessCuts: readonly Cut[]): Hunk[] {
  if (baseCuts.length === 0 && witnessCuts.length === 0) return [hunk]
  const out: Hunk[] = []
  if (witnessCuts.length === 0) {
    const parts = pieces(hunk.bs, hunk.be, baseCuts)
    const partner = parts.findIndex((part) => !part.moved)
    if (partner < 0 && hunk.we > hunk.ws) out.push({ bs: hunk.bs, be: hunk.bs, ws: hunk.ws, we: hunk.we })
    parts.forEach((part, index) => {
      const ws = partner >= 0 && index <= partner ? hunk.ws : hunk.we
      const we = index === partner ? hunk.we : ws
      out.push(withMoved({ bs: part.start, be: part.end, ws, we }, part.moved))
    })
    return out
  }
  if (baseCuts.length === 0) {
    const parts = pieces(hunk.ws, hunk.we, witnessCuts)
    const partner = parts.findIndex((part) => !part.moved)
    if (partner < 0 && hunk.be > hunk.bs) out.push({ bs: hunk.bs, be: hunk.be, ws: hunk.ws, we: hunk.ws })
    parts.forEach((part, index) => {
      const bs = partner >= 0 && index <= partner ? hunk.bs : hunk.be
      const be = index === partner ? hunk.be : bs
      out.push(withMoved({ bs, be, ws: part.start, we: part.end }, part.moved))
    })
    return out
  }
  // Both sides hold moved passages (rare): the witness's pieces first, then the copy text's.
  for (const part of pieces(hunk.ws, hunk.we, witnessCuts)) {
    out.push(withMoved({ bs: hunk.bs, be: hunk.bs, ws: part.start, we: part.end }, part.moved))
  }
  for (const part of pieces(hunk.bs, hunk.be, baseCuts)) {
    out.push(withMoved({ bs: part.start, be: part.end, ws: hunk.we, we: hunk.we }, part.moved))
  }
  return out
}

function withMoved(hunk: PairHunk, moved: Moved | undefined): Hunk {
  return moved ? { ...hunk, moved } : hunk
}

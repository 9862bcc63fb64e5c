/**
 * Transpositions: a passage that one copy has in another place. A plain diff reports it as an
 * omission here and an addition there; an apparatus should say "moved" (TEI Guidelines 12.2.2
 * and `listTranspose`, https://tei-c.org/release/doc/tei-p5-doc/en/html/TC.html#TCAPTR).
 *
 * We look for the same run of at least `minWords` words (exact after normalisation) in the
 * copy-text side of one hunk and the witness side of another, using an index of word n-grams
 * so the search stays linear in the size of the hunks. Runs made only of short common words
 * (`of the`, `and in the`) are ignored: they recur everywhere and moving them means nothing.
 */
import type { PairHunk } from './pairwise.ts'
import type { Token } from './types.ts'
import type { Units } from './units.ts'
import { fnv1a } from '../hash.ts'

/** The two places of one moved passage share this. */
export interface Moved {
  /** Stable id: a hash of the passage's words and the positions of both its places. */
  id: string
  /** How many copy-text words the passage jumped over (small = OCR reading order noise). */
  distance: number
}

/** A hunk, possibly one place of a transposition. */
export interface Hunk extends PairHunk {
  moved?: Moved
}

/** One witness of a pair, as transposition search needs it. */
export interface Side {
  siglum: string
  tokens: readonly Token[]
  units: Units
}

interface Cut {
  start: number
  end: number
  moved: Moved
}

// Function words that never make a transposition on their own.
const stopwords = new Set(
  ('a an and are as at be but by for from had has have he her his i if in is it its not of on or our ' +
    'she so that the their them they this to was we were which will with would you your').split(' ')
)

/** Most places a run of words may occur in the witness's hunks and still locate a moved passage. */
const maxCandidates = 16

/** Whether a run of keys says enough to be called a moved passage. */
export function isSignificantPassage(keys: readonly string[]): boolean {
  return keys.some((key) => /\p{L}{3}/u.test(key) && !stopwords.has(key))
}

/** Split `hunks` so that every moved passage is a hunk of its own, marked `moved`. */
export function findTranspositions(base: Side, witness: Side, hunks: readonly PairHunk[], minWords: number): Hunk[] {
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
          base.units.keys[at + length] === witness.units.keys[candidate.at + length]
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
      const moved = movedId(base, witness, at, best.at, passage, to)
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

function push(map: Map<number, Cut[]>, key: number, cut: Cut): void {
  const list = map.get(key)
  if (list) list.push(cut)
  else map.set(key, [cut])
}

/** The id and jump distance of a passage at copy-text unit `from` and witness unit `to`. */
function movedId(base: Side, witness: Side, from: number, to: number, passage: string[], toHunk: PairHunk): Moved {
  const baseToken = base.tokens[base.units.starts[from] ?? 0]
  const witnessToken = witness.tokens[witness.units.starts[to] ?? 0]
  const place = (siglum: string, token: Token | undefined): string => `${siglum}:${token?.line ?? 0}:${token?.column ?? 0}`
  const id = 'tr-' + fnv1a(`${passage.join(' ')}|${place(base.siglum, baseToken)}|${place(witness.siglum, witnessToken)}`)
  // The witness side sits somewhere in the target hunk; its copy-text position is that hunk's.
  const target = toHunk.bs
  const end = from + passage.length
  const distance = target >= end ? target - end : Math.max(0, from - target)
  return { id, distance }
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

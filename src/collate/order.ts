/**
 * Reading order: is a reordering the author's (a real transposition) or the scanner's (OCR read
 * a line or a phrase out of place)? A scanner's misordering leaves traces an editor looks for;
 * we look for two, in the words around and inside the reordered stretch:
 *
 * 1. **A broken sentence.** Where one order joins a sentence end to a word in lower case
 *    (`…in view. that, if…`) and the other order joins nothing that way, the first order is
 *    the scanner's. (Text in capitals has no lower case, so this never fires there.)
 * 2. **Whole lines.** Where every reordered piece of one copy is a whole raw line (it starts
 *    a line and ends one) and the pieces of the other copy are not, the first copy's lines
 *    were read in the wrong order, as when OCR reads a form's rows column by column
 *    (`(U) DATE:` / `(U) TIME:` / `SATURDAY, OCTOBER 19, 1996` / `0656 EDT`).
 *
 * When neither trace is found, both orders read well and the reordering is the author's: a
 * transposition, whose lemma is the copy text's (`classify.ts`, `lemma.ts`).
 */
import type { PairHunk } from './pairwise.ts'
import { endsSentence, sameUnit, type Side } from './side.ts'

/** The siglum of the copy whose order is clean when the other's is a scanner's, else `undefined`. */
export function cleanOrder(base: Side, witness: Side, region: PairHunk): string | undefined {
  const brokenBase = brokenJunctions(base, region.bs, region.be, witness, region.ws, region.we)
  const brokenWitness = brokenJunctions(witness, region.ws, region.we, base, region.bs, region.be)
  if (brokenBase > 0 && brokenWitness === 0) return witness.siglum
  if (brokenWitness > 0 && brokenBase === 0) return base.siglum
  const linesBase = inWholeLines(base, region.bs, region.be, witness, region.ws, region.we)
  const linesWitness = inWholeLines(witness, region.ws, region.we, base, region.bs, region.be)
  if (linesBase && !linesWitness) return witness.siglum
  if (linesWitness && !linesBase) return base.siglum
  return undefined
}

/**
 * Junctions of `side` around and inside units `[start, end)` that the other copy does not
 * have, counted where a sentence end is followed by a word in lower case.
 */
function brokenJunctions(side: Side, start: number, end: number, other: Side, otherStart: number, otherEnd: number): number {
  const theirs = new Set(junctions(other, otherStart, otherEnd).map(([x, y]) => pairKey(other, x, y)))
  let broken = 0
  for (const [x, y] of junctions(side, start, end)) {
    if (theirs.has(pairKey(side, x, y))) continue
    if (endsSentence(side, x) && startsLowerCase(side, y)) broken++
  }
  return broken
}

/** Adjacent unit pairs from the unit before `start` to the unit after `end`. */
function junctions(side: Side, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let unit = Math.max(0, start - 1); unit < Math.min(end, side.units.keys.length - 1); unit++) out.push([unit, unit + 1])
  return out
}

function pairKey(side: Side, x: number, y: number): string {
  return `${side.units.keys[x] ?? ''}\u0001${side.units.keys[y] ?? ''}`
}

function startsLowerCase(side: Side, unit: number): boolean {
  const text = side.tokens[side.units.starts[unit] ?? 0]?.text ?? ''
  const letter = /\p{L}/u.exec(text)?.[0]
  return letter !== undefined && letter !== letter.toUpperCase()
}

/**
 * Whether the stretch `[start, end)` of `side`, cut into the pieces that stand together in the
 * other copy, is made of two or more pieces that are each whole raw lines.
 */
function inWholeLines(side: Side, start: number, end: number, other: Side, otherStart: number, otherEnd: number): boolean {
  const partner = partners(side, start, end, other, otherStart, otherEnd)
  const cuts: number[] = [start]
  for (let unit = start + 1; unit < end; unit++) {
    const previous = partner[unit - 1 - start]
    const current = partner[unit - start]
    if (previous === undefined || current === undefined || current !== previous + 1) cuts.push(unit)
  }
  if (cuts.length < 2) return false
  cuts.push(end)
  for (let index = 0; index + 1 < cuts.length; index++) {
    if (!startsLine(side, cuts[index] ?? 0) || !endsLine(side, (cuts[index + 1] ?? 0) - 1)) return false
  }
  return true
}

/** For each unit of `[start, end)`, the unit of the other copy's stretch holding the same word. */
function partners(side: Side, start: number, end: number, other: Side, otherStart: number, otherEnd: number): Array<number | undefined> {
  const used = new Set<number>()
  const out: Array<number | undefined> = []
  for (let unit = start; unit < end; unit++) {
    let found: number | undefined
    for (let candidate = otherStart; candidate < otherEnd && found === undefined; candidate++) {
      if (!used.has(candidate) && other.units.keys[candidate] === side.units.keys[unit]) found = candidate
    }
    for (let candidate = otherStart; candidate < otherEnd && found === undefined; candidate++) {
      if (!used.has(candidate) && sameUnit(side, unit, other, candidate)) found = candidate
    }
    if (found !== undefined) used.add(found)
    out.push(found)
  }
  return out
}

function startsLine(side: Side, unit: number): boolean {
  const at = side.units.starts[unit] ?? 0
  const token = side.tokens[at]
  const previous = side.tokens[at - 1]
  return token !== undefined && (previous === undefined || previous.line < token.line)
}

function endsLine(side: Side, unit: number): boolean {
  const at = (side.units.starts[unit + 1] ?? 0) - 1
  const token = side.tokens[at]
  const next = side.tokens[at + 1]
  return token !== undefined && (next === undefined || next.line > token.line)
}

/**
 * Tidy a pairwise alignment before moved passages are looked for. A minimal diff has many
 * equally short forms, and Myers picks one without regard to meaning: it may keep a lone
 * `the` of a moved paragraph matched with the `The` of another, and it may place an added
 * run anywhere among repeated words (`-- We hope …` or `hope … -- We`). Both hide a moved
 * passage from `findTranspositions`, which needs the same words on both sides. So, as in
 * diff-match-patch's semantic cleanup (https://github.com/google/diff-match-patch/wiki/API,
 * `diff_cleanupSemantic`), a short match of function words between two larger changes is
 * made part of them, and, as in Git's compaction of changes, a run only one side has is slid
 * as far back as the same words allow, so an addition and an omission of one passage read
 * alike.
 */
import type { PairHunk } from './pairwise.ts'
import { isSignificantPassage } from './words.ts'

/** Longest match of function words that cleanup may dissolve. */
const maxLooseMatch = 2
/** A dissolved match must be this many times smaller than the changes on both sides of it. */
const looseRatio = 3

/** The hunks of `alignPair(base, witness)`, tidied. */
export function tidyHunks(hunks: readonly PairHunk[], base: readonly string[], witness: readonly string[]): PairHunk[] {
  return slideBack(dissolveLooseMatches(hunks, base, witness), base, witness)
}

function size(hunk: PairHunk): number {
  return Math.max(hunk.be - hunk.bs, hunk.we - hunk.ws)
}

/** Merge two changes across a short match of function words between them, then trim what still matches at the ends. */
function dissolveLooseMatches(hunks: readonly PairHunk[], base: readonly string[], witness: readonly string[]): PairHunk[] {
  const out: PairHunk[] = []
  for (const hunk of hunks) {
    const previous = out[out.length - 1]
    const gap = previous ? hunk.bs - previous.be : 0
    const loose =
      previous !== undefined &&
      gap > 0 &&
      gap <= maxLooseMatch &&
      size(previous) >= looseRatio * gap &&
      size(hunk) >= looseRatio * gap &&
      !isSignificantPassage(base.slice(previous.be, hunk.bs))
    if (loose && previous) out[out.length - 1] = trim({ bs: previous.bs, be: hunk.be, ws: previous.ws, we: hunk.we }, base, witness)
    else out.push({ ...hunk })
  }
  return out.filter((hunk) => hunk.be > hunk.bs || hunk.we > hunk.ws)
}

/** A merged change without the words both sides still share at its start and end. */
function trim(hunk: PairHunk, base: readonly string[], witness: readonly string[]): PairHunk {
  let { bs, be, ws, we } = hunk
  while (bs < be && ws < we && base[bs] === witness[ws]) {
    bs++
    ws++
  }
  while (be > bs && we > ws && base[be - 1] === witness[we - 1]) {
    be--
    we--
  }
  return { bs, be, ws, we }
}

/**
 * Slide each run only one side has (an addition or an omission) back over the words it is
 * preceded by and ends with, so it starts where the repeated words first allow; a run that
 * comes to touch the change before it joins it.
 */
function slideBack(hunks: readonly PairHunk[], base: readonly string[], witness: readonly string[]): PairHunk[] {
  const out: PairHunk[] = []
  for (const original of hunks) {
    let hunk = { ...original }
    const previous = out[out.length - 1]
    const floorB = previous?.be ?? 0
    const floorW = previous?.we ?? 0
    if (hunk.ws === hunk.we) {
      while (hunk.bs > floorB && hunk.ws > floorW && base[hunk.bs - 1] === base[hunk.be - 1]) {
        hunk = { bs: hunk.bs - 1, be: hunk.be - 1, ws: hunk.ws - 1, we: hunk.we - 1 }
      }
    } else if (hunk.bs === hunk.be) {
      while (hunk.ws > floorW && hunk.bs > floorB && witness[hunk.ws - 1] === witness[hunk.we - 1]) {
        hunk = { bs: hunk.bs - 1, be: hunk.be - 1, ws: hunk.ws - 1, we: hunk.we - 1 }
      }
    }
    if (previous && hunk.bs === previous.be && hunk.ws === previous.we) out[out.length - 1] = { bs: previous.bs, be: hunk.be, ws: previous.ws, we: hunk.we }
    else out.push(hunk)
  }
  return out
}

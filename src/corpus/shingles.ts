/**
 * How much of its text one released file shares with another: word shingles (runs of five
 * words, Broder 1997, https://doi.org/10.1109/SEQUEN.1997.666900) of the body only, that
 * is the text blocks of every copy the file holds, without routing, header fields, forms,
 * captions, page furniture and stamps (none of which is text two copies need share), with
 * case, punctuation, numbers and redaction marks left out. Two files are compared by
 * containment: the share of the smaller file's shingles the other has, so that a draft, a
 * copy missing a page, a repeat with its introduction or a resend with a paragraph dropped
 * still measures as a copy.
 */
import { witnessBlocks } from '../analyse/lemma.ts'
import type { EditionModel } from '../edition/model.ts'
import type { BlockKind } from '../model/document.ts'

/** Words in a shingle. */
export const SHINGLE_WORDS = 5

/** Blocks that carry the text, not its routing, fields, drafting form or captions. */
const BODY: ReadonlySet<BlockKind> = new Set(['p', 'salute', 'closer', 'signed', 'trailer'])

/** The body shingles of a file's edition model (all its copies). */
export function bodyShingles(model: EditionModel): Set<string> {
  const words = model.streams.flatMap((stream) =>
    witnessBlocks(stream)
      .filter((block) => BODY.has(block.kind))
      .flatMap((block) => block.text.split(/\s+/))
  )
  return shingles(words)
}

/** Shingles of a word list, each word normalised for comparison. */
export function shingles(words: readonly string[]): Set<string> {
  const normal = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')).filter((w) => w.length > 1 && !/^\d+$/.test(w) && !/^x{4,}$/.test(w))
  const out = new Set<string>()
  for (let i = 0; i + SHINGLE_WORDS <= normal.length; i++) out.add(normal.slice(i, i + SHINGLE_WORDS).join(' '))
  return out
}

/** The share of the smaller set's shingles that the other set has (0 when either is empty). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const shingle of small) if (large.has(shingle)) shared++
  return shared / small.size
}

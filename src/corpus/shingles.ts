/**
 * How much of its text one released file shares with another: word shingles (runs of five
 * words, Broder 1997, https://doi.org/10.1109/SEQUEN.1997.666900) of the body only, that
 * is the text blocks of every copy the file holds, without routing, header fields, forms,
 * captions, page furniture and stamps (none of which is text two copies need share), with
 * case, punctuation, numbers and redaction marks left out. Two files are compared by
 * containment: the share of the smaller file's shingles the other has, so that a draft, a
 * copy missing a page, a repeat with its introduction or a resend with a paragraph dropped
 * still measures as a copy. A shingle is kept as a 32-bit hash of its words (FNV-1a,
 * http://www.isthe.com/chongo/tech/comp/fnv/): grouping holds every file's shingles at once,
 * and as strings they were most of a large build's memory; two shingles of a corpus sharing a
 * hash by chance shift a share by a few parts in a billion. A file's shingles are a sorted
 * `Uint32Array` without repeats (4 bytes a shingle; a `Set` of numbers took several times that),
 * compared by merging.
 */
import { witnessBlocks } from '../analyse/lemma.ts'
import type { EditionModel } from '../edition/model.ts'
import type { BlockKind } from '../model/document.ts'

/** Words in a shingle. */
export const SHINGLE_WORDS = 5

/** Blocks that carry the text, not its routing, fields, drafting form or captions. */
const BODY: ReadonlySet<BlockKind> = new Set(['p', 'salute', 'closer', 'signed', 'trailer'])

/** The body shingles of a file's edition model (all its copies). */
export function bodyShingles(model: EditionModel): Uint32Array {
  return shingles(model.streams.flatMap((stream) => witnessBlocks(stream).flatMap((block) => (BODY.has(block.kind) ? [block.text] : []))))
}

/**
 * Shingles of the words of some texts (each split at white space), each word normalised for
 * comparison: in lower case, without what is neither letter nor digit. A text is normalised
 * whole before it is split (one pass of the pattern over a paragraph, not one per word: this
 * was 1.4 s of a 1,000-document build); as white space is kept, the words are the same.
 */
export function shingles(texts: readonly string[]): Uint32Array {
  const normal = texts.flatMap((text) => normalised(text).split(/\s+/)).filter(isShingleWord)
  const hashes = new Uint32Array(Math.max(0, normal.length - SHINGLE_WORDS + 1))
  for (let i = 0; i < hashes.length; i++) hashes[i] = fnv1aWords(normal, i, SHINGLE_WORDS)
  return shingleSet(hashes)
}

/**
 * A text in lower case without what is neither letter, digit nor white space. A text of ASCII
 * (most are) by plain ranges, which are those classes there, in a third of the time.
 */
function normalised(text: string): string {
  const lower = text.toLowerCase()
  return /^[\x00-\x7f]*$/.test(lower) ? lower.replace(/[^a-z0-9\s]+/g, '') : lower.replace(/[^\p{L}\p{N}\s]+/gu, '')
}

/** A normalised word that counts: two characters or more, not a number, not a redaction mark (`xxxx`). */
function isShingleWord(word: string): boolean {
  if (word.length < 2) return false
  // Only a word that starts with a digit or an x can be either (a pattern per word cost more than the hashing).
  const first = word.charCodeAt(0)
  if (first !== 0x78 && (first < 0x30 || first > 0x39)) return true
  return !/^\d+$/.test(word) && !/^x{4,}$/.test(word)
}

/** Shingle hashes as a file's shingles: sorted (in place), each once. */
function shingleSet(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.sort()
  let kept = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] as number
  return sorted.slice(0, kept)
}

/**
 * 32-bit FNV-1a of the UTF-16 code units of `count` words from `from` joined by spaces, unsigned:
 * the hash of `words.slice(from, from + count).join(' ')` without making that string (a string a
 * shingle was most of the time shingles took).
 */
function fnv1aWords(words: readonly string[], from: number, count: number): number {
  let hash = 0x811c9dc5
  for (let k = from; k < from + count; k++) {
    if (k > from) hash = Math.imul(hash ^ 0x20, 0x01000193)
    const word = words[k] as string
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  }
  return hash >>> 0
}

/** The share of the smaller file's shingles that the other has (0 when either has none). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length)
  if (smaller === 0) return 0
  let shared = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) shared++
    if (x <= y) i++
    if (y <= x) j++
  }
  return shared / smaller
}

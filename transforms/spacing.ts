import { keptPerKey } from '../src/kept.ts'
import { isEnglishWord, longestEnglishWord, WORDS_KEPT } from '../src/suspects/lexicon.ts'
import { POST_PLACES } from '../src/vocabulary/posts.ts'
import { TAGS } from '../src/vocabulary/tags.ts'

/**
 * A text layer without spaces between words (`One functionthatis to come under my officeis`):
 * some PDF text layers lose the spaces of whole pages. The words are kept as the layer has them
 * (the edition transcribes, it does not re-segment); the file gets one warning, so that an
 * editor knows why words are missing from the apparatus and the search. A word counts as run
 * together when it is no English word but splits into English words of two letters or more;
 * the layer is flagged when at least `MIN_JOINED` different such words make up `MIN_SHARE` of its
 * words (a name the lexicon lacks, repeated, is one word: `GUANTANAMO`).
 */
const MIN_JOINED = 5
const MIN_SHARE = 0.03

/** Warn once when the text has lost the spaces between many of its words. */
export function checkSpacing(text: string, warn: (offset: number, message: string) => void): void {
  const { words, joined } = runTogetherWords(text)
  const first = joined[0]
  const different = new Set(joined.map((run) => run.word.toLowerCase())).size
  if (first && different >= MIN_JOINED && joined.length >= words * MIN_SHARE) {
    warn(first.offset, `the text layer has lost the spaces between words (${joined.length} words such as "${first.word}"): they are kept as written, and are not split`)
  }
}

/**
 * The words of a text, as `/\p{L}[\p{L}'’]*\/gu` matches them (a letter, then letters and
 * apostrophes), counted, and those of ten ASCII letters or more that are English words run
 * together. Scanned by code point rather than matched: every file goes through this, and a
 * match object per word cost 2 % of a build.
 */
export function runTogetherWords(text: string): { words: number; joined: Array<{ word: string; offset: number }> } {
  let words = 0
  const joined: Array<{ word: string; offset: number }> = []
  let at = 0
  while (at < text.length) {
    const first = text.codePointAt(at) as number
    if (!isLetter(first)) {
      at += first > 0xffff ? 2 : 1
      continue
    }
    const start = at
    let ascii = first < 0x80
    at += first > 0xffff ? 2 : 1
    while (at < text.length) {
      const next = text.codePointAt(at) as number
      if (next === 0x27 || next === 0x2019) ascii = false
      else if (!isLetter(next)) break
      else if (next >= 0x80) ascii = false
      at += next > 0xffff ? 2 : 1
    }
    words++
    if (ascii && at - start >= 10) {
      const word = text.slice(start, at)
      if (isRunTogether(word.toLowerCase())) joined.push({ word, offset: start })
    }
  }
  return { words, joined }
}

const LETTER = /^\p{L}$/u

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return LETTER.test(String.fromCodePoint(code))
}

/**
 * Not a word, but English words run together (`functionthatis` → function that is). The split
 * looks each part up, and the same long words recur (names, `Department`): kept per word.
 */
export const isRunTogether = keptPerKey(splitsIntoWords, WORDS_KEPT)

/**
 * Names that split into English words and are one word (`AFGHANISTAN`: afghan is tan,
 * `COPENHAGEN`, `WASHINGTON`): the countries the TAGS name, the places of the posts, and the
 * reviewer's `DECAPTIONED`.
 */
const ONE_WORD_NAMES: ReadonlySet<string> = new Set(
  [...TAGS.filter((tag) => tag.kind === 'country').flatMap((tag) => tag.name.split(/\s+/)), ...POST_PLACES.flatMap((place) => [place, ...place.split(/\s+/)]), 'WASHINGTON', 'DECAPTIONED'].map((name) => name.replace(/\s+/g, '').toLowerCase())
)

function splitsIntoWords(word: string): boolean {
  if (isEnglishWord(word) || ONE_WORD_NAMES.has(word)) return false
  // splits[i]: the word's first i letters are English words of two letters or more.
  const splits = [true, ...Array.from({ length: word.length }, () => false)]
  const longest = longestEnglishWord()
  for (let end = 2; end <= word.length; end++) {
    for (let start = end - 2; start >= Math.max(0, end - longest) && !splits[end]; start--) {
      if (splits[start] && isEnglishWord(word.slice(start, end))) splits[end] = true
    }
  }
  return splits[word.length] === true
}

import { isEnglishWord } from '../src/suspects/lexicon.ts'

/**
 * A text layer without spaces between words (`One functionthatis to come under my officeis`):
 * some PDF text layers lose the spaces of whole pages. The words are kept as the layer has them
 * (the edition transcribes, it does not re-segment); the file gets one warning, so that an
 * editor knows why words are missing from the apparatus and the search. A word counts as run
 * together when it is no English word but splits into English words of two letters or more;
 * the layer is flagged when at least `MIN_JOINED` such words make up `MIN_SHARE` of its words.
 */
const MIN_JOINED = 5
const MIN_SHARE = 0.03

/** Warn once when the text has lost the spaces between many of its words. */
export function checkSpacing(text: string, warn: (offset: number, message: string) => void): void {
  let words = 0
  const joined: Array<{ word: string; offset: number }> = []
  for (const match of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    words++
    const word = match[0]
    if (word.length >= 10 && /^[A-Za-z]+$/.test(word) && isRunTogether(word.toLowerCase())) joined.push({ word, offset: match.index ?? 0 })
  }
  const first = joined[0]
  if (first && joined.length >= MIN_JOINED && joined.length >= words * MIN_SHARE) {
    warn(first.offset, `the text layer has lost the spaces between words (${joined.length} words such as "${first.word}"): they are kept as written, and are not split`)
  }
}

/** Not a word, but English words run together (`functionthatis` → function that is). */
function isRunTogether(word: string): boolean {
  if (isEnglishWord(word)) return false
  // splits[i]: the word's first i letters are English words of two letters or more.
  const splits = [true, ...Array.from({ length: word.length }, () => false)]
  for (let end = 2; end <= word.length; end++) {
    for (let start = end - 2; start >= 0 && !splits[end]; start--) {
      if (splits[start] && isEnglishWord(word.slice(start, end))) splits[end] = true
    }
  }
  return splits[word.length] === true
}

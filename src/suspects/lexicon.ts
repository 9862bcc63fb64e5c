/**
 * The English word list, loaded once into a Set.
 *
 * Source: the `word-list` package (MIT, Sindre Sorhus; ~274,000 lower-case words, no
 * proper names), which is a Scrabble-style list: it lacks one-letter words, contractions,
 * titles and the names of months and days, so those few are added here.
 */
import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

// One-letter words, contractions without their apostrophe (`don't` → `dont`), titles, and
// the calendar, which the list leaves out as proper nouns.
const supplement = (
  'a i o dont doesnt didnt isnt arent wasnt werent cant wont shouldnt wouldnt couldnt hasnt havent hadnt ' +
  'im ive youre theyre weve lets mr mrs ms dr st jr sr messrs ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday'
).split(' ')

let words: Set<string> | undefined

/** The word list as a Set of lower-case words (read from disk on first use only). */
export function lexicon(): ReadonlySet<string> {
  if (!words) {
    words = new Set(readFileSync(wordListPath, 'utf8').split('\n'))
    words.delete('')
    for (const word of supplement) words.add(word)
  }
  return words
}

/** Whether a lower-case word is in the English word list. */
export function isEnglishWord(word: string): boolean {
  return lexicon().has(word)
}

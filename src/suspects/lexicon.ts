/**
 * The English word list, loaded once and searched in place.
 *
 * Source: the `word-list` package (MIT, Sindre Sorhus; ~274,000 lower-case words, no
 * proper names), which is a Scrabble-style list: it lacks one-letter words, contractions,
 * titles and the names of months and days, so those few are added here.
 *
 * The file is sorted, one word a line, so a word is found by binary search in the text itself:
 * no string per word and no Set of 274,000 entries, which took some 31 MB of heap in every
 * worker thread of a build; the offsets take 17 MB and load in about two thirds of the time.
 * The few lines out of order (`manlihood` after `manlily`) are left out of the search and kept
 * in a small Set.
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

interface Lexicon {
  text: string
  /** Start and end offsets of each word searched, in order: word i is text[starts[i], ends[i]). */
  starts: Uint32Array
  ends: Uint32Array
  /** Words found without the search: the supplement, and lines out of order in the file. */
  others: Set<string>
}

let loaded: Lexicon | undefined

function load(): Lexicon {
  const text = readFileSync(wordListPath, 'utf8')
  // The offsets straight into typed arrays (a line is at least two characters, so this many
  // always suffice): pushed onto arrays of numbers and copied, they took two thirds of the load.
  const starts = new Uint32Array(Math.ceil(text.length / 2) + 1)
  const ends = new Uint32Array(starts.length)
  let count = 0
  const others = new Set(supplement)
  let lastStart = 0
  let lastEnd = 0
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (end > start) {
      // Only words in order are searched: a word out of order goes to the Set.
      if (compareRanges(text, start, end, lastStart, lastEnd) > 0) {
        starts[count] = start
        ends[count] = end
        count++
        lastStart = start
        lastEnd = end
      } else others.add(text.slice(start, end))
    }
    start = end + 1
  }
  return { text, starts: starts.slice(0, count), ends: ends.slice(0, count), others }
}

/** text[a, aEnd) compared with text[b, bEnd), by UTF-16 code unit. */
function compareRanges(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  const common = Math.min(aEnd - a, bEnd - b)
  for (let k = 0; k < common; k++) {
    const difference = text.charCodeAt(a + k) - text.charCodeAt(b + k)
    if (difference !== 0) return difference
  }
  return aEnd - a - (bEnd - b)
}

/** The index-th word searched compared with `word`, by UTF-16 code unit, without slicing it out. */
function compareAt(lexicon: Lexicon, index: number, word: string): number {
  const start = lexicon.starts[index] as number
  const length = (lexicon.ends[index] as number) - start
  const common = Math.min(length, word.length)
  for (let k = 0; k < common; k++) {
    const difference = lexicon.text.charCodeAt(start + k) - word.charCodeAt(k)
    if (difference !== 0) return difference
  }
  return length - word.length
}

/** Whether a lower-case word is in the English word list. */
export function isEnglishWord(word: string): boolean {
  loaded ??= load()
  if (word === '') return false
  if (loaded.others.has(word)) return true
  let low = 0
  let high = loaded.starts.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const order = compareAt(loaded, middle, word)
    if (order === 0) return true
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** Load the word list now (a benchmark does, so that loading is not what it measures). */
export function loadLexicon(): void {
  loaded ??= load()
}

/**
 * A verdict about a word that asks the word list (is it mistyped, is it words run together),
 * kept for each word: the same words recur in every copy and every document of a corpus. At
 * most `limit` words are kept, then all are forgotten at once, so a thread's memory stays bounded.
 */
export function keptPerWord(decide: (word: string) => boolean, limit = 100_000): (word: string) => boolean {
  const kept = new Map<string, boolean>()
  return (word) => {
    const known = kept.get(word)
    if (known !== undefined) return known
    const answer = decide(word)
    if (kept.size >= limit) kept.clear()
    kept.set(word, answer)
    return answer
  }
}

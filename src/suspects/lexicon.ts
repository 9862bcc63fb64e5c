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
  /** The file's bytes, which are ASCII: searched as they are, not decoded (a quarter of the load for its 2.8 MB). */
  units: Uint8Array
  /** Start and end offsets of each word searched, in order: word i is units[starts[i], ends[i]). */
  starts: Uint32Array
  ends: Uint32Array
  /** Words found without the search: the supplement, and lines out of order in the file. */
  others: Set<string>
  /** Letters of the longest word (28, `ethylenediaminetetraacetates`). */
  longest: number
}

let loaded: Lexicon | undefined

const NEWLINE = 0x0a

function load(): Lexicon {
  const file = readFileSync(wordListPath)
  // A plain view of the Buffer's bytes, which V8 reads faster than a Buffer's; counted and
  // checked by a loop, which costs less than Buffer's isAscii and an indexOf per line.
  const units = new Uint8Array(file.buffer, file.byteOffset, file.length)
  let lines = 1
  let ascii = true
  for (let at = 0; at < units.length; at++) {
    const byte = units[at] as number
    if (byte === NEWLINE) lines++
    else if (byte > 0x7f) ascii = false
  }
  // Each byte is then a UTF-16 code unit, as the words searched for are compared.
  if (!ascii) throw new Error(`${wordListPath}: the word list is not ASCII`)
  // The offsets straight into typed arrays of the lines' count: pushed onto arrays of numbers
  // and copied, they took two thirds of the load.
  const starts = new Uint32Array(lines)
  const ends = new Uint32Array(lines)
  let count = 0
  const others = new Set(supplement)
  let lastStart = 0
  let lastEnd = 0
  let longest = Math.max(...supplement.map((word) => word.length))
  for (let start = 0; start < units.length; ) {
    let end = start
    while (end < units.length && units[end] !== NEWLINE) end++
    if (end - start > longest) longest = end - start
    if (end > start) {
      // Only words in order are searched: a word out of order goes to the Set.
      if (compareRanges(units, start, end, lastStart, lastEnd) > 0) {
        starts[count] = start
        ends[count] = end
        count++
        lastStart = start
        lastEnd = end
      } else others.add(file.toString('latin1', start, end))
    }
    start = end + 1
  }
  // Views of the arrays, not copies (a few lines out of order and the last newline leave some unused).
  return { units, starts: starts.subarray(0, count), ends: ends.subarray(0, count), others, longest }
}

/** units[a, aEnd) compared with units[b, bEnd), by UTF-16 code unit. */
function compareRanges(units: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  const common = Math.min(aEnd - a, bEnd - b)
  for (let k = 0; k < common; k++) {
    const difference = (units[a + k] as number) - (units[b + k] as number)
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
    const difference = (lexicon.units[start + k] as number) - word.charCodeAt(k)
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

/**
 * Letters of the longest English word: a longer run of letters is no word, nor one edit from
 * one but for a letter, so a search over a word's parts or its neighbours stops there (a line
 * of 80,000 letters was searched for words in every one of its 3.2 billion parts).
 */
export function longestEnglishWord(): number {
  loaded ??= load()
  return loaded.longest
}

/**
 * How many words a verdict that asks the word list keeps (is it mistyped, is it words run
 * together, `src/kept.ts`): the same words recur in every copy and every document of a corpus.
 */
export const WORDS_KEPT = 100_000

/** Load the word list now (a benchmark does, so that loading is not what it measures). */
export function loadLexicon(): void {
  loaded ??= load()
}

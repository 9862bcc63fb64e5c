import { getHeapStatistics } from 'node:v8'
import { isMainThread, resourceLimits } from 'node:worker_threads'
import { InputError } from './errors.ts'
import { formatBytes } from './read.ts'

/**
 * The most heap that making the edition of a raw text takes (its tokens, lines, alignment, TEI
 * and pages), by what it holds. Measured by the smallest `--max-old-space-size` each input
 * builds in with `tei FILE` (`build --jobs 1` needs the same), bounds in MiB:
 *
 * | text | words | lines | aborts at | builds at |
 * |---|---:|---:|---:|---:|
 * | 1.5 MB of one-letter words, 60 characters a line | 750,000 | 25,000 | 256 | 384 |
 * | the same on one line | 750,000 | 1 | 256 | 384 |
 * | 1.5 MB of short lines | 200,000 | 100,000 | 128 | 192 |
 * | 15 MB of short lines | 2,000,000 | 1,000,000 | 1,024 | 1,536 |
 * | one line of 10 MB | 1,400,000 | 1 | 640 | 768 |
 * | 10 MB without a space | 1 | 1 | – | 256 |
 *
 * Words cost the most (575 bytes each at most, from the first two and the fifth), then lines;
 * characters within a word little. The figures below are above every row's upper bound (by 11 %
 * for the 1.5 MB of short lines, the closest), and put 20 MiB of short lines (1.6 million, the
 * default `--max-size`) at some 3.3 GiB, within V8's largest default heap (4 GiB).
 */
const HEAP_PER_WORD = 600
const HEAP_PER_LINE = 800
const HEAP_PER_CHARACTER = 16

/**
 * The same for a TEI master (parsed, validated, rendered), by its characters: a master of
 * 100,000 short lines (1.7 MB, most of it `<lb/>`) builds in 160 MiB and not in 128; a FRUS
 * volume of 2.7 MB, whose documents are rendered one by one, in 96 MiB and not in 64.
 */
const HEAP_PER_TEI_CHARACTER = 128

/** Runs of characters other than white space and control characters: the words, near enough. */
function wordsIn(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const blank = text.charCodeAt(i) <= 32
    if (!blank && !inWord) words++
    inWord = !blank
  }
  return words
}

/**
 * The young generation V8 gives this thread, which its heap limit counts: three semi-spaces
 * (16 MB each by default on 64 bits; bin/ runs Node with `--max-semi-space-size=64`), or what
 * the thread was started with (src/build/pool.ts gives its threads 192 MB). Fixed for the
 * thread's life: read once, when the module loads in it.
 */
const YOUNG_GENERATION = ((): number => {
  if (!isMainThread && resourceLimits.maxYoungGenerationSizeMb !== undefined) return resourceLimits.maxYoungGenerationSizeMb * 2 ** 20
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  const given = flags.map((flag) => /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(flag)?.[1]).filter((size) => size !== undefined).at(-1)
  return 3 * Number(given ?? 16) * 2 ** 20
})()

/** This thread's heap: what is in use, and its old generation's limit (`--max-old-space-size`, the bound the measurements above found). */
function heapNow(): { used: number; limit: number } {
  const { heap_size_limit: heap, used_heap_size: used } = getHeapStatistics()
  return { used, limit: heap - YOUNG_GENERATION }
}

/**
 * The error for an edition that may take `needed` bytes of heap, more than this thread has left:
 * V8 would abort the whole process with its own native stack trace, after minutes of work.
 */
function tooLarge(path: string, needed: number, { used, limit }: { used: number; limit: number }, what: string): InputError {
  const enough = Math.ceil((used + needed) / 2 ** 30) * 1024
  return new InputError(
    path,
    1,
    1,
    `${what}: making its edition may take ${formatBytes(needed)} of memory, more than the ${formatBytes(Math.max(0, limit - used))} Node has left for it here (of ${formatBytes(Math.max(0, limit))}); split the file, or give Node more memory (NODE_OPTIONS=--max-old-space-size=${enough})`
  )
}

/**
 * Throws an `InputError` when making the edition of raw texts (the copies of one document) may
 * take more heap than this thread has left, `what` naming them (`the text is`). Each thread has
 * a heap of its own, so the check is the thread's. The default `--max-size` (20 MiB) fits a heap
 * of 4 GiB (V8's default on a machine of 16 GB or more) for a text of ordinary words, not one of
 * 2 GiB (its default with 8 GB). Every document passes here: the words are counted only when
 * the most a text could hold (a word every two characters) would not fit, and the message is
 * made only for a text refused.
 */
export function checkTextsFit(path: string, texts: ReadonlyArray<{ text: string; lines: number }>, what = 'the text is'): void {
  let lines = 0
  let characters = 0
  for (const text of texts) {
    lines += text.lines
    characters += text.text.length
  }
  const needed = (words: number): number => words * HEAP_PER_WORD + lines * HEAP_PER_LINE + characters * HEAP_PER_CHARACTER
  const heap = heapNow()
  if (heap.used + needed(Math.ceil(characters / 2)) <= heap.limit) return
  const words = texts.reduce((sum, { text }) => sum + wordsIn(text), 0)
  if (heap.used + needed(words) <= heap.limit) return
  throw tooLarge(path, needed(words), heap, `${what} ${formatBytes(characters)} (${words.toLocaleString('en')} words, ${lines.toLocaleString('en')} lines)`)
}

/** Throws an `InputError` when rendering a TEI master may take more heap than this thread has left (see `checkTextsFit`). */
export function checkTeiFits(path: string, xml: string): void {
  const needed = xml.length * HEAP_PER_TEI_CHARACTER
  const heap = heapNow()
  if (heap.used + needed > heap.limit) throw tooLarge(path, needed, heap, `the TEI is ${formatBytes(xml.length)}`)
}

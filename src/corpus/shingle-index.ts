/**
 * The shingles of a corpus's released files as one inverted index: every (shingle, file) pair,
 * sorted by shingle and, within a shingle, by file. Grouping (group.ts) reads the files that
 * hold each shingle from its runs.
 *
 * An index is made from the last one where it can: the pairs of the files whose shingles are
 * the same (the same `id`) are kept, renumbered, and only the others' shingles are read, sorted
 * and merged in, so that one edited file of a thousand costs a merge, not a sort of every
 * shingle of the corpus (some 200 ms at 1,000 generated cables, 4 s at 10,000). The result is the
 * same, pair for pair, as an index made from nothing.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** A file of the corpus: `id` names its shingles (its path and their hash); `shingles` reads them. */
export interface IndexedFile {
  id: string
  shingles: () => Uint32Array
}

export interface ShingleIndex {
  /** each file's id, by its number */
  files: string[]
  /** every (shingle, file) pair: `shingles[i]` held by file number `holders[i]`, in the order above */
  shingles: Uint32Array
  holders: Uint32Array
}

/**
 * The index of `files` (numbered in their order), made from `previous` when given, whose
 * arrays it takes over. Files kept from it must stand in the same order as before (a corpus's
 * files are sorted by path), else it is made from nothing.
 */
export function indexShingles(files: readonly IndexedFile[], previous?: ShingleIndex): ShingleIndex {
  const renumbered = previous ? renumbering(files, previous) : undefined
  const kept = previous && renumbered ? keptPairs(previous, renumbered) : { shingles: new Uint32Array(0), holders: new Uint32Array(0) }
  const known = new Set(renumbered ? previous?.files : [])
  const added = files.flatMap((file, number) => (known.has(file.id) ? [] : [{ number, shingles: file.shingles() }]))
  const total = added.reduce((sum, file) => sum + file.shingles.length, 0)
  const shingles = new Uint32Array(total)
  const holders = new Uint32Array(total)
  let at = 0
  for (const file of added) {
    shingles.set(file.shingles, at)
    holders.fill(file.number, at, (at += file.shingles.length))
  }
  return { files: files.map((file) => file.id), ...mergedInto(kept, byShingle(shingles, holders)) }
}

/** How many shingles each file holds, by its number. */
export function shinglesPerFile(index: ShingleIndex): Uint32Array {
  const counts = new Uint32Array(index.files.length)
  for (let i = 0; i < index.holders.length; i++) {
    const holder = index.holders[i] as number
    counts[holder] = (counts[holder] as number) + 1
  }
  return counts
}

/**
 * Each previous file's new number (-1: gone, or its shingles changed); undefined when the files
 * kept are not in their previous order, which the runs' order of files needs.
 */
function renumbering(files: readonly IndexedFile[], previous: ShingleIndex): Int32Array | undefined {
  const numberOf = new Map(previous.files.map((id, number) => [id, number]))
  const renumbered = new Int32Array(previous.files.length).fill(-1)
  let last = -1
  for (let number = 0; number < files.length; number++) {
    const old = numberOf.get((files[number] as IndexedFile).id)
    if (old === undefined) continue
    if (old <= last) return undefined
    renumbered[old] = number
    last = old
  }
  return renumbered
}

/**
 * The previous index's pairs of the files kept, under their new numbers (still in order: the
 * renumbering keeps it), in the previous index's own arrays, which it gives up. After an edit
 * or two (a few hundred pairs of a million) the pairs of the files gone are found with
 * `indexOf` and the rest moved over them a block at a time: this runs once a build, too seldom
 * for a loop over every pair to be compiled. With more files gone, that would be a search of
 * every pair for each: one pass over them instead.
 */
function keptPairs(previous: ShingleIndex, renumbered: Int32Array): Pairs {
  const { shingles, holders } = previous
  const goneFiles = renumbered.reduce((count, number) => (number < 0 ? count + 1 : count), 0)
  if (goneFiles > FEW_GONE) {
    let to = 0
    for (let i = 0; i < holders.length; i++) {
      const number = renumbered[holders[i] as number] as number
      if (number < 0) continue
      shingles[to] = shingles[i] as number
      holders[to++] = number
    }
    return { shingles: shingles.subarray(0, to), holders: holders.subarray(0, to) }
  }
  const gone: number[] = []
  let moved = false
  renumbered.forEach((number, old) => {
    if (number < 0) {
      for (let at = holders.indexOf(old); at >= 0; at = holders.indexOf(old, at + 1)) gone.push(at)
    } else if (number !== old) moved = true
  })
  gone.sort((a, b) => a - b)
  let to = gone[0] ?? holders.length
  gone.forEach((at, i) => {
    const end = gone[i + 1] ?? holders.length
    shingles.copyWithin(to, at + 1, end)
    holders.copyWithin(to, at + 1, end)
    to += end - at - 1
  })
  const kept = { shingles: shingles.subarray(0, to), holders: holders.subarray(0, to) }
  if (moved) for (let i = 0; i < to; i++) kept.holders[i] = renumbered[kept.holders[i] as number] as number
  return kept
}

/** Files gone (or changed) up to which their pairs are searched for rather than every pair read once. */
const FEW_GONE = 8

interface Pairs {
  shingles: Uint32Array
  holders: Uint32Array
}

/**
 * `added` merged into `kept`, both sorted by shingle then file (a file holds a shingle once: no
 * ties), from the back, in `kept`'s own arrays when they have the room (an index read from the
 * cache has some: first touching fresh memory costs this machine some 5 ms a MB), else in
 * new ones: each added pair's place found by a binary search, the kept pairs after it moved a
 * block at a time.
 */
function mergedInto(kept: Pairs, added: Pairs): Pairs {
  if (kept.shingles.length === 0) return added
  if (added.shingles.length === 0) return kept
  const total = kept.shingles.length + added.shingles.length
  const room = (numbers: Uint32Array): number => (numbers.buffer.byteLength - numbers.byteOffset) / 4
  const grown = (numbers: Uint32Array): Uint32Array => {
    if (room(numbers) >= total) return new Uint32Array(numbers.buffer, numbers.byteOffset, total)
    const into = new Uint32Array(total)
    into.set(numbers)
    return into
  }
  const shingles = grown(kept.shingles)
  const holders = grown(kept.holders)
  // Kept pairs stand in [0, end); the added pair j goes just after the kept pairs before it.
  let end = kept.shingles.length
  for (let j = added.shingles.length - 1; j >= 0; j--) {
    const shingle = added.shingles[j] as number
    const holder = added.holders[j] as number
    let low = 0
    let high = end
    while (low < high) {
      const middle = (low + high) >>> 1
      const s = shingles[middle] as number
      if (s < shingle || (s === shingle && (holders[middle] as number) < holder)) low = middle + 1
      else high = middle
    }
    shingles.copyWithin(low + j + 1, low, end)
    holders.copyWithin(low + j + 1, low, end)
    shingles[low + j] = shingle
    holders[low + j] = holder
    end = low
  }
  return { shingles, holders }
}

/**
 * (shingle, file) pairs sorted by shingle, stably (each shingle's files stay in the order
 * given): a least-significant-digit radix sort, 11 bits a pass, three passes over 32-bit
 * shingles (https://en.wikipedia.org/wiki/Radix_sort#Least_significant_digit), linear where a
 * comparison sort of millions of numbers was most of grouping's time.
 */
function byShingle(shingles: Uint32Array, files: Uint32Array): Pairs {
  const BITS = 11
  const MASK = (1 << BITS) - 1
  let keys: Uint32Array = shingles
  let values: Uint32Array = files
  let nextKeys: Uint32Array = new Uint32Array(keys.length)
  let nextValues: Uint32Array = new Uint32Array(values.length)
  const starts = new Uint32Array(1 << BITS)
  for (let shift = 0; shift < 32; shift += BITS) {
    starts.fill(0)
    for (let i = 0; i < keys.length; i++) {
      const digit = ((keys[i] as number) >>> shift) & MASK
      starts[digit] = (starts[digit] as number) + 1
    }
    let sum = 0
    for (let digit = 0; digit < starts.length; digit++) {
      const count = starts[digit] as number
      starts[digit] = sum
      sum += count
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number
      const digit = (key >>> shift) & MASK
      const to = starts[digit] as number
      starts[digit] = to + 1
      nextKeys[to] = key
      nextValues[to] = values[i] as number
    }
    ;[keys, nextKeys] = [nextKeys, keys]
    ;[values, nextValues] = [nextValues, values]
  }
  return { shingles: keys, holders: values }
}

const FORMAT = 'cable-edition-shingle-index 1\n'

/** The pairs an index read has room for beyond its own: a few edited cables' shingles (some 600 each). */
const ROOM = 8192

/**
 * An index as the build cache keeps it, in pieces to write one after another: a line naming
 * the format, the length of the files' ids as JSON and that JSON, then the number of pairs and
 * the two arrays of 32-bit numbers in the machine's byte order (the cache is the machine's own),
 * each array at a multiple of four bytes.
 */
export function shingleIndexBytes(index: ShingleIndex): Uint8Array[] {
  const head = Buffer.from(FORMAT + JSON.stringify(index.files))
  const padded = Math.ceil((head.length + 8) / 4) * 4
  const start = Buffer.alloc(padded)
  start.writeUInt32LE(head.length, 0)
  head.copy(start, 4)
  start.writeUInt32LE(index.shingles.length, padded - 4)
  const bytes = (numbers: Uint32Array): Uint8Array => new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)
  return [start, bytes(index.shingles), bytes(index.holders)]
}

/**
 * The index of shingleIndexBytes in a file, its numbers read straight into their arrays;
 * undefined for anything else (another format, a file cut short). The cache writes it whole
 * under a temporary name, so its numbers are not checked one by one.
 */
export function readShingleIndex(path: string): ShingleIndex | undefined {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const read = (into: Uint8Array, position: number): boolean => readSync(fd, into, 0, into.length, position) === into.length
    const length = Buffer.alloc(4)
    if (size < 8 || !read(length, 0)) return undefined
    const padded = Math.ceil((length.readUInt32LE(0) + 8) / 4) * 4
    const start = Buffer.alloc(padded)
    if (padded > size || !read(start, 0)) return undefined
    const head = start.toString('utf8', 4, 4 + length.readUInt32LE(0))
    const count = start.readUInt32LE(padded - 4)
    if (!head.startsWith(FORMAT) || size !== padded + count * 8) return undefined
    // Each array with room for the pairs an edit or two adds (mergedInto).
    const numbers = (): Uint32Array => new Uint32Array(count + ROOM).subarray(0, count)
    const [shingles, holders] = [numbers(), numbers()]
    const bytes = (of: Uint32Array): Uint8Array => new Uint8Array(of.buffer, 0, count * 4)
    if (!read(bytes(shingles), padded) || !read(bytes(holders), padded + count * 4)) return undefined
    return { files: JSON.parse(head.slice(FORMAT.length)) as string[], shingles, holders }
  } finally {
    closeSync(fd)
  }
}

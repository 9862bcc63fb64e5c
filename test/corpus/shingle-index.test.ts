import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { indexShingles, readShingleIndex, shingleIndexBytes, shinglesPerFile, type IndexedFile, type ShingleIndex } from '../../src/corpus/shingle-index.ts'

/** A deterministic stream of numbers (a linear congruential generator), so each run tests the same corpora. */
function numbers(seed: number): () => number {
  let state = seed >>> 0
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0)
}

/** A file's shingles: sorted, each once; some from a small shared pool, so that files share them. */
function shinglesOf(next: () => number, count: number): Uint32Array {
  const set = new Set<number>()
  while (set.size < count) set.add(next() % 3 === 0 ? next() % 500 : next())
  return Uint32Array.from(set).sort()
}

const file = (id: string, shingles: Uint32Array): IndexedFile => ({ id, shingles: () => shingles })

/** The index's pairs, written out: [shingle, file id] in its order. */
const pairs = (index: ShingleIndex): Array<[number, string]> => Array.from(index.shingles, (shingle, i) => [shingle, index.files[index.holders[i] as number] as string])

test('shingle index: every (shingle, file) pair, sorted by shingle, then by file', () => {
  const index = indexShingles([file('a', Uint32Array.of(5, 9)), file('b', Uint32Array.of(1, 5)), file('c', Uint32Array.of(5))])
  assert.deepEqual(pairs(index), [[1, 'b'], [5, 'a'], [5, 'b'], [5, 'c'], [9, 'a']])
  assert.deepEqual([...shinglesPerFile(index)], [2, 2, 1])
})

test('shingle index: made from the last one after many edits, removals and additions, the same as one made from nothing', () => {
  const next = numbers(7)
  const before = Array.from({ length: 60 }, (_, i) => file(`f${String(i).padStart(3, '0')}#1`, shinglesOf(next, 20 + (next() % 80))))
  const previous = indexShingles(before)
  // Every fifth file edited (a new id: its shingles' hash changed), every seventh gone, two added in between.
  const after = before
    .filter((_, i) => i % 7 !== 3)
    .map((f, i) => (i % 5 === 0 ? file(f.id.replace('#1', '#2'), shinglesOf(next, 50)) : f))
  after.splice(10, 0, file('f010a#1', shinglesOf(next, 40)))
  after.push(file('f999#1', shinglesOf(next, 30)))
  const read: string[] = []
  const counted = after.map((f) => ({ id: f.id, shingles: () => (read.push(f.id), f.shingles()) }))
  const incremental = indexShingles(counted, previous)
  assert.deepEqual(incremental, indexShingles(after))
  assert.deepEqual(read, after.filter((f) => !previous.files.includes(f.id)).map((f) => f.id), 'only the shingles of files the last index did not hold are read')
})

test('shingle index: a few files edited, the others keeping their numbers or not, the same as one made from nothing', () => {
  const next = numbers(5)
  const before = Array.from({ length: 40 }, (_, i) => file(`f${i}#1`, shinglesOf(next, 60)))
  const after = before.map((f, i) => (i === 17 ? file('f17#2', shinglesOf(next, 70)) : f))
  assert.deepEqual(indexShingles(after, indexShingles(before)), indexShingles(after))
  // One file removed too: the files after it are renumbered.
  const fewer = after.filter((_, i) => i !== 3)
  assert.deepEqual(indexShingles(fewer, indexShingles(before)), indexShingles(fewer))
})

test('shingle index: files kept in another order than before give an index made from nothing', () => {
  const next = numbers(11)
  const files = Array.from({ length: 8 }, (_, i) => file(`f${i}`, shinglesOf(next, 30)))
  const reversed = [...files].reverse()
  assert.deepEqual(indexShingles(reversed, indexShingles(files)), indexShingles(reversed))
})

test('shingle index: saved and read back whole, and made from after an edit as from nothing; anything else is not an index', () => {
  const next = numbers(3)
  const before = ['é-one', 'two', 'three'].map((id) => file(id, shinglesOf(next, 25)))
  const bytes = Buffer.concat(shingleIndexBytes(indexShingles(before)))
  const dir = mkdtempSync(join(tmpdir(), 'shingle-index-'))
  const saved = (content: Uint8Array): string => {
    const path = join(dir, 'shingles.index')
    writeFileSync(path, content)
    return path
  }
  try {
    assert.deepEqual(readShingleIndex(saved(bytes)), indexShingles(before))
    // Merged in the arrays read, which have room for it.
    const after = before.map((f) => (f.id === 'two' ? file('two#2', shinglesOf(next, 40)) : f))
    assert.deepEqual(indexShingles(after, readShingleIndex(saved(bytes))), indexShingles(after))
    assert.equal(readShingleIndex(saved(bytes.subarray(0, bytes.length - 4))), undefined, 'a file cut short')
    assert.equal(readShingleIndex(saved(Buffer.from('{"format":"something else"}'))), undefined)
    assert.equal(readShingleIndex(saved(Buffer.alloc(0))), undefined)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

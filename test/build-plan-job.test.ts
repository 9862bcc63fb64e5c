/**
 * The copy grouping's plan as a job (src/build/jobs.ts), which a build with threads of its own
 * runs in a thread it stops after: the plan of the released files' records and their shingles
 * read from the cache is the one `planDocuments` makes of them in memory, and the shingle index
 * it made is saved in the cache for the next build.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { CacheLayout, shinglesBytes, writeAtomically } from '../src/build/cache.ts'
import { runJob } from '../src/build/jobs.ts'
import { planDocuments, type ReleasedRecord } from '../src/corpus/group.ts'
import { shingles } from '../src/corpus/shingles.ts'

const words = (text: string): string[] => text.split(' ')
const body = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')

test('the plan job reads each file\'s shingles from the cache and plans as planDocuments does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-plan-'))
  mkdirSync(join(dir, 'tei'))
  const cache = new CacheLayout(dir)
  const records: ReleasedRecord[] = [
    { path: '/c/a.txt', name: 'a', identity: { numbers: [], dateTimes: [], coverSheet: false }, shingles: shingles(words(body)) },
    { path: '/c/b.txt', name: 'b', identity: { numbers: [], dateTimes: [], coverSheet: false }, shingles: shingles(words(body)) },
    { path: '/c/c.txt', name: 'c', identity: { numbers: [], dateTimes: [], coverSheet: false }, shingles: shingles(words(Array.from({ length: 60 }, (_, index) => `other${index}`).join(' '))) },
  ]
  records.forEach((record, index) => writeAtomically(cache.shinglesPath(`k${index}`), shinglesBytes(record.shingles)))
  const files = records.map(({ path, name, identity, shingles: numbers }, index) => ({ path, key: `k${index}`, released: { name, identity, shingles: `hash of ${numbers.join(',')}` } }))
  const result = await runJob({ kind: 'plan', cacheDir: dir, files })
  assert.equal(result.kind, 'plan')
  const plan = result.kind === 'plan' ? result.plan : []
  assert.deepEqual(plan, planDocuments(records))
  // The two copies of one text are one document, the other text one of its own.
  assert.deepEqual(plan.map((document) => document.paths), [['/c/a.txt', '/c/b.txt'], ['/c/c.txt']])
  // The index is saved for the next build's grouping.
  assert.deepEqual(cache.shingleIndex()?.files, files.map(({ path, released }) => `${path}\0${released.shingles}`))
})

/**
 * The pool of worker threads (src/build/pool.ts) sends a thread its next job before the last
 * is answered, and the thread runs them one after another (src/build/worker.ts). Each answer
 * must reach the job it belongs to, a job that fails must fail alone, and the threads' results
 * must be those of the same jobs run in this thread.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { CacheLayout } from '../src/build/cache.ts'
import { runJob, type DocumentJob, type JobResult } from '../src/build/jobs.ts'
import { Pool } from '../src/build/pool.ts'
import { InputError } from '../src/source/errors.ts'

const cables = new URL('./fixtures/cables/', import.meta.url).pathname
const names = readdirSync(cables).filter((name) => name.endsWith('.txt')).sort()

function freshCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cable-pool-'))
  mkdirSync(join(dir, 'tei'))
  return dir
}

function jobOf(cacheDir: string, path: string, bytes: Buffer, key: string): DocumentJob {
  return { kind: 'document', cacheDir, key, unit: { kind: 'raw', raw: { path, hash: createHash('sha256').update(bytes).digest('hex'), bytes } } }
}

const documentIds = (result: JobResult): string[] => (result.kind === 'document' ? result.record.documents.map((document) => document.id) : [])

test('with two jobs in flight per thread, each job gets its own result, as made in this thread', async () => {
  assert.ok(names.length >= 6, 'the fixtures hold enough cables to queue several jobs a thread')
  const inThread = freshCache()
  const inPool = freshCache()
  const jobs = names.map((name, index) => ({ name, bytes: readFileSync(join(cables, name)), key: `k${index}` }))
  const expected = await Promise.all(jobs.map(({ name, bytes, key }) => runJob(jobOf(inThread, join(cables, name), bytes, key))))
  // One thread: every job after the first waits in it behind another.
  for (const size of [1, 2]) {
    const pool = new Pool(size)
    try {
      const results = await Promise.all(jobs.map(({ name, bytes, key }) => pool.run(jobOf(inPool, join(cables, name), bytes, key))))
      results.forEach((result, index) => {
        const want = expected[index] as JobResult
        assert.deepEqual(documentIds(result), documentIds(want), `${jobs[index]?.name} with ${size} thread(s)`)
        assert.deepEqual(result.kind === 'document' && result.record.warnings, want.kind === 'document' && want.record.warnings)
        const key = jobs[index]?.key as string
        assert.equal(readFileSync(new CacheLayout(inPool).teiPath(key), 'utf8'), readFileSync(new CacheLayout(inThread).teiPath(key), 'utf8'), `the TEI of ${jobs[index]?.name}`)
      })
      assert.equal(pool.pending, 0)
    } finally {
      await pool.close()
    }
  }
})

test('a job that fails fails alone: the job queued behind it in the same thread still runs', async () => {
  const dir = freshCache()
  const good = readFileSync(join(cables, names[0] as string))
  const pool = new Pool(1)
  try {
    const first = pool.run(jobOf(dir, join(cables, names[0] as string), good, 'first'))
    // Bytes that are not UTF-8: an input error with its file and place, not a crash of the thread.
    const bad = pool.run(jobOf(dir, '/corpus/bad.txt', Buffer.from([0x41, 0xff, 0xfe, 0x0a]), 'bad'))
    const after = pool.run(jobOf(dir, join(cables, names[1] as string), readFileSync(join(cables, names[1] as string)), 'after'))
    assert.ok(documentIds(await first).length > 0)
    await assert.rejects(bad, (error: Error) => error instanceof InputError && error.message === '/corpus/bad.txt:1:2: error: not valid UTF-8: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)')
    assert.ok(documentIds(await after).length > 0, 'the job after the failed one has its result')
  } finally {
    await pool.close()
  }
})

test('closing the pool rejects the jobs sent and not answered', async () => {
  const dir = freshCache()
  const pool = new Pool(1)
  const running = names.slice(0, 3).map((name, index) => pool.run(jobOf(dir, join(cables, name), readFileSync(join(cables, name)), `c${index}`)))
  // Each failure is awaited below; this keeps them from counting as unhandled meanwhile.
  for (const job of running) job.catch(() => {})
  await pool.close()
  for (const job of running) await assert.rejects(job, /the build was stopped/)
})

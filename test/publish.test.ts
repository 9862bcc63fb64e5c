import { isDeepStrictEqual } from 'node:util'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import test from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { publishBuild } from '../src/build/publish.ts'
import { InputError } from '../src/source/errors.ts'
import { runCli, type CliResult } from './helpers/cli.ts'
import { slow } from './helpers/slow.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
const sample = readFileSync(join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'), 'utf8')
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }

/** The FOIA document number of copy i: the document id comes from the first such number. */
const docNumber = (i: number): string => `B-0000300${String(i).padStart(4, '0')}`

/** Copy i of the sample, a document of its own (d-B-0000300000i). */
function addCopy(corpus: string, i: number): void {
  writeFileSync(join(corpus, `copy-${i}.txt`), sample.replaceAll('B-00002120004', docNumber(i)))
  keepApart(corpus)
}

/** The copies hold one text, so the build would make them one document: the editor keeps each its own (edition.json). */
function keepApart(corpus: string): void {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
  writeFileSync(join(corpus, 'edition.json'), JSON.stringify({ documents: files.map((f) => ({ files: [f] })) }))
}

/** A corpus of n copies of the sample in a temp folder. */
function corpusOf(n: number): string {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-publish-corpus-'))
  for (let i = 1; i <= n; i++) addCopy(corpus, i)
  return corpus
}

/** An output folder that does not exist yet, in a temp folder of its own. */
const freshOut = (): string => join(mkdtempSync(join(tmpdir(), 'cable-publish-')), 'out')

/** A build run in this process; the builds killed below run in processes of their own. */
function build(corpus: string, out: string): Promise<CliResult> {
  return runCli(['build', corpus, '--out', out], env)
}

/** Every file under dir (relative path) with the SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort()
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]))
}

/** Staging and previous folders beside out (not the build cache, which is meant to stay). */
const leftovers = (out: string): string[] => readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}.`) && name !== `.${basename(out)}.cache`)

test('a build killed with SIGKILL should leave the previous build as it was, at every moment', slow, async (t) => {
  const corpus = corpusOf(12)
  const out = freshOut()
  const started = Date.now()
  const first = await build(corpus, out)
  assert.equal(first.status, 0, first.stderr)
  const duration = Date.now() - started
  const before = snapshot(out)
  // From here a build that finished would publish something else: one document more.
  addCopy(corpus, 13)

  const added = `d-${docNumber(13)}`
  // What a build that finishes publishes: the same bytes as a build into an empty folder.
  const reference = freshOut()
  assert.equal((await build(corpus, reference)).status, 0)
  const complete = snapshot(reference)
  /**
   * After a kill the output is the previous build or the complete new one. On a loaded machine
   * a moment can be seen late (after the swap), or a timed kill can land after the build: then
   * the new build is what must be there. A rebuild that publishes only its differences
   * (src/build/publish.ts) applies them in place in its last milliseconds: killed right then it
   * leaves a mix, and no record of what it published, so the next build publishes whole.
   */
  let published = before
  const record = join(dirname(out), `.${basename(out)}.cache`, 'published.json')
  const wholeBuild = (t: { diagnostic: (message: string) => void }): void => {
    const now = snapshot(out)
    if (!isDeepStrictEqual(now, published)) {
      if (!isDeepStrictEqual(now, complete) && !existsSync(record)) {
        t.diagnostic('the kill came while the differences were applied: the next build publishes whole')
        published = now
        return
      }
      assert.deepEqual(now, complete, 'the output should be the previous build or the whole new one')
      t.diagnostic('the kill came after the new build was published')
    }
    published = now
  }
  /** A moment seen in the files: when one of these paths exists in the staging folder. */
  const seen = (paths: (staging: string) => string[]) => async (pid: number, exited: Promise<unknown>): Promise<void> => {
    const staging = join(dirname(out), `.${basename(out)}.staging-${pid}`)
    let done = false
    void exited.then(() => (done = true))
    while (!done && !paths(staging).some((path) => existsSync(path)) && !existsSync(join(out, 'tei', `${added}.xml`))) await sleep(2)
  }
  let killedBeforeSwap = 0
  for (const [name, moment] of [
    ['when the staging folder appears', seen((staging) => [staging])],
    ['when the TEI of the new document is written', seen((staging) => [join(staging, 'tei', `${added}.xml`)])],
    ['when the site starts to be staged', seen((staging) => [join(staging, 'documents')])],
    ['while the pages of the new document are written', seen((staging) => [join(staging, 'documents', added)])]
  ] as const) {
    await t.test(name, async (t) => {
      await killed(moment)
      if (isDeepStrictEqual(snapshot(out), published)) killedBeforeSwap++
      wholeBuild(t)
    })
  }
  await t.test('at least one kill should have landed within the build and left the previous build', () => {
    assert.ok(killedBeforeSwap > 0)
  })
  // Then delays, as parts of a build's time, so that they land within it on a slow machine too.
  for (const part of [0.02, 0.4, 0.75]) {
    await t.test(`after ${part * 100}% of a build's time (${Math.round(part * duration)} ms)`, async (t) => {
      await killed(() => sleep(part * duration))
      wholeBuild(t)
    })
  }

  /** Start a build and SIGKILL it at a moment (given its pid and its exit). */
  async function killed(moment: (pid: number, exited: Promise<unknown>) => Promise<void>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = spawn(process.execPath, [cli, 'build', corpus, '--out', out], { env, stdio: 'ignore' })
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
    await moment(child.pid as number, exited)
    child.kill('SIGKILL')
    const [code, signal] = await exited
    return { code, signal }
  }

  await t.test('a clean build afterwards should publish the whole new build and leave no staging folder behind', async () => {
    const after = await build(corpus, out)
    assert.equal(after.status, 0, after.stderr)
    assert.deepEqual(snapshot(out), complete)
    assert.deepEqual(leftovers(out), [])
  })
})

test('a build after a cable is deleted from the corpus should publish nothing of it', slow, async (t) => {
  const corpus = corpusOf(3)
  const out = freshOut()
  assert.equal((await build(corpus, out)).status, 0)
  const gone = `d-${docNumber(2)}`
  assert.ok(existsSync(join(out, 'tei', `${gone}.xml`)))
  writeFileSync(join(out, 'tei', 'mine.xml'), '<stray/>')
  rmSync(join(corpus, 'copy-2.txt'))
  keepApart(corpus)
  const result = await build(corpus, out)
  assert.equal(result.status, 0, result.stderr)

  await t.test('its TEI, its pages and its sitemap entry are gone', () => {
    assert.equal(existsSync(join(out, 'tei', `${gone}.xml`)), false)
    assert.equal(existsSync(join(out, 'documents', gone)), false)
    assert.doesNotMatch(readFileSync(join(out, 'sitemap.xml'), 'utf8'), new RegExp(gone))
    assert.deepEqual(readdirSync(join(out, 'documents')).sort(), [`d-${docNumber(1)}`, `d-${docNumber(3)}`])
  })
  await t.test('a stray file in the output is gone', () => {
    assert.equal(existsSync(join(out, 'tei', 'mine.xml')), false)
  })
})

test('a failed build (a binary file in the corpus) should leave the previous output untouched', slow, async () => {
  const corpus = corpusOf(2)
  const out = freshOut()
  assert.equal((await build(corpus, out)).status, 0)
  const before = snapshot(out)
  writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x53, 0x55, 0x42, 0x0a, 0x00, 0x01, 0x02]))
  const result = await build(corpus, out)
  assert.equal(result.status, 1)
  assert.match(result.stderr, /binary\.txt:2:1: error: binary data/)
  assert.deepEqual(snapshot(out), before)
  assert.deepEqual(leftovers(out), [])
})

test('build: an --out that is a file should exit 1 with one error line and keep the file', async () => {
  const out = freshOut()
  writeFileSync(out, 'mine')
  const result = await build(corpusOf(1), out)
  assert.equal(result.status, 1)
  assert.match(result.stderr.trim(), /^.+out:1:1: error: cannot write the edition to this folder \(it exists and is not a directory\)$/)
  assert.equal(readFileSync(out, 'utf8'), 'mine')
})

/** A pid no process has now: that of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid

test('publishBuild: should replace the output folder with exactly what was written', async () => {
  const out = freshOut()
  mkdirSync(join(out, 'tei'), { recursive: true })
  writeFileSync(join(out, 'tei', 'old.xml'), 'old')
  const result = await publishBuild(out, async (staging) => {
    mkdirSync(join(staging, 'tei'))
    writeFileSync(join(staging, 'tei', 'new.xml'), 'new')
    return 'done'
  })
  assert.equal(result, 'done')
  assert.deepEqual([...snapshot(out).keys()], [join('tei', 'new.xml')])
  assert.deepEqual(leftovers(out), [])
})

test('publishBuild: a write that throws should leave the output as it was and no staging folder', async () => {
  const out = freshOut()
  mkdirSync(join(out, 'tei'), { recursive: true })
  writeFileSync(join(out, 'tei', 'old.xml'), 'old')
  const failure = new Error('the site failed')
  await assert.rejects(publishBuild(out, async (staging) => {
    writeFileSync(join(staging, 'half.html'), '<')
    throw failure
  }), failure)
  assert.equal(readFileSync(join(out, 'tei', 'old.xml'), 'utf8'), 'old')
  assert.deepEqual([...snapshot(out).keys()], [join('tei', 'old.xml')])
  assert.deepEqual(leftovers(out), [])
})

test('publishBuild: should remove the folders of killed builds, and keep those of running ones', async () => {
  const out = freshOut()
  const dead = join(dirname(out), `.out.staging-${deadPid()}`)
  const running = join(dirname(out), `.out.staging-${process.ppid}`)
  const unrelated = join(dirname(out), '.other.staging-1')
  for (const folder of [dead, running, unrelated]) mkdirSync(folder)
  await publishBuild(out, async () => {})
  assert.equal(existsSync(dead), false)
  assert.equal(existsSync(running), true)
  assert.equal(existsSync(unrelated), true)
})

test('publishBuild: a build killed between its two renames should get its previous output back', async () => {
  const out = freshOut()
  const previous = join(dirname(out), `.out.previous-${deadPid()}`)
  mkdirSync(join(previous, 'tei'), { recursive: true })
  writeFileSync(join(previous, 'tei', 'a.xml'), 'published')
  await assert.rejects(publishBuild(out, async () => {
    throw new Error('this build fails too')
  }))
  assert.equal(readFileSync(join(out, 'tei', 'a.xml'), 'utf8'), 'published')
  assert.deepEqual(leftovers(out), [])
})

test('publishBuild: should refuse to replace a folder that is not a previous build', async () => {
  const out = freshOut()
  mkdirSync(out)
  writeFileSync(join(out, 'notes.txt'), 'mine')
  await assert.rejects(publishBuild(out, async () => {}), (error: unknown) => {
    assert.ok(error instanceof InputError)
    assert.match(error.message, /cannot write the edition to this folder \(it is not empty and has no tei\/ folder/)
    return true
  })
  assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'mine')
})

test('publishBuild: an output folder whose parent is a file should be an InputError', async () => {
  const parent = freshOut()
  writeFileSync(parent, 'a file')
  const out = join(parent, 'dist')
  await assert.rejects(publishBuild(out, async () => {}), (error: unknown) => {
    assert.ok(error instanceof InputError)
    assert.equal(error.message, `${out}:1:1: error: cannot write the edition to this folder (ENOTDIR)`)
    return true
  })
  assert.equal(readFileSync(parent, 'utf8'), 'a file')
})

/**
 * A rebuild publishes only what differs from the last build (src/build/publish.ts) when the
 * output folder is still what that build published, and whole otherwise: either way the output
 * is byte for byte what a build from nothing writes, with nothing stale left and no cached file
 * written through its link.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { buildEdition, type BuildOptions, type BuildSummary } from '../src/build/index.ts'
import { InputError } from '../src/source/errors.ts'
import { slow } from './helpers/slow.ts'
import { snapshot } from './helpers/snapshot.ts'

/** A short cable of two copies, its id from its FOIA document number; `text` its own sentence. */
function cable(index: number, text = `The Department should deliver the proposal ${index} to the Ministry`): string {
  const copy = (extra: string): string =>
    `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C0${5_000_000 + index} Date: 03/0${1 + (index % 9)}/2018\n\nSUBJECT: TEST NUMBER ${index}\n\n1. ${text}${extra}.\n\n2. Embassy will report.\n`
  return `${copy('')}\n${copy(' at once')}`
}

const name = (index: number): string => `cable-${index}.txt`

function corpusOf(count: number): string {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-publish-corpus-'))
  for (let index = 0; index < count; index++) writeFileSync(join(corpus, name(index)), cable(index))
  return corpus
}

const freshOut = (): string => join(mkdtempSync(join(tmpdir(), 'cable-publish-out-')), 'out')

async function build(corpus: string, out: string, options: Partial<BuildOptions> = {}): Promise<BuildSummary> {
  return buildEdition({ corpus, out, pathPrefix: '/', version: '1.0.0', sourceDateEpoch: 1700000000, jobs: 1, warn: () => {}, generator: 'test', ...options })
}


async function fromNothing(corpus: string, options: Partial<BuildOptions> = {}): Promise<Map<string, string>> {
  const out = freshOut()
  await build(corpus, out, options)
  return snapshot(out)
}

test('after an edit, a rename and a deletion the rebuild publishes only the differences, and the output is that of a build from nothing', slow, async () => {
  const corpus = corpusOf(4)
  const out = freshOut()
  assert.equal((await build(corpus, out)).published, 'whole', 'nothing was published before')
  writeFileSync(join(corpus, name(1)), cable(1, 'The Department should deliver the proposals 1 to the Ministry'))
  const edited = await build(corpus, out)
  assert.equal(edited.published, 'differences')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  renameSync(join(corpus, name(2)), join(corpus, 'renamed.txt'))
  assert.equal((await build(corpus, out)).published, 'differences')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  rmSync(join(corpus, name(3)))
  const deleted = await build(corpus, out)
  assert.equal(deleted.published, 'differences')
  assert.equal(deleted.documents, 3)
  assert.equal(existsSync(join(out, 'documents', 'd-C05000003')), false, 'the deleted document\'s pages and folder are gone')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('a changed authority file or edition.json gives, published by differences, the output of a build from nothing', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  await build(corpus, out)
  writeFileSync(join(corpus, 'entities.yaml'), 'organisations:\n  - id: ministry\n    name: The Ministry\n    spellings: [Ministry]\n')
  const named = await build(corpus, out)
  assert.equal(named.published, 'differences')
  assert.equal(named.made.editions, 3)
  assert.ok(existsSync(join(out, 'organisations', 'ministry', 'index.html')), 'the new entity has its page')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  writeFileSync(join(corpus, 'entities.yaml'), 'organisations: []\n')
  assert.equal((await build(corpus, out)).published, 'differences')
  assert.equal(existsSync(join(out, 'organisations', 'ministry')), false, 'its page is gone with it')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  writeFileSync(join(corpus, 'edition.json'), JSON.stringify({ documents: [{ files: [name(0), name(1)] }] }))
  const grouped = await build(corpus, out)
  assert.equal(grouped.published, 'differences')
  assert.equal(grouped.documents, 2)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('an edit that makes two copies differ splits their document: the grouping is planned again', slow, async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-publish-corpus-'))
  const body = 'The Department should deliver the proposal on the status of the negotiations to the Ministry of Foreign Affairs before the meeting of the ministers next week in the capital'
  writeFileSync(join(corpus, name(0)), cable(0, body))
  writeFileSync(join(corpus, name(1)), cable(1, body))
  const out = freshOut()
  assert.equal((await build(corpus, out)).documents, 1, 'two releases of one text are one document')
  writeFileSync(join(corpus, name(1)), cable(1, 'Embassy reports that the harvest in the northern provinces was poor this year and that prices of grain rose sharply in every market it visited'))
  const split = await build(corpus, out)
  assert.equal(split.documents, 2)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  writeFileSync(join(corpus, name(1)), cable(1, body))
  assert.equal((await build(corpus, out)).documents, 1, 'and one again')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('a failed build (bad input) leaves the output untouched, and the next build still publishes by differences', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  await build(corpus, out)
  const before = snapshot(out)
  writeFileSync(join(corpus, name(1)), cable(1, 'The Department should deliver the proposals 1 to the Ministry'))
  writeFileSync(join(corpus, 'zz-binary.txt'), Buffer.from([0x53, 0x0a, 0x00]))
  await assert.rejects(build(corpus, out), (error: unknown) => error instanceof InputError && /zz-binary\.txt:2:1: error: binary data/.test(error.message))
  assert.deepEqual(snapshot(out), before)
  assert.deepEqual(readdirSync(join(out, '..', '.out.cache')).filter((entry) => entry.includes('.tmp-')), [], 'no file of the cache left half-written')
  rmSync(join(corpus, 'zz-binary.txt'))
  assert.equal((await build(corpus, out)).published, 'differences')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('an output folder changed by hand (a file added, a file removed, the folder replaced) is published whole again', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  await build(corpus, out)
  const expected = snapshot(out)
  writeFileSync(join(out, 'documents', 'd-C05000001', 'notes.txt'), 'mine')
  const added = await build(corpus, out)
  assert.equal(added.published, 'whole')
  assert.deepEqual(snapshot(out), expected)
  rmSync(join(out, 'documents', 'd-C05000002', 'index.html'))
  assert.equal((await build(corpus, out)).published, 'whole')
  assert.deepEqual(snapshot(out), expected)
  const copy = `${out}-copy`
  cpSync(out, copy, { recursive: true })
  rmSync(out, { recursive: true })
  renameSync(copy, out)
  assert.equal((await build(corpus, out)).published, 'whole', 'another folder in its place')
  assert.deepEqual(snapshot(out), expected)
  assert.equal((await build(corpus, out)).published, 'differences', 'and by differences after that')
  assert.deepEqual(snapshot(out), expected)
})

test('publishing by differences never writes into a cached file', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'cable-publish-cache-')), 'cache')
  await build(corpus, out, { cacheDir })
  // A link more of every file of the cache and the output: a file written through any of its links changes here too.
  const witnesses = mkdtempSync(join(tmpdir(), 'cable-publish-links-'))
  const before = [cacheDir, out].flatMap((dir) => [...snapshot(dir)].filter(([, hash]) => hash !== 'folder').map(([path, hash]) => ({ from: join(dir, path), hash })))
  before.forEach(({ from }, index) => linkSync(from, join(witnesses, String(index))))
  writeFileSync(join(corpus, name(1)), cable(1, 'The Department should deliver the proposals 1 to the Ministry'))
  assert.equal((await build(corpus, out, { cacheDir })).published, 'differences')
  before.forEach(({ from, hash }, index) => {
    assert.equal(createHash('sha256').update(readFileSync(join(witnesses, String(index)))).digest('hex'), hash, `${from} as it was`)
  })
})

test('grouping planned in a thread of its own (a large corpus\'s way) writes the bytes of a build in one thread', slow, async () => {
  const corpus = corpusOf(10)
  const one = freshOut()
  const two = freshOut()
  await build(corpus, one, { jobs: 1 })
  const made = await build(corpus, two, { jobs: 2, planThreadFrom: 1 })
  // The document threads were stopped for the plan and started again for the pages.
  assert.equal(made.made.pages, 10)
  assert.deepEqual(snapshot(two), snapshot(one))
})

test('one thread or two, published by differences, write the same bytes', slow, async () => {
  const corpus = corpusOf(10)
  const one = freshOut()
  const two = freshOut()
  await build(corpus, one, { jobs: 1 })
  await build(corpus, two, { jobs: 2 })
  for (const index of [2, 7]) writeFileSync(join(corpus, name(index)), cable(index, `The Department should deliver the proposals ${index} to the Ministry`))
  rmSync(join(corpus, name(4)))
  assert.equal((await build(corpus, one, { jobs: 1 })).published, 'differences')
  assert.equal((await build(corpus, two, { jobs: 2 })).published, 'differences')
  assert.deepEqual(snapshot(two), snapshot(one))
  assert.deepEqual(snapshot(one), await fromNothing(corpus))
})

test('the corpus pages are made again when what they show of a document changes, and only then', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  await build(corpus, out)
  // A line more in the running text: the witnesses' line ranges change, which only the document's own pages show.
  writeFileSync(join(corpus, name(1)), cable(1).replace('2. Embassy will report.', '2. Embassy will report.\nEmbassy will report again.'))
  const unseen = await build(corpus, out)
  assert.equal(unseen.made.pages, 1)
  assert.equal(unseen.made.corpus, false)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  // Its subject is its title, which the home page, the chronology and documents.json show.
  writeFileSync(join(corpus, name(1)), cable(1).replaceAll('SUBJECT: TEST NUMBER 1', 'SUBJECT: ANOTHER TITLE'))
  const seen = await build(corpus, out)
  assert.equal(seen.made.corpus, true)
  assert.match(readFileSync(join(out, 'documents.json'), 'utf8'), /ANOTHER TITLE|Another Title/)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('what a build no longer uses goes to the cache\'s trash, which the next build empties', slow, async () => {
  const corpus = corpusOf(3)
  const out = freshOut()
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'cable-publish-cache-')), 'cache')
  await build(corpus, out, { cacheDir })
  const pagesBefore = readdirSync(join(cacheDir, 'pages'))
  writeFileSync(join(corpus, name(1)), cable(1, 'The Department should deliver the proposals 1 to the Ministry'))
  await build(corpus, out, { cacheDir })
  const trashed = readdirSync(join(cacheDir, 'trash'))
  assert.ok(trashed.some((entry) => entry.startsWith('pages-') && pagesBefore.some((key) => entry.includes(key))), 'the edited document\'s old pages')
  assert.ok(pagesBefore.some((key) => !readdirSync(join(cacheDir, 'pages')).includes(key)))
  await build(corpus, out, { cacheDir })
  assert.deepEqual(readdirSync(join(cacheDir, 'trash')), [])
})

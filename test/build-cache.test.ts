/**
 * The build cache and the worker threads change how fast a build is, never what it writes: a
 * build from the cache, after any change to the inputs, gives the bytes a build from nothing
 * gives, and so does a build on one thread or two.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import test from 'node:test'
import { generateCable } from '../bench/generate.ts'
import { buildEdition, defaultCacheDir, type BuildOptions, type BuildSummary } from '../src/build/index.ts'
import { shardsOf } from '../src/site/search.ts'
import { InputError } from '../src/source/errors.ts'
import { slow } from './helpers/slow.ts'

/** Documents of the small test corpora. */
const DOCUMENTS = 4

/** Enough documents for the build to use its threads (it makes fewer in its own). */
const MANY = 10

/** A short cable of two copies, its id from its FOIA document number. */
function cable(index: number): { name: string; text: string } {
  const copy = (extra: string): string =>
    `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C0${5_000_000 + index} Date: 03/0${1 + (index % 9)}/2018\n\nSUBJECT: TEST NUMBER ${index}\n\n1. The Department should deliver the proposal ${index} to the Ministry${extra}.\n\n2. Embassy will report.\n`
  return { name: `cable-${index}.txt`, text: `${copy('')}\n${copy(' at once')}` }
}

/** A corpus of small cables, or (`generated`) of cables as the benchmark makes them, two or three copies each. */
function corpusOf(count: number, kind: 'small' | 'generated' = 'small'): string {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-cache-corpus-'))
  for (let index = 0; index < count; index++) {
    const made = kind === 'small' ? cable(index) : generateCable(index + 5)
    writeFileSync(join(corpus, made.name), made.text)
  }
  return corpus
}

const freshFolder = (): string => mkdtempSync(join(tmpdir(), 'cable-cache-'))

/** Build quietly into `out` with its cache beside it (each test its own folders). */
async function build(corpus: string, out: string, options: Partial<BuildOptions> = {}): Promise<BuildSummary> {
  return buildEdition({ corpus, out, pathPrefix: '/', version: '1.0.0', sourceDateEpoch: 1700000000, jobs: 1, warn: () => {}, generator: 'test', ...options })
}

/** What a build from nothing writes for this corpus (and options). */
async function fromNothing(corpus: string, options: Partial<BuildOptions> = {}): Promise<Map<string, string>> {
  const out = join(freshFolder(), 'out')
  await build(corpus, out, options)
  return snapshot(out)
}

/** Every file under dir (relative path) with the SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile()).sort()
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]))
}

/**
 * The Pagefind processes this one started that are still running after up to five seconds
 * (Linux: the children of each of its threads), by pid.
 */
async function pagefindProcessesLeft(): Promise<string[]> {
  const running = (): string[] => {
    const tasks = readdirSync(`/proc/${process.pid}/task`)
    const children = tasks.flatMap((task) => {
      try {
        return readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter((pid) => pid !== '')
      } catch {
        return [] // a thread that ended meanwhile
      }
    })
    return children.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')
      } catch {
        return false // ended meanwhile
      }
    })
  }
  for (let waited = 0; waited < 5_000 && running().length > 0; waited += 50) await sleep(50)
  return running()
}

/** A word changed in the running text of a cable, as an editor's correction would. */
function edit(path: string): void {
  const text = readFileSync(path, 'utf8')
  const changed = text.replace(/\b(proposals?|Department|DEPARTMENT)\b/, (word) => `${word}s`)
  assert.notEqual(changed, text, `${path} has a word to edit`)
  writeFileSync(path, changed)
}

test('a build from the cache with nothing changed makes nothing and writes the same bytes', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  const first = await build(corpus, out)
  assert.deepEqual(first.made, { editions: DOCUMENTS, pages: DOCUMENTS, corpus: true, index: 1 })
  const before = snapshot(out)
  const again = await build(corpus, out)
  assert.deepEqual(again.made, { editions: 0, pages: 0, corpus: false, index: 0 })
  assert.deepEqual(snapshot(out), before)
})

test('editing one raw file makes that document again, and only it; the output is that of a build from nothing', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  edit(join(corpus, cable(1).name))
  const summary = await build(corpus, out)
  assert.equal(summary.made.editions, 1)
  assert.equal(summary.made.pages, 1)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('with the search index in shards, a document edited, added or removed indexes again only the shards of the pages made again; the output is that of a build from nothing', slow, async () => {
  // Nine to ten documents, at least two a shard: four shards throughout.
  const shards = { searchShardSize: 2 }
  const corpus = corpusOf(9)
  const out = join(freshFolder(), 'out')
  const first = await build(corpus, out, shards)
  assert.ok(first.made.index >= 2, `${first.made.index} shards indexed`)
  assert.equal(first.warnings, 0, 'every document is indexed once')
  edit(join(corpus, cable(1).name))
  const edited = await build(corpus, out, shards)
  assert.equal(edited.made.pages, 1)
  assert.equal(edited.made.index, 1)
  assert.deepEqual(snapshot(out), await fromNothing(corpus, shards))
  // A document added or removed changes the pages of its neighbours in time as well.
  writeFileSync(join(corpus, cable(9).name), cable(9).text)
  const added = await build(corpus, out, shards)
  assert.ok(added.made.index >= 1 && added.made.index <= added.made.pages && added.made.index < first.made.index, `${added.made.index} shards indexed for ${added.made.pages} documents' pages`)
  rmSync(join(corpus, cable(4).name))
  const removed = await build(corpus, out, shards)
  assert.ok(removed.made.index >= 1 && removed.made.index <= Math.max(1, removed.made.pages) && removed.made.index < first.made.index, `${removed.made.index} shards indexed for ${removed.made.pages} documents' pages`)
  assert.equal(removed.warnings, 0)
  assert.deepEqual(snapshot(out), await fromNothing(corpus, shards))
  // Pagefind's services (two for several shards) are stopped when the index is written.
  assert.deepEqual(await pagefindProcessesLeft(), [])
  // Pagefind reads each shard's pages from a folder of the cache that holds that shard's reading pages alone.
  const reading = join(defaultCacheDir(out), 'reading')
  const ids = readdirSync(join(out, 'documents'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  const expected = shardsOf(ids, shards.searchShardSize)
  assert.equal(expected.length, 4)
  assert.deepEqual(readdirSync(reading).filter((name) => !name.endsWith('.json')).sort(), expected.map(({ shard }) => String(shard)).sort())
  for (const { shard, ids: members } of expected) {
    const folder = join(reading, String(shard), 'documents')
    assert.deepEqual(existsSync(folder) ? readdirSync(folder).sort() : [], members, `shard ${shard}`)
    for (const id of members) assert.equal(readFileSync(join(folder, id, 'index.html'), 'utf8'), readFileSync(join(out, 'documents', id, 'index.html'), 'utf8'))
  }
})

test('inputs known by their stat: a file touched but unchanged makes nothing again; one rewritten with its size and modification time kept is still made again', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  // Past the racy window (two seconds), so that the build records the files' stats and trusts them next time.
  await sleep(2_200)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  const before = snapshot(out)
  const touched = join(corpus, cable(0).name)
  utimesSync(touched, new Date(), new Date())
  const again = await build(corpus, out)
  assert.deepEqual(again.made, { editions: 0, pages: 0, corpus: false, index: 0 })
  assert.deepEqual(snapshot(out), before)
  const path = join(corpus, cable(2).name)
  const { atime, mtime, size } = statSync(path)
  writeFileSync(path, readFileSync(path, 'utf8').replace('proposal', 'PROPOSAL'))
  utimesSync(path, atime, mtime)
  assert.equal(statSync(path).size, size)
  const edited = await build(corpus, out)
  assert.equal(edited.made.editions, 1)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('renaming a raw file makes its document again under the new name; nothing else', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  renameSync(join(corpus, cable(2).name), join(corpus, 'renamed.txt'))
  const summary = await build(corpus, out)
  assert.equal(summary.made.editions, 1)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('deleting a raw file removes its document and makes no other again', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  rmSync(join(corpus, cable(3).name))
  const summary = await build(corpus, out)
  assert.equal(summary.documents, DOCUMENTS - 1)
  assert.equal(summary.made.editions, 0)
  assert.equal(summary.made.corpus, true, 'the home page lists one document fewer')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('adding or changing a sidecar makes its document again', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  const sidecar = join(corpus, cable(3).name.replace(/\.txt$/, '.edition.json'))
  writeFileSync(sidecar, JSON.stringify({ id: 'd-chosen-by-the-editor' }))
  assert.equal((await build(corpus, out)).made.editions, 1)
  writeFileSync(sidecar, JSON.stringify({ id: 'd-chosen-again' }))
  assert.equal((await build(corpus, out)).made.editions, 1)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('changing a corpus-level file the documents depend on makes every document again', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  const dependencies = ['authority.json']
  await build(corpus, out, { dependencies })
  writeFileSync(join(corpus, 'authority.json'), '{"people": []}')
  assert.equal((await build(corpus, out, { dependencies })).made.editions, DOCUMENTS, 'a new file')
  writeFileSync(join(corpus, 'authority.json'), '{"people": ["x"]}')
  assert.equal((await build(corpus, out, { dependencies })).made.editions, DOCUMENTS, 'a changed file')
  assert.equal((await build(corpus, out, { dependencies })).made.editions, 0, 'unchanged')
})

test('another version of the generator makes every document again', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out, { generator: 'one' })
  const summary = await build(corpus, out, { generator: 'two' })
  assert.equal(summary.made.editions, DOCUMENTS)
  assert.equal(summary.made.pages, DOCUMENTS)
})

test('other site settings (the path prefix) render the pages again from the cached editions', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  const summary = await build(corpus, out, { pathPrefix: '/edition/' })
  assert.deepEqual(summary.made, { editions: 0, pages: DOCUMENTS, corpus: true, index: 1 })
  assert.deepEqual(snapshot(out), await fromNothing(corpus, { pathPrefix: '/edition/' }))
})

test('changing the editor\'s edition.json (related records, then copies grouped) makes every document again, and the output is that of a build from nothing', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  await build(corpus, out)
  const [first, second] = [cable(0).name, cable(1).name]
  writeFileSync(join(corpus, 'edition.json'), JSON.stringify({ related: [[first, second]] }))
  const related = await build(corpus, out)
  assert.ok(related.made.editions >= DOCUMENTS, 'every document depends on edition.json')
  assert.equal(related.documents, DOCUMENTS)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  const pages = (dir: string): string[] => readdirSync(join(dir, 'documents')).map((id) => readFileSync(join(dir, 'documents', id, 'index.html'), 'utf8'))
  assert.equal(pages(out).filter((page) => page.includes('Related records</h2>')).length, 2, 'related both ways')
  writeFileSync(join(corpus, 'edition.json'), JSON.stringify({ documents: [{ files: [first, second] }] }))
  const grouped = await build(corpus, out)
  assert.equal(grouped.documents, DOCUMENTS - 1, 'two files, one document')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  assert.equal(pages(out).filter((page) => page.includes('http-equiv="refresh"')).length, 1, 'the other file\'s address leads to the document')
  assert.equal((await build(corpus, out)).made.editions, 0, 'unchanged')
})

/** A small TEI master showing an image (`seal.png`) beside it, titled `title`. */
function master(title: string): string {
  const body = '<figure><graphic url="seal.png"/><figDesc>The seal</figDesc></figure><p>Text of the master.</p>'
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="pictured"><teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>\n`
}

test('TEI masters beside raw cables: a changed master, or an image that appears beside it, makes the masters again, and the output is that of a build from nothing', slow, async () => {
  const corpus = corpusOf(DOCUMENTS)
  writeFileSync(join(corpus, 'pictured.xml'), master('Pictured'))
  const out = join(freshFolder(), 'out')
  const first = await build(corpus, out)
  assert.equal(first.documents, DOCUMENTS + 1)
  assert.equal(first.made.editions, DOCUMENTS + 1)
  assert.equal((await build(corpus, out)).made.editions, 0, 'unchanged')
  writeFileSync(join(corpus, 'pictured.xml'), master('Pictured again'))
  assert.equal((await build(corpus, out)).made.editions, 1, 'the master changed')
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
  // The smallest PNG: one transparent pixel. Shown now, where a placeholder stood.
  writeFileSync(join(corpus, 'seal.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))
  assert.equal((await build(corpus, out)).made.editions, 1, 'the image appeared')
  const after = snapshot(out)
  assert.ok(after.has(join('media', 'pictured', 'seal.png')))
  assert.deepEqual(after, await fromNothing(corpus))
})

test('one thread or two write the same bytes, built whole or from the cache', slow, async () => {
  const corpus = corpusOf(MANY, 'generated')
  const one = join(freshFolder(), 'out')
  const two = join(freshFolder(), 'out')
  // Two documents a shard at least: the search index in shards too.
  const summary = await build(corpus, two, { jobs: 2, searchShardSize: 2 })
  // The generated cables are variants of a few texts: some are grouped as copies of one
  // another, whose documents are made in the threads as well.
  assert.ok(summary.documents < MANY && summary.made.editions > MANY, `${summary.documents} documents, ${summary.made.editions} editions made`)
  await build(corpus, one, { jobs: 1, searchShardSize: 2 })
  assert.deepEqual(snapshot(two), snapshot(one))
  assert.ok(snapshot(one).has(join('pagefind', 'shard-01', 'pagefind-entry.json')), 'a second shard')
  edit(join(corpus, generateCable(6).name))
  rmSync(join(corpus, generateCable(7).name))
  await build(corpus, two, { jobs: 2, searchShardSize: 2 })
  assert.deepEqual(snapshot(two), await fromNothing(corpus, { jobs: 1, searchShardSize: 2 }))
})

test('a bad input stops the build with its error; what was made before it is kept for the next build', slow, async () => {
  const corpus = corpusOf(MANY)
  const out = join(freshFolder(), 'out')
  writeFileSync(join(corpus, 'zz-binary.txt'), Buffer.from([0x53, 0x0a, 0x00]))
  await assert.rejects(build(corpus, out, { jobs: 2 }), (error: unknown) => error instanceof InputError && /zz-binary\.txt:2:1: error: binary data/.test(error.message))
  rmSync(join(corpus, 'zz-binary.txt'))
  assert.equal((await build(corpus, out)).made.editions, 0)
})

/** A corpus built once into a fresh output folder with a cache folder of its own. */
async function builtWithCache(): Promise<{ corpus: string; out: string; cacheDir: string }> {
  const corpus = corpusOf(DOCUMENTS)
  const out = join(freshFolder(), 'out')
  const cacheDir = join(freshFolder(), 'cache')
  await build(corpus, out, { cacheDir })
  return { corpus, out, cacheDir }
}

test('a cached file that vanished is made again, and the output is the same', slow, async () => {
  const { corpus, out, cacheDir } = await builtWithCache()
  const pages = join(cacheDir, 'pages')
  const [entry] = readdirSync(pages)
  assert.ok(entry)
  const [file] = readdirSync(join(pages, entry), { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(pages, entry, name)).isFile())
  rmSync(join(pages, entry, file as string))
  await build(corpus, out, { cacheDir, pathPrefix: '/' })
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

test('a document whose cached TEI or shingles vanished is made again, and the output is the same', slow, async () => {
  const { corpus, out, cacheDir } = await builtWithCache()
  const tei = join(cacheDir, 'tei')
  const masters = readdirSync(tei).filter((name) => /^[0-9a-f]{64}\.xml$/.test(name))
  const shingles = readdirSync(tei).filter((name) => name.endsWith('.shingles'))
  assert.ok(masters.length >= 2 && shingles.length >= 1)
  rmSync(join(tei, masters[0] as string))
  rmSync(join(tei, shingles[0] as string))
  const summary = await build(corpus, out, { cacheDir })
  assert.ok(summary.made.editions >= 1 && summary.made.editions <= 2, `made ${summary.made.editions} editions again`)
  assert.deepEqual(snapshot(out), await fromNothing(corpus))
})

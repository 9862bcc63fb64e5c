/**
 * The benchmark's floors (bench/floors.ts) measure what they say: the write floor writes every
 * file of a site, byte for byte, into folders of the same shape, and counts them; Pagefind alone
 * indexes the reading pages only.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { WORK } from '../bench/build.ts'
import { measureFloors } from '../bench/floors.ts'
import { filesOf } from '../src/build/cache.ts'

/** Every file under a folder, by its relative path, with its bytes. */
function filesUnder(dir: string): Map<string, string> {
  return new Map(filesOf(dir).map((path) => [path, readFileSync(join(dir, path), 'latin1')]))
}

function writeAll(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

const reading = (id: string, words: string): string =>
  `<!doctype html><html lang="en"><head><title>${id}</title></head><body><main><section data-pagefind-body>${words}</section></main></body></html>`

test('the floors write every file of each site as it is, and Pagefind indexes the reading pages alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-floors-'))
  const name = `test-${process.pid}`
  try {
    const site = join(dir, 'site')
    const bare = join(dir, 'bare')
    writeAll(site, {
      'index.html': '<!doctype html><title>Documents</title>',
      'documents/d-1/index.html': reading('d-1', 'The embassy reports a démarche.'),
      'documents/d-1/witness/A/index.html': '<!doctype html><title>Witness A</title><p data-pagefind-body>not a reading page</p>',
      'documents/d-1/cite.bib': '@misc{d-1}\n',
      'documents/d-2/index.html': reading('d-2', 'The minister replied at once.'),
      'tei/d-1.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n',
    })
    writeAll(bare, { 'gen-1/index.html': '<p>one</p>', 'gen-2/index.html': '<p>two</p>' })

    const floors = await measureFloors(site, bare, 1, name)

    assert.deepEqual(filesUnder(join(WORK, `out-floor-${name}-ours-0-${process.pid}`)), filesUnder(site))
    assert.deepEqual(filesUnder(join(WORK, `out-floor-${name}-bare-0-${process.pid}`)), filesUnder(bare))
    const ours = floors.ours[0]
    assert.ok(ours)
    assert.equal(ours.files, 6)
    // documents, documents/d-1, documents/d-1/witness, documents/d-1/witness/A, documents/d-2, tei
    assert.equal(ours.folders, 6)
    assert.equal(ours.bytes, [...filesUnder(site).values()].reduce((sum, text) => sum + Buffer.byteLength(text, 'latin1'), 0))
    assert.deepEqual([floors.bare[0]?.files, floors.bare[0]?.folders], [2, 2])
    assert.equal(floors.pagefindPages, 2)
    assert.equal(floors.pagefindMs.length, 1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
    for (const entry of existsSync(WORK) ? readdirSync(WORK) : []) if (entry.startsWith(`out-floor-${name}-`)) rmSync(join(WORK, entry), { recursive: true, force: true })
  }
})

/**
 * The generator's own TEI round-trips: `tei` of each raw cable, then `build` from those TEI
 * masters, gives the same site, byte for byte, as `build` from the raw text. (The site's
 * metadata of a raw document comes from its model, of a master from `readMetadata`; the two
 * agree: test/model-contract.test.ts.)
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { listFiles } from './site/helpers.ts'
import { slow } from './helpers/slow.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }

function cableEdition(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env })
  return { status: result.status, stderr: result.stderr }
}

test('tei then build from that TEI gives the same site as build from the raw text', slow, async () => {
  const work = mkdtempSync(join(tmpdir(), 'cable-round-trip-'))
  const raw = join(work, 'raw')
  const masters = join(work, 'masters')
  mkdirSync(raw)
  mkdirSync(masters)
  const cables = join(import.meta.dirname, 'fixtures', 'cables')
  const inputs = [
    join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'),
    ...readdirSync(cables).filter((file) => file.endsWith('.txt')).map((file) => join(cables, file)),
  ]
  // The corpus's authority file goes with it: names are tagged from it, and it is published whole.
  const authority = join(import.meta.dirname, '..', 'corpus', 'entities.yaml')
  for (const folder of [raw, masters]) copyFileSync(authority, join(folder, 'entities.yaml'))
  for (const input of inputs) {
    const name = input.split('/').pop() as string
    copyFileSync(input, join(raw, name))
    const written = cableEdition('tei', join(raw, name), '-o', join(masters, name.replace(/\.txt$/, '.xml')))
    assert.equal(written.status, 0, written.stderr)
  }
  const fromRaw = join(work, 'site-from-raw')
  const fromTei = join(work, 'site-from-tei')
  assert.equal(cableEdition('build', raw, '--out', fromRaw).status, 0)
  const built = cableEdition('build', masters, '--out', fromTei)
  assert.equal(built.status, 0, built.stderr)
  const pages = await listFiles(fromRaw)
  assert.ok(pages.filter((file) => file.endsWith('.html')).length > inputs.length)
  assert.deepEqual(await listFiles(fromTei), pages)
  for (const file of pages) assert.ok(readFileSync(join(fromRaw, file)).equals(readFileSync(join(fromTei, file))), file)
})

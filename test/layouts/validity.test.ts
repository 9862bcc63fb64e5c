/**
 * Every layout fixture gives valid TEI (tei_all), whose pointers resolve, that keeps every
 * word of every copy and is the same on a second run.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { validateTei } from '../../src/validate/index.ts'
import { danglingPointers, lostWords } from '../helpers/tei.ts'
import { layout, LAYOUTS } from './helpers.ts'

const names = readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, ''))
const dir = mkdtempSync(join(tmpdir(), 'cable-layouts-'))
const written: string[] = []

for (const name of names) {
  test(`${name}: lossless, deterministic TEI whose pointers resolve`, () => {
    const { model, tei, tree } = layout(name)
    const raw = readFileSync(join(LAYOUTS, `${name}.txt`), 'utf8')
    for (const w of model.descriptions) assert.deepEqual(lostWords(raw, w.lines, tree, w.siglum), [], `copy ${w.siglum}`)
    assert.deepEqual(danglingPointers(tree), [])
    assert.equal(layout(name).tei, tei)
    const path = join(dir, `${name}.xml`)
    writeFileSync(path, tei)
    written.push(path)
  })
}

test('every layout fixture\'s TEI is valid against tei_all', async () => {
  assert.equal(written.length, names.length)
  assert.deepEqual(await validateTei(written), [])
})

/**
 * `build` over a corpus folder holding TEI masters: a master wins over a raw cable of the same
 * id (with a warning), an invalid master stops the build with its places and writes nothing.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
const sample = join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt')

function cableEdition(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

test('a raw cable and a TEI master with the same id: the master is built, with a warning', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-both-'))
  copyFileSync(sample, join(corpus, 'sample.txt'))
  const tei = cableEdition('tei', sample).stdout.replace('<title type="main">Nagorno-Karabakh: Reply to Pastukhov Letter</title>', '<title type="main">Nagorno-Karabakh: the editor’s corrected title</title>')
  writeFileSync(join(corpus, 'sample.xml'), tei)
  const out = join(corpus, 'site')
  const result = cableEdition('build', corpus, '--out', out)
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /sample\.txt:1:1: warning: document d-B-00002120004 is also given by the TEI master sample\.xml: the master is built, this raw text is not/)
  assert.match(result.stdout, /^1 document\(s\)/)
  assert.match(readFileSync(join(out, 'documents', 'd-B-00002120004', 'index.html'), 'utf8'), /<h1>Nagorno-Karabakh: the editor’s corrected title<\/h1>/)
  assert.equal(readFileSync(join(out, 'tei', 'd-B-00002120004.xml'), 'utf8'), tei)
})

test('an invalid TEI master: exit 1, every error at its file:line:col, nothing written', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-invalid-'))
  const tei = cableEdition('tei', sample).stdout.replace('<body>', '<body><oops/>')
  writeFileSync(join(corpus, 'broken.xml'), tei)
  const out = join(corpus, 'site')
  const result = cableEdition('build', corpus, '--out', out)
  assert.equal(result.status, 1)
  assert.match(result.stderr, /broken\.xml:1:\d+: error: element "oops" not allowed/)
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace')
  assert.equal(existsSync(out), false)
})

test('a folder with neither raw cables nor TEI masters says so', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-empty-'))
  mkdirSync(join(corpus, 'sub'))
  const result = cableEdition('build', corpus, '--out', join(corpus, 'site'))
  assert.equal(result.status, 1)
  assert.match(result.stderr, /error: no raw cables \(\*\.txt\) or TEI masters \(\*\.xml\) in this directory/)
})

test('an image beside a master is copied into the site and shown; one that is absent is a placeholder', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-image-'))
  // The smallest PNG: one transparent pixel.
  writeFileSync(join(corpus, 'seal.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))
  const body = '<figure><graphic url="seal.png"/><figDesc>The seal</figDesc></figure><figure><graphic url="map.tif"/></figure><p>Text.</p>'
  writeFileSync(join(corpus, 'pictured.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="pictured"><teiHeader><fileDesc><titleStmt><title>Pictured</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>\n`)
  const out = join(corpus, 'site')
  const result = cableEdition('build', corpus, '--out', out)
  assert.equal(result.status, 0, result.stderr)
  const page = readFileSync(join(out, 'documents', 'pictured', 'index.html'), 'utf8')
  assert.match(page, /<img class="tei-graphic" src="..\/..\/media\/pictured\/seal.png" alt="The seal">/)
  assert.ok(readFileSync(join(out, 'media', 'pictured', 'seal.png')).equals(readFileSync(join(corpus, 'seal.png'))))
  assert.match(page, /\[Image not included in this edition: map\.tif\]/)
})

/**
 * Text is always text: whatever a raw cable holds (HTML entities, a DOCTYPE, tags, control
 * characters anywhere, old line endings, any number of copies) comes out as well-formed,
 * valid TEI whose text is the source's characters, or as an error with its place.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { editionOf, editionOfFile } from '../src/pipeline.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { checkCharacters } from '../transforms/characters.ts'
import { validateTei } from '../src/validate/index.ts'
import { danglingPointers, elements, parseTei, textOf } from './helpers/tei.ts'

const dir = mkdtempSync(join(tmpdir(), 'cable-text-'))
const written: string[] = []

/** TEI of a raw text, kept for one validation of all of them at the end. */
function tei(name: string, text: string): string {
  const xml = toTei(editionOf(sourceFromText(`${name}.txt`, text)))
  const path = join(dir, `${name}.xml`)
  writeFileSync(path, xml)
  written.push(path)
  return xml
}

/** Everything the TEI's text says, in document order (parsing checks well-formedness). */
function allText(xml: string): string {
  return textOf(parseTei(xml))
}

const entities = 'SUBJECT: AT&T &amp; &nbsp; &#0; &lt;TAG&gt;\n\n1. The text had &nbsp;spaces&nbsp; and &lt;b&gt; and &#x41; and &copy; in it, as typed.\n'

test('HTML entities stay the characters the source has, never decoded', () => {
  const text = allText(tei('entities', entities))
  for (const literal of ['AT&T', '&amp;', '&nbsp;', '&#0;', '&lt;TAG&gt;', '&nbsp;spaces&nbsp;', '&lt;b&gt;', '&#x41;', '&copy;']) {
    assert.ok(text.includes(literal), `${literal} kept literally`)
  }
})

test('a DOCTYPE and HTML tags are text of the cable, not markup of the TEI', () => {
  const text = allText(tei('doctype', '<!DOCTYPE html>\n<html><body>\n\n1. A paragraph with <b>bold</b> and <script>alert(1)</script> in it.\n'))
  assert.ok(text.includes('<!DOCTYPE html>'))
  assert.ok(text.includes('<script>alert(1)</script>'))
})

test('control characters in header fields become <g type="control">, with a warning each', () => {
  const model = editionOf(sourceFromText('controls.txt', 'SUBJECT: BELL\u0007 AND ESCAPE\u001b\n\nTAGS: PREL\u0001\n\n1. Body text of the telegram follows here, long enough to be prose.\n'))
  const xml = toTei(model)
  const subject = elements(parseTei(xml), 'title').find((t) => t.attributes.type === 'main')
  assert.deepEqual(elements(subject!, 'g').map((g) => g.attributes.n), ['U+0007', 'U+001B'])
  assert.equal(model.warnings.filter((w) => /not allowed in XML/.test(w.message)).length, 3)
  tei('controls', 'SUBJECT: BELL\u0007 AND ESCAPE\u001b\n\nTAGS: PREL\u0001\n\n1. Body.\n')
})

test('lone surrogates, U+FFFE and controls are each warned of; a surrogate pair and a form feed are not', () => {
  const found: string[] = []
  checkCharacters('a\uD800b \uDC00 \u{1F600} \uFFFE\f\u0007', (offset, message) => found.push(`${offset} ${message.split(' ')[1]}`))
  assert.deepEqual(found, ['1 U+D800', '4 U+DC00', '9 U+FFFE', '11 U+0007'])
  const none: number[] = []
  checkCharacters('plain text \u{1F600} with a pair\f and a form feed\n', (offset) => none.push(offset))
  assert.deepEqual(none, [])
})

test('control characters in a sidecar label become <g type="control">', () => {
  const raw = join(dir, 'labelled.txt')
  writeFileSync(raw, 'SUBJECT: TEST\n\n1. The body of the telegram, long enough to be prose text.\n')
  writeFileSync(join(dir, 'labelled.edition.json'), JSON.stringify({ witnesses: [{ label: 'Copy with a bell \u0007 in its label' }] }))
  const xml = toTei(editionOfFile(raw))
  const witness = elements(parseTei(xml), 'witness')[0]
  assert.deepEqual(elements(witness!, 'g').map((g) => g.attributes.n), ['U+0007'])
  const path = join(dir, 'labelled.xml')
  writeFileSync(path, xml)
  written.push(path)
})

test('lone-CR line endings are line breaks', () => {
  const model = editionOf(sourceFromText('cr.txt', 'SUBJECT: OLD MAC FILE\r\rTAGS: PREL\r\r1. The body of the telegram, long enough to be prose text.\r'))
  assert.equal(model.facts.subject, 'OLD MAC FILE')
  assert.deepEqual(model.facts.tags, ['PREL'])
  tei('cr', 'SUBJECT: OLD MAC FILE\r\rTAGS: PREL\r\r1. The body of the telegram, long enough to be prose text.\r')
})

test('more than 26 copies get distinct, valid sigla (A … Z, then A1 …)', () => {
  const copy = (n: number): string => `SUBJECT: COPY ${n} OF THE SAME TELEGRAM\n\n1. This is the body text of copy number ${n}, and it is long enough to be prose. The Embassy should deliver the points below to the Foreign Ministry at the earliest opportunity and report its answer.\n\n`
  const text = Array.from({ length: 28 }, (_, n) => copy(n + 1)).join('')
  const xml = tei('many-copies', text)
  const sigla = elements(parseTei(xml), 'witness').map((w) => w.attributes['xml:id'])
  assert.equal(sigla.length, 28)
  assert.equal(new Set(sigla).size, 28)
  assert.deepEqual(sigla.slice(24), ['Y', 'Z', 'A1', 'B1'])
  assert.deepEqual(danglingPointers(parseTei(xml)), [])
})

test('every TEI written above is valid against tei_all', async () => {
  assert.ok(written.length >= 6)
  assert.deepEqual(await validateTei(written), [])
})

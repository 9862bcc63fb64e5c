/** Text withheld on release: each shape of cut becomes a gap, counted in the header and shown as a mark. */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import type { EditionModel } from '../src/edition/model.ts'
import { editionOf, editionOfFile, editionOfFiles } from '../src/pipeline.ts'
import { metadataOf, renderDocument } from '../src/render/index.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { elements, parseTei, textOf } from './helpers/tei.ts'

const dir = mkdtempSync(join(tmpdir(), 'cable-withheld-'))
const written: string[] = []
const copysets = join(import.meta.dirname, 'fixtures', 'copysets', 'corpus')
const cables = join(import.meta.dirname, 'fixtures', 'cables')

/** The TEI of a model, kept for one validation at the end. */
function tei(name: string, model: EditionModel): ReturnType<typeof parseTei> {
  const xml = toTei(model)
  writeFileSync(join(dir, `${name}.xml`), xml)
  written.push(join(dir, `${name}.xml`))
  return parseTei(xml)
}

const cable = (body: string, release = 'RELEASE IN PART'): EditionModel =>
  editionOf(sourceFromText('x.txt', `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C09990010 Date: 08/26/2019\n\n${release}\n\nSUBJECT: TALKS WITH THE MINISTER\n\n${body}`))
const gaps = (tree: ReturnType<typeof parseTei>): Array<Record<string, string | null | undefined>> => elements(tree, 'gap').map((g) => g.attributes)

test('exemption codes where a paragraph was cut: one gap with the codes, none for the grounds under the release stamp', () => {
  const tree = tei('C06698642', editionOfFile(join(copysets, 'C06698642.txt')))
  assert.deepEqual(gaps(tree).map((g) => g.n), ['1.4(B) 1.4(D) B1', '1.4(B)', '1.4(D)', 'B1'])
  assert.ok(gaps(tree).every((g) => g.reason === 'withheld'))
  assert.ok(textOf(elements(tree, 'availability')[0]!).includes('Release decision: RELEASE IN PART B1,1.4(B),1.4(D)'))
})

test('a code inside a sentence (a name cut), shared by every copy, is one gap', () => {
  const model = editionOfFile(join(cables, 'lou-three-copies.txt'))
  const tree = tei('lou', model)
  assert.deepEqual(gaps(tree).map((g) => g.n), ['B5', 'B6'])
  assert.equal(model.streams.length, 3, 'three copies, and still one gap for B6')
})

test('OCR’d category letters and spaced codes are normalised: 1.4(6) is 1.4(B)', () => {
  const tree = tei('ocr', cable('1. THE MINISTER SAID THAT\n1.4(6)\nB1\nHE WOULD CALL AGAIN ON MONDAY.\n'))
  assert.deepEqual(gaps(tree).map((g) => g.n), ['1.4(B) B1'])
})

test('runs of x, alone or glued to punctuation, are gaps; the x stay in the text', () => {
  const model = cable('1. (S) xxxxx said the talks were "useful"xxxxx; the Minister XXXXXXXXXXXX agreed.\n', '')
  const tree = tei('x', model)
  assert.equal(gaps(tree).length, 3)
  assert.ok(gaps(tree).every((g) => g.n === undefined))
  assert.match(textOf(elements(tree, 'body')[0]!), /xxxxx said the talks were "useful"xxxxx; the Minister XXXXXXXXXXXX agreed/)
})

test('a paragraph cut whole, its number left, is a gap after the number', () => {
  const tree = tei('paragraph', cable('4. THE MINISTER OPENED THE MEETING.\n\n5.\n\n6. THE MEETING ENDED AT NOON.\n'))
  assert.deepEqual(gaps(tree), [{ reason: 'withheld', unit: 'paragraph', quantity: '1' }])
  const p5 = elements(tree, 'p').find((p) => textOf(p) === '5.')
  const last = p5?.children.at(-1)
  assert.equal(last?.type === 'element' ? last.name : undefined, 'gap', 'the gap follows the number')
})

test('classification grounds and codes in a document that withholds nothing are not cuts', () => {
  const grounds = cable('Classified By: Political Counselor A. Smith, Reasons 1.4(B) and (D)\n\n1. THE MINISTER SAID REASON 1.4(B) APPLIES.\n', '')
  assert.deepEqual(gaps(tei('grounds', grounds)), [])
  const bomber = cable('1. THE B1 BOMBER FLEW OVER THE BASE TWICE.\n', 'RELEASE IN FULL')
  assert.deepEqual(gaps(tei('bomber', bomber)), [])
})

test('the header counts the gaps the text has (tagsDecl), with the exemptions', () => {
  for (const [name, model] of [['C06698642', editionOfFile(join(copysets, 'C06698642.txt'))], ['008', editionOfFile(join(copysets, '008-96STATE099063-repeat-FOIA-C06697823.txt'))], ['016', editionOfFile(join(copysets, '016-09ULAANBAATAR234-copyA-redacted.txt'))]] as const) {
    const tree = tei(name, model)
    const usage = elements(tree, 'tagUsage').find((u) => u.attributes.gi === 'gap')
    assert.equal(usage?.attributes.occurs, String(gaps(tree).length), name)
    assert.ok(gaps(tree).length > 0, name)
    assert.deepEqual(metadataOf(model).withheld, gaps(tree).length)
  }
})

test('a cut in one copy is aligned with the text another copy has: the apparatus says who withheld what', () => {
  const a = join(dir, 'a.txt')
  const b = join(dir, 'b.txt')
  writeFileSync(a, 'SUBJECT: TALKS\n\n1. (S) On August 12 the Deputy Director xxxxx briefed poloff on the consultations that ended the day before.\n')
  writeFileSync(b, 'SUBJECT: TALKS\n\n1. (S) On August 12 the Deputy Director J. Sukhee briefed poloff on the consultations that ended the day before.\n')
  const tree = tei('aligned', editionOfFiles([a, b]))
  const app = elements(tree, 'app').find((x) => elements(x, 'gap').length > 0)
  assert.ok(app, 'the gap stands in a variation')
  const withGap = [...elements(app, 'lem'), ...elements(app, 'rdg')].find((r) => elements(r, 'gap').length > 0)
  assert.equal(withGap?.attributes.wit, '#a')
})

test('review stamps and the release decision of each copy are in the header', () => {
  const tree = tei('008-header', editionOfFile(join(copysets, '008-96STATE099063-repeat-FOIA-C06697823.txt')))
  const changes = elements(tree, 'change').map((c) => [c.attributes.when, textOf(c)])
  assert.ok(changes.some(([when, text]) => when === '2019-08-12' && /Portions Reclassified .* Reason: 1\.4\(B\), 1\.4\(D\) - Declassify on: 08\/12\/2029/.test(text ?? '')), JSON.stringify(changes))
  const reviewed = tei('C06698642-header', editionOfFile(join(copysets, 'C06698642.txt')))
  assert.ok(elements(reviewed, 'change').some((c) => c.attributes.when === '2019-06-18' && /Declassification Authority: Geoffrey W\. Chapman/.test(textOf(c))))
})

test('the site shows each gap as a visible mark that says what was withheld and why', () => {
  const model = editionOfFile(join(copysets, 'C06698642.txt'))
  const rendered = renderDocument(toTei(model), { fallbackId: model.id, metadata: metadataOf(model) })
  const html = JSON.stringify(rendered.reading.text)
  assert.match(html, /\[withheld: 1\.4\(B\), 1\.4\(D\), B1\]/)
  assert.match(html, /foreign government information/)
  assert.match(html, /classified national security information/)
})

test('every TEI written above is valid against tei_all', async () => {
  assert.deepEqual(await validateTei(written), [])
})

/** Building a corpus whose released files are copies of one text, with and without the editor's edition.json. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { editionOfCorpus } from '../../src/corpus/index.ts'
import type { EditionModel } from '../../src/edition/model.ts'
import { metadataOf, parseTei as parseForReader, readMetadata } from '../../src/render/index.ts'
import { toTei } from '../../src/tei/document.ts'
import { InputError } from '../../src/source/errors.ts'
import { editionOf } from '../../src/pipeline.ts'
import { decodeSource, sourceFromText } from '../../src/source/read.ts'
import { validateTei } from '../../src/validate/index.ts'
import { danglingPointers, elements, parseTei } from '../helpers/tei.ts'

const cli = join(import.meta.dirname, '..', '..', 'bin', 'cable-edition.js')
const own = join(import.meta.dirname, '..', 'fixtures', 'copysets-own')
const real = join(import.meta.dirname, '..', 'fixtures', 'copysets', 'corpus')

/** A fresh corpus folder holding the given fixture files (and an edition.json when given). */
function corpus(files: string[], edition?: string, from = own): string {
  const dir = mkdtempSync(join(tmpdir(), 'cable-copies-'))
  for (const file of files) copyFileSync(join(from, file), join(dir, file))
  if (edition !== undefined) writeFileSync(join(dir, 'edition.json'), edition)
  return dir
}

const all = ['cover-C09990003.txt', 'draft-C09990001.txt', 'other-C09990004.txt', 'telegram-C09990002.txt']
const txt = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()

test('build: a draft and its telegram are one document; the cover sheet and another telegram stay apart', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'cable-copies-out-'))
  const result = spawnSync(process.execPath, [cli, 'build', corpus(all), '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } })
  assert.equal(result.status, 0, result.stderr)
  const tei = readdirSync(join(out, 'tei')).sort()
  await t.test('should write one TEI file per document, all valid and self-consistent', async () => {
    assert.deepEqual(tei, ['corpus.xml', 'd-C09990002.xml', 'd-C09990003.xml', 'd-C09990004.xml', 'entities.xml'])
    assert.deepEqual(await validateTei(tei.map((f) => join(out, 'tei', f))), [])
    for (const f of tei) assert.deepEqual(danglingPointers(parseTei(readFileSync(join(out, 'tei', f), 'utf8'))), [], f)
  })
  const document = parseTei(readFileSync(join(out, 'tei', 'd-C09990002.xml'), 'utf8'))
  await t.test('should make each released file a witness named by its document number, its lines naming the file', () => {
    const witnesses = elements(document, 'witness')
    assert.deepEqual(witnesses.map((w) => w.attributes['xml:id']), ['C09990001', 'C09990002'])
    assert.match(JSON.stringify(witnesses[0]), /raw lines 1–\d+ of draft-C09990001\.txt/)
    assert.equal(witnesses[0]?.attributes.n, 'C09990001', 'the draft keeps its own FOIA document number')
  })
  await t.test('should list the cover sheet as a related record, and the cover sheet the telegram', () => {
    const related = (tree: ReturnType<typeof parseTei>): string[] => elements(tree, 'bibl').filter((b) => b.attributes.type === 'related').flatMap((b) => elements(b, 'ref').map((r) => r.attributes.target ?? ''))
    assert.deepEqual(related(document), ['d-C09990003.xml'])
    assert.deepEqual(related(parseTei(readFileSync(join(out, 'tei', 'd-C09990003.xml'), 'utf8'))), ['d-C09990002.xml'])
  })
  await t.test('should send the draft’s own address on to the document (meta refresh and a link)', () => {
    const page = readFileSync(join(out, 'documents', 'd-C09990001', 'index.html'), 'utf8')
    assert.match(page, /<meta http-equiv="refresh" content="0; url=\/documents\/d-C09990002\/">/)
    assert.match(page, /<a href="\/documents\/d-C09990002\/">/)
    assert.match(page, /href="\/documents\/d-C09990002\/witness\/C09990001\/"/)
  })
  await t.test('should link related records both ways on the document pages', () => {
    assert.match(readFileSync(join(out, 'documents', 'd-C09990002', 'index.html'), 'utf8'), /Related records<\/h2>.*href="\/documents\/d-C09990003\/"/s)
    assert.match(readFileSync(join(out, 'documents', 'd-C09990003', 'index.html'), 'utf8'), /Related records<\/h2>.*href="\/documents\/d-C09990002\/"/s)
  })
})

test('the site reads from the TEI what the model gives it: witnesses of several files, related records, repeats, gaps', () => {
  const dir = corpus(all)
  for (const file of ['015-09STATE127892.txt', 'C06698642.txt']) copyFileSync(join(real, file), join(dir, file))
  const { models } = editionOfCorpus(dir, txt(dir))
  const check = (model: EditionModel): void => assert.deepEqual(readMetadata(parseForReader(toTei(model)), 'x'), metadataOf(model), model.id)
  models.forEach(check)
  assert.ok(models.some((m) => m.related.length > 0) && models.some((m) => m.repeats.length > 0) && models.some((m) => m.withheld.count > 0))
  assert.ok(models.some((m) => m.descriptions.some((d) => d.file !== undefined)))
  for (const model of models) {
    const copy = JSON.parse(JSON.stringify(model)) as EditionModel
    assert.equal(toTei(copy), toTei(model), 'the model survives serialisation')
  }
})

test('sigla and the document id stay when another copy of the text is added to the corpus', () => {
  const dir = corpus(['draft-C09990001.txt', 'telegram-C09990002.txt'])
  const before = editionOfCorpus(dir, txt(dir)).models[0]
  // A second draft whose document number sorts before the others'.
  const text = readFileSync(join(own, 'draft-C09990001.txt'), 'utf8').replaceAll('C09990001', 'C09990000').replace('YY', 'JM')
  writeFileSync(join(dir, 'early-draft.txt'), text)
  const after = editionOfCorpus(dir, txt(dir)).models[0]
  assert.equal(after?.id, before?.id)
  assert.deepEqual(after?.descriptions.map((d) => d.siglum), ['C09990000', ...(before?.descriptions.map((d) => d.siglum) ?? [])])
})

test('three files of one released name (a document downloaded three times) are three witnesses with sigla of their own', () => {
  const dir = corpus(['draft-C09990001.txt'])
  const text = readFileSync(join(dir, 'draft-C09990001.txt'), 'utf8')
  writeFileSync(join(dir, 'draft-C09990001 (1).txt'), text.replace('YY', 'JM'))
  writeFileSync(join(dir, 'draft-C09990001 (2).txt'), text.replace('YY', 'KL'))
  const { models } = editionOfCorpus(dir, txt(dir))
  assert.equal(models.length, 1)
  assert.deepEqual(models[0]?.descriptions.map((d) => d.siglum), ['C09990001', 'C09990001-2', 'C09990001-3'])
  const named = (models[0]?.warnings ?? []).filter((w) => /is also another released file's/.test(w.message)).map((w) => w.message.replace(/.*this copy is (\S+);.*/, '$1'))
  assert.deepEqual(named, ['C09990001-2', 'C09990001-3'])
})

test('of two telegrams, the copy text is the one that withholds least', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-copies-'))
  const telegram = (who: string): string => `O 130854Z AUG 09\nFM AMEMBASSY ULAANBAATAR\nTO SECSTATE WASHDC IMMEDIATE 2981\n\nSUBJECT: CONSULTATIONS WITH THE VICE FOREIGN MINISTER\n\n1. (S) On August 12 the Deputy Director ${who} briefed poloff on the annual consultations that concluded on August 11, and on the meeting with the President on the sidelines.\n`
  writeFileSync(join(dir, 'a-redacted.txt'), telegram('xxxxx'))
  writeFileSync(join(dir, 'b-full.txt'), telegram('J. Sukhee'))
  const [model] = editionOfCorpus(dir, txt(dir)).models
  assert.equal(model?.descriptions.length, 2)
  assert.equal(model?.copyText, 'b-full')
})

test('of two drafts, the copy text is the one whose text the OCR made least noise of (a passage struck through)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-drafts-'))
  const draft = (line: string): string => `DRAFTED BY: EUR/CACEN:GSHELTON\nAPPROVED BY: D:JBASS\n\nE.O. 12958: DECL: 04/27/09\nTAGS: PREL, PGOV, RS, GG\nSUBJECT: SHEVARDNADZE SUPPORTS NATO'S ACTIONS IN KOSOVO\n\n1. (C) SHEVARDNADZE TOLD THE DEPUTY SECRETARY THAT GEORGIA SUPPORTED NATO'S ACTIONS. ${line} WANTED A LONG-TERM SETTLEMENT FOR THE WHOLE REGION AND FOR GEORGIA.\n\n2. (C) THE PRESIDENT ADDED THAT THE REFUGEES FROM ABKHAZIA WOULD RETURN ONLY WHEN THE INTERNATIONAL COMMUNITY GUARANTEED THEIR SAFETY, AND ASKED FOR AMERICAN SUPPORT IN THE SECURITY COUNCIL.\n\n3. (C) THE DEPUTY SECRETARY THANKED HIM FOR GEORGIA'S STEADFAST POSITION AND PROMISED TO CONSULT CLOSELY BEFORE THE WASHINGTON SUMMIT.\n`
  writeFileSync(join(dir, 'C09990011.txt'), draft('ON THE MAP IT ALL WOULD BE YUGOSLAVIA, BUT BELGRADE'))
  writeFileSync(join(dir, 'C09990012.txt'), draft('eli—liffE—MA-P—I-P—ALL W&I5L-13-1M-t—T1750=71017-11WBELGRADE'))
  const [model] = editionOfCorpus(dir, txt(dir)).models
  assert.equal(model?.descriptions.length, 2)
  assert.equal(model?.copyText, 'C09990011', 'not the last copy, whose passage reads as noise')
})

test('edition.json: the editor joins, separates and relates documents and chooses the copy text', async (t) => {
  await t.test('separate: a draft and its telegram stay two documents', () => {
    const dir = corpus(['draft-C09990001.txt', 'telegram-C09990002.txt'], '{ "separate": [["C09990001", "telegram-C09990002.txt"]] }')
    assert.equal(editionOfCorpus(dir, txt(dir)).models.length, 2)
  })
  await t.test('documents: files named together are one document, with the copy text, id and sigla stated', () => {
    const dir = corpus(['draft-C09990001.txt', 'other-C09990004.txt'], JSON.stringify({ documents: [{ files: ['C09990001', 'other-C09990004'], copyText: 'C09990001', id: 'd-fisheries', sigla: { C09990004: 'M' } }] }))
    const { models, redirects } = editionOfCorpus(dir, txt(dir))
    assert.equal(models.length, 1)
    assert.equal(models[0]?.id, 'd-fisheries')
    assert.equal(models[0]?.copyText, 'C09990001')
    assert.deepEqual(models[0]?.descriptions.map((d) => d.siglum), ['C09990001', 'M'])
    assert.deepEqual(redirects.map((r) => r.from).sort(), ['d-C09990001', 'd-C09990004'])
  })
  await t.test('related: a memcon cover sheet that names no telegram is linked by the editor', () => {
    const dir = corpus(['C06698954.txt', 'C06698683.txt'], '{ "related": [["C06698954", "C06698683.txt"]] }', real)
    const related = new Map(editionOfCorpus(dir, txt(dir)).models.map((m) => [m.id, m.related.map((r) => r.id)]))
    assert.deepEqual(related.get('d-C06698954'), ['d-C06698683'])
    assert.deepEqual(related.get('d-C06698683'), ['d-C06698954'])
  })
})

test('edition.json: a name that matches nothing, and other mistakes, are errors at their place', async (t) => {
  const fails = (edition: string, message: RegExp, line: number, column?: number): void => {
    const dir = corpus(['draft-C09990001.txt', 'telegram-C09990002.txt'], edition)
    assert.throws(() => editionOfCorpus(dir, txt(dir)), (error: unknown) => {
      assert.ok(error instanceof InputError)
      assert.equal(error.diagnostic.file, join(dir, 'edition.json'))
      assert.deepEqual([error.diagnostic.line, error.diagnostic.column], [line, column ?? error.diagnostic.column])
      assert.match(error.diagnostic.message, message)
      return true
    })
  }
  await t.test('a name of no file', () => fails('{\n  "related": [["C09990001", "C0999002"]]\n}\n', /no released file of the corpus is named "C0999002"/, 2, 29))
  await t.test('an unknown key', () => fails('{ "join": [] }', /unknown key "join"/, 1, 3))
  await t.test('a file in two documents', () => fails('{ "documents": [{ "files": ["C09990001"] },\n { "files": ["C09990002", "C09990001"] }] }', /already in document 1/, 2, 27))
  await t.test('a copy text that is not one of the document’s files', () => fails('{ "documents": [{ "files": ["C09990001"], "copyText": "C09990002" }] }', /copyText "C09990002" is not one of this document's files/, 1, 43))
  await t.test('not JSON', () => fails('{ "related": [ }', /not valid JSON/, 1))
  // The id and the sigla are xml:ids of one TEI file: the same twice is TEI that tei_all refuses.
  await t.test('a document id that is a copy’s siglum', () => fails('{ "documents": [{ "files": ["C09990001", "C09990002"],\n "id": "C09990002" }] }', /"id" "C09990002" is also the siglum of the copy telegram-C09990002\.txt: give the document an id of its own \(as "d-C09990002"\)/, 2, 2))
  await t.test('a document id that is a siglum the editor gave', () => fails('{ "documents": [{ "files": ["C09990001", "C09990002"], "id": "M", "sigla": { "C09990001": "M" } }] }', /"id" "M" is also the siglum of the copy draft-C09990001\.txt/, 1, 56))
  await t.test('two documents of one id', () => fails('{ "documents": [{ "files": ["C09990001"], "id": "d-talks" },\n { "files": ["C09990002"], "id": "d-talks" }] }', /"id" "d-talks" is also the id of document 1 of "documents": each document needs an id of its own/, 2, 28))
  await t.test('a document id the TEI header has', () => fails('{ "documents": [{ "files": ["C09990001"], "id": "tags" }] }', /"id" "tags" is an id the TEI gives a part of its own header/, 1, 43))
  await t.test('a siglum the TEI header has', () => fails('{ "documents": [{ "files": ["C09990001", "C09990002"], "sigla": { "C09990002": "ed" } }] }', /siglum "ed" is an id the TEI gives a part of its own header/, 1, 67))
  await t.test('a document id that is the siglum of a copy in a file of two copies (`C09990005-A`)', () => {
    const dir = corpus(['telegram-C09990002.txt'], JSON.stringify({ documents: [{ files: ['twice.txt', 'C09990002'], id: 'C09990005-A' }] }))
    const draft = readFileSync(join(own, 'draft-C09990001.txt'), 'utf8').replace(/C09990001/g, 'C09990005')
    writeFileSync(join(dir, 'twice.txt'), `${draft}\n\n${draft}`)
    assert.throws(() => editionOfCorpus(dir, txt(dir)), (error: unknown) => {
      assert.ok(error instanceof InputError)
      assert.equal(error.message, `${join(dir, 'twice.txt')}:1:1: error: document id C09990005-A is also the siglum of this copy: give the document an id of its own in edition.json ("id"), or the copy another siglum ("sigla")`)
      return true
    })
  })
  await t.test('on the command line: one file:line:col line, exit 1, nothing written', () => {
    const dir = corpus(['draft-C09990001.txt'], '{ "related": [["C09990001", "nothing"]] }')
    const out = join(mkdtempSync(join(tmpdir(), 'cable-copies-out-')), 'site')
    const result = spawnSync(process.execPath, [cli, 'build', dir, '--out', out], { encoding: 'utf8' })
    assert.equal(result.status, 1)
    assert.match(result.stderr, /edition\.json:1:29: error: no released file of the corpus is named "nothing"/)
    assert.doesNotMatch(result.stderr, /\n\s+at /)
    assert.equal(existsSync(out), false)
  })
})

test('a document id comes from the FOIA document number its stamps state, never from a number its text quotes', () => {
  const idOf = (name: string, text: string): string => editionOf(sourceFromText(name, text)).id
  const body = 'SUBJECT: COUNTRY CLEARANCE\n\n1. MR. BLACKWOOD HOLDS JAMAICAN PASSPORT NO. A2519939.\n'
  assert.equal(idOf('06BRIDGETOWN2164.txt', body), 'd-06BRIDGETOWN2164')
  assert.equal(idOf('x.txt', `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06686969 Date: 02/09/2021\n\n${body}`), 'd-C06686969')
  assert.equal(idOf('x.txt', `FL-2017-13804 B-00002120004 "UNCLASSIFIED"\n\n${body}`), 'd-B-00002120004')
  // The Cablegate cable the passport number once named (d-A2519939).
  const real = join(import.meta.dirname, '..', 'fixtures', 'real', '030-06BRIDGETOWN2164.txt')
  assert.equal(editionOf(decodeSource(real, readFileSync(real))).id, 'd-030-06BRIDGETOWN2164')
})

test('a copy\'s sidecar in a document of several files: a variant type for a point of the apparatus is used (its siglum renamed), one for no point is a warning at its place', () => {
  const files = ['draft-C09990001.txt', 'telegram-C09990002.txt']
  const edition = JSON.stringify({ documents: [{ files: ['C09990001', 'C09990002'] }] })
  const [plain] = editionOfCorpus(corpus(files, edition), files).models
  // A point's key names the copy text (the telegram) by its siglum in the document; its own sidecar names it A.
  const key = plain?.segments.flatMap((segment) => (segment.kind === 'vary' && segment.key?.startsWith('C09990002:') ? [segment.key] : []))[0]
  assert.ok(key, 'the two copies differ')
  const local = key.replace(/^C09990002:/, 'A:')
  const dir = corpus(files, edition)
  writeFileSync(join(dir, 'telegram-C09990002.edition.json'), JSON.stringify({ variantTypes: { [local]: 'substantive', 'A:999:1': 'ocr' } }))
  const [model] = editionOfCorpus(dir, files).models
  const point = model?.segments.find((segment) => segment.kind === 'vary' && segment.key === key)
  assert.equal(point?.kind === 'vary' ? point.type : undefined, 'substantive')
  const warnings = model?.warnings.filter((w) => w.file.endsWith('.edition.json')).map((w) => `${w.line}:${w.column}: ${w.message.slice(0, 47)}`)
  assert.deepEqual(warnings, [`1:${JSON.stringify({ variantTypes: { [local]: 'substantive' } }).length}: variantTypes "A:999:1" names no variation point`])
})

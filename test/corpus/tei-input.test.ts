/**
 * TEI masters as build input (src/corpus): validation first, volumes split into documents,
 * each document dated, titled and cited from its volume, its TEI extract self-consistent.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { readTeiMasters } from '../../src/corpus/tei-input.ts'
import { InputError } from '../../src/source/errors.ts'
import { validateTei } from '../../src/validate/index.ts'
import { danglingPointers, parseTei } from '../helpers/tei.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'tei')
const v12 = join(fixtures, 'volumes', 'frus1969-76v12-subset.xml')
const f1861 = join(fixtures, 'volumes', 'frus1861-subset.xml')
const scratch = mkdtempSync(join(tmpdir(), 'cable-tei-input-'))

function write(name: string, content: string): string {
  const file = join(scratch, name)
  writeFileSync(file, content)
  return file
}

const minimal = (body: string, id = 'x-doc'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n${body}\n</body></text></TEI>\n`

const input = await readTeiMasters([v12, f1861])
const documentOf = (id: string) => {
  const document = input.documents.find((candidate) => candidate.id === id)
  assert.ok(document, id)
  return document
}

test('validation: a schema error stops the build at its file:line:col', async () => {
  const file = write('invalid.xml', minimal('<p>fine</p>\n<p><wrong>no such element</wrong></p>'))
  await assert.rejects(readTeiMasters([file]), (error: unknown) => {
    assert.ok(error instanceof InputError)
    assert.match(error.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:11: error: element "wrong" not allowed`))
    return true
  })
})

test('validation: XML that is not well-formed stops the build at its place', async () => {
  const file = write('broken.xml', minimal('<p>open\n<p>never closed</p>'))
  await assert.rejects(readTeiMasters([file]), /broken\.xml:6:1: error: not well-formed XML: Missing end tag for element p/)
})

test('validation: FRUS markup (frus:attachment, @frus:doc-dateTime-*) is one warning per name, never an error', async () => {
  const warnings = input.warnings.filter((warning) => /is not TEI/.test(warning.message))
  assert.deepEqual(warnings.map((warning) => warning.message.split(' ')[0]), ['frus:attachment'])
  assert.match(warnings[0]?.file ?? '', /frus1861-subset\.xml$/)
  const fragment = await readTeiMasters([join(fixtures, 'frus', 'frus1969-76v12-d87-telegram.xml')])
  assert.deepEqual(fragment.warnings.filter((w) => /is not TEI/.test(w.message)).map((w) => w.message.split(' ')[0]).sort(), ['@frus:doc-dateTime-max', '@frus:doc-dateTime-min'])
})

test('validation: a division cut from a volume is validated as the body of a TEI document, its places its own', async () => {
  const file = write('fragment.xml', '<?xml version="1.0"?>\n<div xmlns="http://www.tei-c.org/ns/1.0" type="document" xml:id="d1"><head>1. A</head>\n<p>text <bad/></p></div>\n')
  await assert.rejects(readTeiMasters([file]), /fragment\.xml:3:15: error: element "bad" not allowed/)
})

test('a volume: one document per div[@type="document"], ids made of the volume and the division', () => {
  const ids = input.documents.map((document) => document.id)
  assert.deepEqual(ids.filter((id) => id.startsWith('frus1969-76v12-')), ['d1', 'd2', 'd3', 'd4', 'd7', 'd74', 'd87', 'd113', 'd141'].map((id) => `frus1969-76v12-${id}`))
  assert.deepEqual(input.volumes.map((volume) => volume.id), ['frus1969-76v12', 'frus1861'])
  assert.ok(input.documents.every((document) => document.volume !== undefined))
})

test('a volume: enclosures are parts of their document, not documents of their own', () => {
  assert.equal(input.documents.filter((document) => document.id.startsWith('frus1861-')).length, 5)
})

test('a volume: its table of contents follows its compilations and chapters, its sections are pages', () => {
  const volume = input.volumes[0]
  assert.ok(volume)
  assert.deepEqual(volume.sections.map((section) => section.id), ['preface', 'toc', 'sources', 'terms', 'persons', 'index'])
  const [group] = volume.contents.filter((entry) => entry.kind === 'group')
  assert.equal(group?.kind === 'group' && group.title, 'Soviet Union, January 1969– October 1970')
  assert.deepEqual(documentOf('frus1969-76v12-d74').volume?.trail.map((step) => step.id), ['comp1', 'ch2'])
})

test('document identity: the page title is the document\'s own heading, with its number', () => {
  assert.equal(documentOf('frus1969-76v12-d1').rendered.metadata.title, '1. Memorandum of Conversation')
  assert.equal(documentOf('frus1861-d10').rendered.metadata.title, '10. Baron Schleinitz to Baron Gerolt.', 'the heading gives no number: the division\'s @n does')
})

test('document identity: the date comes from the dateline\'s @when', () => {
  const { metadata } = documentOf('frus1969-76v12-d1').rendered
  assert.equal(metadata.date, '1969-01-02')
  assert.equal(metadata.dateEnd, '')
})

test('document identity: date/@from and @to give a range', async () => {
  const file = write('ranged.xml', minimal('<div type="document" xml:id="d5" n="5"><head>5. Talks</head><dateline>Moscow, <date from="1969-03-01" to="1969-03-04">March 1–4, 1969</date></dateline><p>Text.</p></div>', 'ranged'))
  const { metadata } = (await readTeiMasters([file])).documents[0]?.rendered ?? assert.fail()
  assert.deepEqual([metadata.date, metadata.dateEnd, metadata.dateText], ['1969-03-01', '1969-03-04', 'March 1–4, 1969'])
})

test('document identity: frus:doc-dateTime-min and -max date a document without a dateline', async () => {
  const file = write('frus-dated.xml', minimal('<div xmlns:frus="http://history.state.gov/frus/ns/1.0" type="document" xml:id="d6" n="6" frus:doc-dateTime-min="1970-01-01T00:00:00-05:00" frus:doc-dateTime-max="1970-01-31T23:59:59-05:00"><head>6. Editorial Note</head><p>Text.</p></div>', 'frus-dated'))
  const { metadata } = (await readTeiMasters([file])).documents[0]?.rendered ?? assert.fail()
  assert.deepEqual([metadata.date, metadata.dateEnd], ['1970-01-01T00:00:00-05:00', '1970-01-31T23:59:59-05:00'])
})

test('document identity: a document without any date is placed between its dated neighbours', () => {
  const { metadata } = documentOf('frus1969-76v12-d3').rendered
  assert.equal(metadata.date, documentOf('frus1969-76v12-d2').rendered.metadata.date)
  assert.equal(metadata.dateEnd, documentOf('frus1969-76v12-d4').rendered.metadata.date)
  assert.match(metadata.dateText, /^Undated/)
})

test('document identity: the citation names series, volume, editors, publisher and document number', () => {
  const { metadata } = documentOf('frus1969-76v12-d87').rendered
  assert.deepEqual(metadata.collection, {
    id: 'frus1969-76v12',
    series: 'Foreign Relations of the United States',
    title: 'Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union, January 1969–October 1970',
    document: '87',
    place: 'Washington',
    year: '2006',
  })
  assert.deepEqual(metadata.editors, ['Erin R. Mahan', 'Edward C. Keefer'])
  assert.equal(metadata.publisher, 'United States Government Printing Office')
})

test('the TEI of a document of a volume is valid (FRUS markup apart) and every pointer it holds resolves', async () => {
  const files = ['frus1969-76v12-d1', 'frus1861-d203'].map((id) => write(`${id}.xml`, documentOf(id).xml))
  const errors = (await validateTei(files)).filter((problem) => !/frus:attachment|element "div" not allowed here; expected the element end-tag or text/.test(problem.message))
  assert.deepEqual(errors, [])
  for (const file of files) assert.deepEqual(danglingPointers(parseTei(documentOf(file.replace(/^.*\/|\.xml$/g, '')).xml)), [], file)
  assert.match(documentOf('frus1969-76v12-d1').xml, /corresp="frus1969-76v12\.xml#p_SB2"/, 'a person of the volume\'s list, in the volume\'s file')
})

test('pointers that lead nowhere are shown as text and counted in one warning per master', () => {
  const warning = input.warnings.find((candidate) => candidate.file === v12 && /lead nowhere/.test(candidate.message))
  assert.match(warning?.message ?? '', /^3 pointers lead nowhere in this edition and are shown as text: #d109, #d58, #d98fn3$/)
})

test('two masters giving one id: the build stops and names both', async () => {
  const a = write('a.xml', minimal('<p>A</p>', 'same'))
  const b = write('b.xml', minimal('<p>B</p>', 'same'))
  await assert.rejects(readTeiMasters([a, b]), /b\.xml:1:1: error: document id same is also the id of a document in .*a\.xml/)
})

test('a teiCorpus is each of its TEI documents', async () => {
  const corpus = `<?xml version="1.0"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>${minimal('<p>one</p>', 'first').replace(/^<\?xml[^>]*>\n/, '')}${minimal('<p>two</p>', 'second').replace(/^<\?xml[^>]*>\n/, '')}</teiCorpus>\n`
  const result = await readTeiMasters([write('corpus-of-two.xml', corpus)])
  assert.deepEqual(result.documents.map((document) => document.id), ['first', 'second'])
  assert.match(result.documents[1]?.xml ?? '', /^<\?xml version="1.0" encoding="UTF-8"\?><TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0" xml:id="second">/)
})

test('links to other FRUS volumes follow the configured pattern', async () => {
  const result = await readTeiMasters([v12], { part: 'https://mirror.example/{volume}/{id}.html' })
  const page = result.documents.find((document) => document.id === 'frus1969-76v12-d1')
  assert.match(JSON.stringify(page?.rendered.reading.footnotes), /https:\/\/mirror\.example\/frus1964-68v14\/d335\.html/)
})

test('a pointer to another master of the corpus (its file or id, and an element of it) links to its page', async () => {
  const first = write('first-master.xml', minimal('<p xml:id="para">Target.</p>', 'first-master'))
  const second = write('second-master.xml', minimal('<p>See <ref target="first-master.xml#para">the first</ref> and <ref target="first-master.xml#gone">nothing</ref>.</p>', 'second-master'))
  const result = await readTeiMasters([first, second])
  const html = JSON.stringify(result.documents.find((document) => document.id === 'second-master')?.rendered.reading.text)
  assert.match(html, /"href":"..\/first-master\/#para"/)
  assert.deepEqual(result.documents.find((document) => document.id === 'second-master')?.rendered.unresolved, ['first-master.xml#gone'])
})

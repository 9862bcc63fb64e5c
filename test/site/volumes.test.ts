/**
 * The site built from the two fixture FRUS volumes (test/fixtures/tei/volumes) by `build`:
 * the acceptance of issue 12 on every document (no word lost, tables, enclosures, notes,
 * cross-references, names, dates), the volume's own pages, and valid HTML everywhere.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { HtmlValidate } from 'html-validate'
import { builtVolume, checkVolume, type VolumeProblems } from '../helpers/volume-checks.ts'
import { brokenLinks, idsOf, linksOf } from './links.ts'

const cli = join(import.meta.dirname, '..', '..', 'bin', 'cable-edition.js')
const corpus = join(import.meta.dirname, '..', 'fixtures', 'tei', 'volumes')
const outDir = mkdtempSync(join(tmpdir(), 'cable-volumes-'))
const build = spawnSync(process.execPath, [cli, 'build', corpus, '--out', outDir], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } })
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort()
const read = (file: string): string => readFileSync(join(outDir, file), 'utf8')
const problems: VolumeProblems[] = [
  checkVolume(builtVolume(join(corpus, 'frus1969-76v12-subset.xml'), outDir, 'frus1969-76v12')),
  checkVolume(builtVolume(join(corpus, 'frus1861-subset.xml'), outDir, 'frus1861')),
]
const all = (kind: keyof VolumeProblems): string[] => problems.flatMap((volume) => volume[kind])

test('build: both volumes build, with warnings and no error', () => {
  assert.equal(build.status, 0, build.stderr)
  assert.match(build.stdout, /^14 document\(s\) \(2 volume\(s\)\)/)
  assert.doesNotMatch(build.stderr, /error|\n\s+at /)
})

test('every word of every document is on its page', () => assert.deepEqual(all('words'), []))
test('every table is an HTML table', () => assert.deepEqual(all('tables'), []))
test('every enclosure (frus:attachment) is a section with a heading and an anchor', () => assert.deepEqual(all('attachments'), []))
test('note numbers are unique on every page', () => assert.deepEqual(all('notes'), []))
test('every cross-reference to the volume is a link', () => assert.deepEqual(all('references'), []))
test('every persName/@corresp with a target in the volume is a link', () => assert.deepEqual(all('names'), []))
test('every document is dated', () => assert.deepEqual(all('dates'), []))

test('every internal link and fragment of the site resolves', async () => {
  assert.deepEqual(await brokenLinks(outDir, pages, '/'), [])
})

test('every page is valid HTML (html-validate, standard rules)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
  const invalid: string[] = []
  for (const page of pages) {
    const report = await validator.validateFile(join(outDir, page))
    for (const result of report.results) for (const message of result.messages) invalid.push(`${page}:${message.line}:${message.column}: ${message.message}`)
  }
  assert.deepEqual(invalid, [])
})

test('the volume page: title, editors, and contents leading to every document and section', () => {
  const page = read('volumes/frus1969-76v12/index.html')
  assert.match(page, /<h1>Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union, January 1969–October 1970<\/h1>/)
  assert.match(page, /<dt>Editors<\/dt><dd>Erin R\. Mahan, Edward C\. Keefer<\/dd>/)
  for (const id of ['d1', 'd2', 'd3', 'd4', 'd7', 'd74', 'd87', 'd113', 'd141']) assert.ok(linksOf(page).includes(`/documents/frus1969-76v12-${id}/`), id)
  for (const section of ['preface', 'persons', 'terms', 'index']) assert.ok(linksOf(page).includes(`/volumes/frus1969-76v12/${section}/`), section)
  assert.ok(idsOf(page).has('ch1'), 'chapters are anchors of the contents')
  assert.ok(linksOf(page).includes('/tei/frus1969-76v12.xml'))
})

test('the volume master and each document\'s TEI are published', () => {
  assert.equal(read('tei/frus1861.xml'), readFileSync(join(corpus, 'frus1861-subset.xml'), 'utf8').replace(/^\uFEFF/, ''))
  assert.match(read('tei/frus1861-d10.xml'), /<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0" xmlns:frus="http:\/\/history.state.gov\/frus\/ns\/1.0" xml:id="frus1861-d10">/)
})

test('a document page: its heading is its h1, with its source note as note 1; its way back to the volume', () => {
  const page = read('documents/frus1969-76v12-d1/index.html')
  assert.match(page, /<h1>1\. Memorandum of Conversation<sup class="fnref note-ref"><a id="ref-d1fn1" href="#d1fn1" aria-label="Note 1">1<\/a><\/sup><\/h1>/)
  assert.match(page, /<nav class="breadcrumbs" aria-label="In the volume"><ol><li><a href="\/volumes\/frus1969-76v12\/">/)
  assert.match(page, /<a href="\/documents\/frus1969-76v12-d2\/" rel="next">Next: 2\. /)
  assert.equal((page.match(/Memorandum of Conversation/g) ?? []).length >= 1, true)
})

test('an inline source note is a source line under the heading, not a footnote', () => {
  const page = read('documents/frus1861-d10/index.html')
  assert.match(page, /<\/h1><p class="tei-note note-source source-line">\[Translation\.\]<\/p>/)
  assert.doesNotMatch(page, /class="footnote-body">\[Translation/)
})

test('names and terms link to the volume\'s lists, identified on hover and focus and in the page\'s list', () => {
  const page = read('documents/frus1969-76v12-d1/index.html')
  const link = /<a class="tei-persName entry-ref entry-person" href="([^"]+)" data-gloss="([^"]+)" aria-describedby="([^"]+)">Boris Sedov<\/a>/.exec(page)
  assert.ok(link, 'Boris Sedov is a link')
  assert.equal(link[1], '../../volumes/frus1969-76v12/persons/#p_SB2')
  assert.equal(link[2], 'Sedov, Boris: Second Secretary of the Embassy of the USSR')
  assert.match(page, new RegExp(`<dd id="${link[3]}">Second Secretary of the Embassy of the USSR</dd>`))
  assert.ok(idsOf(read('volumes/frus1969-76v12/persons/index.html')).has('p_SB2'))
  assert.match(page, /<a class="tei-gloss entry-ref entry-term" href="..\/..\/volumes\/frus1969-76v12\/terms\/#t_USSR1" data-gloss="USSR: Union of Soviet Socialist Republics"/)
})

test('a page break inside a list is a page marker, its image linked', () => {
  const page = read('volumes/frus1969-76v12/persons/index.html')
  assert.match(page, /<li class="tei-item"><span id="pg_XXV" class="tei-pb margin-marker"><a href="#pg_XXV" class="pb-link" title="Page XXV">p\. XXV<\/a><a class="facsimile-link" href="https:\/\/static\.history\.state\.gov\/frus\/frus1969-76v12\/medium\/0026\.png" aria-label="Image of page XXV">/)
})

test('cross-references: to a document of the volume, to a page, to another volume, and to nothing', () => {
  const d2 = read('documents/frus1969-76v12-d2/index.html')
  assert.match(d2, /<a class="tei-ref" href="..\/frus1969-76v12-d3\/">Document 3<\/a>/)
  const d1 = read('documents/frus1969-76v12-d1/index.html')
  assert.match(d1, /<a class="tei-ref" href="https:\/\/history\.state\.gov\/historicaldocuments\/frus1964-68v14\/d335">/)
  const d141 = read('documents/frus1969-76v12-d141/index.html')
  assert.match(d141, /<span class="tei-ref unresolved" title="Link target not included in this edition: #d109">Document 109<\/span>/)
})

test('tables keep their spans; a paragraph holding a table is a division', () => {
  const page = read('documents/frus1861-d203/index.html')
  assert.match(page, /<td class="tei-cell" rowspan="5">/)
  assert.doesNotMatch(page, /<p[^>]*>(?:(?!<\/p>).)*<table/s)
})

test('an enclosure with an empty head is captioned and labelled', () => {
  const page = read('documents/frus1861-d10/index.html')
  assert.match(page, /<section id="attachment-1" class="frus-attachment tei-div div-document" aria-labelledby="attachment-1-heading"><h3 id="attachment-1-heading" class="section-heading caption">Attachment 1<\/h3>/)
})

test('the home page lists the volumes; their documents are on the volume pages', () => {
  const home = read('index.html')
  assert.ok(linksOf(home).includes('/volumes/frus1969-76v12/') && linksOf(home).includes('/volumes/frus1861/'))
  assert.doesNotMatch(home, /<table class="documents">/)
})

test('the sitemap lists the volume and section pages', () => {
  const sitemap = read('sitemap.xml')
  assert.match(sitemap, /<loc>\/volumes\/frus1861\/<\/loc>/)
  assert.match(sitemap, /<loc>\/volumes\/frus1969-76v12\/persons\/<\/loc>/)
})

test('the citation names the series, volume, editors, publisher and document number', () => {
  const page = read('documents/frus1969-76v12-d87/index.html')
  assert.match(page, /In Foreign Relations of the United States, 1969–1976, Volume XII, Soviet Union, January 1969–October 1970, edited by Erin R\. Mahan and Edward C\. Keefer, Document 87\. Washington: United States Government Printing Office, 2006\./)
  const csl = JSON.parse(read('documents/frus1969-76v12-d87/cite.csl.json'))[0]
  assert.equal(csl.number, '87')
  assert.deepEqual(csl.editor, [{ literal: 'Erin R. Mahan' }, { literal: 'Edward C. Keefer' }])
})

/**
 * The handlers for what FRUS volumes (and TEI written elsewhere) use, each on a small TEI
 * text of its own: tables, enclosures, quoted texts, figures, notes, page breaks, rendition,
 * whitespace, foreign elements.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { renderDocument, type Links } from '../../src/render/index.ts'

const FRUS = 'http://history.state.gov/frus/ns/1.0'

function render(body: string, options: { header?: string; links?: Links } = {}): { html: string; heading: string; warnings: string[] } {
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="${FRUS}" xml:id="t"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>${options.header ?? ''}</teiHeader><text><body>${body}</body></text></TEI>`
  const rendered = renderDocument(xml, { fallbackId: 't', ...(options.links ? { links: options.links } : {}) })
  return {
    html: toHtml([...rendered.reading.text, ...rendered.reading.footnotes]),
    heading: toHtml([...(rendered.heading?.content ?? []), ...(rendered.heading?.sources ?? [])]),
    warnings: rendered.warnings,
  }
}

test('a table: label rows as a head of th, label cells as row headers, spans, a caption', () => {
  const { html } = render('<table rows="3" cols="3"><head>Exports</head><row role="label"><cell>Year</cell><cell cols="2">Bales</cell></row><row><cell role="label">1858</cell><cell rows="2">}</cell><cell>539,885</cell></row><row><cell role="label">1859</cell><cell>490,968</cell></row></table>')
  assert.match(html, /<table class="tei-table"><caption class="tei-head">Exports<\/caption><thead><tr class="tei-row"><th class="tei-cell" scope="col">Year<\/th><th class="tei-cell" colspan="2" scope="col">Bales<\/th><\/tr><\/thead><tbody>/)
  assert.match(html, /<tr class="tei-row"><th class="tei-cell" scope="row">1858<\/th><td class="tei-cell" rowspan="2">}<\/td>/)
})

test('a page break between rows of a table stays, inside the next row\'s first cell', () => {
  const { html } = render('<table><row><cell>a</cell></row><pb n="23" xml:id="pg_23"/><row><cell>b</cell></row></table>')
  assert.match(html, /<tr class="tei-row"><td class="tei-cell"><span id="pg_23" class="tei-pb margin-marker">.*?<\/span>b<\/td><\/tr>/)
})

test('a paragraph holding a table becomes a division, so the HTML stays valid', () => {
  const { html } = render('<p>The prices have been— <table><row><cell>1858</cell></row></table></p>')
  assert.match(html, /<div id="p-1" class="tei-p"><a class="para-link" href="#p-1">.*?<\/a> The prices have been— <table class="tei-table">/)
})

test('an enclosure (frus:attachment) is a section labelled by its heading, with an anchor', () => {
  const { html } = render('<div type="document"><p>See enclosure.</p><frus:attachment><div type="document"><head>Schedule A.</head><p>Text.</p></div></frus:attachment></div>')
  assert.match(html, /<section id="attachment-1" class="frus-attachment tei-div div-document" aria-labelledby="attachment-1-heading"><h3 id="attachment-1-heading" class="section-heading">Schedule A\.<\/h3>/)
})

test('an element of another namespace that is not FRUS is no enclosure: shown generically, and warned of', () => {
  const { html, warnings } = render('<p xmlns:x="urn:example">a <x:attachment>b</x:attachment></p>')
  assert.match(html, /<span class="tei-unknown" data-tei="x:attachment" title="TEI <x:attachment>">b<\/span>/)
  assert.deepEqual(warnings, ['no handler for <x:attachment>: rendered generically'])
})

test('a quoted text (floatingText) is a section: its own heading, else the caption of its type', () => {
  const { html } = render('<div><floatingText type="letter"><body><p>Dear Sir,</p></body></floatingText><floatingText xml:id="ft2"><body><head>Annex</head><p>Text.</p></body></floatingText></div>')
  assert.match(html, /<section id="text-1" class="tei-floatingText floatingText-letter embedded-text" aria-labelledby="text-1-heading"><h3 id="text-1-heading" class="section-heading caption">Letter<\/h3>/)
  assert.match(html, /<section id="ft2" [^>]*><h3 id="ft2-heading" class="section-heading">Annex<\/h3>/)
})

test('an inline source note is a source line, not a footnote; it stands under a heading that holds it', () => {
  const { heading, html } = render('<div type="document" n="4"><head>Mr. Seward to Mr. Judd.<note rend="inline" type="source">[Extract.]</note></head><p>Sir: …</p></div>')
  assert.equal(heading, '4. Mr. Seward to Mr. Judd.<p class="tei-note note-source source-line">[Extract.]</p>')
  assert.doesNotMatch(html, /footnote/)
})

test('note labels keep the source\'s numbers and are unique on the page', () => {
  const { html } = render('<div><p>One<note n="1" xml:id="n1">first</note> two<note n="1" xml:id="n2">again one</note> three<note>unnumbered</note> four<note n="3">three</note></p></div>')
  const labels = [...html.matchAll(/<a class="footnote-label"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1])
  assert.deepEqual(labels, ['1.', '1a.', '3.', '3a.'])
})

test('a page break inside a labelled list is a page marker inside the next entry', () => {
  const { html } = render('<list><label>1.</label><item>one</item><pb n="5" xml:id="pg_5" facs="0005"/><label>2.</label><item>two</item></list>')
  assert.match(html, /<dt class="tei-label"><span id="pg_5" class="tei-pb margin-marker"><a href="#pg_5" class="pb-link" title="Page 5">p\. 5<\/a><\/span>2\.<\/dt>/)
})

test('a page break with a web address as @facs links the page image', () => {
  const { html } = render('<p>a <pb n="7" facs="https://example.org/7.png"/>b</p>')
  assert.match(html, /<a class="facsimile-link" href="https:\/\/example\.org\/7\.png" aria-label="Image of page 7">/)
})

test('p/@rend and hi/@rend are classes; roman and FRUS\'s sectiontitleital among them', () => {
  const { html } = render('<p rend="sectiontitleital">Summitry</p><p rend="center">x <hi rend="italic">a <hi rend="roman">b</hi></hi> <hi rend="smallcaps">Sir</hi></p>')
  assert.match(html, /<p id="p-1" class="tei-p rend-sectiontitleital">/)
  assert.match(html, /<p id="p-2" class="tei-p rend-center">.*<i class="tei-hi rend-italic">a <span class="tei-hi rend-roman">b<\/span><\/i> <span class="tei-hi rend-smallcaps">Sir<\/span>/)
})

test('@rendition brings the CSS of its tagsDecl rendition or a simple: class; @style only plain declarations', () => {
  const header = '<encodingDesc><tagsDecl><rendition xml:id="r1" scheme="css">font-variant: small-caps</rendition></tagsDecl></encodingDesc>'
  const { html } = render('<p rendition="#r1 simple:centre">x</p><p style="color: red; background: url(javascript:alert(1))">y</p>', { header })
  assert.match(html, /<p id="p-1" class="tei-p rend-centre" style="font-variant: small-caps">/)
  assert.match(html, /<p id="p-2" class="tei-p" style="color: red">/)
})

test('whitespace at the edges of inline elements moves outside them, once', () => {
  const { html } = render('<p>printed in <ref target="https://example.org/">\n      <hi rend="italic">Foreign Relations</hi>, 1964</ref> and <hi rend="strong">\n  <persName>Aldrich</persName>,</hi> adviser</p>')
  assert.match(html, /printed in <a class="tei-ref" href="https:\/\/example\.org\/"><i class="tei-hi rend-italic">Foreign Relations<\/i>, 1964<\/a> and <strong class="tei-hi rend-strong"><span class="tei-persName">Aldrich<\/span>,<\/strong> adviser/)
})

test('a graphic: the image when the build has it, its description as text alternative; else a placeholder naming it', () => {
  const links: Links = { resolve: () => undefined, image: (reference) => (reference === 'here.png' ? '../../media/t/here.png' : undefined) }
  const { html } = render('<figure><graphic url="here.png"/><figDesc>A seal</figDesc></figure><figure><graphic url="figure_0001.tif"/><figDesc>A map</figDesc></figure>', { links })
  assert.match(html, /<figure class="tei-figure"><img class="tei-graphic" src="..\/..\/media\/t\/here.png" alt="A seal"><\/figure>/)
  assert.match(html, /<figure class="tei-figure"><span class="tei-graphic missing-image">\[Image not included in this edition: figure_0001\.tif\]<\/span><span class="tei-figDesc">A map<\/span><\/figure>/)
})

test('names and terms link to the entry their pointer leads to; names inside a link stay text', () => {
  const entry = { id: 'p_X', kind: 'person' as const, label: 'Sedov, Boris', description: 'Counselor' }
  const links: Links = { resolve: (pointer) => (pointer === '#p_X' ? { href: 'persons/#p_X', entry } : pointer === '#d2' ? { href: '../d2/' } : undefined), image: () => undefined }
  const { html } = render('<p><persName corresp="#p_X">Sedov</persName> and <ref target="#d2">see <persName corresp="#p_X">Sedov</persName></ref> and <persName corresp="#p_Y">Nobody</persName></p>', { links })
  assert.match(html, /<a class="tei-persName entry-ref entry-person" href="persons\/#p_X" data-gloss="Sedov, Boris: Counselor" aria-describedby="entry-p_X">Sedov<\/a>/)
  assert.match(html, /<a class="tei-ref" href="..\/d2\/">see <span class="tei-persName" data-ref="#p_X">Sedov<\/span><\/a>/)
  assert.match(html, /<span class="tei-persName" data-ref="#p_Y">Nobody<\/span>/)
})

test('a note holding a table keeps it as a table, in a footnote that can hold it', () => {
  const { html } = render('<p>Prices<note n="1">as follows: <table><row><cell>1858</cell></row></table></note>.</p>')
  assert.match(html, /<li id="note-1" class="footnote"><a class="footnote-label" href="#note-1"[^>]*>1\.<\/a> <div class="footnote-body">as follows: <table class="tei-table">/)
})

test('a control character of the source (g type="control") shows as its control picture, named, with no warning', () => {
  const { html, warnings } = render('<p>Page one<g type="control" n="U+000C"/>page two</p>')
  assert.match(html, /Page one<span class="tei-g g-control" title="control character U\+000C in the source">\u240c<\/span>page two/)
  assert.deepEqual(warnings, [])
})

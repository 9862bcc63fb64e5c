import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { toHtml } from 'hast-util-to-html';
import { renderDocument } from '../../src/render/index.ts';

const fixture = (name: string): Promise<string> => readFile(new URL(`../fixtures/tei/${name}`, import.meta.url), 'utf8');
const example = (name: string): Promise<string> => readFile(new URL(`../fixtures/tei/frus/${name}`, import.meta.url), 'utf8');

/** FRUS documents are bare `div`s: wrap them in a minimal TEI document. */
function wrap(div: string, id: string): string {
  const body = div.replace(/^<\?xml[^>]*>\s*/, '').replace(/<!--[\s\S]*?-->\s*/g, '');
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}"><teiHeader><fileDesc><titleStmt><title>FRUS ${id}</title></titleStmt><publicationStmt><p>Office of the Historian</p></publicationStmt><sourceDesc><p>FRUS 1969-76 v12</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
}

test('renderDocument on the encoding skeleton', async (t) => {
  const rendered = renderDocument(await fixture('d-B-00002120004.xml'), { fallbackId: 'x' });
  const reading = toHtml([...rendered.reading.text, ...rendered.reading.footnotes]);
  const witness = (siglum: string): string => toHtml(rendered.witnesses.find((w) => w.siglum === siglum)?.view.text ?? []);

  await t.test('should number the apparatus and leave furniture out of it', () => {
    assert.equal(rendered.reading.apparatusCount, 5);
    assert.doesNotMatch(reading, /CONFIDENTIAL/);
  });
  await t.test('should show the correction with the source form beside it', () => {
    assert.match(reading, /<span class="tei-corr">Embassy<\/span><span class="choice-alt"> \(source reads: <span class="tei-sic">Embasssy<\/span>\)/);
    assert.match(witness('A'), /<span class="tei-sic">Embasssy<\/span>/);
  });
  await t.test('should mark each witness page in the margin', () => {
    assert.match(reading, /<span id="pb-A-2" class="tei-pb margin-marker"><a href="#pb-A-2"[^>]*>A 2<\/a>/);
  });
  await t.test('should give each witness its own text, pages, furniture and deletions', () => {
    assert.match(witness('A'), /Thank you for your letter/);
    assert.match(witness('B'), /Thank you for {2}letter/);
    assert.match(witness('A'), /CONFIDENTIAL/);
    assert.doesNotMatch(witness('B'), /CONFIDENTIAL|pb-A-/);
    assert.match(witness('B'), /<del class="tei-del">\(C\)<\/del>/);
    assert.match(witness('A'), /End Text\. YY/);
    assert.match(witness('B'), /End Text\. ALBRIGHT/);
  });
  await t.test('should align variation points in the side-by-side view', () => {
    const compare = toHtml(rendered.compare ?? []);
    assert.equal((compare.match(/href="..\/#app-2"/g) ?? []).length, 2, 'variant 2 in both columns');
    assert.match(compare, /<span class="omitted">om\.<\/span>/);
  });
  await t.test('should read the header facts', () => {
    assert.equal(rendered.metadata.id, 'd-B-00002120004');
    assert.equal(rendered.metadata.date, '1997-10-29T19:24:00Z');
    assert.deepEqual(rendered.metadata.to, ['Embassy Moscow']);
    assert.deepEqual(rendered.metadata.witnesses.map((w) => w.siglum), ['A', 'B']);
  });
});

test('renderDocument on FRUS telegrams it did not write', async (t) => {
  for (const [file, id, notes] of [['frus1969-76v12-d87-telegram.xml', 'd87', 3], ['frus1969-76v12-d141-telegram.xml', 'd141', 5]] as const) {
    await t.test(`should render ${id} readably`, async () => {
      const rendered = renderDocument(wrap(await example(file), id), { fallbackId: id });
      const html = toHtml([...(rendered.heading?.content ?? []), ...rendered.reading.text, ...rendered.reading.footnotes]);
      assert.equal(rendered.metadata.id, id);
      assert.equal((html.match(/<li id="d\d+fn\d+" class="footnote">/g) ?? []).length, notes, 'notes become footnotes');
      assert.match(html, new RegExp(`href="#${id}fn1"`));
      assert.match(html, /<time class="tei-date" datetime="19\d\d-\d\d-\d\dT/);
      assert.match(html, /class="tei-persName" data-ref="#p_/);
      assert.doesNotMatch(html, /frus:doc-dateTime/);
      assert.equal(rendered.metadata.date.slice(0, 4), id === 'd87' ? '1969' : '1970');
    });
  }
  await t.test('should leave pointers to absent targets unlinked', async () => {
    const rendered = renderDocument(wrap(await example('frus1969-76v12-d141-telegram.xml'), 'd141'), { fallbackId: 'd141' });
    const html = toHtml([...rendered.reading.text, ...rendered.reading.footnotes]);
    assert.match(html, /<span class="tei-ref unresolved" title="Link target not included in this edition: #d109">Document 109<\/span>/);
    assert.match(html, /<span id="pg_439" class="tei-pb margin-marker"><a href="#pg_439"[^>]*>p\. 439<\/a>/);
  });
});

test('renderDocument on elements the generator never emits', async (t) => {
  const rendered = renderDocument(await fixture('handwritten.tei'), { fallbackId: 'handwritten' });
  const html = toHtml([...rendered.reading.text, ...rendered.reading.footnotes]);
  await t.test('should render unknown elements visibly and warn', () => {
    assert.match(html, /<span class="tei-unknown" data-tei="marginalia" title="TEI <marginalia>">see me<\/span>/);
    assert.deepEqual(rendered.warnings, ['no handler for <marginalia>: rendered generically']);
  });
  await t.test('should escape text from the source', () => {
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.doesNotMatch(html, /<script>/);
  });
  await t.test('should render lists, gaps, supplied text, quotes and line breaks', () => {
    assert.match(html, /<ol class="tei-list list-ordered"><li class="tei-item">one<\/li>/);
    assert.match(html, /<span class="tei-gap" title="Gap: illegible 2 words">\[…\]<\/span>/);
    assert.match(html, /<span class="tei-supplied">\[and\]<\/span>/);
    assert.match(html, /<blockquote class="tei-quote">/);
    assert.match(html, /line one<br>line two/);
    assert.match(html, /<span class="tei-list list-inline block">/, 'a list inside a paragraph stays valid HTML');
  });
  await t.test('should take a lemma-less app reading from the first witness', () => {
    assert.match(html, /<span class="tei-app app-ocr lemma">Caspian<\/span>/);
    assert.match(html, /Caspian<\/span>\] <span class="reading">Casplan<\/span> <span class="sigla">Y<\/span>/);
  });
});

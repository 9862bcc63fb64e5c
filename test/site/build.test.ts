import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFixtures, fixtures, listFiles } from './helpers.ts';
import { brokenLinks, idsOf, linksOf } from './links.ts';

const documentIds = ['d-B-00001234567', 'd-B-00002120004'];

test('the static edition built from the TEI fixtures', async (t) => {
  const { outDir, warnings } = await buildFixtures('/');
  const files = await listFiles(outDir);
  const html = files.filter((file) => file.endsWith('.html'));
  const read = (file: string): Promise<string> => readFile(join(outDir, file), 'utf8');

  await t.test('should write one page per document, with witness and compare views', () => {
    const teiFiles = documentIds.map((id) => `${id}.xml`);
    assert.deepEqual(teiFiles, [...teiFiles].sort());
    for (const id of documentIds) {
      assert.ok(files.includes(`documents/${id}/index.html`), id);
      assert.ok(files.includes(`documents/${id}/compare/index.html`), id);
    }
    assert.deepEqual(files.filter((f) => /^documents\/[^/]+\/index\.html$/.test(f)).length, documentIds.length);
    assert.ok(files.includes('documents/d-B-00001234567/witness/C/index.html'));
    assert.ok(files.includes('index.html') && files.includes('about/index.html') && files.includes('404.html') && files.includes('sitemap.xml'));
  });

  await t.test('should make every apparatus entry a two-way footnote', async () => {
    for (const id of documentIds) {
      const page = await read(`documents/${id}/index.html`);
      const ids = idsOf(page);
      const entries = [...page.matchAll(/<li id="(app-[^"]+)" class="footnote[^"]*">(.*?)<\/li>/g)];
      const source = await readFile(join(fixtures, `${id}.xml`), 'utf8');
      const apps = (source.match(/<app\b/g) ?? []).length - (source.match(/type="furniture"/g) ?? []).length;
      assert.equal(entries.length, apps, `${id}: one footnote per non-furniture app`);
      for (const [, noteId, body] of entries) {
        assert.ok(page.includes(`href="#${noteId}"`), `${noteId} has a marker`);
        const back = /href="#(ref-[^"]+)"/.exec(body ?? '')?.[1];
        assert.ok(back && ids.has(back), `${noteId} links back`);
        assert.match(page, new RegExp(`<a id="${back}" href="#${noteId}" aria-label="Variant \\d+">`));
      }
    }
    const page = await read('documents/d-B-00002120004/index.html');
    assert.match(page, /<span class="lemma">your<\/span>\] <em class="siglum-note">om\.<\/em> <span class="sigla">B<\/span> <span class="app-type">\(substantive\)<\/span>/);
    assert.match(page, /<span class="lemma">ALBRIGHT<\/span>\] <span class="reading">YY<\/span> <span class="sigla">A<\/span>/);
    assert.match(page, /<span class="reading"><del class="tei-del">\(C\)<\/del><\/span>/, 'struck text stays struck');
  });

  await t.test('should link and publish every TEI download and the teiCorpus', async () => {
    for (const id of documentIds) {
      const page = await read(`documents/${id}/index.html`);
      assert.ok(linksOf(page).includes(`/tei/${id}.xml`));
      assert.equal(await read(`tei/${id}.xml`), await readFile(join(fixtures, `${id}.xml`), 'utf8'));
    }
    const corpus = await read('tei/corpus.xml');
    assert.match(corpus, /^<\?xml[^>]*>\n<teiCorpus xmlns="http:\/\/www.tei-c.org\/ns\/1.0">/);
    assert.equal((corpus.match(/<TEI /g) ?? []).length, documentIds.length);
    assert.ok(linksOf(await read('index.html')).includes('/tei/corpus.xml'));
  });

  await t.test('should resolve every internal link and fragment', async () => {
    assert.deepEqual(await brokenLinks(outDir, html, '/'), []);
  });

  await t.test('should carry citation metadata on every document page', async () => {
    for (const id of documentIds) {
      const page = await read(`documents/${id}/index.html`);
      for (const name of ['citation_title', 'citation_date', 'citation_publisher', 'citation_abstract_html_url']) {
        assert.match(page, new RegExp(`<meta name="${name}" content="[^"]+">`), `${id} ${name}`);
      }
      const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)?.[1] ?? '';
      assert.equal(JSON.parse(jsonLd)['@context'], 'https://schema.org');
      assert.match(page, /Chicago/);
      assert.match(await read(`documents/${id}/cite.bib`), new RegExp(`^@misc\\{${id},`));
      assert.match(await read(`documents/${id}/cite.ris`), /^TY {2}- GOVDOC\r\n[\s\S]*ER {2}- \r\n$/);
      assert.equal(JSON.parse(await read(`documents/${id}/cite.csl.json`))[0].id, id);
    }
    const page = await read('documents/d-B-00002120004/index.html');
    assert.match(page, /<meta name="citation_author" content="Strobe Talbott">/);
    assert.match(page, /<meta name="citation_date" content="1997\/10\/29">/);
  });

  await t.test('should order the home table by date and escape source text', async () => {
    const home = await read('index.html');
    assert.ok(home.indexOf('d-B-00001234567') < home.indexOf('d-B-00002120004'), '1996 before 1997');
    const page = await read('documents/d-B-00002120004/index.html');
    assert.ok(page.includes('Pastukhov &#x3C;or Yukalov>'), 'angle brackets from the source are escaped');
  });

  await t.test('should take About and the build date from the headers and SOURCE_DATE_EPOCH', async () => {
    const about = await read('about/index.html');
    assert.match(about, /Typing errors are corrected/);
    assert.match(about, /<dt>transposition<\/dt>/);
    assert.match(about, /<time datetime="2023-11-14">/);
    assert.match(about, /1\.2\.3/);
  });

  await t.test('should report no unknown elements in the fixtures', () => {
    assert.deepEqual(warnings, []);
  });

  await t.test('should list every page in sitemap.xml', async () => {
    const sitemap = await read('sitemap.xml');
    assert.equal((sitemap.match(/<url>/g) ?? []).length, html.length - 1);
  });
});

test('should resolve every link under a path prefix', async () => {
  const { outDir } = await buildFixtures('/some/path/');
  const html = (await listFiles(outDir)).filter((file) => file.endsWith('.html'));
  assert.deepEqual(await brokenLinks(outDir, html, '/some/path/'), []);
  const home = await readFile(join(outDir, 'index.html'), 'utf8');
  assert.ok(linksOf(home).every((link) => !link.startsWith('/') || link.startsWith('/some/path/')));
});

test('should build byte-identical output twice', async () => {
  const first = await buildFixtures('/');
  const second = await buildFixtures('/');
  const files = await listFiles(first.outDir);
  assert.deepEqual(files, await listFiles(second.outDir));
  for (const file of files) {
    assert.ok((await readFile(join(first.outDir, file))).equals(await readFile(join(second.outDir, file))), file);
  }
  assert.ok((await readdir(first.outDir)).length > 0);
});

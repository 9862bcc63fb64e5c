/**
 * Finding things in the built edition (the raw sample and fixture cables with an authority
 * file, built by the CLI under a path prefix and with a site URL): every document in the
 * search index with its filters and without reading aids, entity pages whose links land on
 * paragraphs that exist, names never inside another or in furniture, valid TEI, TAGS,
 * chronology, canonical links, documents.json.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import test from 'node:test';
import type { Element, Nodes } from 'xast';
import { validateTei } from '../../src/validate/index.ts';
import { danglingPointers, parseTei } from '../helpers/tei.ts';
import { findingCorpus, listFiles } from './helpers.ts';
import { brokenLinks, idsOf, linksOf } from './links.ts';

const cli = join(import.meta.dirname, '..', '..', 'bin', 'cable-edition.js');
const prefix = '/ed/';
const siteUrl = 'https://cables.example.org';

/** The records of a Pagefind index: each page's URL, text, filters and anchors. */
function indexRecords(out: string): Array<{ url: string; content: string; filters: Record<string, string[]>; anchors: Array<{ id: string }> }> {
  const folder = join(out, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

function walk(node: Nodes, visit: (element: Element, ancestors: Element[]) => void, ancestors: Element[] = []): void {
  if (node.type === 'element') visit(node, ancestors);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit, node.type === 'element' ? [...ancestors, node] : ancestors);
}

test('finding things in the built edition', async (t) => {
  const corpus = findingCorpus();
  const out = join(mkdtempSync(join(tmpdir(), 'cable-finding-')), 'site');
  const built = spawnSync(process.execPath, [cli, 'build', corpus, '--out', out, '--path-prefix', prefix, '--site-url', siteUrl], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  assert.equal(built.status, 0, built.stderr);
  const read = (path: string): string => readFileSync(join(out, path), 'utf8');
  const documents = (JSON.parse(read('documents.json')) as { documents: Array<{ id: string; date: string; page: string; tei: string; tags: string[] }> }).documents;
  const files = await listFiles(out);
  const html = files.filter((f) => f.endsWith('.html'));

  await t.test('should list every document in documents.json with absolute page and TEI URLs that exist', () => {
    assert.equal(documents.length, 7);
    for (const document of documents) {
      assert.equal(document.page, `${siteUrl}${prefix}documents/${document.id}/`);
      assert.ok(files.includes(`documents/${document.id}/index.html`), document.id);
      assert.ok(files.includes(document.tei.slice(`${siteUrl}${prefix}`.length)), document.tei);
    }
  });

  await t.test('should index every document page, and only those, with its filters', () => {
    const records = indexRecords(out);
    assert.deepEqual(records.map((r) => r.url).sort(), documents.map((d) => `/documents/${d.id}/`).sort());
    const sample = records.find((r) => r.url === '/documents/d-B-00002120004/');
    assert.deepEqual(sample?.filters.year, ['1997']);
    assert.deepEqual(sample?.filters.tag?.sort(), ['AJ', 'AM', 'PREL', 'RS']);
    assert.deepEqual(sample?.filters.classification, ['CONFIDENTIAL']);
    assert.ok(sample?.anchors.some((a) => a.id === 'p-1'), 'paragraphs are anchors of sub-results');
  });

  await t.test('should keep paragraph numbers, note and variant numbers, page markers and hints out of the index', () => {
    for (const record of indexRecords(out)) {
      assert.ok(!/¶|\[sic\]|source reads|Paragraph \d/.test(record.content), record.url);
      assert.ok(!/\b[AB] \d\b/.test(record.content), `${record.url}: page markers`);
    }
    const sample = indexRecords(out).find((r) => r.url === '/documents/d-B-00002120004/');
    assert.match(sample?.content ?? '', /Thank you for letter of October 27/, 'variant numbers do not split the words');
  });

  await t.test('should link every mention on an entity page to a paragraph that exists and names it', async () => {
    const entityPages = html.filter((f) => /^(people|places|organisations)\/[^/]+\/index\.html$/.test(f));
    assert.ok(entityPages.length >= 20, `${entityPages.length} entity pages`);
    assert.deepEqual(await brokenLinks(out, entityPages, prefix), []);
    const talbott = read('people/ghukasyan/index.html');
    const passages = [...talbott.matchAll(/class="passage-link"[^>]*>|<a href="([^"]+)" class="passage-link">/g)].map((m) => m[1]).filter(Boolean) as string[];
    assert.equal(passages.length, 5, 'Ghukasyan is named five times');
    const page = read('documents/d-B-00002120004/index.html');
    for (const link of passages) {
      const anchor = link.split('#')[1] ?? '';
      assert.ok(idsOf(page).has(anchor), link);
      const block = new RegExp(`id="${anchor}"[^>]*>([\\s\\S]*?)</(?:p|div)>`).exec(page)?.[1] ?? '';
      assert.match(block, /data-ref="#person-ghukasyan"/, `${anchor} names him`);
    }
  });

  await t.test('should list posts as organisations, with the documents addressed to them', () => {
    const moscow = read('organisations/post-amembassy-moscow/index.html');
    assert.match(moscow, /<h1>US Embassy Moscow<\/h1>/);
    assert.match(moscow, /Nagorno-Karabakh: Reply to Pastukhov Letter/);
  });

  await t.test('should write valid TEI where no name is inside another name or in furniture, every @ref resolving', async () => {
    const tei = files.filter((f) => f.startsWith('tei/')).map((f) => join(out, f));
    assert.ok(tei.some((f) => f.endsWith('entities.xml')));
    assert.deepEqual(await validateTei(tei), []);
    let names = 0;
    for (const file of tei) {
      const tree = parseTei(readFileSync(file, 'utf8'));
      assert.deepEqual(danglingPointers(tree), [], file);
      walk(tree, (element, ancestors) => {
        if (!/^(persName|placeName|orgName)$/.test(element.name) || ancestors.some((a) => a.name === 'standOff' || a.name === 'correspDesc' || a.name === 'listPerson')) return;
        names++;
        assert.ok(!ancestors.some((a) => /^(persName|placeName|orgName|fw)$/.test(a.name)), `${file}: ${element.name} inside ${ancestors.map((a) => a.name).join('/')}`);
      });
    }
    assert.ok(names > 50, `${names} names tagged`);
    const authority = read('tei/entities.xml');
    assert.match(authority, /<person xml:id="person-nuland">/, 'the whole authority, names without mentions too');
  });

  await t.test('should explain TAGS codes from the glossary, with a page per code', () => {
    const am = read('tags/AM/index.html');
    assert.match(am, /<h1>AM: Armenia<\/h1>/);
    assert.match(am, /5 FAH-3 H-700/);
    for (const document of documents) for (const tag of document.tags) assert.ok(files.includes(`tags/${tag}/index.html`), tag);
    assert.match(read('documents/d-B-00002120004/index.html'), new RegExp(`<a href="${prefix}tags/RS/" data-pagefind-filter="tag"><abbr title="Russia">RS</abbr></a>`));
  });

  await t.test('should put undated documents last, in the table and the chronology, and link documents in time', () => {
    const undated = documents.filter((d) => d.date === '');
    assert.ok(undated.length > 0, 'a fixture without a date');
    assert.deepEqual(documents.slice(-undated.length), undated, 'documents.json in the edition’s order');
    const home = read('index.html');
    const order = [...home.matchAll(/href="\/ed\/documents\/([^/]+)\/"/g)].map((m) => m[1]);
    assert.deepEqual(order, documents.map((d) => d.id));
    assert.ok(files.includes('chronology/undated/index.html'));
    assert.match(read('chronology/index.html'), /href="\/ed\/chronology\/1997\/#m-10-heading">October<\/a>/);
    const second = read(`documents/${documents[1]?.id}/index.html`);
    assert.ok(second.includes(`href="${prefix}documents/${documents[0]?.id}/" rel="prev"`) && second.includes(`href="${prefix}documents/${documents[2]?.id}/" rel="next"`));
  });

  await t.test('should name the document page as canonical on every view, with the site URL', () => {
    for (const file of html.filter((f) => /^documents\/[^/]+\/(witness\/[^/]+|compare)\/index\.html$/.test(f))) {
      const id = file.split('/')[1];
      assert.match(read(file), new RegExp(`<link rel="canonical" href="${siteUrl}${prefix}documents/${id}/">`), file);
    }
    assert.match(read('sitemap.xml'), new RegExp(`<loc>${siteUrl}${prefix}people/talbott/</loc>`));
    assert.match(read('documents/d-B-00002120004/index.html'), new RegExp(`data-cite-url="${siteUrl}${prefix}documents/d-B-00002120004/"`));
    assert.ok(!/no site URL/.test(built.stderr), 'no warning with --site-url');
  });

  await t.test('should show the FOIA document and telegram numbers in the home table, and link the JSON list', () => {
    const home = read('index.html');
    assert.match(home, /<th scope="col">FOIA document<\/th><th scope="col">Telegram<\/th>/);
    assert.match(home, /<td>B-00002120004<\/td><td>STATE 204310<\/td>/);
    assert.ok(linksOf(home).includes(`${prefix}documents.json`));
  });

  await t.test('should resolve every internal link of the pages for finding things', async () => {
    const finding = html.filter((f) => /^(index\.html|search|tags|chronology|people|places|organisations|documents\/[^/]+\/index\.html)/.test(f));
    assert.deepEqual(await brokenLinks(out, finding, prefix), []);
  });
});

test('build should warn when the edition has no site URL', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'cable-finding-nourl-')), 'site');
  const built = spawnSync(process.execPath, [cli, 'build', '--out', out], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stderr, /warning: no site URL: .*--site-url/);
});

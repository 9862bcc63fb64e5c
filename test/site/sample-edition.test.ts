/**
 * The bundled sample as a reader meets it, built by the real pipeline (not hand-written TEI):
 * every place that shows the title, the sender or the classification shows the edited
 * reading, and `collate` prints the apparatus the TEI holds, overrides included.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { elements, parseTei } from '../helpers/tei.ts';
import { slow } from '../helpers/slow.ts';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'corpus', 'FL-2017-13804-B-00002120004.txt');
const title = 'Nagorno-Karabakh: Reply to Pastukhov Letter';

test('the sample edition, built from the raw text', slow, async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'cable-sample-'));
  const built = await runCli(['build', '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
  assert.equal(built.status, 0, built.stderr);
  const read = (path: string): string => readFileSync(join(out, path), 'utf8');
  const page = read('documents/d-B-00002120004/index.html');
  const home = read('index.html');

  await t.test('should title the TEI, the page, the browser tab and the home table by the lemma', () => {
    const tei = parseTei(read('tei/d-B-00002120004.xml'));
    const main = elements(tei, 'title').find((e) => e.attributes.type === 'main');
    assert.equal(main?.children.map((c) => (c.type === 'text' ? c.value : '')).join(''), title);
    assert.match(page, new RegExp(`<title>${title} · `));
    assert.match(page, new RegExp(`<h1>${title}</h1>`));
    assert.match(home, new RegExp(`>${title}</a>`));
    // Copy B's OCR reading stays in the apparatus of the page, never in a title or the home table.
    assert.ok(!/Earabakh/i.test(home), 'home table');
    assert.ok(!/<(?:title|h1)>[^<]*Earabakh/i.test(page), 'page title');
  });

  await t.test('should cite it by the same title and sender in every format', () => {
    const cites = ['cite.bib', 'cite.ris', 'cite.csl.json'].map((f) => read(`documents/d-B-00002120004/${f}`));
    for (const cite of cites) {
      assert.ok(cite.includes(title), 'title');
      assert.ok(cite.includes('ALBRIGHT'), 'signer');
      assert.ok(!/\bYY\b/.test(cite), 'never the typist’s mark');
    }
    assert.ok(page.includes(`<meta name="citation_title" content="${title}">`));
    assert.ok(page.includes('<meta name="citation_author" content="ALBRIGHT">'));
  });

  await t.test('should show the sender as office / signer and the classification without OCR markup', () => {
    for (const html of [page, home]) {
      assert.ok(html.includes('SECSTATE WASHDC / ALBRIGHT'), 'sender');
      assert.ok(html.includes('>CONFIDENTIAL<'), 'classification');
      assert.ok(!/#+ - CONFIDENTIAL/.test(html), 'no OCR markup in the classification');
    }
  });

  await t.test('should state one licence, in the TEI and in the footer', () => {
    assert.ok(read('tei/d-B-00002120004.xml').includes('dedicated to the public domain under CC0 1.0'));
    assert.ok(page.includes('dedicated to the public domain under CC0 1.0'));
    assert.ok(!/\bMIT\b/.test(page), 'no second licence');
  });
});

test('collate should print the entries and types the TEI holds, an editor’s override included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-collate-'));
  const raw = join(dir, 'sample.txt');
  copyFileSync(sample, raw);
  // "your" (A only) is substantive by rule; the editor says it is OCR noise.
  writeFileSync(join(dir, 'sample.edition.json'), JSON.stringify({ variantTypes: { 'A:38:15': 'ocr' } }));
  const printed = await runCli(['collate', raw]);
  const tei = await runCli(['tei', raw]);
  assert.equal(printed.status, 0, printed.stderr);
  const fromTei = elements(parseTei(tei.stdout), 'app')
    .filter((app) => app.attributes.type !== 'furniture' && app.attributes.type !== 'ocr-markup')
    .map((app) => `${app.attributes['xml:id']} ${app.attributes.type}`);
  const fromCollate = printed.stdout.trim().split('\n').map((line) => {
    const match = /\((\S+?);.*\) #(\S+)$/.exec(line);
    return `${match?.[2]} ${match?.[1]}`;
  });
  assert.deepEqual(fromCollate, fromTei);
  assert.ok(fromCollate.includes('app-A-38-15 ocr'), 'the override is applied in both');
});

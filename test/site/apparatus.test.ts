/**
 * Issue 9: the sample's apparatus as a reader meets it on the reading page: notes in reading
 * order, each with a visible lemma, the routing block in one note, every variation point
 * linkable by URL, and filters that work without JavaScript (views chosen by the fragment)
 * and with it (toggles), never leaving the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { editionOfFile } from '../../src/pipeline.ts';
import { buildSite, documentOfModel } from '../../src/site/index.ts';
import { toTei } from '../../src/tei/document.ts';
import { elements, parseTei } from '../helpers/tei.ts';
import { serve } from './helpers.ts';
import { slow } from '../helpers/slow.ts';

const sample = join(import.meta.dirname, '..', '..', 'corpus', 'FL-2017-13804-B-00002120004.txt');
const executablePath = '/usr/bin/chromium';

test('the apparatus of the reading page', slow, async (t) => {
  const model = editionOfFile(sample);
  const outDir = await mkdtemp(join(tmpdir(), 'cable-apparatus-'));
  await buildSite({ documents: [documentOfModel(model)], outDir, pathPrefix: '/', version: '1.0.0', sourceDateEpoch: 1700000000 });
  const path = `documents/${model.id}/`;
  const html = await readFile(join(outDir, path, 'index.html'), 'utf8');
  const notes = [...html.matchAll(/<li id="(app-[^"]+)" class="footnote ([^"]*)">(.*?)<\/li>/g)].map(([, id, classes, body]) => ({
    id: id ?? '',
    type: /variant-(\S+)/.exec(classes ?? '')?.[1] ?? '',
    label: Number(/class="footnote-label"[^>]*>(\d+)\./.exec(body ?? '')?.[1]),
    text: (/<span class="footnote-body">(.*?)<\/span> <a class="backref"/.exec(body ?? '')?.[1] ?? '').replace(/<[^>]+>/g, ''),
  }));
  const text = html.slice(html.indexOf('class="edition-text reading"'), html.indexOf('id="apparatus-heading"'));

  await t.test('should number the notes 1, 2, 3… in the order their markers stand in the text', () => {
    assert.deepEqual(notes.map((note) => note.label), notes.map((_, index) => index + 1));
    const markers = [...text.matchAll(/aria-label="Variant (\d+)"/g)].map((match) => Number(match[1]));
    assert.deepEqual(markers, [...markers].sort((x, y) => x - y), 'markers in reading order');
    assert.deepEqual([...new Set(markers)], notes.map((note) => note.label), 'a marker for every note');
  });

  await t.test('should give every note a visible lemma (an addition reads `om. B] your A`)', () => {
    for (const note of notes) assert.match(note.text, /^\S[^\]]*\] /, `note ${note.label}: ${note.text}`);
    assert.ok(notes.some((note) => note.text.startsWith('om. B] your A')));
  });

  await t.test('should summarise the routing block in one note that sends the reader to the witnesses', () => {
    const routing = notes.filter((note) => note.type === 'routing');
    assert.equal(routing.length, 1);
    assert.match(routing[0]?.text ?? '', /Routing and distribution differ in A and B \(\d+ places\); see witness A and witness B\./);
    assert.match(html, /<a href="witness\/A\/">witness A<\/a>/);
    assert.ok(notes.every((note) => note.text.length < 200), 'no note runs over lines of routing');
  });

  await t.test('should make one note of a moved passage, marked at both places', () => {
    const moved = elements(parseTei(toTei(model)), 'app').filter((app) => app.attributes.corresp);
    assert.equal(moved.length, 2);
    const note = notes.find((entry) => entry.id === moved[0]?.attributes['xml:id']);
    assert.match(note?.text ?? '', /one passage in two places/);
    assert.equal([...text.matchAll(new RegExp(`href="#${note?.id}"`, 'g'))].length, 2);
  });

  await t.test('should resolve every variation point of the TEI by URL on the reading page', () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    for (const app of elements(parseTei(toTei(model)), 'app')) {
      const id = app.attributes['xml:id'];
      if (id && app.attributes.type !== 'furniture' && app.attributes.type !== 'ocr-markup') assert.ok(ids.has(id), id);
    }
  });

  await t.test('should offer OCR and orthographic notes on request, by views that need no script', async () => {
    assert.match(html, /<a href="#ocr-variants" data-filter="ocr">With OCR variants \(\+\d+\)<\/a>/);
    assert.match(html, /<div id="all-variants" class="apparatus-view"><div id="ocr-variants"[^>]*><div id="orthographic-variants"/);
    const css = await readFile(join(outDir, 'assets', 'edition.css'), 'utf8');
    assert.match(css, /#ocr-variants:target \.variant-ocr/);
    assert.ok(notes.some((note) => note.type === 'ocr') && notes.some((note) => note.type === 'orthographic'));
  });

  if (!existsSync(executablePath)) {
    t.skip('chromium not installed: filters not tried in a browser');
    return;
  }
  const server = await serve(outDir, '/');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const ocr = notes.find((note) => note.type === 'ocr')?.id ?? '';
  const substantive = notes.find((note) => note.type === 'substantive')?.id ?? '';
  try {
    await t.test('without JavaScript: OCR notes hidden, shown by their view, shown when cited', async () => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${server.origin}/${path}`);
      assert.equal(await page.locator(`#${substantive}`).isVisible(), true);
      assert.equal(await page.locator(`#${ocr}`).isVisible(), false);
      await page.click('a[data-filter="ocr"]');
      assert.ok(page.url().endsWith(`/${path}#ocr-variants`), 'the same page');
      assert.equal(await page.locator(`#${ocr}`).isVisible(), true);
      assert.equal(await page.locator('.variant-orthographic').first().isVisible(), false);
      await page.goto(`${server.origin}/${path}#${ocr}`);
      assert.equal(await page.locator(`#${ocr}`).isVisible(), true, 'a cited note shows in any view');
      await page.close();
    });

    await t.test('with JavaScript: toggles that combine and keep the address', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${path}`);
      assert.equal(await page.locator('.filter-views').isVisible(), false);
      assert.equal(await page.locator(`#${ocr}`).isVisible(), false);
      await page.check('input[data-filter="ocr"]');
      await page.check('input[data-filter="orthographic"]');
      assert.equal(await page.locator(`#${ocr}`).isVisible(), true);
      assert.equal(await page.locator('li.variant-orthographic').first().isVisible(), true);
      assert.ok(page.url().endsWith(`/${path}`), 'no fragment, no jump');
      await page.uncheck('input[data-filter="ocr"]');
      assert.equal(await page.locator(`#${ocr}`).isVisible(), false);
      await page.close();
      const linked = await browser.newPage();
      await linked.goto(`${server.origin}/${path}#ocr-variants`);
      assert.equal(await linked.locator('input[data-filter="ocr"]').isChecked(), true, 'a linked view is honoured');
      assert.equal(await linked.locator(`#${ocr}`).isVisible(), true);
      await linked.close();
    });
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
});

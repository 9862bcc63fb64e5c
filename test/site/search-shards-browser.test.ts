/**
 * A search index in shards, searched in headless Chromium (Debian's /usr/bin/chromium): a
 * corpus cut into several shards (a small shard size) is searched as one, under a path prefix:
 * a word found only in a document of a shard after the first is found, and the filters count
 * the documents of every shard.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildEdition } from '../../src/build/index.ts';
import { readingPage, shardsOf } from '../../src/site/search.ts';
import { slow } from '../helpers/slow.ts';
import { serve } from './helpers.ts';

const executablePath = '/usr/bin/chromium';
const prefix = '/edition/';
const SHARD_SIZE = 2;
/** A word of each cable's text that no other cable has. */
const WORDS = ['alabaster', 'brimstone', 'cormorant', 'damselfly', 'eiderdown', 'firebrand', 'gallimaufry', 'hornswoggle'];

/** A short cable of two copies with its own word, its id from its FOIA document number, classified by its banner. */
function cable(index: number): string {
  const copy = `UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C0${5_100_000 + index} Date: 03/0${1 + index}/2018\n\nCONFIDENTIAL\n\nSUBJECT: SHARD TEST ${index}\n\n1. The Department should deliver the ${WORDS[index]} proposal to the Ministry.\n\n2. Embassy will report.\n`;
  return `${copy}\n${copy}`;
}

test('a search index in shards is searched as one', slow, async (t) => {
  if (!existsSync(executablePath)) {
    t.skip('chromium not installed');
    return;
  }
  const corpus = mkdtempSync(join(tmpdir(), 'cable-shards-corpus-'));
  WORDS.forEach((_, index) => writeFileSync(join(corpus, `cable-${index}.txt`), cable(index)));
  const out = join(mkdtempSync(join(tmpdir(), 'cable-shards-')), 'site');
  const summary = await buildEdition({ corpus, out, pathPrefix: prefix, version: '1.0.0', sourceDateEpoch: 1700000000, jobs: 1, warn: () => {}, generator: 'test', searchShardSize: SHARD_SIZE });
  assert.equal(summary.warnings, 0, 'every document is indexed');
  const ids = (JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { documents: Array<{ id: string }> }).documents.map((document) => document.id);
  assert.equal(ids.length, WORDS.length);
  const shards = shardsOf(ids, SHARD_SIZE);
  assert.ok(shards.length >= 2, `${shards.length} shard(s)`);
  const later = shards.find(({ shard, ids: members }) => shard > 0 && members.length > 0)?.ids[0];
  assert.ok(later, 'a document in a shard after the first');
  const word = WORDS.find((candidate) => readFileSync(join(out, readingPage(later)), 'utf8').includes(candidate));
  assert.ok(word, `the word of ${later}`);

  const server = await serve(out, prefix);
  const userDataDir = mkdtempSync(join(tmpdir(), 'cable-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'] });
  const page = await context.newPage();
  try {
    await t.test('should find a word that only a document of a later shard has', async () => {
      await page.goto(`${server.origin}${prefix}search/?q=${word}`);
      await page.locator('#search-results > li').first().waitFor();
      const links = await page.locator('#search-results .result-title a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, [`${prefix}documents/${later}/`]);
    });

    await t.test('should count the documents of every shard in the filters', async () => {
      await page.goto(`${server.origin}${prefix}search/`);
      await page.locator('#filter-classification option').nth(1).waitFor({ state: 'attached' });
      const options = await page.locator('#filter-classification option').evaluateAll((elements) => elements.map((o) => o.textContent ?? ''));
      const counts = options.map((text) => Number(/\((\d+)\)$/.exec(text)?.[1] ?? 0));
      assert.equal(counts.reduce((sum, count) => sum + count, 0), ids.length, options.join(', '));
    });

    await t.test('should find a word of every document, whichever its shard', async () => {
      await page.goto(`${server.origin}${prefix}search/?q=proposal`);
      await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length === count, ids.length);
    });
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

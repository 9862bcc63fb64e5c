/**
 * Finding things in headless Chromium (Debian's /usr/bin/chromium), on the sample and fixture
 * cables built with their authority file under a path prefix: search for a person's name,
 * filter by year, land on the paragraph; the paragraph citation; the table's filters; axe on
 * every new page type.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { findingCorpus, serve } from './helpers.ts';
import { slow } from '../helpers/slow.ts';

const executablePath = '/usr/bin/chromium';
const prefix = '/edition/';
const cli = join(import.meta.dirname, '..', '..', 'bin', 'cable-edition.js');

async function launch(): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cable-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  return { context, userDataDir };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('finding things in a browser', slow, async (t) => {
  if (!existsSync(executablePath)) {
    t.skip('chromium not installed');
    return;
  }
  const out = join(await mkdtemp(join(tmpdir(), 'cable-finding-browser-')), 'site');
  const built = spawnSync(process.execPath, [cli, 'build', findingCorpus(), '--out', out, '--path-prefix', prefix], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const server = await serve(out, prefix);
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  try {
    await t.test('should search for a person, filter by year and land on the paragraph that names him', async () => {
      await page.goto(`${server.origin}${prefix}`);
      await page.fill('#site-search-q', 'Sestanovich');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL(/\/search\/\?q=Sestanovich/);
      await page.selectOption('#filter-year', '1997');
      const passage = page.locator('#search-results .passage-link').first();
      await passage.waitFor();
      assert.match(page.url(), /year=1997/, 'the filter is kept in the URL');
      assert.match(await passage.innerText(), /Sestanovich/);
      await passage.click();
      await page.waitForURL(/\/documents\/d-B-00002120004\/#/);
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const target = page.locator(`[id="${anchor}"]`);
      assert.equal(await target.count(), 1, `#${anchor} exists`);
      assert.match(await target.innerText(), /Stephen Sestanovich, will be in Yerevan/);
      assert.equal(await target.locator('[data-ref="#person-sestanovich"]').count(), 1);
    });

    await t.test('should find a phrase as written and nothing for a year without it', async () => {
      await page.goto(`${server.origin}${prefix}search/?q=${encodeURIComponent('"Minsk Group Co-Chairs"')}`);
      await page.locator('#search-results li').first().waitFor();
      assert.equal(await page.locator('#search-results > li').count(), 1);
      await page.selectOption('#filter-year', '1973');
      await page.waitForFunction(() => /No document/.test(document.getElementById('search-status')?.textContent ?? ''));
    });

    await t.test('should filter and sort the table of documents', async () => {
      await page.goto(`${server.origin}${prefix}`);
      const rows = page.locator('#documents tbody tr:not([hidden])');
      const all = await rows.count();
      await page.selectOption('#facet-classification', 'SECRET');
      assert.ok((await rows.count()) < all && (await rows.count()) > 0);
      await page.selectOption('#facet-classification', '');
      await page.click('#documents th:first-child button');
      await page.click('#documents th:first-child button');
      assert.equal(await page.locator('#documents th:first-child').getAttribute('aria-sort'), 'descending');
      assert.equal(await rows.first().locator('td').first().innerText(), 'undated', 'undated sorts after every date');
    });

    await t.test('should copy a paragraph’s citation with its URL', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.goto(`${server.origin}${prefix}documents/d-B-00002120004/`);
      await page.click('button[aria-label="Cite paragraph 1"]');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /“Nagorno-Karabakh: Reply to Pastukhov Letter\.”.* ¶ 1\. http:\/\/127\.0\.0\.1:\d+\/edition\/documents\/d-B-00002120004\/#p-1\.$/);
    });

    const pageTypes: [string, string][] = [
      ['search', `${prefix}search/?q=Ghukasyan`], ['people', `${prefix}people/`], ['person', `${prefix}people/ghukasyan/`],
      ['places', `${prefix}places/`], ['organisation', `${prefix}organisations/post-amembassy-moscow/`], ['TAGS', `${prefix}tags/`],
      ['tag', `${prefix}tags/PREL/`], ['chronology', `${prefix}chronology/`], ['year', `${prefix}chronology/1997/`],
      ['home with filters', prefix], ['document with names', `${prefix}documents/d-B-00002120004/`],
    ];
    for (const [name, path] of pageTypes) {
      await t.test(`should have no axe violations on the ${name} page`, async () => {
        await page.goto(server.origin + path);
        if (name === 'search') await page.locator('#search-results li').first().waitFor();
        assert.deepEqual(await axeViolations(page), []);
      });
    }
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

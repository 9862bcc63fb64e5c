/**
 * The edition in headless Chromium (Debian's /usr/bin/chromium): reading, footnotes, witness
 * and side-by-side views, the TEI download, and axe-core on every page type.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildFixtures, serve } from './helpers.ts';
import { slow } from '../helpers/slow.ts';

const executablePath = '/usr/bin/chromium';
const prefix = '/edition/';
const documentPath = `${prefix}documents/d-B-00002120004/`;

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

test('the edition in a browser', slow, async (t) => {
  if (!existsSync(executablePath)) {
    t.skip('chromium not installed');
    return;
  }
  const { outDir } = await buildFixtures(prefix);
  const server = await serve(outDir, prefix);
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  try {
    await t.test('should follow a footnote and come back', async () => {
      await page.goto(server.origin + documentPath);
      await page.click('a[aria-label="Variant 2"]');
      assert.ok(page.url().endsWith('#app-2'));
      assert.match(await page.locator('#app-2').innerText(), /your\]\s*om\.\s*B/);
      await page.click('#app-2 a.backref');
      assert.ok(page.url().endsWith('#ref-app-2'));
      assert.equal(await page.locator('#ref-app-2').isVisible(), true);
    });

    await t.test('should show the source form of a correction on focus', async () => {
      await page.goto(server.origin + documentPath);
      const choice = page.locator('.has-alt').first();
      assert.equal(await choice.locator('.choice-alt').isVisible(), false);
      await choice.focus();
      assert.equal(await choice.locator('.choice-alt').isVisible(), true);
    });

    await t.test('should open a witness view and the side-by-side view', async () => {
      await page.goto(server.origin + documentPath);
      await page.click('nav.views >> text=Witness A');
      assert.ok(page.url().endsWith(`${documentPath}witness/A/`));
      assert.match(await page.locator('main').innerText(), /Co-Chjairs/);
      await page.click('nav.views >> text=Side by side');
      assert.ok(page.url().endsWith(`${documentPath}compare/`));
      assert.equal(await page.locator('table.compare thead th').count(), 2);
      assert.equal(await page.locator('table.compare a[href="../#app-5"]').count(), 2);
    });

    await t.test('should serve the TEI download', async () => {
      await page.goto(server.origin + documentPath);
      const href = await page.locator('nav.views a[download]').getAttribute('href');
      assert.equal(href, `${prefix}tei/d-B-00002120004.xml`);
      const response = await page.request.get(server.origin + (href ?? ''));
      assert.equal(response.status(), 200);
      assert.match(await response.text(), /<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0" xml:id="d-B-00002120004"/);
    });

    const pageTypes: [string, string][] = [
      ['home', prefix], ['document', documentPath], ['witness', `${documentPath}witness/B/`],
      ['compare', `${documentPath}compare/`], ['about', `${prefix}about/`], ['404', `${prefix}no/such/page/`],
    ];
    for (const [name, path] of pageTypes) {
      await t.test(`should have no axe violations on the ${name} page`, async () => {
        await page.goto(server.origin + path);
        assert.deepEqual(await axeViolations(page), []);
      });
    }
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

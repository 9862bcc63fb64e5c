import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../../src/site/serve.ts';
import { buildSite, documentsOfTeiFolder } from '../../src/site/index.ts';
import { fixtures } from './helpers.ts';

test('should serve the built edition under its prefix, and the 404 page elsewhere', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'cable-serve-'));
  const rebuild = async (): Promise<unknown> => buildSite({ documents: await documentsOfTeiFolder(fixtures), outDir, pathPrefix: '/ed/', version: 'dev' });
  const server = await serveSite({ outDir, pathPrefix: '/ed/', rebuild, port: 0, log: () => {} });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/ed\/$/);
    const home = await fetch(server.url);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /href="\/ed\/documents\/d-B-00002120004\/"/);
    assert.equal((await fetch(`${server.url}tei/corpus.xml`)).status, 200);
    const missing = await fetch(`${server.url}no-such-page/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Page not found/);
  } finally {
    await server.close();
  }
});

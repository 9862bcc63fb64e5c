import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { publishBuild } from '../../src/build/publish.ts';
import { serveSite, type ServeOptions } from '../../src/site/serve.ts';
import { buildFixtures } from './helpers.ts';

const quiet = { log: () => {}, warn: () => {} };

/** The fixture edition served under /ed/, nothing watched. */
async function serveFixtures(): Promise<{ url: string; close: () => Promise<void> }> {
  const { outDir } = await buildFixtures('/ed/');
  return serveSite({ outDir, pathPrefix: '/ed/', port: 0, watch: [], rebuild: async () => {}, ...quiet });
}

/** The status of a raw request: fetch would normalise or reject the odd paths these tests need. */
function statusOf(url: string, path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request(new URL(url).origin, { path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject).end();
  });
}

/** Poll until check() holds or the time is up. */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  for (const start = Date.now(); !check() && Date.now() - start < ms; ) await sleep(20);
}

/** A temp folder with corpus/ in it, watched, served from out/ in it, with a counting rebuild. */
async function watched(overrides: (root: string) => Partial<ServeOptions> = () => ({})): Promise<{ root: string; calls: { count: number }; close: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'cable-watch-'));
  await mkdir(join(root, 'corpus'));
  const calls = { count: 0 };
  const server = await serveSite({
    outDir: join(root, 'out'), pathPrefix: '/', port: 0, watch: [join(root, 'corpus')], debounceMs: 100,
    rebuild: async () => { calls.count++; }, ...quiet, ...overrides(root),
  });
  return { root, calls, close: server.close };
}

test('should serve the built edition under its prefix, and the 404 page elsewhere', async () => {
  const server = await serveFixtures();
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

test('should not serve files outside the edition folder', async () => {
  const server = await serveFixtures();
  try {
    assert.equal(await statusOf(server.url, '/ed/../../../../etc/passwd'), 404);
    assert.equal(await statusOf(server.url, '/ed/%2e%2e/%2e%2e/%2e%2e/etc/passwd'), 404);
  } finally {
    await server.close();
  }
});

test('should answer a malformed URL with 400 and keep serving', async () => {
  const server = await serveFixtures();
  try {
    assert.equal(await statusOf(server.url, '/%'), 400);
    assert.equal(await statusOf(server.url, '/ed/%E0%A4%A'), 400);
    assert.equal(await statusOf(server.url, '/ed/'), 200);
  } finally {
    await server.close();
  }
});

test('should answer other methods than GET and HEAD with 405 and Allow', async () => {
  const server = await serveFixtures();
  try {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
  } finally {
    await server.close();
  }
});

test('should answer HEAD with the headers of GET and no body', async () => {
  const server = await serveFixtures();
  try {
    const got = await fetch(server.url);
    const head = await fetch(server.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), got.headers.get('content-type'));
    assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(await got.text())));
    assert.equal(await head.text(), '');
  } finally {
    await server.close();
  }
});

test('should rebuild once for a burst of changes to a watched folder', async () => {
  // A quiet time well above the burst's length, so a loaded machine cannot split the burst.
  const { root, calls, close } = await watched(() => ({ debounceMs: 1000 }));
  try {
    for (let i = 0; i < 5; i++) await writeFile(join(root, 'corpus', 'a.txt'), `edit ${i}\n`);
    await until(() => calls.count > 0, 10000);
    await sleep(1500);
    assert.equal(calls.count, 1);
  } finally {
    await close();
  }
});

test('should not rebuild for its own output, even when it lies inside a watched folder', async () => {
  const { root, calls, close } = await watched((root) => ({ watch: [root] }));
  try {
    // What every rebuild does: a staging folder beside out/, swapped in as out/.
    for (let i = 0; i < 2; i++) {
      await publishBuild(join(root, 'out'), async (staging) => {
        await mkdir(join(staging, 'tei'));
        await writeFile(join(staging, 'tei', 'd.xml'), `<TEI n="${i}"/>`);
      });
    }
    await sleep(500);
    assert.equal(calls.count, 0);
    await writeFile(join(root, 'corpus', 'a.txt'), 'edit\n');
    await until(() => calls.count > 0);
    assert.equal(calls.count, 1, 'a change beside the output still counts');
  } finally {
    await close();
  }
});

test('should never run two rebuilds at once, and rebuild again for a change made during one', async () => {
  let running = 0;
  let most = 0;
  let count = 0;
  const rebuild = async (): Promise<void> => {
    count++;
    most = Math.max(most, ++running);
    await sleep(400);
    running--;
  };
  const { root, close } = await watched(() => ({ rebuild }));
  try {
    await writeFile(join(root, 'corpus', 'a.txt'), 'first\n');
    await until(() => running > 0);
    await writeFile(join(root, 'corpus', 'a.txt'), 'during the rebuild\n');
    await until(() => count === 2);
    await until(() => running === 0);
    await sleep(300);
    assert.equal(count, 2);
    assert.equal(most, 1);
  } finally {
    await close();
  }
});

/** Shared by the site tests: build the fixtures into a temp dir, serve a folder over HTTP. */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, documentsOfTeiFolder } from '../../src/site/index.ts';

export const fixtures = fileURLToPath(new URL('../fixtures/tei/', import.meta.url));

/** Build the fixture corpus into a fresh temp dir. */
export async function buildFixtures(pathPrefix = '/', teiDir = fixtures): Promise<{ outDir: string; warnings: string[]; pages: number }> {
  const outDir = await mkdtemp(join(tmpdir(), 'cable-site-'));
  const result = await buildSite({ documents: await documentsOfTeiFolder(teiDir), outDir, pathPrefix, version: '1.2.3', sourceDateEpoch: 1700000000 });
  return { outDir, ...result };
}

/** Every file under dir, as sorted relative paths. */
export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full, base)));
    else files.push(full.slice(base.length + 1));
  }
  return files.sort();
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.xml': 'application/xml', '.json': 'application/json', '.bib': 'text/plain', '.ris': 'text/plain',
};

/** Serve dir at `prefix` on 127.0.0.1 like a plain static host (index.html, 404.html). */
export async function serve(dir: string, prefix = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length))) : '';
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': types['.html'] });
      response.end(await readFile(join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A corpus of the sample and the fixture cables with the sample's authority file. */
export function findingCorpus(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const corpus = mkdtempSync(join(tmpdir(), 'cable-finding-corpus-'));
  copyFileSync(join(root, 'corpus', 'FL-2017-13804-B-00002120004.txt'), join(corpus, 'FL-2017-13804-B-00002120004.txt'));
  copyFileSync(join(root, 'corpus', 'entities.yaml'), join(corpus, 'entities.yaml'));
  const fixtures = join(root, 'test', 'fixtures', 'cables');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) copyFileSync(join(fixtures, file), join(corpus, file));
  return corpus;
}


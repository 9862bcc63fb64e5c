/**
 * `npm start`: build the edition, serve it on 127.0.0.1 under its path prefix, and rebuild
 * when the watched folders change. No dependencies beyond Node: the output is static files.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisePrefix } from './urls.ts';

export interface ServeOptions {
  outDir: string;
  pathPrefix: string;
  port?: number;
  /** folders whose changes trigger a rebuild (site/ is always watched) */
  watch?: string[];
  /** what a change runs (the CLI passes corpus → models → site) */
  rebuild: () => Promise<unknown>;
  log?: (message: string) => void;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.json': 'application/json', '.bib': 'text/plain; charset=utf-8', '.ris': 'text/plain; charset=utf-8',
};

/** Serve the edition until `close()` is called. */
export async function serveSite(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const log = options.log ?? ((message: string) => console.log(message));
  const rebuild = options.rebuild;
  await rebuild();
  const prefix = normalisePrefix(options.pathPrefix);
  const outDir = normalize(options.outDir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.startsWith(prefix) ? normalize(join(outDir, path.slice(prefix.length))) : '';
    try {
      if (!file.startsWith(outDir + sep) && file !== outDir) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': types['.html'] });
      response.end(await readFile(join(outDir, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8080, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}${prefix}`;
  log(`Serving the edition at ${url}`);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(rebuild).then(() => log('Rebuilt the edition'), (error: unknown) => log(`Build failed: ${String(error)}`));
    }, 200);
  };
  const siteDir = fileURLToPath(new URL('../../site/', import.meta.url));
  const folders = [...new Set([siteDir, ...(options.watch ?? [])])].filter((folder) => normalize(folder) !== outDir);
  const watchers: FSWatcher[] = folders.map((folder) => watch(folder, { recursive: true }, schedule));
  return {
    url,
    close: async () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

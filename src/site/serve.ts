/**
 * `npm start`: serve a built edition on 127.0.0.1 under its path prefix, rebuild when the
 * watched folders change, and reload the pages open in a browser after each rebuild: every HTML
 * page served gets a small script listening to `/.cable-edition/reload` (server-sent events,
 * https://html.spec.whatwg.org/multipage/server-sent-events.html). The files on disk stay as
 * `build` writes them. No dependencies beyond Node: the output is static files.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { isBuildOutput } from '../build/publish.ts';
import { normalisePrefix } from './urls.ts';

export interface ServeOptions {
  /** the built edition; the caller builds it first (a bad corpus should stop `serve`, not start it empty) */
  outDir: string;
  pathPrefix: string;
  /** default 8080; 0 picks a free port */
  port?: number;
  /** folders whose changes trigger a rebuild (the corpus and site/); changes to outDir's builds never do */
  watch: string[];
  /** what a change runs; it should publish into outDir (src/build/publish.ts); a string it returns is logged */
  rebuild: () => Promise<unknown>;
  /** folders whose changes never trigger a rebuild (the build cache) */
  ignore?: string[];
  /** reload open pages after a rebuild (default true) */
  liveReload?: boolean;
  /** quiet time after the last change before rebuilding, so one save is one rebuild; default 200 ms */
  debounceMs?: number;
  log?: (message: string) => void;
  /** a failed rebuild is reported here and the last good edition stays up; default stderr */
  warn?: (message: string) => void;
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Where pages listen for rebuilds: outside any path prefix, and no file of an edition. */
export const RELOAD_PATH = '/.cable-edition/reload';

/** What each HTML page served gets before `</body>`. */
const RELOAD_SCRIPT = `<script>/* cable-edition serve: reload after a rebuild */new EventSource(${JSON.stringify(RELOAD_PATH)}).addEventListener('reload', () => location.reload())</script>`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.json': 'application/json', '.bib': 'text/plain; charset=utf-8', '.ris': 'text/plain; charset=utf-8',
};

/** Serve the edition until `close()` is called. */
export async function serveSite(options: ServeOptions): Promise<Served> {
  const log = options.log ?? ((message: string) => console.log(message));
  const warn = options.warn ?? ((message: string) => console.error(message));
  const prefix = normalisePrefix(options.pathPrefix);
  // Resolved on every request, not held open: each rebuild replaces the folder whole.
  const outDir = resolve(options.outDir);
  const liveReload = options.liveReload ?? true;
  /** Pages listening for the next rebuild. */
  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (liveReload && request.method === 'GET' && request.url === RELOAD_PATH) {
      listen(response, listeners);
      return;
    }
    answer(request, response, outDir, prefix, liveReload).catch((error: unknown) => {
      warn(`serve: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 8080, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}${prefix}`;
  log(`Serving the edition at ${url}`);

  const reload = (): void => {
    for (const listener of listeners) listener.write('event: reload\ndata: rebuilt\n\n');
  };
  const rebuilds = rebuilder(options.rebuild, options.debounceMs ?? 200, log, warn, reload);
  const ignored = (options.ignore ?? []).map((folder) => resolve(folder));
  const onChange = (folder: string) => (_event: string, name: string | Buffer | null): void => {
    // Without a name the change could be anywhere, so it counts.
    if (name !== null) {
      const path = join(folder, name.toString());
      if (isBuildOutput(outDir, path) || ignored.some((dir) => path === dir || path.startsWith(dir + sep))) return;
    }
    rebuilds.schedule();
  };
  const watchers: FSWatcher[] = [...new Set(options.watch.map((folder) => resolve(folder)))].map((folder) =>
    // A folder vanishing under the watcher is reported, never a crash of the server.
    watch(folder, { recursive: true }, onChange(folder)).on('error', (error) => warn(`serve: watching ${folder}: ${error.message}`)),
  );
  return {
    url,
    close: async () => {
      for (const watcher of watchers) watcher.close();
      await rebuilds.stop();
      for (const listener of listeners) listener.end();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/**
 * Debounced rebuilds, never two at once: changes during a rebuild ask for one more after it,
 * since the running one may have read the files before they changed.
 */
function rebuilder(rebuild: () => Promise<unknown>, debounceMs: number, log: (m: string) => void, warn: (m: string) => void, done: () => void): { schedule: () => void; stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = (): void => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = rebuild().then(
      (result) => {
        log(typeof result === 'string' ? `Rebuilt: ${result}` : 'Rebuilt the edition');
        done();
      },
      (error: unknown) => warn(`Build failed, still serving the last good edition: ${error instanceof Error ? error.message : String(error)}`),
    ).finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    });
  };
  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  return {
    schedule,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** A page listening for rebuilds: an event stream kept open until the page goes or the server stops. */
function listen(response: ServerResponse, listeners: Set<ServerResponse>): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  response.write(': listening for rebuilds\n\n');
  listeners.add(response);
  response.on('close', () => listeners.delete(response));
}

/** One request: GET or HEAD of a file under the prefix; 400, 404 or 405 otherwise. */
async function answer(request: IncomingMessage, response: ServerResponse, outDir: string, prefix: string, liveReload: boolean): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, request, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const path = requestPath(request.url);
  if (path === undefined) {
    send(response, request, 400, 'text/plain; charset=utf-8', 'Bad request\n');
    return;
  }
  const file = path.startsWith(prefix) ? resolve(outDir, '.' + sep + path.slice(prefix.length)) : undefined;
  const body = file !== undefined && (file === outDir || file.startsWith(outDir + sep)) ? await readPage(file) : undefined;
  if (body) {
    const html = extname(body.file) === '.html';
    send(response, request, 200, types[extname(body.file)] ?? 'application/octet-stream', html && liveReload ? withReload(body.content) : body.content);
  } else {
    const notFound = await readFile(join(outDir, '404.html')).catch(() => undefined);
    send(response, request, 404, types['.html'] ?? 'text/html', notFound ? (liveReload ? withReload(notFound) : notFound) : 'Not found\n');
  }
}

/** A page with the reload script before its `</body>` (or at its end). */
function withReload(page: Buffer): string {
  const text = page.toString('utf8');
  const at = text.lastIndexOf('</body>');
  return at === -1 ? text + RELOAD_SCRIPT : text.slice(0, at) + RELOAD_SCRIPT + text.slice(at);
}

/** The decoded path of a request, or undefined when it is malformed (`/%`, a NUL). */
function requestPath(url: string | undefined): string | undefined {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** A file, or a folder's index.html; undefined when there is none (including mid-swap). */
async function readPage(path: string): Promise<{ file: string; content: Buffer } | undefined> {
  try {
    const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
    return { file, content: await readFile(file) };
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, request: IncomingMessage, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
  // HEAD: the same headers as GET, no body.
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Full-text search with Pagefind (https://pagefind.app): the build indexes the reading text
 * of every document page (`data-pagefind-body`) into bundles under `pagefind/` inside the
 * folder it writes, which `build` then publishes whole. The index is static files fetched by
 * the search page's script from the same site, so search works offline and under any path
 * prefix.
 *
 * The index is cut into shards, each a Pagefind bundle of its own, so that a rebuild after one
 * edit indexes one shard again, not the corpus (the build caches each by its members' pages).
 * The search page loads the first bundle and merges the others into it
 * (https://pagefind.app/docs/multisite/): results and filter counts are summed over them.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOfPath, paths } from './urls.ts';

/** The folder of the index in the site: the first shard's bundle, and the others' inside it. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of the bundles to merge into the first, in `pagefind/`: `{"merge":["shard-01/",…]}`, relative to it. */
export const SHARDS_FILE = 'shards.json';

/** Reading aids that are not the text: paragraph numbers, note and variant numbers, page markers, hints. */
const NOT_TEXT = ['para-link', 'fnref', 'margin-marker', 'choice-alt', 'sic-mark'];

/** The reading text with its reading aids marked `data-pagefind-ignore`, so that searching finds the words of the text only. */
export function forSearchIndex(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    if (classes.some((c) => NOT_TEXT.includes(c))) return { ...node, properties: { ...node.properties, dataPagefindIgnore: '' } } satisfies Element;
    return { ...node, children: forSearchIndex(node.children) } satisfies Element;
  });
}

/**
 * The fewest documents a shard holds once there are two, and the most shards there are.
 *
 * Pagefind's time for a shard is a fixed cost per call plus a cost per page. Measured on this
 * 2-core machine (one shard indexed from the reading pages of the 1,000-document benchmark,
 * three runs each, another build running beside): 1 page 99–128 ms, 8 pages 203–310 ms,
 * 32 pages 344–516 ms, 64 pages 575–722 ms, 125 pages 1,124–1,397 ms, 250 pages
 * 1,378–2,058 ms; that is some 100 ms a call and 5 ms a page (about 3.5 ms on a quiet machine).
 * A rebuild after one edit indexes that edit's shard alone, so its cost is about proportional
 * to the shard's size down to some 30 documents, where the fixed cost begins to dominate.
 * The search page merges every bundle into the first (a request for each bundle's entry and
 * metadata when the page loads, then one per bundle for each word searched), so the bundles are
 * kept few: 16 at 1,000 documents (about 62 each), at most MAX_SHARDS however large the corpus
 * (10,000 documents: 64 of about 156).
 */
export const SHARD_SIZE = 32;

/** The most shards (bundles the search page merges); past it the shards grow instead. */
export const MAX_SHARDS = 64;

/**
 * How many shards a corpus of `documents` is cut into: the largest power of two that leaves
 * each at least `size` documents (some 32 to 63 each by default), at most `max`, and one for a
 * small corpus. The count moves in coarse steps only, so an edit, or a document added or
 * removed, almost never changes it; and when it doubles, each shard splits in two (see `shardOf`).
 */
export function shardCount(documents: number, size = SHARD_SIZE, max = MAX_SHARDS): number {
  let count = 1;
  while (documents >= count * 2 * size && count * 2 <= max) count *= 2;
  return count;
}

/**
 * The shard of a document: a hash of its id (the first 32 bits of its SHA-256), modulo the
 * count. It depends on the id alone, so adding, removing or editing one document moves no
 * other; and as the count is a power of two, doubling it splits every shard in two.
 */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count;
}

/** The folder of a shard's bundle in the site: `pagefind/` for the first, `pagefind/shard-01/` … for the others. */
export function bundleFolder(shard: number): string {
  return shard === 0 ? SEARCH_FOLDER : `${SEARCH_FOLDER}/shard-${String(shard).padStart(2, '0')}`;
}

/** The reading page of a document, as a file of the site. */
export function readingPage(id: string): string {
  return fileOfPath(paths.document(id));
}

/** `pagefind/shards.json`: the bundles of the shards after the first, which the search page merges into it. */
export function shardsFile(shards: readonly number[]): { path: string; content: string } {
  const merge = shards.filter((shard) => shard > 0).map((shard) => `${bundleFolder(shard).slice(SEARCH_FOLDER.length + 1)}/`);
  return { path: `${SEARCH_FOLDER}/${SHARDS_FILE}`, content: JSON.stringify({ merge }) + '\n' };
}

/**
 * The shards of a corpus: each one's number and documents (their ids, sorted). A shard no
 * document fell in has no bundle, but for the first, which the search page loads.
 */
export function shardsOf(ids: readonly string[], size = SHARD_SIZE): Array<{ shard: number; ids: string[] }> {
  const count = shardCount(ids.length, size);
  const shards = Array.from({ length: count }, (_, shard) => ({ shard, ids: [] as string[] }));
  for (const id of ids) shards[shardOf(id, count)]?.ids.push(id);
  return shards.filter(({ shard, ids: members }) => shard === 0 || members.length > 0).map(({ shard, ids: members }) => ({ shard, ids: members.sort() }));
}

/** Pagefind's scripts, styles and WebAssembly: a merged bundle is searched with the first's, so only that one keeps them. */
const FIRST_ONLY = /^(?:pagefind[^/]*\.(?:js|css)|wasm\..*)$/;

/**
 * Shards Pagefind's service indexes at a time. It holds every index it was given until that
 * one is written and deleted: the 64 shards of 10,000 documents at once took the service to
 * 957 MiB of its own, beside the build's; a few at a time keep the service busy.
 */
const SHARDS_AT_ONCE = 2;

/** Pagefind's API: each instance of its module runs a service process of its own. */
type Pagefind = typeof import('pagefind');

/**
 * Pagefind's services: one, and a second when there are several shards. A service indexes on
 * one core (measured: 1,000 reading pages in 16 shards, 4.6 s of its CPU in 4.6 s, however many
 * shards it was given at a time), and a build indexes after its threads are done, beside the
 * corpus pages only: a second service keeps the other core busy. The module keeps its service
 * in a variable of its own, and Node loads a module once per URL, query included
 * (https://nodejs.org/api/esm.html#urls): the second is the same module with a query.
 */
async function servicesFor(shards: number): Promise<Pagefind[]> {
  const first = await import('pagefind');
  if (shards < 2) return [first];
  return [first, (await import(`${import.meta.resolve('pagefind')}?service=2`)) as Pagefind];
}

/**
 * Index each shard's reading pages into its bundle, written into the folder `into`
 * (SHARDS_AT_ONCE at a time in each service: Pagefind's service keeps each index apart). Each
 * shard's pages are read from the site folder `site` it names (a folder of the whole site, or
 * one holding that shard's pages alone). The first shard's bundle is the one the search page
 * loads. Returns how many pages each holds.
 */
export async function indexShards(shards: ReadonlyArray<{ shard: number; ids: readonly string[]; site: string; into: string }>): Promise<number[]> {
  const pages = new Array<number>(shards.length);
  const services = await servicesFor(shards.length);
  let next = 0;
  const indexer = async (pagefind: Pagefind): Promise<void> => {
    while (next < shards.length) {
      const at = next++;
      const { shard, ids, site, into } = shards[at] as (typeof shards)[number];
      pages[at] = await indexShard(pagefind, site, ids, shard === 0, into);
    }
  };
  try {
    await Promise.all(services.flatMap((pagefind) => Array.from({ length: Math.min(SHARDS_AT_ONCE, shards.length) }, () => indexer(pagefind))));
    return pages;
  } finally {
    // The binaries run as services; a build leaves nothing running.
    await Promise.all(services.map((pagefind) => pagefind.close()));
  }
}

async function indexShard(pagefind: Pagefind, site: string, ids: readonly string[], first: boolean, into: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false, keepIndexUrl: false });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  // Only the reading pages of the shard's documents, read by Pagefind itself (a glob of their
  // paths: ids are XML names, which never hold a character a glob gives a meaning; quicker than
  // handing it each page's HTML). The other pages have no `data-pagefind-body`: Pagefind would
  // parse them for nothing. It walks every folder of `site` to match the glob.
  if (ids.length > 0) {
    const added = await index.addDirectory({ path: site, glob: `{${ids.map(readingPage).join(',')}}` });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
  }
  // Written by Pagefind (not handed over in memory: a large corpus's index is tens of MB).
  const written = await index.writeFiles({ outputPath: into });
  await index.deleteIndex();
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  if (!first) for (const name of readdirSync(into).filter((file) => FIRST_ONLY.test(file))) rmSync(join(into, name));
  // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
  const entry = JSON.parse(await readFile(join(into, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
}

/** Index the reading pages of a site written whole into `outDir` (its documents' ids given) into its bundles; returns how many pages were indexed. */
export async function indexSite(outDir: string, ids: readonly string[], size = SHARD_SIZE): Promise<number> {
  const shards = shardsOf(ids, size);
  const pages = await indexShards(shards.map(({ shard, ids: members }) => ({ shard, ids: members, site: outDir, into: join(outDir, bundleFolder(shard)) })));
  const list = shardsFile(shards.map(({ shard }) => shard));
  writeFileSync(join(outDir, list.path), list.content);
  return pages.reduce((n, count) => n + count, 0);
}

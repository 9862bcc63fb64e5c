/**
 * Full-text search with Pagefind (https://pagefind.app): the build indexes the reading text
 * of every document page (`data-pagefind-body`) into `pagefind/` inside the folder it writes,
 * which `build` then publishes whole. The index is static files fetched by the search page's
 * script from the same site, so search works offline and under any path prefix.
 */
import type { Element, ElementContent } from 'hast';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

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

/** Index the HTML pages of a built site into `<outDir>/pagefind/`; returns how many pages were indexed. */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en', writePlayground: false, keepIndexUrl: false })
  try {
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  } finally {
    // The binary runs as a service; a build leaves nothing running.
    await close();
  }
}

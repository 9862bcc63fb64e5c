/** Resolve every internal link of a built site against its files and ids. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `href`/`src` values of an HTML page, entity-decoded. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decode(match[1] ?? ''));
}

/** `id`s of an HTML page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1] ?? '')));
}

function decode(value: string): string {
  return value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&');
}

/** Broken internal links of the site in outDir served under prefix: `page -> link` strings. */
export async function brokenLinks(outDir: string, htmlFiles: string[], prefix: string): Promise<string[]> {
  const broken: string[] = [];
  const pages = new Map<string, string>();
  const load = async (file: string): Promise<string | undefined> => {
    if (!pages.has(file)) pages.set(file, await readFile(join(outDir, file), 'utf8').catch(() => ''));
    return pages.get(file) || undefined;
  };
  for (const file of htmlFiles) {
    const html = (await load(file)) ?? '';
    const pageUrl = new URL(prefix + file.replace(/index\.html$/, ''), 'http://site.test');
    for (const link of linksOf(html)) {
      if (/^(https?:|mailto:)/.test(link) && !link.startsWith('http://site.test')) continue;
      const url = new URL(link, pageUrl);
      if (!url.pathname.startsWith(prefix)) { broken.push(`${file} -> ${link} (outside ${prefix})`); continue; }
      let target = decodeURIComponent(url.pathname.slice(prefix.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      const content = await load(target);
      if (content === undefined) { broken.push(`${file} -> ${link}`); continue; }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(content).has(fragment)) broken.push(`${file} -> ${link} (no id)`);
    }
  }
  return broken;
}

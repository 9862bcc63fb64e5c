/** sitemap.xml of every HTML page (the 404 excluded), sorted, with the build date when known. */
import type { SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { byCodepoint, type DocumentEntry } from '../edition.ts';

/** Every HTML page path of the edition. */
export function pagePaths(documents: readonly DocumentEntry[]): string[] {
  const list = [paths.home(), paths.about()];
  for (const { id, metadata, compare } of documents) {
    list.push(paths.document(id), ...metadata.witnesses.map((w) => paths.witness(id, w.siglum)));
    if (compare) list.push(paths.compare(id));
  }
  return list.sort(byCodepoint);
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemap(site: SiteContext, documents: readonly DocumentEntry[]): string {
  const lastmod = site.edition.buildDate ? `<lastmod>${escapeXml(site.edition.buildDate)}</lastmod>` : '';
  const urls = pagePaths(documents).map((path) => `  <url><loc>${escapeXml(site.links.absolute(path))}</loc>${lastmod}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

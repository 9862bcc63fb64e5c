/** sitemap.xml of every HTML page (the 404 excluded), sorted, with the build date when known. */
import type { SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { byCodepoint } from '../edition.ts';

/** Every HTML page path of the edition. */
export function pagePaths(site: SiteContext): string[] {
  const { registers } = site;
  const list = [paths.home(), paths.about(), paths.search(), paths.tags(), paths.chronology(), paths.register('person'), paths.register('place'), paths.register('org')];
  for (const { id, rendered } of site.edition.documents) {
    list.push(paths.document(id), ...rendered.witnesses.map((w) => paths.witness(id, w.siglum)));
    if (rendered.compare) list.push(paths.compare(id));
  }
  for (const volume of site.edition.volumes) {
    list.push(paths.volume(volume.id), ...volume.sections.map((section) => paths.volumeSection(volume.id, section.id)));
  }
  list.push(...registers.entities.map((r) => paths.entity(r.entity.kind, r.entity.id)), ...registers.tags.map((t) => paths.tag(t.code)), ...registers.years.map((y) => paths.year(y.year)));
  return list.sort(byCodepoint);
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemap(site: SiteContext): string {
  const lastmod = site.edition.buildDate ? `<lastmod>${escapeXml(site.edition.buildDate)}</lastmod>` : '';
  const urls = pagePaths(site).map((path) => `  <url><loc>${escapeXml(site.links.absolute(path))}</loc>${lastmod}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

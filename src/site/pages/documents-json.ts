/** The list of documents as JSON, for machines: what the home table shows, with the URLs of each page and TEI file. */
import type { SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

export function documentsJson(site: SiteContext): string {
  const { edition, links } = site;
  const documents = edition.documents.map(({ id, rendered: { metadata } }) => ({
    id,
    title: metadata.title,
    date: metadata.date,
    classification: metadata.classification,
    tags: metadata.tags.map((tag) => tag.key),
    from: metadata.from,
    to: metadata.to,
    telegram: metadata.telegram,
    foiaCase: metadata.foiaCase,
    foiaDocument: metadata.foiaDocument,
    release: metadata.release,
    page: links.absolute(paths.document(id)),
    tei: links.absolute(paths.tei(id)),
  }));
  return `${JSON.stringify({ title: edition.settings.title, version: edition.version, corpus: links.absolute(paths.corpusTei()), documents }, null, 2)}\n`;
}

/** "Related records": the records of the edition that belong with a document, linked both ways. */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

export function relatedSection(site: SiteContext, document: EditionDocument): ElementContent[] {
  const { related } = document.rendered.metadata;
  if (related.length === 0) return [];
  const known = new Set(site.edition.documents.map((d) => d.id));
  return [
    section('related', 'Related records', [
      h('p', { className: ['legend'] }, [text('Records released with this one that are not copies of its text, such as the cover sheets that name the same telegram.')]),
      h('ul', { className: ['related-records'] }, related.map((record) =>
        h('li', {}, [
          known.has(record.id) ? h('a', { href: site.links.href(paths.document(record.id)) }, [text(record.title)]) : text(record.title),
          text(record.foiaDocument ? ` (FOIA document ${record.foiaDocument})` : ''),
          text(record.reason ? `: ${record.reason}.` : '.'),
        ]),
      )),
    ]),
  ];
}

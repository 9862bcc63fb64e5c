/** The document page: metadata, reading text with ¶ permalinks, apparatus footnotes, citation. */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { citationInput, citeSection } from './cite.ts';
import { highwire, jsonLd } from '../citation.ts';
import { documentHeading, metadataPanel, viewsNav } from './shared.ts';
import { withApparatusFilters } from './apparatus-filters.ts';

export function documentPage(site: SiteContext, document: EditionDocument): string {
  const { rendered } = document;
  const path = paths.document(document.id);
  const citation = citationInput(site, document);
  const head: ElementContent[] = [
    ...highwire(citation).map(([name, content]) => h('meta', { name, content })),
    h('link', { rel: 'alternate', type: 'application/tei+xml', href: site.links.href(paths.tei(document.id)) }),
    h('script', { type: 'application/ld+json' }, [text(jsonLd(citation))]),
  ];
  const legend = rendered.reading.apparatusCount
    ? [h('p', { className: ['legend'] }, [text('Numbers in the text lead to the textual apparatus; page markers in the margin (A 2) give the pages of each witness.')])]
    : [];
  return page(site, {
    title: rendered.metadata.title,
    path,
    lang: rendered.metadata.language,
    head,
    main: [
      ...documentHeading(document),
      viewsNav(site, document, path),
      h('div', { className: ['document-layout'] }, [
        metadataPanel(document),
        h('div', { className: ['document-body'] }, [
          ...withApparatusFilters(rendered.reading, [
            section('text', 'Text', [...legend, h('div', { className: ['edition-text', 'reading'] }, rendered.reading.text)]),
            ...rendered.reading.footnotes,
          ]),
          citeSection(site, document, citation),
        ]),
      ]),
    ],
  });
}

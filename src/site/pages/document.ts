/** The document page: metadata and names, reading text with ¶ permalinks, apparatus footnotes, citation, neighbours in time. */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { citationInput, citeSection } from './cite.ts';
import { chicago, highwire, jsonLd } from '../citation.ts';
import { forSearchIndex } from '../search.ts';
import { documentHeading, metadataPanel, namesPanel, viewsNav } from './shared.ts';
import type { Neighbour, Neighbours } from '../document-files.ts';
import { withApparatusFilters } from './apparatus-filters.ts';
import { relatedSection } from './related.ts';
import { documentNeighbours, entriesPanel, volumeTrail } from './volume.ts';

export function documentPage(site: SiteContext, document: EditionDocument, neighbours: Neighbours): string {
  const { rendered } = document;
  const path = paths.document(document.id);
  const citation = citationInput(site, document);
  const head: ElementContent[] = [
    ...highwire(citation).map(([name, content]) => h('meta', { name, content })),
    h('link', { rel: 'alternate', type: 'application/tei+xml', href: site.links.href(paths.tei(document.id)) }),
    h('script', { type: 'application/ld+json' }, [text(jsonLd(citation))]),
  ];
  const legend = rendered.reading.apparatusCount
    ? [h('p', { className: ['legend'], dataPagefindIgnore: '' }, [text('Numbers in the text lead to the textual apparatus; page markers in the margin (A 2) give the pages of each witness.')])]
    : [];
  const names = namesPanel(site, document);
  // The paragraph citation control (site/assets/edition.js) completes this citation with the paragraph's number and URL.
  const cite = { dataCitePrefix: chicago(citation).replace(/ \S+\.$/, ''), dataCiteUrl: citation.url };
  return page(site, {
    title: rendered.metadata.title,
    path,
    lang: rendered.metadata.language,
    head,
    main: [
      ...(document.volume ? [volumeTrail(site, document.volume.id, document.volume.title, document.volume.trail)] : []),
      ...documentHeading(document),
      viewsNav(site, document, path),
      h('div', { className: ['document-layout'] }, [
        h('div', { className: ['sidebar'] }, [metadataPanel(site, document), ...(names ? [names] : []), ...(rendered.entries.length ? [entriesPanel(rendered.entries)] : [])]),
        h('div', { className: ['document-body'] }, [
          ...withApparatusFilters(rendered.reading, [
            // The title of a search result: only reading pages are indexed (data-pagefind-body).
            h('section', { ariaLabelledBy: 'text-heading', className: ['text'], dataPagefindBody: '', dataPagefindMeta: `title:${rendered.metadata.title}` }, [
              h('h2', { id: 'text-heading', dataPagefindIgnore: '' }, [text('Text')]),
              ...legend,
              h('div', { className: ['edition-text', 'reading'], ...cite }, forSearchIndex(rendered.reading.text)),
            ]),
            ...rendered.reading.footnotes,
          ]),
          ...relatedSection(site, document, neighbours),
          citeSection(site, document, citation),
          pager(site, neighbours),
        ]),
      ]),
      ...(document.volume ? [documentNeighbours(site, document.volume)].filter((nav) => nav !== undefined) : []),
    ],
  });
}

/** Previous and next document in time (the edition's order: by date, undated last). */
function pager(site: SiteContext, neighbours: Neighbours): ElementContent {
  const links: ReadonlyArray<readonly [Neighbour | undefined, string, string]> = [[neighbours.previous, 'prev', 'Previous in time'], [neighbours.next, 'next', 'Next in time']];
  return h('nav', { className: ['pager'], ariaLabel: 'Documents in time' }, [h('ul', {}, links.flatMap(([other, rel, label]) => (other ? [h('li', {}, [
    h('a', { href: site.links.href(paths.document(other.id)), rel }, [
      h('span', { className: ['pager-label'] }, [text(`${label}: `)]),
      text(other.title),
      text(other.date ? ` (${other.date.slice(0, 10)})` : ' (undated)'),
    ]),
  ])] : [])))]);
}

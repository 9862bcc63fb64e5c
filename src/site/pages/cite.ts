/** "Cite this": the citation strings, the downloadable formats and the TEI. */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { chicago, mla, type CitationInput } from '../citation.ts';

export function citationInput(site: SiteContext, document: EditionDocument): CitationInput {
  return {
    metadata: document.rendered.metadata,
    editionTitle: site.edition.settings.title,
    publisher: site.edition.settings.publisher,
    version: site.edition.version,
    url: site.links.absolute(paths.document(document.id)),
    teiUrl: site.links.absolute(paths.tei(document.id)),
  };
}

export function citeSection(site: SiteContext, document: EditionDocument, citation: CitationInput): ElementContent {
  const download = (path: string, label: string, type: string): ElementContent =>
    h('li', {}, [h('a', { href: site.links.href(path), download: '', type }, [text(label)])]);
  return section('cite', 'Cite this document', [
    h('dl', { className: ['citations'] }, [
      h('dt', {}, [text('Chicago')]), h('dd', {}, [h('p', { className: ['citation'] }, [text(chicago(citation))])]),
      h('dt', {}, [text('MLA')]), h('dd', {}, [h('p', { className: ['citation'] }, [text(mla(citation))])]),
      h('dt', {}, [text('Stable URL')]), h('dd', {}, [h('code', {}, [text(citation.url)])]),
    ]),
    h('ul', { className: ['downloads'] }, [
      download(paths.citation(document.id, 'bib'), 'BibTeX', 'application/x-bibtex'),
      download(paths.citation(document.id, 'ris'), 'RIS', 'application/x-research-info-systems'),
      download(paths.citation(document.id, 'json'), 'CSL-JSON', 'application/vnd.citationstyles.csl+json'),
      download(paths.tei(document.id), 'TEI XML', 'application/tei+xml'),
    ]),
  ]);
}

/**
 * Home: the edition's title and introduction, and the table of documents by date (undated
 * last) with their FOIA and telegram numbers. The table is plain HTML; with JavaScript
 * (site/assets/edition.js) its columns sort and it filters by the facets of the search.
 */
import { h, senderOf, text } from '../../render/index.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { yearOf } from '../registers.ts';
import { paths } from '../urls.ts';
import { SEARCH_FILTERS } from './search.ts';

export function homePage(site: SiteContext): string {
  const { edition, links } = site;
  // The documents of a volume are listed on its own page, in its order.
  const standalone = edition.documents.filter((document) => !document.volume);
  const volumes = edition.volumes.length
    ? [section('volumes', 'Volumes', [h('ul', { className: ['volumes'] }, edition.volumes.map((volume) => {
        const count = edition.documents.filter((document) => document.volume?.id === volume.id).length;
        return h('li', {}, [h('a', { href: links.href(paths.volume(volume.id)) }, [text(volume.title)]), text(` (${count} document${count === 1 ? '' : 's'})`)]);
      }))])]
    : [];
  const rows = standalone.map((document) => {
    const { id, rendered: { metadata } } = document;
    const facets: Record<string, string> = {
      year: yearOf(document), classification: metadata.classification, tag: metadata.tags.map((t) => t.key).join(' '),
      sender: metadata.from.join('; '), case: metadata.foiaCase, release: metadata.release,
    };
    return h('tr', Object.fromEntries(SEARCH_FILTERS.map(([name]) => [`data-facet-${name}`, facets[name] ?? ''])), [
      // Undated documents sort last, as they stand.
      h('td', { dataSort: metadata.date || '~' }, [metadata.date ? h('time', { dateTime: metadata.date }, [text(metadata.date.slice(0, 10))]) : text('undated')]),
      h('td', {}, [h('a', { href: links.href(paths.document(id)) }, [text(metadata.title)])]),
      h('td', {}, [text(senderOf(metadata))]),
      h('td', {}, [text(metadata.to.join('; '))]),
      h('td', {}, [text(metadata.classification)]),
      h('td', {}, metadata.tags.flatMap((tag, i) => [...(i > 0 ? [text(' ')] : []), h('a', { href: links.href(paths.tag(tag.key)), title: tag.label || undefined }, [text(tag.key)])])),
      h('td', {}, [text(metadata.foiaDocument)]),
      h('td', {}, [text(metadata.telegram)]),
    ]);
  });
  const headers = ['Date', 'Subject', 'From', 'To', 'Classification', 'TAGS', 'FOIA document', 'Telegram'];
  return page(site, {
    title: edition.settings.title,
    path: paths.home(),
    main: [
      h('h1', {}, [text(edition.settings.title)]),
      ...edition.settings.intro.map((paragraph) => h('p', { className: ['intro'] }, [text(paragraph)])),
      ...volumes,
      ...(standalone.length || !volumes.length ? [h('div', { className: ['table-scroll'], role: 'region', ariaLabelledBy: 'documents-caption', tabIndex: 0 }, [
        h('table', { className: ['documents'], id: 'documents', dataFacets: SEARCH_FILTERS.map(([name, label]) => `${name}=${label}`).join('|') }, [
          h('caption', { id: 'documents-caption' }, [text(`Documents (${standalone.length}), by date`)]),
          h('thead', {}, [h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, [text(label)])))]),
          h('tbody', {}, rows),
        ]),
      ])] : []),
      h('p', {}, [
        h('a', { href: links.href(paths.corpusTei()), download: '' }, [text('Download all documents as one TEI corpus (teiCorpus)')]),
        text(' · '),
        h('a', { href: links.href(paths.documentsJson()), type: 'application/json' }, [text('The list of documents as JSON')]),
      ]),
    ],
  });
}

/** Home: the edition's title and introduction, and the table of documents by date. */
import { h, senderOf, text } from '../../render/index.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

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
  const rows = standalone.map(({ id, rendered: { metadata } }) =>
    h('tr', {}, [
      h('td', {}, [metadata.date ? h('time', { dateTime: metadata.date }, [text(metadata.date.slice(0, 10))]) : text('undated')]),
      h('td', {}, [h('a', { href: links.href(paths.document(id)) }, [text(metadata.title)])]),
      h('td', {}, [text(senderOf(metadata))]),
      h('td', {}, [text(metadata.to.join('; '))]),
      h('td', {}, [text(metadata.classification)]),
    ]),
  );
  const headers = ['Date', 'Subject', 'From', 'To', 'Classification'];
  return page(site, {
    title: edition.settings.title,
    path: paths.home(),
    main: [
      h('h1', {}, [text(edition.settings.title)]),
      ...edition.settings.intro.map((paragraph) => h('p', { className: ['intro'] }, [text(paragraph)])),
      ...volumes,
      ...(standalone.length || !volumes.length ? [h('div', { className: ['table-scroll'], role: 'region', ariaLabelledBy: 'documents-caption', tabIndex: 0 }, [
        h('table', { className: ['documents'] }, [
          h('caption', { id: 'documents-caption' }, [text(`Documents (${standalone.length}), by date`)]),
          h('thead', {}, [h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, [text(label)])))]),
          h('tbody', {}, rows),
        ]),
      ])] : []),
      h('p', {}, [
        h('a', { href: links.href(paths.corpusTei()), download: '' }, [text('Download all documents as one TEI corpus (teiCorpus)')]),
      ]),
    ],
  });
}

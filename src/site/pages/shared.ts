/** Parts shared by a document's pages: the heading, the views navigation, the metadata panel. */
import { h, senderOf, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import type { SiteContext } from '../layout.ts';
import { section } from '../layout.ts';
import { paths } from '../urls.ts';

/** Links between the views of one document; the current one is marked. */
export function viewsNav(site: SiteContext, document: EditionDocument, current: string): ElementContent {
  const { id, rendered } = document;
  const views = [
    { path: paths.document(id), label: 'Reading text' },
    ...rendered.witnesses.map((w) => ({ path: paths.witness(id, w.siglum), label: `Witness ${w.siglum}` })),
    ...(rendered.compare ? [{ path: paths.compare(id), label: 'Side by side' }] : []),
  ];
  const items = views.map((view) =>
    h('li', {}, [h('a', { href: site.links.href(view.path), ariaCurrent: view.path === current ? 'page' : undefined }, [text(view.label)])]),
  );
  items.push(h('li', {}, [h('a', { href: site.links.href(paths.tei(id)), download: '', type: 'application/tei+xml' }, [text('Download TEI')])]));
  return h('nav', { className: ['views'], ariaLabel: 'Views of this document' }, [h('ul', {}, items)]);
}

/** Title block of a document page. */
export function documentHeading(document: EditionDocument, prefix = ''): ElementContent[] {
  const { metadata } = document.rendered;
  return [
    h('h1', {}, [text(prefix ? `${prefix}: ${metadata.title}` : metadata.title)]),
    ...(metadata.subtitle ? [h('p', { className: ['subtitle'] }, [text(metadata.subtitle)])] : []),
  ];
}

/** The metadata panel: who, when, numbers, classification, TAGS, witnesses. */
export function metadataPanel(document: EditionDocument): ElementContent {
  const { metadata } = document.rendered;
  const rows: [string, ElementContent[]][] = [
    ['From', [text(senderOf(metadata))]],
    ['To', [text(metadata.to.join('; '))]],
    ['Info', [text(metadata.cc.join('; '))]],
    ['Date', metadata.date ? [h('time', { dateTime: metadata.date }, [text(metadata.dateText || metadata.date)]), text(metadata.dateText ? ` (${metadata.date})` : '')] : []],
    ['Telegram', [text(metadata.telegram)]],
    ['Classification', [text(metadata.classification)]],
    ['Declassification', [text(metadata.declassification)]],
    ['TAGS', metadata.tags.length ? [h('ul', { className: ['tags'] }, metadata.tags.map((tag) =>
      h('li', {}, tag.label ? [h('abbr', { title: tag.label }, [text(tag.key)]), text(` (${tag.label})`)] : [text(tag.key)]),
    ))] : []],
    ['Repeats', metadata.repeats.length ? [h('ul', {}, metadata.repeats.map((r) => h('li', {}, [text(r.description)])))] : []],
    ['Withheld', metadata.withheld ? [text(`${metadata.withheld} place${metadata.withheld === 1 ? '' : 's'}`), text(metadata.exemptions.length ? ` (exemptions ${metadata.exemptions.join(', ')})` : '')] : []],
    ['FOIA case', [text(metadata.foiaCase)]],
    ['FOIA document', [text(metadata.foiaDocument)]],
    ['Witnesses', metadata.witnesses.length ? [h('ul', { className: ['witness-list'] }, metadata.witnesses.map((w) =>
      h('li', {}, [h('strong', {}, [text(w.siglum)]), text(` ${w.description}`)]),
    ))] : []],
  ];
  const filled = rows.filter(([, value]) => value.some((node) => node.type !== 'text' || node.value.trim() !== ''));
  return section('metadata', 'About this document', [
    h('dl', { className: ['metadata'] }, filled.flatMap(([label, value]) => [h('dt', {}, [text(label)]), h('dd', {}, value)])),
  ], ['panel']);
}

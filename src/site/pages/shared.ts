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

/**
 * Title block of a document page: the document's own heading when its text opens with one
 * (with its note markers, and its inline source notes under it), else its title.
 */
export function documentHeading(document: EditionDocument, prefix = ''): ElementContent[] {
  const { metadata, heading } = document.rendered;
  const title = prefix || !heading ? [text(prefix ? `${prefix}: ${metadata.title}` : metadata.title)] : heading.content;
  return [
    h('h1', {}, title),
    ...(!prefix && heading ? heading.sources : []),
    ...(metadata.subtitle ? [h('p', { className: ['subtitle'] }, [text(metadata.subtitle)])] : []),
  ];
}

/** A date or a range of dates as readers see them (`1969-01-02`, `1969-01-02 – 1969-01-05`). */
export function dateRange(date: string, end: string): string {
  const day = (value: string): string => value.slice(0, 10);
  return end && day(end) !== day(date) ? `${day(date) || '…'} – ${day(end)}` : day(date);
}

/** A document's date: its words and its machine-readable value, or a range. */
function dateValue(metadata: EditionDocument['rendered']['metadata']): ElementContent[] {
  if (!metadata.date && !metadata.dateEnd) return [];
  if (!metadata.dateEnd) {
    return [h('time', { dateTime: metadata.date }, [text(metadata.dateText || metadata.date)]), text(metadata.dateText ? ` (${metadata.date})` : '')];
  }
  const range = [
    ...(metadata.date ? [h('time', { dateTime: metadata.date }, [text(metadata.date.slice(0, 10))])] : [text('…')]),
    text(' – '),
    h('time', { dateTime: metadata.dateEnd }, [text(metadata.dateEnd.slice(0, 10))]),
  ];
  return metadata.dateText ? [text(`${metadata.dateText} (`), ...range, text(')')] : range;
}

/** The metadata panel: who, when, numbers, classification, TAGS, witnesses. */
export function metadataPanel(document: EditionDocument): ElementContent {
  const { metadata } = document.rendered;
  const rows: [string, ElementContent[]][] = [
    ['From', [text(senderOf(metadata))]],
    ['To', [text(metadata.to.join('; '))]],
    ['Info', [text(metadata.cc.join('; '))]],
    ['Date', dateValue(metadata)],
    ['Volume', metadata.collection ? [text(metadata.collection.title || metadata.collection.id)] : []],
    ['Document', [text(metadata.collection?.document ?? '')]],
    ['Telegram', [text(metadata.telegram)]],
    ['Classification', [text(metadata.classification)]],
    ['Declassification', [text(metadata.declassification)]],
    ['TAGS', metadata.tags.length ? [h('ul', { className: ['tags'] }, metadata.tags.map((tag) =>
      h('li', {}, tag.label ? [h('abbr', { title: tag.label }, [text(tag.key)]), text(` (${tag.label})`)] : [text(tag.key)]),
    ))] : []],
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

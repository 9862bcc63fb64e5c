/** Parts shared by a document's pages: the heading, the views navigation, the metadata panel. */
import { h, senderOf, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import type { SiteContext } from '../layout.ts';
import { section } from '../layout.ts';
import { paths } from '../urls.ts';
import { tagEntry } from '../../vocabulary/tags.ts';

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

/**
 * A document's date: its words and its machine-readable value, or a range. `search` are the
 * search index's attributes of its (first) date.
 */
function dateValue(metadata: EditionDocument['rendered']['metadata'], search: Record<string, string | undefined>): ElementContent[] {
  if (!metadata.date && !metadata.dateEnd) return [];
  if (!metadata.dateEnd) {
    return [h('time', { dateTime: metadata.date, ...search }, [text(metadata.dateText || metadata.date)]), text(metadata.dateText ? ` (${metadata.date})` : '')];
  }
  const range = [
    ...(metadata.date ? [h('time', { dateTime: metadata.date, ...search }, [text(metadata.date.slice(0, 10))])] : [text('…')]),
    text(' – '),
    h('time', { dateTime: metadata.dateEnd }, [text(metadata.dateEnd.slice(0, 10))]),
  ];
  return metadata.dateText ? [text(`${metadata.dateText} (`), ...range, text(')')] : range;
}

/** A search filter of the document (Pagefind reads `data-pagefind-filter` wherever it stands). */
function filtered(name: string, value: string): ElementContent {
  return h('span', { dataPagefindFilter: name }, [text(value)]);
}

/**
 * The metadata panel: who, when, numbers, classification, TAGS (explained, each linked to its
 * page), witnesses. Its values are the document's search filters.
 */
export function metadataPanel(site: SiteContext, document: EditionDocument): ElementContent {
  const { metadata } = document.rendered;
  const year = /^\d{4}/.exec(metadata.date)?.[0];
  const sender = senderOf(metadata);
  const rows: [string, ElementContent[]][] = [
    ['From', sender ? [h('span', { dataPagefindFilter: metadata.from.length ? `sender:${metadata.from.join('; ')}` : undefined }, [text(sender)])] : []],
    ['To', [text(metadata.to.join('; '))]],
    ['Info', [text(metadata.cc.join('; '))]],
    ['Date', dateValue(metadata, { dataPagefindFilter: year ? `year:${year}` : undefined, dataPagefindMeta: metadata.date ? `date:${metadata.date.slice(0, 10)}` : undefined })],
    ['Volume', metadata.collection ? [text(metadata.collection.title || metadata.collection.id)] : []],
    ['Document', [text(metadata.collection?.document ?? '')]],
    ['Telegram', [text(metadata.telegram)]],
    ['Classification', metadata.classification ? [filtered('classification', metadata.classification)] : []],
    ['Release', metadata.release ? [filtered('release', metadata.release)] : []],
    ['Declassification', [text(metadata.declassification)]],
    ['TAGS', metadata.tags.length ? [h('ul', { className: ['tags'] }, metadata.tags.map((tag) => {
      const label = tag.label || tagEntry(tag.key)?.name || '';
      return h('li', {}, [
        h('a', { href: site.links.href(paths.tag(tag.key)), dataPagefindFilter: 'tag' }, [label ? h('abbr', { title: label }, [text(tag.key)]) : text(tag.key)]),
        ...(label ? [text(` (${label})`)] : []),
      ]);
    }))] : []],
    ['Repeats', metadata.repeats.length ? [h('ul', {}, metadata.repeats.map((r) => h('li', {}, [text(r.description)])))] : []],
    ['Withheld', metadata.withheld ? [text(`${metadata.withheld} place${metadata.withheld === 1 ? '' : 's'}`), text(metadata.exemptions.length ? ` (exemptions ${metadata.exemptions.join(', ')})` : '')] : []],
    ['FOIA case', metadata.foiaCase ? [filtered('case', metadata.foiaCase)] : []],
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

/** The sidebar of names: the people, places and organisations the document names, and its TAGS, each with what it is. */
export function namesPanel(site: SiteContext, document: EditionDocument): ElementContent | undefined {
  const { entities, mentions, tags } = document.rendered.metadata;
  const groups = (['person', 'place', 'org'] as const).map((kind) => ({ kind, list: entities.filter((e) => e.kind === kind) })).filter((g) => g.list.length > 0);
  if (groups.length === 0 && tags.length === 0) return undefined;
  const count = (key: string): number => mentions.filter((m) => m.key === key).length;
  const titles = { person: 'People', place: 'Places', org: 'Organisations' } as const;
  return section('names', 'Named in this document', [
    ...groups.flatMap(({ kind, list }) => [
      h('h3', {}, [text(titles[kind])]),
      h('ul', { className: ['names'] }, list.map((entity) => h('li', {}, [
        h('a', { href: site.links.href(paths.entity(kind, entity.id)) }, [text(entity.name)]),
        ...(count(entity.key) > 1 ? [text(` (${count(entity.key)})`)] : []),
        ...(entity.description ? [h('span', { className: ['identification'] }, [text(entity.description)])] : []),
      ]))),
    ]),
    ...(tags.length ? [
      h('h3', {}, [text('Terms (TAGS)')]),
      h('ul', { className: ['names'] }, tags.map((tag) => h('li', {}, [
        h('a', { href: site.links.href(paths.tag(tag.key)) }, [text(tag.key)]),
        h('span', { className: ['identification'] }, [text(tag.label || tagEntry(tag.key)?.name || 'not in the glossary')]),
      ]))),
    ] : []),
  ], ['panel']);
}

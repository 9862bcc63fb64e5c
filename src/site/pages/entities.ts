/**
 * The registers of people, places and organisations: an index page of each kind, and a page
 * per entity with every passage that names it, each linking to its paragraph.
 */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { NamedEntity } from '../../render/metadata.ts';
import { page, section, type SiteContext } from '../layout.ts';
import type { EntityRecord } from '../registers.ts';
import { paths } from '../urls.ts';

/** How each kind is called, one and many. */
export const KIND_NAMES: Readonly<Record<NamedEntity['kind'], { one: string; many: string }>> = {
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  org: { one: 'Organisation', many: 'Organisations' },
};

function documentLink(site: SiteContext, record: EntityRecord['documents'][number]): ElementContent[] {
  const { id, rendered: { metadata } } = record.document;
  return [
    h('a', { href: site.links.href(paths.document(id)) }, [text(metadata.title)]),
    text(metadata.date ? ` (${metadata.date.slice(0, 10)})` : ' (undated)'),
  ];
}

/** One entity: who or what it is, and every passage that names it. */
export function entityPage(site: SiteContext, record: EntityRecord): string {
  const { entity } = record;
  const path = paths.entity(entity.kind, entity.id);
  const mentions = record.documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.snippets.length, 0), 0);
  const facts: ElementContent[] = [];
  if (entity.description) facts.push(h('p', { className: ['entity-description'] }, [text(entity.description)]));
  if (entity.variants.length) facts.push(h('p', {}, [text(`Also written: ${entity.variants.join('; ')}.`)]));
  if (entity.wikidata) facts.push(h('p', {}, [h('a', { href: `https://www.wikidata.org/wiki/${entity.wikidata}` }, [text(`Wikidata ${entity.wikidata}`)])]));
  const named = record.documents.filter((d) => d.passages.length > 0);
  const addressed = record.documents.filter((d) => d.passages.length === 0);
  return page(site, {
    title: entity.name,
    path,
    main: [
      h('p', { className: ['kicker'] }, [h('a', { href: site.links.href(paths.register(entity.kind)) }, [text(KIND_NAMES[entity.kind].many)])]),
      h('h1', {}, [text(entity.name)]),
      ...facts,
      ...(named.length ? [section('mentions', `Named ${mentions} time${mentions === 1 ? '' : 's'} in ${named.length} document${named.length === 1 ? '' : 's'}`, [
        h('ol', { className: ['mention-list'] }, named.map((d) => h('li', {}, [
          h('p', { className: ['mention-document'] }, documentLink(site, d)),
          h('ul', { className: ['passages'] }, d.passages.flatMap((passage) => passage.snippets.map((snippet) => h('li', {}, [
            h('a', { href: site.links.href(paths.document(d.document.id)) + `#${passage.anchor}`, className: ['passage-link'] }, [text(passage.label)]),
            text(' '),
            h('q', { className: ['snippet'] }, [text(snippet.before), h('mark', {}, [text(snippet.name)]), text(snippet.after)]),
          ])))),
        ]))),
      ])] : []),
      ...(addressed.length ? [section('addressed', `In the addresses of ${addressed.length} document${addressed.length === 1 ? '' : 's'}`, [
        h('ul', {}, addressed.map((d) => h('li', {}, documentLink(site, d)))),
      ])] : []),
    ],
  });
}

/** The index of one kind: every entity the documents name, with how often. */
export function registerPage(site: SiteContext, kind: NamedEntity['kind']): string {
  const records = site.registers.entities.filter((r) => r.entity.kind === kind);
  const rows = records.map((record) => {
    const passages = record.documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.snippets.length, 0), 0);
    return h('tr', {}, [
      h('th', { scope: 'row' }, [h('a', { href: site.links.href(paths.entity(kind, record.entity.id)) }, [text(record.entity.name)])]),
      h('td', {}, [text(record.entity.description)]),
      h('td', { className: ['number'] }, [text(String(record.documents.length))]),
      h('td', { className: ['number'] }, [text(String(passages))]),
    ]);
  });
  const title = KIND_NAMES[kind].many;
  return page(site, {
    title,
    path: paths.register(kind),
    main: [
      h('h1', {}, [text(title)]),
      h('p', { className: ['intro'] }, [text(`${records.length} ${title.toLowerCase()} named in the documents, from the edition's authority file${kind === 'org' ? ' and the list of Foreign Service posts' : ''}. `), h('a', { href: site.links.href(paths.entitiesTei()), download: '', type: 'application/tei+xml' }, [text('Download the authority file (TEI)')]), text('.')]),
      records.length
        ? h('div', { className: ['table-scroll'], role: 'region', ariaLabelledBy: 'register-caption', tabIndex: 0 }, [
            h('table', { className: ['register'] }, [
              h('caption', { id: 'register-caption' }, [text(`${title}, by name`)]),
              h('thead', {}, [h('tr', {}, ['Name', 'Identification', 'Documents', 'Mentions'].map((label) => h('th', { scope: 'col' }, [text(label)])))]),
              h('tbody', {}, rows),
            ]),
          ])
        : h('p', {}, [text(`No ${title.toLowerCase()} are tagged in these documents.`)]),
    ],
  });
}

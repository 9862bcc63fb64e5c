/** TAGS: the codes the documents carry, explained from the shipped glossary, and a page per code. */
import { h, text, type ElementContent } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { TAG_KIND_LABELS, TAGS, TAGS_SOURCE, tagEntry, type TagKind } from '../../vocabulary/tags.ts';

/** A list of documents: title, date, sender. */
export function documentList(site: SiteContext, documents: readonly EditionDocument[]): ElementContent {
  return h('ul', { className: ['document-list'] }, documents.map(({ id, rendered: { metadata } }) => h('li', {}, [
    h('a', { href: site.links.href(paths.document(id)) }, [text(metadata.title)]),
    text(` — ${metadata.date ? metadata.date.slice(0, 10) : 'undated'}${metadata.telegram ? `, ${metadata.telegram}` : ''}`),
  ])));
}

const source = (): ElementContent => h('p', { className: ['source'] }, [text(`Source of the explanations: ${TAGS_SOURCE.citation}`)]);

/** One code: what it means and the documents that carry it. */
export function tagPage(site: SiteContext, record: { code: string; label: string; documents: EditionDocument[] }): string {
  const entry = tagEntry(record.code);
  const meaning = entry?.name ?? record.label;
  return page(site, {
    title: `TAGS ${record.code}`,
    path: paths.tag(record.code),
    main: [
      h('p', { className: ['kicker'] }, [h('a', { href: site.links.href(paths.tags()) }, [text('TAGS')])]),
      h('h1', {}, [text(`${record.code}${meaning ? `: ${meaning}` : ''}`)]),
      h('p', {}, [text(entry ? `${TAG_KIND_LABELS[entry.kind].replace(/s$/, '')} of the Department of State's TAGS.` : meaning ? 'Explained as the documents’ TEI headers explain it.' : 'This code is not in the edition’s glossary.')]),
      section('documents', `${record.documents.length} document${record.documents.length === 1 ? '' : 's'} tagged ${record.code}`, [documentList(site, record.documents)]),
      source(),
    ],
  });
}

/** The codes the documents carry, then the whole glossary, with its source. */
export function tagsPage(site: SiteContext): string {
  const used = site.registers.tags;
  const kinds = Object.keys(TAG_KIND_LABELS) as TagKind[];
  return page(site, {
    title: 'TAGS',
    path: paths.tags(),
    main: [
      h('h1', {}, [text('TAGS: subject and country codes')]),
      h('p', { className: ['intro'] }, [text('Every telegram carries TAGS, the Department of State’s Traffic Analysis by Geography and Subject codes: subject codes such as PREL (external political relations) and country codes such as RS (Russia).')]),
      section('used', 'Codes in these documents', [
        h('ul', { className: ['tag-list'] }, used.map((record) => h('li', {}, [
          h('a', { href: site.links.href(paths.tag(record.code)) }, [h('strong', {}, [text(record.code)])]),
          text(` ${tagEntry(record.code)?.name ?? record.label} (${record.documents.length})`),
        ]))),
      ]),
      section('glossary', 'Glossary', [
        ...kinds.flatMap((kind) => [
          h('h3', {}, [text(TAG_KIND_LABELS[kind])]),
          h('dl', { className: ['glossary'] }, TAGS.filter((t) => t.kind === kind).flatMap((t) => [h('dt', {}, [text(t.code)]), h('dd', {}, [text(t.name)])])),
        ]),
        source(),
      ]),
    ],
  });
}

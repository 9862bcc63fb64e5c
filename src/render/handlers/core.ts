/** TEI core module: paragraphs, highlighting, notes, pointers, lists, editorial choices, pages. */
import { h, text, type ElementContent } from '../hast.ts';
import type { Handler, RenderContext } from '../context.ts';
import { uniqueId } from '../context.ts';
import { attr, pointers, type Element } from '../tei.ts';
import { block, headingLevel, headingParts, holdsTable, idOf, isInlineNote, names, phrase, safeToken, span, teiClass } from './shared.ts';
import { entryLink } from './namesdates.ts';
import { choice } from './choice.ts';
import { exemptionMeaning, normaliseExemption, WITHHELD_EXPLANATION } from '../../vocabulary/exemptions.ts';
import { list, item } from './list.ts';

/**
 * `hi/@rend` values with an HTML element of their own; every value is also a class
 * (`rend-smallcaps`, `rend-roman`, FRUS's `rend-sectiontitleital`) the stylesheet knows.
 */
const hiTags: Record<string, string> = {
  italic: 'i', italics: 'i', i: 'i', bold: 'b', b: 'b', strong: 'strong',
  underline: 'u', sup: 'sup', superscript: 'sup', sub: 'sub', subscript: 'sub',
  strikethrough: 's', 'line-through': 's',
};

/** `rend-…` classes of an element's `@rend` tokens (`center`, `flushleft`, `sectiontitleital`). */
function rendClasses(element: Element): string[] {
  return (attr(element, 'rend') ?? '').split(/\s+/).filter(Boolean).map((rend) => `rend-${safeToken(rend)}`);
}

const p: Handler = (element, context) => {
  const anchor = context.index.anchors.get(element);
  const classes = teiClass(element, ...rendClasses(element));
  // HTML has no table inside a paragraph; TEI has (FRUS prints many so): the paragraph becomes a division.
  const flow = holdsTable(element) && !context.inline;
  const tag = flow ? 'div' : 'p';
  const content = flow ? context.renderChildren(element, { inline: false }) : phrase(element, context);
  if (!anchor || context.inline || context.view.kind === 'apparatus') {
    return [flow ? h('div', { id: idOf(element, context), className: classes }, content) : block('p', element, context, content, classes)];
  }
  if (context.readingHref !== undefined) {
    const number = h('span', { className: ['para-number'] }, [text(`¶ ${anchor.label}`)]);
    return [h(tag, { className: classes }, [number, text(' '), ...content])];
  }
  const id = uniqueId(context, anchor.id);
  const permalink = h('a', { className: ['para-link'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, [text('¶')]),
    h('span', { className: ['visually-hidden'] }, [text('Paragraph')]),
    text(` ${anchor.label}`),
  ]);
  return [h(tag, { id, className: classes }, [permalink, text(' '), ...content])];
};

const hi: Handler = (element, context) => {
  const rends = (attr(element, 'rend') ?? '').split(/\s+/).filter(Boolean);
  const tag = rends.map((rend) => hiTags[rend]).find(Boolean);
  return [h(tag ?? 'span', { id: idOf(element, context), className: teiClass(element, ...rendClasses(element)) }, phrase(element, context))];
};

/** A heading; inline source notes in it stand under it as a source line. */
const head: Handler = (element, context) => {
  const { content, sources } = headingParts(element, context);
  return [block(`h${headingLevel(context)}`, element, context, content, teiClass(element, ...rendClasses(element))), ...sources];
};

/**
 * A note becomes a numbered footnote; its marker links to it and it links back. An inline
 * note (FRUS's `note rend="inline"` source notes) is printed where it stands, as a source line.
 */
const note: Handler = (element, context) => {
  if (isInlineNote(element)) {
    return [block('p', element, context, phrase(element, context), teiClass(element, 'source-line'))];
  }
  const anchor = context.index.anchors.get(element);
  const label = anchor?.label ?? attr(element, 'n') ?? '*';
  const id = anchor?.id ?? attr(element, 'xml:id') ?? `note-${safeToken(label)}`;
  if (context.view.kind === 'apparatus') return [h('span', { className: ['tei-note', 'inline'] }, [text(' ['), ...phrase(element, context), text(']')])];
  if (context.readingHref !== undefined) {
    return [h('sup', { className: ['fnref', 'note-ref'] }, [h('a', { href: `${context.readingHref}#${id}`, ariaLabel: `Note ${label}` }, [text(label)])])];
  }
  const refId = uniqueId(context, `ref-${id}`);
  if (!context.footnotes.notes.some((footnote) => footnote.id === id)) {
    // A note holding a table (HTML has none in phrase content) keeps its blocks.
    const content = holdsTable(element) ? context.renderChildren(element, { inline: false }) : phrase(element, { ...context, inline: true });
    context.footnotes.notes.push({ id, refId, label, content });
  }
  return [h('sup', { className: ['fnref', 'note-ref'] }, [h('a', { id: refId, href: `#${id}`, ariaLabel: `Note ${label}` }, [text(label)])])];
};

/**
 * Where a pointer leads: an element of this document, else what the build knows of the corpus
 * (another document, a volume's list, another FRUS volume), else a web address. Undefined, and
 * counted, when it leads nowhere.
 */
function hrefOf(pointer: string, context: RenderContext): string | undefined {
  const local = pointer.startsWith('#') ? pointer.slice(1) : undefined;
  if (local && context.index.ids.has(local)) return `${context.readingHref ?? ''}#${local}`;
  const target = context.links?.resolve(pointer)?.href;
  if (target !== undefined) return target;
  if (/^(https?|mailto):/.test(pointer)) return pointer;
  if (pointer && !context.uses.unresolved.includes(pointer)) context.uses.unresolved.push(pointer);
  return undefined;
}

/** Pointers resolve only to targets that exist in this edition or on the web; others stay text. */
const ref: Handler = (element, context) => {
  const target = attr(element, 'target') ?? '';
  const first = target.split(/\s+/).find(Boolean) ?? '';
  const href = first && !context.inLink ? hrefOf(first, context) : undefined;
  const content = phrase(element, href ? { ...context, inLink: true } : context);
  const shown = content.length ? content : [text(target)];
  if (href) return [h('a', { className: teiClass(element), href }, shown)];
  const title = target ? `Link target not included in this edition: ${target}` : undefined;
  return [h('span', { className: teiClass(element, 'unresolved'), title }, shown)];
};

/** A link to the page's image (`@facs`: a web address, or a reference the build resolves), when there is one. */
function facsimileLink(element: Element, label: string, context: RenderContext): ElementContent[] {
  const facs = attr(element, 'facs');
  if (!facs) return [];
  const href = /^https?:\/\//.test(facs) ? facs : context.links?.image(facs, 'facsimile');
  if (!href) return [];
  return [h('a', { className: ['facsimile-link'], href, ariaLabel: `Image of ${label}` }, [h('span', { ariaHidden: 'true' }, [text('▧')])])];
}

/** A page break: margin marker in the reading text, a page boundary in a witness's own text. */
const pb: Handler = (element, context) => {
  const n = attr(element, 'n') ?? '';
  const editions = pointers(attr(element, 'edRef'));
  const view = context.view;
  if (view.kind === 'apparatus') return [];
  if (view.kind === 'witness') {
    if (editions.length && !names(attr(element, 'edRef'), view.witness)) return [];
    const siglum = context.index.sigla.get(view.witness) ?? view.witness;
    const id = uniqueId(context, attr(element, 'xml:id') ?? `pb-${safeToken(siglum)}-${safeToken(n)}`);
    return [h('span', { id, className: ['tei-pb', 'page-break', 'block'], role: 'separator', ariaLabel: `Page ${n}` }, [text(`Page ${n}`)])];
  }
  const labels = editions.length ? editions.map((wit) => context.index.sigla.get(wit) ?? wit) : [''];
  return labels.map((siglum) => {
    const base = attr(element, 'xml:id') ?? (siglum ? `pb-${safeToken(siglum)}-${safeToken(n)}` : `pb-${safeToken(n)}`);
    const id = uniqueId(context, base);
    const label = siglum ? `${siglum} ${n}` : `p. ${n}`;
    return h('span', { id, className: ['tei-pb', 'margin-marker'] }, [
      h('a', { href: `#${id}`, className: ['pb-link'], title: siglum ? `Witness ${siglum}, page ${n}` : `Page ${n}` }, [text(label)]),
      ...facsimileLink(element, siglum ? `witness ${siglum}, page ${n}` : `page ${n}`, context),
    ]);
  });
};

/**
 * Text withheld on release: a visible mark naming the exemptions printed at the place, their
 * meaning on hover and for screen readers.
 */
const withheld: Handler = (element, context) => {
  const codes = (attr(element, 'n') ?? '').split(/\s+/).filter(Boolean);
  const what = attr(element, 'unit') === 'paragraph' ? 'paragraph withheld' : 'withheld';
  const label = `[${what}${codes.length ? `: ${codes.join(', ')}` : ''}]`;
  const grounds = codes.map((code) => `${code}, ${exemptionMeaning(normaliseExemption(code)) ?? 'as printed'}`).join('; ');
  const explanation = `${WITHHELD_EXPLANATION}${grounds ? ` Exemptions: ${grounds}.` : ''}`;
  if (context.view.kind === 'apparatus') return [h('span', { className: teiClass(element, 'withheld') }, [text(label)])];
  return [
    h('span', { className: teiClass(element, 'withheld'), title: explanation }, [
      text(label),
      h('span', { className: ['visually-hidden'] }, [text(` ${explanation}`)]),
    ]),
  ];
};

const gap: Handler = (element, context) => {
  if (attr(element, 'reason') === 'withheld') return withheld(element, context);
  const details = ['reason', 'quantity', 'unit', 'extent'].map((name) => attr(element, name)).filter(Boolean).join(' ');
  return [h('span', { className: teiClass(element), title: details ? `Gap: ${details}` : 'Gap in the source' }, [text('[…]')])];
};

/** Plain phrase elements whose HTML counterpart is obvious. */
const simple = (tagName: string): Handler => (element, context) => [
  h(tagName, { id: idOf(element, context), className: teiClass(element) }, phrase(element, context)),
];
const spanned: Handler = (element, context) => span(element, context);
const blocked = (tagName: string): Handler => (element, context) => [block(tagName, element, context, context.renderChildren(element))];

const date: Handler = (element, context) => {
  const when = attr(element, 'when') ?? attr(element, 'when-iso');
  const valid = when && /^\d{4}(-\d\d(-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?)?)?$/.test(when);
  const tag = valid ? 'time' : 'span';
  return [h(tag, { id: idOf(element, context), className: teiClass(element), dateTime: valid ? when : undefined }, phrase(element, context))];
};

export const core: Record<string, Handler> = {
  p, hi, head, note, ref, pb, gap, date, list, item,
  ptr: (element, context) => ref({ ...element, children: [] }, context),
  label: spanned, emph: simple('em'), foreign: spanned, term: entryLink, gloss: entryLink, mentioned: spanned,
  soCalled: spanned, title: simple('cite'), num: spanned, measure: spanned, time: date,
  seg: spanned, rs: spanned, q: simple('q'), said: spanned, code: simple('code'), unclear: spanned,
  address: spanned, addrLine: (element, context) => [h('span', { className: teiClass(element, 'block') }, phrase(element, context))],
  choice, sic: choice, corr: choice, orig: spanned, reg: spanned, abbr: simple('abbr'), expan: spanned,
  del: simple('del'), add: simple('ins'),
  lb: () => [h('br')],
  milestone: (element) => [h('span', { className: teiClass(element), title: `Milestone ${attr(element, 'unit') ?? ''} ${attr(element, 'n') ?? ''}`.trim() }, [])],
  anchor: (element, context) => [h('span', { id: idOf(element, context), className: teiClass(element) })],
  ab: (element, context) => [block('div', element, context, phrase(element, context))],
  quote: (element, context) => [block('blockquote', element, context, context.renderChildren(element), teiClass(element, ...rendClasses(element)))],
  cit: blocked('div'), lg: blocked('div'), l: blocked('div'),
  gi: (element, context) => [h('code', { className: teiClass(element) }, [text('<'), ...phrase(element, context), text('>')])],
  att: (element, context) => [h('code', { className: teiClass(element) }, [text('@'), ...phrase(element, context)])],
  tag: simple('code'), val: simple('code'), ident: simple('code'),
  bibl: spanned, author: spanned, editor: spanned, publisher: spanned, pubPlace: spanned, biblScope: spanned,
};


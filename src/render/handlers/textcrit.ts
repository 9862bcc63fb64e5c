/**
 * TEI textcrit module: `app` in parallel segmentation. The reading text shows the lemma and a
 * numbered footnote; a witness view shows that witness's reading; the compare view marks
 * each variation point with the same number in every column.
 */
import { h, text, type ElementContent } from '../hast.ts';
import type { ApparatusEntry, Handler, RenderContext } from '../context.ts';
import { uniqueId } from '../context.ts';
import { attr, type Element } from '../tei.ts';
import { isFurniture, isMarkup, lemmaOf, readingFor } from '../readings.ts';
import { noteContent } from '../apparatus.ts';
import { block, phrase, safeToken, teiClass } from './shared.ts';

const app: Handler = (element, context) => {
  const view = context.view;
  // Furniture and OCR markup belong to a copy's page: its own view shows them.
  const pageOnly = isFurniture(element) || isMarkup(element);
  if (view.kind !== 'witness' && pageOnly) return [];
  const chosen = view.kind === 'witness' ? readingFor(element, view.witness) : lemmaOf(element, context.index.witnesses[0]);
  const content = chosen ? context.renderChildren(chosen) : [];
  const entry = context.index.apparatus.get(element);
  if (view.kind === 'apparatus' || pageOnly || !entry) return content;
  if (context.readingHref !== undefined) return [variationPoint(element, content, entry, context)];
  if (view.kind === 'witness') return content;
  const wrapped = h('span', { className: teiClass(element, 'lemma') }, content);
  // A passage-level app has no id of its own on the page: its ids belong to its note.
  const placed = (marker: ElementContent[]): ElementContent[] =>
    context.inline ? [wrapped, ...marker] : [h('div', { className: teiClass(element) }, [...content, ...(marker.length ? [h('p', { className: ['block-app-ref'] }, marker)] : [])])];
  if (entry.role === 'summarised') return placed([]);
  const refId = uniqueId(context, `ref-${entry.role === 'place' ? (attr(element, 'xml:id') ?? entry.id) : entry.id}`);
  if (entry.role === 'note') {
    const anchors = entry.members.map((member) => attr(member, 'xml:id')).filter((id): id is string => id !== undefined);
    context.footnotes.apparatus.push({ id: entry.id, refId, label: entry.label, type: entry.type, anchors, content: noteContent(element, entry, context) });
  }
  const marker = h('sup', { className: ['fnref', 'app-ref', variantClass(entry.type)] }, [
    h('a', { id: refId, href: `#${entry.id}`, ariaLabel: `Variant ${entry.label}` }, [text(entry.label)]),
  ]);
  return placed([marker]);
};

/** The class the apparatus filters select notes and markers by (`variant-ocr`). */
export function variantClass(type: string): string {
  return `variant-${safeToken(type)}`;
}

/** A variation point in the side-by-side view, linked to its footnote on the reading page. */
function variationPoint(element: Element, content: ElementContent[], entry: ApparatusEntry, context: RenderContext): ElementContent {
  const shown = content.length ? content : [h('span', { className: ['omitted'] }, [text('om.')])];
  const link = h('sup', { className: ['fnref', 'app-ref'] }, [
    h('a', { href: `${context.readingHref ?? ''}#${entry.id}`, ariaLabel: `Variant ${entry.label}` }, [text(entry.label)]),
  ]);
  const tag = context.inline ? 'mark' : 'div';
  return h(tag, { className: ['variant', `app-type-${attr(element, 'type') ?? 'untyped'}`] }, [...shown, link]);
}

/** Readings outside an app context (a stray lem/rdg) render their content. */
const reading: Handler = (element, context) => phrase(element, context);

export const textcrit: Record<string, Handler> = {
  app,
  lem: reading,
  rdg: reading,
  rdgGrp: reading,
  witDetail: () => [],
  wit: (element, context) => [h('span', { className: teiClass(element) }, phrase(element, context))],
  listApp: (element, context) => [block('div', element, context, context.renderChildren(element))],
  lacunaStart: () => [h('span', { className: ['tei-lacunaStart'], title: 'lacuna begins' }, [text('⟨')])],
  lacunaEnd: () => [h('span', { className: ['tei-lacunaEnd'], title: 'lacuna ends' }, [text('⟩')])],
};

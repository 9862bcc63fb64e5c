/**
 * `list`: a `dl` when items carry `label`s (FRUS numbers its paragraphs so), else `ul`/`ol`.
 * What stands between items (a page break, furniture) is kept inside the next item, so the
 * list stays valid HTML and a page break in a list is still a page marker.
 */
import { h, type ElementContent } from '../hast.ts';
import type { Handler, RenderContext } from '../context.ts';
import { attr, childElements, localName, type Element } from '../tei.ts';
import { block, idOf, phrase, teiClass } from './shared.ts';

/** The list's entries (labels and items), each with the other elements that stood before it. */
function entries(parts: Element[]): { element: Element; before: Element[] }[] {
  const out: { element: Element; before: Element[] }[] = [];
  let pending: Element[] = [];
  for (const part of parts) {
    const name = localName(part.name);
    if (name === 'item' || name === 'label') {
      out.push({ element: part, before: pending });
      pending = [];
    } else pending.push(part);
  }
  const last = out[out.length - 1];
  if (last && pending.length) out[out.length - 1] = { ...last, before: last.before, element: { ...last.element, children: [...last.element.children, ...pending] } };
  else if (pending.length) out.push({ element: { type: 'element', name: 'item', attributes: {}, children: pending }, before: [] });
  return out;
}

/** Render elements that stood between entries, in the entry's context. */
function strays(list: Element, before: Element[], context: RenderContext): ElementContent[] {
  return before.length ? context.renderChildren({ ...list, children: before }) : [];
}

export const list: Handler = (element, context) => {
  const parts = childElements(element);
  const heads = parts.filter((part) => localName(part.name) === 'head');
  const rest = entries(parts.filter((part) => localName(part.name) !== 'head'));
  const labelled = rest.some(({ element: part }) => localName(part.name) === 'label');
  const headings = heads.map((part) => block('p', part, context, phrase(part, context), teiClass(part, 'list-head')));
  if (context.inline) {
    const items = rest.map(({ element: part, before }) =>
      h('span', { className: ['list-entry', 'block'] }, [...strays(element, before, context), ...context.renderChildren({ ...element, children: [part] })]),
    );
    return [h('span', { id: idOf(element, context), className: [...teiClass(element), 'block'] }, [...headings, ...items])];
  }
  const body: ElementContent[] = rest.map(({ element: part, before }) => {
    const name = localName(part.name);
    const leading = strays(element, before, labelled && name === 'label' ? { ...context, inline: true } : context);
    if (labelled) {
      const tag = name === 'label' ? 'dt' : 'dd';
      return h(tag, { id: idOf(part, context), className: teiClass(part) }, [...leading, ...context.renderChildren(part, { inline: name === 'label' })]);
    }
    return h('li', { id: idOf(part, context), className: teiClass(part) }, [...leading, ...context.renderChildren(part)]);
  });
  const ordered = /order|number|arabic|decimal/.test(`${attr(element, 'type') ?? ''} ${attr(element, 'rend') ?? ''}`);
  const tag = labelled ? 'dl' : ordered ? 'ol' : 'ul';
  const listElement = h(tag, { className: teiClass(element) }, body);
  if (!headings.length) return [{ ...listElement, properties: { ...listElement.properties, id: idOf(element, context) } }];
  return [h('div', { id: idOf(element, context), className: ['list-with-head'] }, [...headings, listElement])];
};

export const item: Handler = (element, context) => [
  context.inline
    ? h('span', { id: idOf(element, context), className: [...teiClass(element), 'block'] }, phrase(element, context))
    : h('li', { id: idOf(element, context), className: teiClass(element) }, context.renderChildren(element)),
];

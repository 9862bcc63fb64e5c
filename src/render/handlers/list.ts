/**
 * `list`: a `dl` when items carry `label`s (FRUS numbers its paragraphs so), else `ul`/`ol`.
 * Stray children (page breaks, furniture) are kept inside a valid list item.
 */
import { h, type ElementContent } from '../hast.ts';
import type { Handler } from '../context.ts';
import { attr, childElements, localName } from '../tei.ts';
import { block, idOf, phrase, teiClass } from './shared.ts';

export const list: Handler = (element, context) => {
  const parts = childElements(element);
  const heads = parts.filter((part) => localName(part.name) === 'head');
  const rest = parts.filter((part) => localName(part.name) !== 'head');
  const labelled = rest.some((part) => localName(part.name) === 'label');
  const headings = heads.map((part) => block('p', part, context, phrase(part, context), teiClass(part, 'list-head')));
  if (context.inline) {
    const items = rest.map((part) => h('span', { className: ['list-entry', 'block'] }, context.renderChildren({ ...element, children: [part] })));
    return [h('span', { id: idOf(element, context), className: [...teiClass(element), 'block'] }, [...headings, ...items])];
  }
  const body: ElementContent[] = [];
  for (const part of rest) {
    const name = localName(part.name);
    if (labelled) {
      const tag = name === 'label' ? 'dt' : 'dd';
      body.push(h(tag, { className: teiClass(part) }, context.renderChildren(part, { inline: name === 'label' })));
    } else {
      body.push(name === 'item' ? item(part, context)[0] ?? h('li') : h('li', { className: ['list-extra'] }, context.renderChildren({ ...element, children: [part] })));
    }
  }
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

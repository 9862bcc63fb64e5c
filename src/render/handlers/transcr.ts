/**
 * TEI transcr module: page furniture and stamps. Furniture belongs to the physical copy, so
 * it shows in a witness's diplomatic view and stays out of the reading text.
 */
import { h, text } from '../hast.ts';
import type { Handler } from '../context.ts';
import { attr } from '../tei.ts';
import { block, phrase, span, teiClass } from './shared.ts';

const fw: Handler = (element, context) => {
  if (context.view.kind !== 'witness') return [];
  return [block('div', element, context, phrase(element, context), teiClass(element, 'furniture'))];
};

const stamp: Handler = (element, context) => {
  const type = attr(element, 'type');
  return [
    h('span', { className: teiClass(element) }, [
      h('span', { className: ['visually-hidden'] }, [text(type ? `Stamp (${type}): ` : 'Stamp: ')]),
      ...phrase(element, context),
    ]),
  ];
};

/**
 * A character of the source that is not text (`<g type="control" n="U+000C"/>`: a form feed
 * inside a line, a stray control code): its Unicode control picture (U+2400 block) with the
 * code in a title, so nothing of the source is hidden and no control code reaches the page.
 * A `g` with content (a glyph written elsewhere) shows its content.
 */
const g: Handler = (element, context) => {
  const code = Number.parseInt((attr(element, 'n') ?? '').replace(/^U\+/, ''), 16);
  const picture = code < 0x20 ? String.fromCodePoint(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  const shown = element.children.length > 0 ? phrase(element, context) : [text(picture)];
  return [h('span', { className: teiClass(element), title: attr(element, 'n') ? `control character ${attr(element, 'n')} in the source` : undefined }, shown)];
};

const bracketed = (open: string, close: string): Handler => (element, context) => [
  h('span', { className: teiClass(element), title: attr(element, 'reason') }, [text(open), ...phrase(element, context), text(close)]),
];

export const transcr: Record<string, Handler> = {
  fw, stamp, g,
  supplied: bracketed('[', ']'),
  surplus: bracketed('{', '}'),
  secl: bracketed('⟦', '⟧'),
  space: (element) => [h('span', { className: teiClass(element), title: 'space in the source' }, [text(' ')])],
  damage: (element, context) => span(element, context),
  subst: (element, context) => span(element, context),
  restore: (element, context) => span(element, context),
  retrace: (element, context) => span(element, context),
  metamark: (element, context) => span(element, context),
  handShift: (element) => [h('span', { className: teiClass(element), title: `Hand: ${attr(element, 'new') ?? ''}` })],
};

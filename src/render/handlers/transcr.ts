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

const bracketed = (open: string, close: string): Handler => (element, context) => [
  h('span', { className: teiClass(element), title: attr(element, 'reason') }, [text(open), ...phrase(element, context), text(close)]),
];

export const transcr: Record<string, Handler> = {
  fw, stamp,
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

/** TEI textstructure module: the text, its divisions, quoted letters, openers and closers. */
import type { Handler } from '../context.ts';
import { block, phrase, teiClass } from './shared.ts';

const container: Handler = (element, context) => [block('div', element, context, context.renderChildren(element))];

const division: Handler = (element, context) => [
  block('div', element, context, context.renderChildren(element, { depth: context.depth + 1 })),
];

/** Phrase-like blocks: salutations, signatures, datelines. */
const line: Handler = (element, context) => [block('div', element, context, phrase(element, context))];

export const textstructure: Record<string, Handler> = {
  TEI: container, text: container, body: container, front: container, back: container, group: container,
  div: division, div1: division, div2: division, div3: division,
  floatingText: (element, context) => [
    block('blockquote', element, context, context.renderChildren(element, { depth: context.depth + 1 }), teiClass(element, 'embedded-text')),
  ],
  opener: container, closer: container, postscript: container, argument: container, epigraph: container,
  titlePage: container, docTitle: line, titlePart: line,
  salute: line, signed: line, dateline: line, byline: line, docDate: line, docAuthor: line, trailer: line,
};

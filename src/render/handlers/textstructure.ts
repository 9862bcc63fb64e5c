/** TEI textstructure module: the text, its divisions, quoted letters, openers and closers. */
import type { Handler } from '../context.ts';
import { uniqueId } from '../context.ts';
import { attr, child, childElements, localName, type Element } from '../tei.ts';
import { block, phrase, teiClass, titledSection } from './shared.ts';

const container: Handler = (element, context) => [block('div', element, context, context.renderChildren(element))];

const division: Handler = (element, context) => [
  block('div', element, context, context.renderChildren(element, { depth: context.depth + 1 })),
];

/** Phrase-like blocks: salutations, signatures, datelines. */
const line: Handler = (element, context) => [block('div', element, context, phrase(element, context))];

/** What a quoted or embedded text is called when it has no heading of its own, by `@type`. */
const captions: Record<string, string> = {
  letter: 'Letter', telegram: 'Telegram', repeat: 'Repeated telegram', enclosure: 'Enclosure', memorandum: 'Memorandum',
};

/** A text inside the text (a quoted letter, a repeated telegram): a section with its heading and an anchor. */
const floatingText: Handler = (element, context) => {
  const parts = childElements(element).filter((part) => ['front', 'body'].includes(localName(part.name)));
  const holder = parts.find((part) => child(part, 'head') !== undefined);
  const head = holder ? child(holder, 'head') : undefined;
  const content = element.children.map((node): Element['children'][number] =>
    node === holder ? { ...holder, children: holder.children.filter((item) => item !== head) } : node,
  );
  const anchor = context.index.anchors.get(element);
  return titledSection(element, context, {
    id: uniqueId(context, anchor?.id ?? 'text'),
    head,
    caption: captions[attr(element, 'type') ?? ''] ?? 'Enclosed text',
    content,
    classes: teiClass(element, 'embedded-text'),
  });
};

export const textstructure: Record<string, Handler> = {
  TEI: container, text: container, body: container, front: container, back: container, group: container,
  div: division, div1: division, div2: division, div3: division,
  floatingText,
  opener: container, closer: container, postscript: container, argument: container, epigraph: container,
  titlePage: container, docTitle: line, titlePart: line, docImprint: line, imprimatur: line,
  salute: line, signed: line, dateline: line, byline: line, docDate: line, docAuthor: line, trailer: line,
};

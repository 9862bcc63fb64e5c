/**
 * TEI header module: the header is not part of the reading text (its facts feed the metadata
 * panel), but the About page renders `editorialDecl` and `listWit` with these handlers.
 */
import { h, text } from '../hast.ts';
import type { Handler } from '../context.ts';
import { attr, localName } from '../tei.ts';
import { block, phrase, teiClass } from './shared.ts';

const captions: Record<string, string> = {
  correction: 'Corrections', normalization: 'Normalisation', quotation: 'Quotation',
  hyphenation: 'Hyphenation', segmentation: 'Segmentation', interpretation: 'Interpretation',
  punctuation: 'Punctuation', stdVals: 'Standard values',
};

/** An editorial declaration part: a captioned block. */
const declaration: Handler = (element, context) => {
  const caption = captions[localName(element.name)] ?? localName(element.name);
  return [block('div', element, context, [
    h('p', { className: ['decl-caption'] }, [h('strong', {}, [text(caption)])]),
    ...context.renderChildren(element),
  ])];
};

export const header: Record<string, Handler> = {
  teiHeader: () => [],
  editorialDecl: (element, context) => [block('div', element, context, context.renderChildren(element))],
  correction: declaration, normalization: declaration, quotation: declaration, hyphenation: declaration,
  segmentation: declaration, interpretation: declaration, punctuation: declaration, stdVals: declaration,
  variantEncoding: (element) => [h('p', { className: teiClass(element) }, [
    text(`Variants are encoded by ${attr(element, 'method') ?? 'an unstated method'} (${attr(element, 'location') ?? 'location unstated'}).`),
  ])],
  listWit: (element, context) => [h('ul', { className: teiClass(element) }, context.renderChildren({ ...element, children: element.children.filter((c) => c.type === 'element') }))],
  witness: (element, context) => [h('li', { className: teiClass(element) }, phrase(element, context))],
  respStmt: (element, context) => [block('p', element, context, phrase(element, context))],
  resp: (element, context) => [h('span', { className: teiClass(element) }, [...phrase(element, context), text(': ')])],
  idno: (element, context) => [h('span', { className: teiClass(element) }, phrase(element, context))],
  catDesc: (element, context) => [h('span', { className: teiClass(element) }, phrase(element, context))],
};

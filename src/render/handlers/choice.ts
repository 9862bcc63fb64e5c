/**
 * `choice` (sic/corr, orig/reg, abbr/expan): the reading text shows the edition's form with
 * the source's form on hover, on focus and in print; a witness's own text shows the reverse.
 */
import { h, text, type ElementContent } from '../hast.ts';
import type { Handler, RenderContext } from '../context.ts';
import { childElements, localName, type Element } from '../tei.ts';
import { phrase, teiClass } from './shared.ts';

const edited = new Set(['corr', 'reg', 'expan']);
const source = new Set(['sic', 'orig', 'abbr']);

const captions: Record<string, string> = {
  sic: 'source reads', orig: 'source reads', abbr: 'abbreviated in source',
  corr: 'corrected by the edition to', reg: 'regularised by the edition to', expan: 'expanded by the edition to',
};

/** Handles `choice` and a lone `sic` or `corr`. */
export const choice: Handler = (element, context) => {
  const name = localName(element.name);
  if (name === 'sic') {
    const content = phrase(element, context);
    if (context.view.kind === 'witness') return [h('span', { className: teiClass(element) }, content)];
    return [h('span', { className: teiClass(element) }, [...content, h('span', { className: ['sic-mark'] }, [text(' [sic]')])])];
  }
  if (name === 'corr') return [h('span', { className: teiClass(element) }, phrase(element, context))];
  const parts = childElements(element);
  const sourceForm = parts.find((part) => source.has(localName(part.name)));
  const editedForm = parts.find((part) => edited.has(localName(part.name)));
  const diplomatic = context.view.kind === 'witness';
  const shown = (diplomatic ? sourceForm ?? editedForm : editedForm ?? sourceForm) ?? parts[0];
  const alternative = parts.find((part) => part !== shown);
  if (!shown) return [];
  return [withAlternative(element, shown, alternative, context)];
};

function withAlternative(
  element: Element,
  shown: Element,
  alternative: Element | undefined,
  context: RenderContext,
): ElementContent {
  const main = h('span', { className: teiClass(shown) }, phrase(shown, context));
  if (!alternative) return h('span', { className: teiClass(element) }, [main]);
  const caption = captions[localName(alternative.name)] ?? localName(alternative.name);
  const hint = h('span', { className: ['choice-alt'] }, [
    text(' ('), text(`${caption}: `), h('span', { className: teiClass(alternative) }, phrase(alternative, context)), text(')'),
  ]);
  return h('span', { className: [...teiClass(element), 'has-alt'], tabIndex: 0 }, [main, hint]);
}

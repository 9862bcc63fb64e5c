/**
 * Apparatus entries in the conventional notation: `lemma] reading SIGLA; … (type)`,
 * `om.` for an empty reading, `add.` where the lemma is empty.
 */
import { h, hastText, text, type ElementContent } from './hast.ts';
import type { RenderContext } from './context.ts';
import { attr, type Element } from './tei.ts';
import { lemmaOf, readings, witnessesOf } from './readings.ts';

/** The footnote body for one `app`. */
export function apparatusEntry(app: Element, context: RenderContext): ElementContent[] {
  const apparatusContext: RenderContext = { ...context, view: { kind: 'apparatus' }, inline: true };
  const lemma = lemmaOf(app, context.index.witnesses[0]);
  const lemmaContent = lemma ? trim(context.renderChildren(lemma, apparatusContext)) : [];
  const out: ElementContent[] = [];
  const emptyLemma = hastText(lemmaContent).trim() === '';
  if (!emptyLemma) out.push(h('span', { className: ['lemma'] }, abbreviate(lemmaContent)), text('] '));
  const variants = readings(app).filter((reading) => reading !== lemma);
  variants.forEach((reading, index) => {
    if (index > 0) out.push(text('; '));
    const content = trim(context.renderChildren(reading, apparatusContext));
    const empty = hastText(content).trim() === '';
    if (empty) out.push(h('em', { className: ['siglum-note'] }, [text('om.')]));
    else {
      if (emptyLemma) out.push(h('em', { className: ['siglum-note'] }, [text('add.')]), text(' '));
      out.push(h('span', { className: ['reading'] }, content));
    }
    out.push(text(' '), h('span', { className: ['sigla'] }, [text(sigla(reading, context))]));
  });
  const type = attr(app, 'type');
  if (type) out.push(text(' '), h('span', { className: ['app-type'] }, [text(`(${type})`)]));
  return out;
}

function sigla(reading: Element, context: RenderContext): string {
  return witnessesOf(reading).map((id) => context.index.sigla.get(id) ?? id).join(' ');
}

/** Drop leading and trailing whitespace of rendered content. */
function trim(nodes: ElementContent[]): ElementContent[] {
  const copy = [...nodes];
  const first = copy[0];
  if (first?.type === 'text') copy[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = copy[copy.length - 1];
  if (last?.type === 'text') copy[copy.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return copy.filter((node) => node.type !== 'text' || node.value !== '');
}

/** A long lemma is cited by its first and last words, as printed apparatus do. */
function abbreviate(nodes: ElementContent[]): ElementContent[] {
  const words = hastText(nodes).replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= 6) return nodes;
  return [text(`${words.slice(0, 3).join(' ')} … ${words.slice(-2).join(' ')}`)];
}

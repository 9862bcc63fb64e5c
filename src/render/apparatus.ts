/**
 * Apparatus notes in the conventional notation: `lemma] reading SIGLA; … (type)`. Every note
 * shows a lemma: an addition reads `om. A] words B`. A moved passage is one note for both its
 * places; the variants of a routing block are one note that sends the reader to the witnesses.
 */
import { h, hastText, text, type ElementContent } from './hast.ts';
import type { ApparatusEntry, RenderContext } from './context.ts';
import { attr, childElements, localName, type Element } from './tei.ts';
import { lemmaOf, readings, witnessesOf } from './readings.ts';

/** Longest reading quoted in full; longer ones are cited by their first and last words. */
const quotedWords = 6;

/** The body of the note `app` holds. */
export function noteContent(app: Element, entry: ApparatusEntry, context: RenderContext): ElementContent[] {
  if (entry.block) return blockSummary(app, entry, context);
  if (entry.members.length === 0) return apparatusEntry(app, context);
  // One passage, two places: both entries, then links to both places in the text.
  const places = [app, ...entry.members];
  const out: ElementContent[] = [];
  places.forEach((place, index) => {
    if (index > 0) out.push(text('; '));
    out.push(...apparatusEntry(place, context, false));
  });
  const links = places.flatMap((place, index) => [
    ...(index > 0 ? [text(index === places.length - 1 ? ' and ' : ', ')] : []),
    h('a', { href: `#ref-${attr(place, 'xml:id') ?? entry.id}` }, [text(index === 0 ? 'here' : 'there')]),
  ]);
  return [...out, text(' '), h('span', { className: ['app-type'] }, [text(`(${attr(app, 'type') ?? 'untyped'}: one passage in two places, `), ...links, text(')')])];
}

/** One entry: `lemma] reading SIGLA; …`, with its type unless `typed` is false. */
export function apparatusEntry(app: Element, context: RenderContext, typed = true): ElementContent[] {
  const apparatusContext: RenderContext = { ...context, view: { kind: 'apparatus' }, inline: true };
  const lemma = lemmaOf(app, context.index.witnesses[0]);
  const lemmaContent = lemma ? trim(context.renderChildren(lemma, apparatusContext)) : [];
  const out: ElementContent[] = [];
  if (hastText(lemmaContent).trim() === '') out.push(omitted(), text(' '), siglaOf(lemma, context), text('] '));
  else out.push(h('span', { className: ['lemma'] }, abbreviate(lemmaContent)), text('] '));
  const variants = readings(app).filter((reading) => reading !== lemma);
  variants.forEach((reading, index) => {
    if (index > 0) out.push(text('; '));
    const content = trim(context.renderChildren(reading, apparatusContext));
    if (hastText(content).trim() === '') out.push(omitted());
    else out.push(h('span', { className: ['reading'] }, abbreviate(content)));
    out.push(text(' '), siglaOf(reading, context));
  });
  const type = attr(app, 'type');
  if (typed && type) out.push(text(' '), h('span', { className: ['app-type'] }, [text(`(${type})`)]));
  return out;
}

/** `Routing differs in A and B (12 places); see witness A, witness B.` */
function blockSummary(app: Element, entry: ApparatusEntry, context: RenderContext): ElementContent[] {
  const block = entry.block ?? app;
  const apparatusContext: RenderContext = { ...context, view: { kind: 'apparatus' }, inline: true };
  const shown = localName(block.name) === 'app' ? [lemmaOf(block, context.index.witnesses[0])] : (entry.blocks ?? [block]);
  const excerpt = trim(shown.flatMap((part) => (part ? [text(' '), ...context.renderChildren(part, apparatusContext)] : [])));
  const places = [app, ...entry.members];
  const ids = [...new Set(places.flatMap((place) => readings(place).flatMap(witnessesOf)))];
  const ordered = context.index.witnesses.filter((id) => ids.includes(id));
  const sigla = ordered.map((id) => context.index.sigla.get(id) ?? id);
  const what = blockKind(block) === 'form' ? 'The drafting form differs' : 'Routing and distribution differ';
  const count = places.length === 1 ? 'one place' : `${places.length} places`;
  const out: ElementContent[] = [];
  if (hastText(excerpt).trim() !== '') out.push(h('span', { className: ['lemma'] }, abbreviate(excerpt)), text('] '));
  out.push(text(`${what} in ${list(sigla)} (${count}); see `));
  ordered.forEach((id, index) => {
    if (index > 0) out.push(text(index === ordered.length - 1 ? ' and ' : ', '));
    const siglum = context.index.sigla.get(id) ?? id;
    const label = `witness ${siglum}`;
    out.push(context.witnessHref ? h('a', { href: context.witnessHref(siglum) }, [text(label)]) : text(label));
  });
  out.push(text('.'), text(' '), h('span', { className: ['app-type'] }, [text('(routing)')]));
  return out;
}

/** `form` or `routing`: the kind of block (or of the blocks a block-level app holds). */
function blockKind(block: Element): string {
  if (localName(block.name) === 'ab') return attr(block, 'type') ?? 'routing';
  const kinds = readings(block).flatMap((reading) => childElements(reading)).map((part) => attr(part, 'type') ?? '');
  return kinds.every((kind) => kind === 'form') ? 'form' : 'routing';
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function omitted(): ElementContent {
  return h('em', { className: ['siglum-note'] }, [text('om.')]);
}

function siglaOf(reading: Element | undefined, context: RenderContext): ElementContent {
  const ids = reading ? witnessesOf(reading) : [];
  return h('span', { className: ['sigla'] }, [text(ids.map((id) => context.index.sigla.get(id) ?? id).join(' '))]);
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

/** A long reading is cited by its first and last words, as printed apparatus do. */
function abbreviate(nodes: ElementContent[]): ElementContent[] {
  const words = hastText(nodes).replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= quotedWords) return nodes;
  return [text(`${words.slice(0, 3).join(' ')} … ${words.slice(-2).join(' ')}`)];
}

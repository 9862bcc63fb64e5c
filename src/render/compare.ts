/**
 * The side-by-side view: one column per witness, one row per block of the text, every
 * variation point marked with its apparatus number in each column so they line up.
 */
import { h, hastText, text, type ElementContent } from './hast.ts';
import type { RenderContext } from './context.ts';
import { childElements, localName, type Element } from './tei.ts';
import { renderNodes } from './render.ts';
import { isFurniture } from './readings.ts';

/** Elements whose children are the rows, rather than being a row themselves. */
const containers = new Set(['TEI', 'text', 'body', 'front', 'back', 'group', 'div', 'div1', 'div2', 'div3', 'floatingText']);

/** The rows of a text: its block-level elements in document order. */
export function blocksOf(element: Element): Element[] {
  return childElements(element).flatMap((part) => {
    const name = localName(part.name);
    if (name === 'teiHeader') return [];
    return containers.has(name) ? blocksOf(part) : [part];
  });
}

/** Build the comparison table; `contextFor(witness)` gives each column its view. */
export function compareTable(
  text: Element,
  witnesses: { id: string; siglum: string }[],
  contextFor: (witness: string) => RenderContext,
): ElementContent {
  const head = h('thead', {}, [h('tr', {}, witnesses.map((w) => h('th', { scope: 'col' }, [textNode(`Witness ${w.siglum}`)])))]);
  const contexts = witnesses.map((w) => contextFor(w.id));
  const rows: ElementContent[] = [];
  for (const group of groupPages(blocksOf(text))) {
    const cells = contexts.map((context) => renderNodes(group, context));
    if (cells.every((cell) => hastText(cell).trim() === '')) continue;
    rows.push(h('tr', {}, cells.map((cell) => h('td', {}, cell))));
  }
  return h('table', { className: ['compare'] }, [head, h('tbody', {}, rows)]);
}

/** Page breaks and the furniture after them share one row: each copy's new page lines up. */
function groupPages(blocks: Element[]): Element[][] {
  const groups: Element[][] = [];
  let previousWasPage = false;
  for (const block of blocks) {
    const page = localName(block.name) === 'pb' || (localName(block.name) === 'app' && isFurniture(block)) || localName(block.name) === 'fw';
    const last = groups[groups.length - 1];
    if (page && previousWasPage && last) last.push(block);
    else groups.push([block]);
    previousWasPage = page;
  }
  return groups;
}

function textNode(value: string): ElementContent {
  return text(value);
}

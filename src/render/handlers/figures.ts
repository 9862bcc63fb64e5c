/**
 * TEI figures module: tables as HTML tables (`@role="label"` as header cells, `@cols`/`@rows`
 * as spans) and figures as images, or a placeholder that says which image is missing.
 * https://tei-c.org/release/doc/tei-p5-doc/en/html/FT.html
 */
import { h, text, type ElementContent } from '../hast.ts';
import type { Handler, RenderContext } from '../context.ts';
import { attr, child, childElements, localName, textOf, type Element } from '../tei.ts';
import { block, idOf, phrase, teiClass } from './shared.ts';

/** Children of a table or row that are neither rows nor cells (`pb`, `fw`, `anchor`): kept, inside the next cell. */
function carried(parts: Element[], keep: string): { groups: { element: Element; before: Element[] }[]; after: Element[] } {
  const groups: { element: Element; before: Element[] }[] = [];
  let pending: Element[] = [];
  for (const part of parts) {
    if (localName(part.name) === keep) {
      groups.push({ element: part, before: pending });
      pending = [];
    } else pending.push(part);
  }
  return { groups, after: pending };
}

const table: Handler = (element, context) => {
  const parts = childElements(element);
  const heads = parts.filter((part) => localName(part.name) === 'head');
  const { groups, after } = carried(parts.filter((part) => localName(part.name) !== 'head'), 'row');
  const cellContext: RenderContext = { ...context, inline: false };
  const rows = groups.map(({ element: row, before }, index) => {
    const extra = index === groups.length - 1 ? [...before, ...after] : before;
    return renderRow(row, extra, cellContext);
  });
  // Leading rows whose cells are all labels are the table's head.
  const headRows = groups.findIndex(({ element: row }) => !isLabelRow(row));
  const split = headRows === -1 ? 0 : headRows;
  const caption = heads.length ? [h('caption', { className: ['tei-head'] }, heads.flatMap((head) => phrase(head, context)))] : [];
  const sections = split > 0 ? [h('thead', {}, rows.slice(0, split)), h('tbody', {}, rows.slice(split))] : [h('tbody', {}, rows)];
  return [h('table', { id: idOf(element, context), className: teiClass(element) }, [...caption, ...sections])];
};

function isLabelRow(row: Element): boolean {
  const cells = childElements(row).filter((part) => localName(part.name) === 'cell');
  return attr(row, 'role') === 'label' || (cells.length > 0 && cells.every((cell) => attr(cell, 'role') === 'label'));
}

function renderRow(row: Element, extra: Element[], context: RenderContext): ElementContent {
  const labelRow = attr(row, 'role') === 'label';
  const { groups, after } = carried(childElements(row), 'cell');
  const strays = [...extra];
  const cells = groups.map(({ element: cell, before }, index) => {
    const leading = [...strays.splice(0), ...before];
    const trailing = index === groups.length - 1 ? after : [];
    return renderCell(cell, leading, trailing, labelRow, context);
  });
  // A row without cells still keeps what stood in it.
  if (cells.length === 0) cells.push(h('td', {}, context.renderChildren({ ...row, children: [...extra, ...after] })));
  return h('tr', { id: idOf(row, context), className: teiClass(row) }, cells);
}

function renderCell(cell: Element, before: Element[], after: Element[], labelRow: boolean, context: RenderContext): ElementContent {
  const label = labelRow || attr(cell, 'role') === 'label';
  const span = (name: string): number | undefined => {
    const value = Number(attr(cell, name));
    return Number.isInteger(value) && value > 1 ? value : undefined;
  };
  const content = [
    ...context.renderChildren({ ...cell, children: before }),
    ...context.renderChildren(cell),
    ...context.renderChildren({ ...cell, children: after }),
  ];
  const rend = attr(cell, 'rend');
  return h(label ? 'th' : 'td', {
    id: idOf(cell, context),
    className: teiClass(cell, ...(rend ? [`rend-${rend.replace(/[^A-Za-z0-9_-]+/g, '-')}`] : [])),
    colSpan: span('cols'),
    rowSpan: span('rows'),
    scope: label ? (labelRow ? 'col' : 'row') : undefined,
  }, content);
}

/** Where a graphic's image is: its web address, the copy the build made, or undefined when absent. */
function imageOf(graphic: Element, context: RenderContext): string | undefined {
  const url = attr(graphic, 'url') ?? '';
  if (/^https?:\/\//.test(url)) return url;
  return url ? context.links?.image(url, 'graphic') : undefined;
}

/** A graphic: the image when the build has it, else a placeholder naming what is missing. */
const graphic: Handler = (element, context) => {
  const src = imageOf(element, context);
  if (src) return [h('img', { id: idOf(element, context), className: teiClass(element), src, alt: context.figureDescription ?? textOf(child(element, 'desc')) })];
  const name = (attr(element, 'url') ?? '').split('/').pop() || 'no address given';
  return [h('span', { id: idOf(element, context), className: [...teiClass(element), 'missing-image'] }, [text(`[Image not included in this edition: ${name}]`)])];
};

/**
 * A figure: its graphic, with its heading as caption. Its description is the image's text
 * alternative when the image is shown, and visible text when it is not.
 */
const figure: Handler = (element, context) => {
  const isHead = (node: Element['children'][number]): boolean => node.type === 'element' && localName(node.name) === 'head';
  const heads = childElements(element).filter(isHead);
  const graphics = childElements(element).filter((part) => localName(part.name) === 'graphic');
  const shown = graphics.length > 0 && graphics.every((part) => imageOf(part, context) !== undefined);
  const description = [textOf(child(element, 'figDesc')), ...heads.map(textOf)].find(Boolean) ?? '';
  const body = context.renderChildren({ ...element, children: element.children.filter((node) => !isHead(node)) }, shown ? { figureDescription: description } : {});
  const caption = heads.flatMap((head) => phrase(head, context));
  if (context.inline) return [block('span', element, context, [...body, ...caption])];
  return [h('figure', { id: idOf(element, context), className: teiClass(element) }, [...body, ...(caption.length ? [h('figcaption', {}, caption)] : [])])];
};

export const figures: Record<string, Handler> = {
  table,
  row: (element, context) => [renderRow(element, [], context)],
  cell: (element, context) => [renderCell(element, [], [], false, context)],
  figure,
  graphic,
  // Inside a figure whose image is shown, the description is the image's text alternative.
  figDesc: (element, context) => (context.figureDescription === undefined ? [block('span', element, context, phrase(element, context))] : []),
};

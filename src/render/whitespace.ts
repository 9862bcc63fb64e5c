/**
 * Whitespace of a TEI text normalised for display, as the TEI's own stylesheets do
 * (https://wiki.tei-c.org/index.php/XML_Whitespace): runs of XML whitespace collapse to one
 * space; a block starts and ends without space; and space at the edge of an inline element
 * (`<ref>\n  <hi>Foreign Relations</hi>…`, `<hi> <persName>`) moves outside it, kept once, so a
 * link or an emphasis never begins or ends with a blank. `xml:space="preserve"` is honoured.
 * Readings of a variation (`app`, `choice`…) keep their edges: which one shows depends on the view.
 * Changes the tree in place: call it on a tree parsed for rendering, before rendering.
 */
import { attr, localName, type Element, type Root } from './tei.ts';

type Child = Element['children'][number];

/** Elements rendered as blocks: their content starts and ends without space. */
const BLOCKS = new Set([
  'TEI', 'text', 'front', 'body', 'back', 'group', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
  'p', 'ab', 'head', 'item', 'label', 'list', 'listBibl', 'table', 'row', 'cell', 'note', 'fw',
  'dateline', 'salute', 'signed', 'closer', 'opener', 'postscript', 'byline', 'docDate', 'docAuthor', 'docImprint',
  'docTitle', 'titlePart', 'titlePage', 'trailer', 'argument', 'epigraph', 'floatingText', 'attachment',
  'figure', 'figDesc', 'quote', 'lg', 'l', 'sp', 'speaker', 'address', 'addrLine', 'listPerson', 'person',
]);

/** Elements whose content is one reading among others, or an edit: left as encoded. */
const KEEP = new Set(['app', 'lem', 'rdg', 'rdgGrp', 'choice', 'sic', 'corr', 'orig', 'reg', 'abbr', 'expan', 'subst', 'add', 'del', 'g']);

const XML_SPACE = /[ \t\n\r]+/g;
const NEEDS_COLLAPSE = /[\t\n\r]| {2}/;

/** Normalise the whitespace of every text under root except the TEI header. */
export function normaliseWhitespace(root: Root | Element): void {
  for (const node of root.children) {
    if (node.type === 'element' && localName(node.name) !== 'teiHeader') normalise(node);
  }
}

function normalise(element: Element): void {
  if (attr(element, 'xml:space') === 'preserve') return;
  const children = element.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node?.type === 'text') {
      if (NEEDS_COLLAPSE.test(node.value)) node.value = node.value.replace(XML_SPACE, ' ');
    }
    else if (node?.type === 'element') {
      normalise(node);
      if (movable(node)) index = moveEdges(children, index);
    }
  }
  if (BLOCKS.has(localName(element.name))) trimEdges(element);
}

function movable(element: Element): boolean {
  const name = localName(element.name);
  return !BLOCKS.has(name) && !KEEP.has(name) && attr(element, 'xml:space') !== 'preserve';
}

/** Move a space at either edge of children[index] out to its siblings; returns its new index. */
function moveEdges(children: Child[], index: number): number {
  const element = children[index] as Element;
  const first = element.children[0];
  if (first?.type === 'text' && first.value.startsWith(' ')) {
    first.value = first.value.slice(1);
    if (first.value === '') element.children.shift();
    const previous = children[index - 1];
    if (previous?.type === 'text') {
      if (!/[ \t\n\r]$/.test(previous.value)) previous.value += ' ';
    } else {
      children.splice(index, 0, { type: 'text', value: ' ' });
      index++;
    }
  }
  const last = element.children[element.children.length - 1];
  if (last?.type === 'text' && last.value.endsWith(' ')) {
    last.value = last.value.slice(0, -1);
    if (last.value === '') element.children.pop();
    const next = children[index + 1];
    if (next?.type === 'text') {
      if (!/^[ \t\n\r]/.test(next.value)) next.value = ' ' + next.value;
    } else children.splice(index + 1, 0, { type: 'text', value: ' ' });
  }
  return index;
}

/** A block's first text starts, and its last text ends, without space (a no-break space is content). */
function trimEdges(element: Element): void {
  const children = element.children;
  const blank = (node: Child | undefined): boolean => node?.type === 'text' && /^ *$/.test(node.value);
  while (blank(children[0])) children.shift();
  while (blank(children[children.length - 1])) children.pop();
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^ +/, '');
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/ +$/, '');
}

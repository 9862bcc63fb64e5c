/**
 * Reading TEI: parse to xast and the few queries the renderer needs.
 * `xast-util-from-xml` keeps names as written (`xml:id` is a plain attribute)
 * and every whitespace text node, so mixed content survives intact.
 */
import type { Element, ElementContent, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export type { Element, ElementContent, Root };

/** Parse a TEI document (or fragment with a single root) into xast; a byte order mark is not content. */
export function parseTei(xml: string): Root {
  return fromXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
}

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * The namespace of every element that is not TEI (a `frus:attachment`, an XHTML island), by
 * element: `xast-util-from-xml` keeps names as written, so prefixes are resolved here once,
 * from the `xmlns` declarations in scope (https://www.w3.org/TR/xml-names/#scoping).
 */
export function foreignElements(root: Root): Map<Element, string> {
  const foreign = new Map<Element, string>();
  const visit = (parent: Element | Root, scope: ReadonlyMap<string, string>): void => {
    for (const element of parent.children) {
      if (element.type !== 'element') continue;
      let inScope = scope;
      // for…in, not Object.entries: an array of pairs for every element of every document was most of this walk.
      for (const name in element.attributes) {
        const value = element.attributes[name];
        if (typeof value !== 'string' || (name !== 'xmlns' && !name.startsWith('xmlns:'))) continue;
        if (inScope === scope) inScope = new Map(scope);
        (inScope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
      }
      const colon = element.name.indexOf(':');
      const namespace = inScope.get(colon === -1 ? '' : element.name.slice(0, colon)) ?? '';
      // No namespace at all is taken as TEI written without its declaration, as hand-made files often are.
      if (namespace !== TEI_NS && namespace !== '') foreign.set(element, namespace);
      visit(element, inScope);
    }
  };
  visit(root, new Map([['xml', XML_NS]]));
  return foreign;
}

/** Local part of a (possibly prefixed) element or attribute name. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute value, or undefined when absent. */
export function attr(element: Element, name: string): string | undefined {
  const value = element.attributes[name];
  return typeof value === 'string' ? value : undefined;
}

/** The element children of a node, whitespace and comments skipped. */
export function childElements(node: Element | Root): Element[] {
  const result: Element[] = [];
  for (const child of node.children) if (child.type === 'element') result.push(child);
  return result;
}

/** First child element with the given local name. */
export function child(node: Element | Root, name: string): Element | undefined {
  return childElements(node).find((element) => localName(element.name) === name);
}

/** All descendants (document order) with the given local name; `name` may be '*'. */
export function descendants(node: Element | Root, name: string): Element[] {
  const found: Element[] = [];
  collect(node, name, found);
  return found;
}

/**
 * The walk of `descendants`, over the children as they are: a list of each element's element
 * children made on the way was most of the time of indexing a document, which walks it whole.
 */
function collect(parent: Element | Root, name: string, found: Element[]): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    if (name === '*' || localName(node.name) === name) found.push(node);
    collect(node, name, found);
  }
}

/** First descendant with the given local name, following a path of names (stops at the first found). */
export function select(node: Element | Root | undefined, ...path: string[]): Element | undefined {
  let current: Element | Root | undefined = node;
  for (const name of path) {
    if (!current) return undefined;
    current = first(current, name);
  }
  return current && current.type === 'element' ? current : undefined;
}

/** The first descendant with the local name, in document order. */
function first(node: Element | Root, name: string): Element | undefined {
  for (const element of node.children) {
    if (element.type !== 'element') continue;
    if (localName(element.name) === name) return element;
    const found = first(element, name);
    if (found) return found;
  }
  return undefined;
}

/** The text content of a node with whitespace normalised. */
export function textOf(node: Element | Root | undefined): string {
  if (!node) return '';
  let text = '';
  const visit = (parent: Element | Root): void => {
    for (const item of parent.children) {
      if (item.type === 'text' || item.type === 'cdata') text += item.value;
      else if (item.type === 'element') visit(item);
    }
  };
  visit(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** Split a TEI pointer list (`"#A #B"`) into local ids. */
export function pointers(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/\s+/).filter(Boolean).map((token) => (token.startsWith('#') ? token.slice(1) : token));
}

/** The root `TEI` element of a parsed document (or the first element). */
export function rootElement(root: Root): Element | undefined {
  return childElements(root)[0];
}

/** The declaration the TEI writer puts first (src/tei/document.ts), as `xast-util-from-xml` reads it. */
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const DECLARATION_NODE = 'version="1.0" encoding="UTF-8"';
/**
 * What the quick reader leaves to the full parser: characters XML forbids or normalises (CR),
 * and any surrogate (characters beyond the BMP are rare in these texts; checking the pairs cost
 * four times this whole scan).
 */
const NOT_PLAIN = /[\0-\x08\x0B\x0C\x0E-\x1F\r\uD800-\uDFFF\uFFFE\uFFFF]/;
const NAME = /^[A-Za-z_][\w.:-]*$/;
/** A reference, or a bare `&` (no group) */
const REFERENCE = /&(?:([a-z]+|#x[0-9A-Fa-f]+|#[0-9]+);)?/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Parse TEI as the writer makes it (elements, attributes, text, the five entities and numeric
 * references, its declaration first), to the same xast as `parseTei` without positions, in one
 * pass and a third of the time: a build renders every document from the TEI it wrote, the TEI
 * being the one source of its pages. Anything else (a comment, CDATA, a doctype, a processing
 * instruction, a tag it cannot read) goes to `parseTei`, errors and all.
 */
export function parsePlainTei(xml: string): Root {
  return plainTree(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml) ?? parseTei(xml);
}

function plainTree(xml: string): Root | undefined {
  if (NOT_PLAIN.test(xml)) return undefined;
  const root: Root = { type: 'root', children: [] };
  let at = 0;
  if (xml.startsWith(DECLARATION)) {
    root.children.push({ type: 'instruction', name: 'xml', value: DECLARATION_NODE });
    at = DECLARATION.length;
  }
  const open: Element[] = [];
  let closed = false;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt === -1 ? xml.length : lt;
    if (end > at) {
      const value = xml.slice(at, end);
      const parent = open[open.length - 1];
      // Outside the root element only whitespace may stand, and it is no content.
      if (parent) {
        const text = decoded(value);
        if (text === undefined) return undefined;
        parent.children.push({ type: 'text', value: text });
      } else if (value.trim() !== '') return undefined;
    }
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return undefined;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const element = open.pop();
      if (!element || xml.slice(lt + 2, gt) !== element.name) return undefined;
      closed = open.length === 0;
      at = gt + 1;
      continue;
    }
    if (closed || next === 0x21 /* ! */ || next === 0x3f /* ? */) return undefined;
    const element = startTag(xml, lt + 1);
    if (!element) return undefined;
    const [node, after, empty] = element;
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else root.children.push(node);
    if (empty) closed = open.length === 0;
    else open.push(node);
    at = after;
  }
  return open.length === 0 && closed ? root : undefined;
}

/** A start tag from just after its `<`: the element, where the tag ends, and whether it is empty (`/>`). */
function startTag(xml: string, from: number): [Element, number, boolean] | undefined {
  let at = from;
  while (at < xml.length && !isTagBreak(xml.charCodeAt(at))) at++;
  const name = xml.slice(from, at);
  if (!NAME.test(name)) return undefined;
  const attributes: Record<string, string> = {};
  for (;;) {
    const space = at;
    while (isSpace(xml.charCodeAt(at))) at++;
    const code = xml.charCodeAt(at);
    if (code === 0x3e /* > */) return [{ type: 'element', name, attributes, children: [] }, at + 1, false];
    if (code === 0x2f /* / */) return xml.charCodeAt(at + 1) === 0x3e ? [{ type: 'element', name, attributes, children: [] }, at + 2, true] : undefined;
    if (at === space) return undefined;
    const equals = xml.indexOf('=', at);
    if (equals === -1) return undefined;
    const key = xml.slice(at, equals);
    const quote = xml[equals + 1];
    if (!NAME.test(key) || Object.hasOwn(attributes, key) || (quote !== '"' && quote !== "'")) return undefined;
    const close = xml.indexOf(quote, equals + 2);
    if (close === -1) return undefined;
    const raw = xml.slice(equals + 2, close);
    // Attribute-value normalisation turns tabs and newlines into spaces: left to the full parser.
    const value = raw.includes('<') || raw.includes('\t') || raw.includes('\n') ? undefined : decoded(raw);
    if (value === undefined) return undefined;
    attributes[key] = value;
    at = close + 1;
  }
}

/** Text with its references replaced; undefined for a stray `&`, an unknown entity or a `]]>`, which the full parser reports. */
function decoded(raw: string): string | undefined {
  if (!raw.includes('&')) return raw.includes(']]>') ? undefined : raw;
  let readable = !raw.includes(']]>');
  const value = raw.replace(REFERENCE, (_, name: string | undefined) => {
    const code = name === undefined || name.charCodeAt(0) !== 0x23 /* # */ ? -1 : name.charCodeAt(1) === 0x78 /* x */ ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const character = name === undefined ? undefined : code === -1 ? NAMED[name] : isXmlCharacter(code) ? String.fromCodePoint(code) : undefined;
    if (character === undefined) readable = false;
    return character ?? '';
  });
  return readable ? value : undefined;
}

/** https://www.w3.org/TR/xml/#NT-Char */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa;
}

function isTagBreak(code: number): boolean {
  return isSpace(code) || code === 0x3e || code === 0x2f;
}

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
    for (const element of childElements(parent)) {
      let inScope = scope;
      for (const [name, value] of Object.entries(element.attributes)) {
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
  const visit = (parent: Element | Root): void => {
    for (const element of childElements(parent)) {
      if (name === '*' || localName(element.name) === name) found.push(element);
      visit(element);
    }
  };
  visit(node);
  return found;
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
  for (const element of childElements(node)) {
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

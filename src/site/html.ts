/**
 * hast → HTML, byte for byte as `hast-util-to-html` writes it with its default options, at a
 * fraction of the cost for the trees the site makes (elements and text): the pages were a
 * quarter of a build's time. What this does not know (another node type, `svg`, a void element
 * with children) it hands to `hast-util-to-html`; how each property becomes an attribute (name,
 * boolean or not, separator of lists) is asked of `hast-util-to-html` once per property name.
 * test/site/html-serialiser.test.ts compares the two on every page of built editions.
 */
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Properties, Root } from 'hast';

/** The void elements of HTML (`html-void-elements`, which `hast-util-to-html` uses). */
const VOIDS = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Serialise a hast tree (an element, a root or a list of nodes). */
export function html(tree: Element | Root | ElementContent[]): string {
  // Concatenated, not pushed to an array and joined: V8 joins two strings in constant time
  // (a rope, flattened once when the page is written), and the pages' many short pieces in an
  // array were a third of the serialiser's time and much of its garbage.
  let out = '';
  if (Array.isArray(tree)) for (const node of tree) out += write(node, undefined);
  else if (tree.type === 'root') for (const node of tree.children) out += write(node as ElementContent, undefined);
  else out += write(tree, undefined);
  return out;
}

function write(node: ElementContent, parent: Element | undefined): string {
  if (node.type === 'text') return parent && (parent.tagName === 'script' || parent.tagName === 'style') ? node.value : escapeText(node.value);
  if (node.type !== 'element' || node.tagName === 'svg' || node.tagName === 'template') return toHtml(node);
  const isVoid = VOIDS.has(node.tagName.toLowerCase());
  if (isVoid && node.children.length > 0) return toHtml(node);
  const attributes = serialiseAttributes(node.properties);
  let out = attributes ? `<${node.tagName} ${attributes}>` : `<${node.tagName}>`;
  if (isVoid) return out;
  for (const child of node.children) out += write(child, node);
  return out + `</${node.tagName}>`;
}

/** `<` and `&` as hexadecimal references (stringify-entities with the text subset). */
function escapeText(value: string): string {
  return /[<&]/.test(value) ? value.replace(/[<&]/g, (c) => (c === '<' ? '&#x3C;' : '&#x26;')) : value;
}

/** NUL, `"`, `&`, `'` and the backtick (hast-util-to-html's double-quoted attribute subset), as hexadecimal references. */
function escapeAttribute(value: string): string {
  return /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`) : value;
}

interface Descriptor {
  attribute: string;
  boolean: boolean;
  overloadedBoolean: boolean;
  commaSeparated: boolean;
}

const descriptors = new Map<string, Descriptor>();

/** How `hast-util-to-html` writes a property (from property-information), learnt from its own output. */
function descriptorOf(key: string): Descriptor {
  let known = descriptors.get(key);
  if (known) return known;
  // What comes between `<x ` and `></x>`: `name="a-b"`.
  const probe = (value: Properties[string]): string => toHtml({ type: 'element', tagName: 'x', properties: { [key]: value }, children: [] }).slice(3, -5);
  const attribute = probe('a-b').replace(/="a-b"$/, '');
  // An empty value: dropped by a boolean attribute, the bare name for an overloaded boolean (`download`), `name=""` otherwise.
  const empty = probe('');
  known = { attribute, boolean: empty === '', overloadedBoolean: empty === attribute, commaSeparated: probe(['a', 'b']).includes('a, b') };
  descriptors.set(key, known);
  return known;
}

function serialiseAttributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const attribute = serialiseAttribute(descriptorOf(key), value);
    if (attribute) out += out ? ` ${attribute}` : attribute;
  }
  return out;
}

/** hast-util-to-html's `serializeAttribute` with its default settings. */
function serialiseAttribute(info: Descriptor, given: Properties[string]): string {
  let value: Properties[string] = given;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.attribute;
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ').trim() : String(value);
  return `${info.attribute}="${escapeAttribute(text)}"`;
}

/** Small builders for hast nodes, so handlers read like the HTML they make. */
import type { Element, ElementContent, Properties, Text } from 'hast';

export type { Element, ElementContent, Properties };

/** Build a hast element; `undefined` properties are dropped. */
export function h(
  tagName: string,
  properties: Record<string, string | number | boolean | string[] | undefined> = {},
  children: ElementContent[] = [],
): Element {
  const props: Properties = {};
  // A plain loop, not Object.entries: every element of every page passes here.
  for (const key in properties) {
    const value = properties[key];
    if (value !== undefined) props[key] = value;
  }
  return { type: 'element', tagName, properties: props, children };
}

/** A hast text node (hast-util-to-html escapes it on output). */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** Plain text of hast content, for summaries and accessible names. */
export function hastText(nodes: ElementContent[]): string {
  let result = '';
  for (const node of nodes) {
    if (node.type === 'text') result += node.value;
    else if (node.type === 'element') result += hastText(node.children);
  }
  return result;
}

/** Helpers shared by the handler tables. */
import { h, type ElementContent } from '../hast.ts';
import type { RenderContext } from '../context.ts';
import { uniqueId } from '../context.ts';
import { attr, localName, type Element } from '../tei.ts';

/** HTML id for a TEI element that carries `xml:id`, unique on the page. */
export function idOf(element: Element, context: RenderContext): string | undefined {
  const id = attr(element, 'xml:id');
  return id ? uniqueId(context, id) : undefined;
}

/** CSS classes naming the TEI element and its `@type`/`@rend`, e.g. `tei-fw fw-header`. */
export function teiClass(element: Element, ...extra: string[]): string[] {
  const name = localName(element.name);
  const classes = [`tei-${name}`];
  const type = attr(element, 'type');
  if (type) classes.push(`${name}-${safeToken(type)}`);
  return [...classes, ...extra];
}

/** A token safe to use in a class or id. */
export function safeToken(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * A block in the output: the given HTML element, or a `span.block` when already inside
 * phrase content (HTML forbids `div` in `p`; TEI allows lists and letters in paragraphs).
 */
export function block(
  tagName: string,
  element: Element,
  context: RenderContext,
  children: ElementContent[],
  classes: string[] = teiClass(element),
): ElementContent {
  const id = idOf(element, context);
  if (context.inline) return h('span', { id, className: [...classes, 'block'] }, children);
  return h(tagName, { id, className: classes }, children);
}

/** Render children as phrase content (anything block-level inside becomes spans). */
export function phrase(element: Element, context: RenderContext): ElementContent[] {
  return context.renderChildren(element, { inline: true });
}

/** A phrase-level wrapper keeping the TEI name visible to CSS. */
export function span(element: Element, context: RenderContext, extra: string[] = []): ElementContent[] {
  return [h('span', { id: idOf(element, context), className: teiClass(element, ...extra) }, phrase(element, context))];
}

/** Whether a pointer list (`@wit`, `@edRef`) names the witness. */
export function names(value: string | undefined, witness: string): boolean {
  if (!value) return false;
  return value.split(/\s+/).some((token) => token === `#${witness}` || token === witness);
}

/** Helpers shared by the handler tables. */
import { h, text, type ElementContent } from '../hast.ts';
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

/** Whether an element holds a table outside its notes: then it cannot be rendered as phrase content. */
export function holdsTable(element: Element): boolean {
  return element.children.some((node) => {
    if (node.type !== 'element') return false;
    const name = localName(node.name);
    return name === 'table' || (name !== 'note' && holdsTable(node));
  });
}

/** An inline source note (`note rend="inline"`): printed where it stands, not as a footnote. */
export function isInlineNote(element: Element): boolean {
  return localName(element.name) === 'note' && (attr(element, 'rend') ?? '').split(/\s+/).includes('inline');
}

/** The level of a heading at this depth of divisions (the page's own h1 and section h2 come first). */
export function headingLevel(context: RenderContext): number {
  return Math.min(2 + context.depth, 6);
}

/**
 * A heading's content and the inline source notes it holds, which stand under it as a source
 * line (as FRUS prints them) rather than inside it.
 */
export function headingParts(head: Element, context: RenderContext): { content: ElementContent[]; sources: ElementContent[] } {
  const inline = head.children.filter((node) => node.type === 'element' && isInlineNote(node));
  const rest = { ...head, children: head.children.filter((node) => !inline.includes(node)) };
  return {
    content: phrase(rest, context),
    sources: inline.flatMap((note) => context.renderChildren({ ...head, children: [note] }, { inline: false })),
  };
}

/**
 * A titled part inside a text (an enclosure, a quoted letter): a `section` with an anchor,
 * labelled by its heading (its own `head`, else the caption), at the level of the headings of
 * the division it stands in, its content one level below.
 */
export function titledSection(
  element: Element,
  context: RenderContext,
  options: { id: string; head: Element | undefined; caption: string; content: Element['children']; classes: string[] },
): ElementContent[] {
  const { id, head, caption, content, classes } = options;
  if (context.inline) {
    const words = head ? phrase(head, context) : [];
    const heading = words.some((node) => node.type !== 'text' || node.value.trim() !== '') ? words : [text(caption)];
    return [h('span', { id, className: [...classes, 'block'] }, [h('strong', { className: ['block', 'section-caption'] }, heading), ...context.renderChildren({ ...element, children: content })])];
  }
  const headingId = `${id}-heading`;
  const parts = head ? headingParts(head, context) : { content: [], sources: [] };
  // An empty head (FRUS writes `<head/>` for an untitled enclosure) gives way to the caption.
  const titled = parts.content.some((node) => node.type !== 'text' || node.value.trim() !== '');
  return [h('section', { id, className: classes, ariaLabelledBy: headingId }, [
    h(`h${headingLevel(context)}`, { id: headingId, className: ['section-heading', ...(titled ? [] : ['caption'])] }, titled ? parts.content : [text(caption)]),
    ...parts.sources,
    ...context.renderChildren({ ...element, children: content }, { depth: context.depth + 1 }),
  ])];
}

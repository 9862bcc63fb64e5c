/**
 * FRUS's own elements (namespace in src/vocabulary/frus.ts), which the Office of the Historian
 * adds to TEI: `frus:attachment`, an enclosure of a document, as a section with its heading and
 * an anchor. Looked up by namespace, so an element of the same local name elsewhere is not one.
 */
import type { Handler } from '../context.ts';
import { uniqueId } from '../context.ts';
import { child, childElements, localName } from '../tei.ts';
import { teiClass, titledSection } from './shared.ts';

/** An enclosure: FRUS wraps its text in one `div`, whose head is the enclosure's heading. */
const attachment: Handler = (element, context) => {
  const parts = childElements(element);
  const only = parts.length === 1 ? parts[0] : undefined;
  const inner = only && localName(only.name) === 'div' ? only : element;
  const head = child(inner, 'head');
  const anchor = context.index.anchors.get(element);
  const id = uniqueId(context, anchor?.id ?? 'attachment');
  return titledSection(element, context, {
    id,
    head,
    caption: `Attachment${anchor ? ` ${anchor.label}` : ''}`,
    content: inner.children.filter((node) => node !== head),
    classes: ['frus-attachment', ...(inner === element ? [] : teiClass(inner))],
  });
};

export const frus: Record<string, Handler> = { attachment };

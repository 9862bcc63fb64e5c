/** What every handler receives: the view being rendered and the document's shared state. */
import type { ElementContent } from './hast.ts';
import type { Element } from './tei.ts';

/** Which text is being rendered: the edited reading text, one witness's own text, or an apparatus reading. */
export type View =
  | { kind: 'reading' }
  | { kind: 'witness'; witness: string }
  | { kind: 'apparatus' };

/** A footnote collected while rendering (apparatus entry or note). */
export interface Footnote {
  id: string;
  refId: string;
  label: string;
  content: ElementContent[];
}

/** Footnotes collected in one rendering pass. */
export interface Footnotes {
  apparatus: Footnote[];
  notes: Footnote[];
}

/** Facts about the whole TEI document, computed once before rendering. */
export interface DocumentIndex {
  /** every `xml:id` in the document, for resolving `#pointers` */
  ids: Set<string>;
  /** witness xml:id → siglum shown to readers */
  sigla: Map<string, string>;
  /** witness ids in listWit order */
  witnesses: string[];
  /** numbered apparatus entries (furniture excluded), by element */
  apparatus: Map<Element, { id: string; label: string }>;
  /** ids assigned to elements without an `xml:id` (paragraphs, notes) */
  anchors: Map<Element, { id: string; label: string }>;
}

export interface RenderContext {
  view: View;
  /** inside phrase-level HTML (a `p`): block elements must render as spans */
  inline: boolean;
  /** nesting depth of `div`s, for heading levels */
  depth: number;
  index: DocumentIndex;
  footnotes: Footnotes;
  /** ids used on the page so far, to keep them unique */
  usedIds: Set<string>;
  /** links from variation points in the compare view go to the reading page */
  readingHref?: string;
  warnings: string[];
  /** render children of an element with (optionally) a changed context */
  renderChildren(element: Element, changes?: Partial<RenderContext>): ElementContent[];
}

/** Map one TEI element to hast. */
export type Handler = (element: Element, context: RenderContext) => ElementContent[];

/** Reserve an id on the page, suffixing `-2`, `-3` on collision (stable: document order). */
export function uniqueId(context: RenderContext, base: string): string {
  let id = base;
  for (let n = 2; context.usedIds.has(id); n++) id = `${base}-${n}`;
  context.usedIds.add(id);
  return id;
}

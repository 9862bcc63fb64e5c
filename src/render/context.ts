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
  /** apparatus filters: the variant type the note shows (`routing` for a block summary) */
  type?: string;
  /** further ids the note answers to (the other place of a moved passage, the apps of a block) */
  anchors?: string[];
}

/**
 * How an `app` takes part in the apparatus of the reading text: it holds the `note`, it is
 * the other `place` of a moved passage (a marker to the same note), or it is `summarised`
 * with the rest of its routing block in one note (no marker of its own).
 */
export interface ApparatusEntry {
  /** the note's id: the `xml:id` of the app holding it, the anchor of its URL */
  id: string;
  /** the note's number, in reading order */
  label: string;
  role: 'note' | 'place' | 'summarised';
  /** the variant type of the note, or `routing` for a block summary */
  type: string;
  /** for a note: the other apps it stands for */
  members: Element[];
  /** for a block summary: the first routing or form block of the run it summarises */
  block?: Element;
  /** for a block summary: every block of the run, in order */
  blocks?: Element[];
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
  /** apparatus entries of the reading text (furniture and OCR markup excluded), by element */
  apparatus: Map<Element, ApparatusEntry>;
  /** ids assigned to elements without an `xml:id` (paragraphs, notes); note labels are unique */
  anchors: Map<Element, { id: string; label: string }>;
  /** elements of other namespaces than TEI, with their namespace (`frus:attachment`) */
  foreign: Map<Element, string>;
  /** `rendition/@xml:id` → its CSS, from the header's `tagsDecl` (for `@rendition`) */
  renditions: Map<string, string>;
}

/** An entry of a list a name or term points to (a volume's persons, its abbreviations and terms). */
export interface Entry {
  /** the entry's `xml:id` */
  id: string;
  kind: 'person' | 'term';
  /** the name or term as the list gives it (`Sedov, Boris`) */
  label: string;
  /** its identification (`Counselor, Soviet Embassy`) */
  description: string;
}

/** Where a pointer leads, as the build knows the corpus. */
export interface Target {
  href: string;
  /** set when the pointer names an entry of a list */
  entry?: Entry;
}

/**
 * Pointers beyond the document being rendered: other documents of its volume or corpus, the
 * volume's lists, other FRUS volumes, page images (made by src/corpus/links.ts). Without it,
 * only pointers inside the document and web addresses are links.
 */
export interface Links {
  /** `#d12`, `frus1964-68v14#d335`, `vol.xml#p_SB2` → a link, or undefined when it leads nowhere known */
  resolve(pointer: string): Target | undefined;
  /** a `pb/@facs` or `graphic/@url` → a URL of the image, or undefined when the image is absent */
  image(reference: string, kind: 'facsimile' | 'graphic'): string | undefined;
}

/** An entry as a text names it, with the link to it from the page. */
export interface EntryUse extends Entry {
  href: string;
}

/** What one rendering pass met: the list entries the text names and the pointers that led nowhere. */
export interface Uses {
  entries: Map<string, EntryUse>;
  unresolved: string[];
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
  /** the address of a witness's own view, for notes that send the reader there */
  witnessHref?: (siglum: string) => string;
  warnings: string[];
  links?: Links;
  uses: Uses;
  /** inside a link: names and pointers within it render as text (HTML links do not nest) */
  inLink?: boolean;
  /** inside a figure whose image is shown: its description, the image's text alternative */
  figureDescription?: string;
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

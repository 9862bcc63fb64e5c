/** Render one TEI document into the views the site publishes. */
import type { ElementContent } from './hast.ts';
import type { DocumentIndex, EntryUse, Footnotes, Links, RenderContext, Uses, View } from './context.ts';
import { createContext, renderNodes } from './render.ts';
import { indexDocument } from './document-index.ts';
import { documentHead, readMetadata, type DocumentMetadata } from './metadata.ts';
import { footnoteSections } from './footnotes.ts';
import { compareTable } from './compare.ts';
import { normaliseWhitespace } from './whitespace.ts';
import { headingParts } from './handlers/shared.ts';
import { text as textNode } from './hast.ts';
import { attr, childElements, descendants, parsePlainTei, select, TEI_NS, type Element, type Root } from './tei.ts';

export interface RenderedText {
  text: ElementContent[];
  footnotes: ElementContent[];
  apparatusCount: number;
  /** how many apparatus notes of each type (`routing` for block summaries), for the filters */
  apparatusTypes: Record<string, number>;
}

export interface RenderedDocument {
  metadata: DocumentMetadata;
  /**
   * The document's own heading when its text opens with one (a FRUS document's numbered
   * `head`, with its source note's marker): the page's h1, not repeated in the text. `sources`
   * are its inline source notes, printed under it.
   */
  heading: { content: ElementContent[]; sources: ElementContent[] } | undefined;
  reading: RenderedText;
  witnesses: { id: string; siglum: string; description: string; view: RenderedText }[];
  /** the side-by-side table, or undefined for a single-witness document */
  compare: ElementContent | undefined;
  /** the `app/@type` values of the text, sorted (for the About page) */
  variantTypes: string[];
  /** the `editorialDecl` rendered, for the About page */
  editorialDeclaration: ElementContent[];
  /** entries of lists (persons, terms) the reading text names, in order of first mention */
  entries: EntryUse[];
  /** pointers of the reading text that lead nowhere in the edition (shown as text) */
  unresolved: string[];
  warnings: string[];
}

export interface RenderOptions {
  /** id to use when the TEI root has no `xml:id` (e.g. the file name) */
  fallbackId: string;
  /** URL of the reading page, for links from the compare view (default `../`) */
  readingHref?: string;
  /** the document's metadata when the build has its model; else it is read from the TEI header */
  metadata?: DocumentMetadata;
  /** address of a witness's own view, from the reading page (notes on routing blocks link there) */
  witnessHref?: (siglum: string) => string;
  /** pointers beyond the document (its volume, the corpus, page images): src/corpus/links.ts */
  links?: Links;
}

/** Parse and render a TEI document (read quickly when it is as the writer makes it). */
export function renderDocument(xml: string, options: RenderOptions): RenderedDocument {
  return renderTree(parsePlainTei(xml), options);
}

/**
 * Render part of a larger TEI document (a section of a volume's front matter): its elements
 * in a TEI document of their own, declaring the namespaces the whole declares. The elements
 * are changed in place (whitespace), so render a part after anything else is made from it.
 */
export function renderPart(elements: Element[], options: RenderOptions & { namespaces: Record<string, string> }): RenderedDocument {
  const text: Element = { type: 'element', name: 'text', attributes: {}, children: elements };
  const tei: Element = { type: 'element', name: 'TEI', attributes: { xmlns: TEI_NS, ...options.namespaces }, children: [text] };
  return renderTree({ type: 'root', children: [tei] }, options);
}

/** Render a parsed TEI document (changed in place: whitespace is normalised). */
export function renderTree(root: Root, options: RenderOptions): RenderedDocument {
  const metadata = options.metadata ?? readMetadata(root, options.fallbackId);
  const index = indexDocument(root);
  normaliseWhitespace(root);
  const text = select(root, 'text') ?? textlessRoot(root);
  const opening = text ? documentHead(text) : undefined;
  const reading = opening ? without(text as Element, [opening.head, ...opening.sources]) : text;
  const warnings: string[] = [];
  const base = { index, warnings, links: options.links, witnessHref: options.witnessHref };
  const renderView = (view: View, uses: Uses = freshUses()): RenderedText & { heading?: RenderedDocument['heading'] } => {
    const footnotes: Footnotes = { apparatus: [], notes: [] };
    const context = newContext(view, base, footnotes, new Set(), uses);
    const heading = view.kind === 'reading' && opening ? numbered(opening.number, headingParts(opening.head, context), renderNodes(opening.sources, context)) : undefined;
    const body = view.kind === 'reading' ? (reading ? renderNodes([reading], context) : []) : text ? renderNodes([text], context) : [];
    const apparatusTypes: Record<string, number> = {};
    for (const note of footnotes.apparatus) apparatusTypes[note.type ?? 'untyped'] = (apparatusTypes[note.type ?? 'untyped'] ?? 0) + 1;
    return { heading, text: body, footnotes: footnoteSections(footnotes), apparatusCount: footnotes.apparatus.length, apparatusTypes };
  };
  const witnesses = metadata.witnesses.map((witness) => ({
    ...witness,
    view: renderView({ kind: 'witness', witness: witness.id }),
  }));
  const shared = new Set<string>();
  const compare = text && witnesses.length > 1
    ? compareTable(text, witnesses, (witness) => {
        const context = newContext({ kind: 'witness', witness }, base, { apparatus: [], notes: [] }, shared, freshUses());
        return { ...context, depth: 1, readingHref: options.readingHref ?? '../' };
      })
    : undefined;
  const declaration = select(root, 'teiHeader', 'editorialDecl');
  const headerContext = newContext({ kind: 'apparatus' }, base, { apparatus: [], notes: [] }, new Set(), freshUses());
  const uses = freshUses();
  const { heading, ...readingText } = renderView({ kind: 'reading' }, uses);
  return {
    metadata,
    heading,
    reading: readingText,
    witnesses,
    compare,
    variantTypes: [...new Set((text ? descendants(text, 'app') : []).map((a) => attr(a, 'type') ?? 'untyped'))].sort(),
    editorialDeclaration: declaration ? renderNodes([declaration], headerContext) : [],
    entries: [...uses.entries.values()],
    unresolved: uses.unresolved,
    warnings: [...new Set(warnings)].sort(),
  };
}

function freshUses(): Uses {
  return { entries: new Map(), unresolved: [] };
}

function newContext(
  view: View,
  base: { index: DocumentIndex; warnings: string[]; links: Links | undefined; witnessHref: ((siglum: string) => string) | undefined },
  footnotes: Footnotes,
  usedIds: Set<string>,
  uses: Uses,
): RenderContext {
  return createContext({ view, inline: false, depth: 0, footnotes, usedIds, uses, ...base });
}

/**
 * A heading that does not say its document's number is given it (`4. Mr. Seward to Mr.
 * Judd`); the inline source notes under it follow its own.
 */
function numbered(number: string | undefined, parts: { content: ElementContent[]; sources: ElementContent[] }, sources: ElementContent[]): RenderedDocument['heading'] {
  const content = number === undefined ? parts.content : [textNode(`${number}. `), ...parts.content];
  return { content, sources: [...parts.sources, ...sources] };
}

/** The text with the document's opening head (and the source notes under it) taken out: they are the page's heading. */
function without(element: Element, parts: Element[]): Element {
  const [first] = parts;
  if (first && element.children.includes(first)) return { ...element, children: element.children.filter((node) => node.type !== 'element' || !parts.includes(node)) };
  return { ...element, children: element.children.map((node) => (node.type === 'element' && first && descendants(node, 'head').includes(first) ? without(node, parts) : node)) };
}

/** A fragment without `<text>` (e.g. a bare `div`): render its root element. */
function textlessRoot(root: Root): Element | undefined {
  return childElements(root)[0];
}

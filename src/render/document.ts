/** Render one TEI document into the views the site publishes. */
import type { ElementContent } from './hast.ts';
import type { DocumentIndex, Footnotes, RenderContext, View } from './context.ts';
import { createContext, renderNodes } from './render.ts';
import { indexDocument } from './document-index.ts';
import { readMetadata, type DocumentMetadata } from './metadata.ts';
import { footnoteSections } from './footnotes.ts';
import { compareTable } from './compare.ts';
import { attr, childElements, descendants, parseTei, select, type Element, type Root } from './tei.ts';

export interface RenderedText {
  text: ElementContent[];
  footnotes: ElementContent[];
  apparatusCount: number;
  /** how many apparatus notes of each type (`routing` for block summaries), for the filters */
  apparatusTypes: Record<string, number>;
}

export interface RenderedDocument {
  metadata: DocumentMetadata;
  reading: RenderedText;
  witnesses: { id: string; siglum: string; description: string; view: RenderedText }[];
  /** the side-by-side table, or undefined for a single-witness document */
  compare: ElementContent | undefined;
  /** the `app/@type` values of the text, sorted (for the About page) */
  variantTypes: string[];
  /** the `editorialDecl` rendered, for the About page */
  editorialDeclaration: ElementContent[];
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
}

/** Parse and render a TEI document. */
export function renderDocument(xml: string, options: RenderOptions): RenderedDocument {
  const root = parseTei(xml);
  const metadata = options.metadata ?? readMetadata(root, options.fallbackId);
  const index = indexDocument(root);
  const text = select(root, 'text') ?? textlessRoot(root);
  const warnings: string[] = [];
  const renderView = (view: View): RenderedText => {
    const footnotes: Footnotes = { apparatus: [], notes: [] };
    const context = newContext(view, index, footnotes, warnings, new Set(), options.witnessHref);
    const body = text ? renderNodes([text], context) : [];
    const apparatusTypes: Record<string, number> = {};
    for (const note of footnotes.apparatus) apparatusTypes[note.type ?? 'untyped'] = (apparatusTypes[note.type ?? 'untyped'] ?? 0) + 1;
    return { text: body, footnotes: footnoteSections(footnotes), apparatusCount: footnotes.apparatus.length, apparatusTypes };
  };
  const witnesses = metadata.witnesses.map((witness) => ({
    ...witness,
    view: renderView({ kind: 'witness', witness: witness.id }),
  }));
  const shared = new Set<string>();
  const compare = text && witnesses.length > 1
    ? compareTable(text, witnesses, (witness) => {
        const context = newContext({ kind: 'witness', witness }, index, { apparatus: [], notes: [] }, warnings, shared);
        return { ...context, depth: 1, readingHref: options.readingHref ?? '../' };
      })
    : undefined;
  const declaration = select(root, 'teiHeader', 'editorialDecl');
  const headerContext = newContext({ kind: 'apparatus' }, index, { apparatus: [], notes: [] }, warnings, new Set());
  return {
    metadata,
    reading: renderView({ kind: 'reading' }),
    witnesses,
    compare,
    variantTypes: [...new Set((text ? descendants(text, 'app') : []).map((a) => attr(a, 'type') ?? 'untyped'))].sort(),
    editorialDeclaration: declaration ? renderNodes([declaration], headerContext) : [],
    warnings: [...new Set(warnings)].sort(),
  };
}

function newContext(view: View, index: DocumentIndex, footnotes: Footnotes, warnings: string[], usedIds: Set<string>, witnessHref?: (siglum: string) => string): RenderContext {
  return createContext({ view, inline: false, depth: 0, index, footnotes, usedIds, warnings, ...(witnessHref ? { witnessHref } : {}) });
}

/** A fragment without `<text>` (e.g. a bare `div`): render its root element. */
function textlessRoot(root: Root): Element | undefined {
  return childElements(root)[0];
}

/** One pass over a TEI document before rendering: ids, sigla, numbering of notes, paragraphs and variants. */
import type { DocumentIndex } from './context.ts';
import { attr, child, childElements, descendants, localName, select, textOf, type Element, type Root } from './tei.ts';
import { isFurniture } from './readings.ts';

/** Build the index of a parsed TEI document. */
export function indexDocument(root: Root): DocumentIndex {
  const ids = new Set<string>();
  for (const element of descendants(root, '*')) {
    const id = attr(element, 'xml:id');
    if (id) ids.add(id);
  }
  const sigla = new Map<string, string>();
  const witnesses: string[] = [];
  const listWit = select(root, 'teiHeader', 'listWit');
  for (const witness of listWit ? descendants(listWit, 'witness') : []) {
    const id = attr(witness, 'xml:id');
    if (!id) continue;
    witnesses.push(id);
    const abbr = child(witness, 'abbr');
    sigla.set(id, (abbr && textOf(abbr)) || attr(witness, 'n') || id);
  }
  const apparatus: DocumentIndex['apparatus'] = new Map();
  const anchors: DocumentIndex['anchors'] = new Map();
  const text = select(root, 'text') ?? rootWithoutHeader(root);
  let paragraph = 0;
  let note = 0;
  let variant = 0;
  const visit = (element: Element, inNote: boolean): void => {
    const name = localName(element.name);
    if (name === 'teiHeader') return;
    if (name === 'p' && !inNote) {
      paragraph++;
      anchors.set(element, { id: attr(element, 'xml:id') ?? `p-${paragraph}`, label: String(paragraph) });
    } else if (name === 'note') {
      note++;
      const label = attr(element, 'n') ?? String(note);
      anchors.set(element, { id: attr(element, 'xml:id') ?? `note-${note}`, label });
    } else if (name === 'app' && !isFurniture(element) && attr(element, 'type') !== 'ocr-markup') {
      // OCR markup is regularised to nothing in every copy: a note on it is not a variant of the text.
      variant++;
      apparatus.set(element, { id: attr(element, 'xml:id') ?? `app-${variant}`, label: String(variant) });
    }
    for (const part of childElements(element)) visit(part, inNote || name === 'note');
  };
  if (text) visit(text, false);
  return { ids, sigla, witnesses, apparatus, anchors };
}

function rootWithoutHeader(root: Root): Element | undefined {
  return childElements(root)[0];
}

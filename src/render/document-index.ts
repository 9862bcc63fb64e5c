/** One pass over a TEI document before rendering: ids, sigla, numbering of notes, paragraphs and variants. */
import type { DocumentIndex } from './context.ts';
import { attr, child, childElements, descendants, foreignElements, localName, select, textOf, type Element, type Root } from './tei.ts';
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
  const noteLabels = new Set<string>();
  const foreign = foreignElements(root);
  const parts = { attachment: 0, text: 0 };
  const visit = (element: Element, inNote: boolean): void => {
    const name = localName(element.name);
    if (name === 'teiHeader') return;
    if (name === 'p' && !inNote) {
      paragraph++;
      anchors.set(element, { id: attr(element, 'xml:id') ?? `p-${paragraph}`, label: String(paragraph) });
    } else if (name === 'note' && !(attr(element, 'rend') ?? '').split(/\s+/).includes('inline')) {
      note++;
      const label = uniqueLabel(attr(element, 'n') ?? String(note), noteLabels);
      anchors.set(element, { id: attr(element, 'xml:id') ?? `note-${note}`, label });
    } else if (name === 'floatingText' || (name === 'attachment' && foreign.has(element))) {
      // Enclosures and quoted texts are sections with anchors: their own id, their wrapper's, else a number.
      const kind = name === 'attachment' ? 'attachment' : 'text';
      const n = ++parts[kind];
      const only = childElements(element);
      const wrapped = only.length === 1 && only[0] && localName(only[0].name) === 'div' ? attr(only[0], 'xml:id') : undefined;
      anchors.set(element, { id: attr(element, 'xml:id') ?? wrapped ?? `${kind}-${n}`, label: String(n) });
    } else if (name === 'app' && !isFurniture(element) && attr(element, 'type') !== 'ocr-markup') {
      // OCR markup is regularised to nothing in every copy: a note on it is not a variant of the text.
      variant++;
      apparatus.set(element, { id: attr(element, 'xml:id') ?? `app-${variant}`, label: String(variant) });
    }
    for (const part of childElements(element)) visit(part, inNote || name === 'note');
  };
  if (text) visit(text, false);
  return { ids, sigla, witnesses, apparatus, anchors, foreign, renditions: renditionsOf(root) };
}

/**
 * A note keeps its source number (`@n`); a number already used on the page (an enclosure
 * numbering its notes from 1 again, a note without `@n` counted into another's number) gets
 * the next free letter, as printed editions number inserted notes: 1, 1a, 1b.
 */
function uniqueLabel(label: string, used: Set<string>): string {
  let unique = label;
  for (let n = 0; used.has(unique); n++) unique = `${label}${suffix(n)}`;
  used.add(unique);
  return unique;
}

/** a, b, … z, then aa, ab … */
function suffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : suffix(Math.floor(n / 26) - 1) + letter;
}

/** CSS of the header's `rendition`s (scheme css, or none stated), by `xml:id`. */
function renditionsOf(root: Root): Map<string, string> {
  const header = select(root, 'teiHeader');
  const renditions = new Map<string, string>();
  for (const rendition of header ? descendants(header, 'rendition') : []) {
    const id = attr(rendition, 'xml:id');
    const scheme = attr(rendition, 'scheme') ?? 'css';
    if (id && scheme === 'css') renditions.set(id, textOf(rendition));
  }
  return renditions;
}

function rootWithoutHeader(root: Root): Element | undefined {
  return childElements(root)[0];
}

/** One pass over a TEI document before rendering: ids, sigla, numbering of notes, paragraphs and variants. */
import type { ApparatusEntry, DocumentIndex } from './context.ts';
import { attr, child, childElements, descendants, foreignElements, localName, pointers, select, textOf, type Element, type Root } from './tei.ts';
import { isFurniture, isMarkup, readings } from './readings.ts';

/** Blocks whose variants a reader meets as one note: the copies' routing and drafting forms. */
const summarisedBlocks = new Set(['routing', 'form']);

/** Whether a block starts a routing run, or (the telegram number line) continues one. */
function routingBlock(element: Element, continuing: boolean): boolean {
  if (localName(element.name) !== 'ab') return false;
  const type = attr(element, 'type') ?? '';
  return summarisedBlocks.has(type) || (continuing && type === 'field' && attr(element, 'subtype') === 'telegram');
}

/** Page breaks, furniture and OCR markup between blocks do not end a run of routing blocks. */
function betweenBlocks(element: Element): boolean {
  const name = localName(element.name);
  return name === 'pb' || name === 'fw' || (name === 'app' && (isFurniture(element) || isMarkup(element)));
}

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
  let apps = 0;
  const byId = new Map<string, ApparatusEntry>();
  const blockNotes = new Map<Element, ApparatusEntry>();
  const runBlocks = new Map<Element, Element[]>();
  const newNote = (element: Element, type: string, block?: Element): ApparatusEntry => {
    variant++;
    const entry: ApparatusEntry = { id: attr(element, 'xml:id') ?? `app-${apps}`, label: String(variant), role: 'note', type, members: [] };
    if (block) {
      entry.block = block;
      entry.blocks = runBlocks.get(block) ?? [block];
    }
    return entry;
  };
  // Notes are numbered in document order, the order a reader meets their markers.
  const visitApp = (element: Element, summary: Element | undefined): void => {
    apps++;
    const own = attr(element, 'xml:id');
    const summaryNote = summary ? blockNotes.get(summary) : undefined;
    const partner = pointers(attr(element, 'corresp')).map((id) => byId.get(id)).find((found) => found?.role === 'note');
    // The note this app belongs to, and how it takes part in it.
    let holder: ApparatusEntry;
    let role: ApparatusEntry['role'] = 'note';
    if (summary && summaryNote) [holder, role] = [summaryNote, 'summarised'];
    else if (partner) [holder, role] = [partner, 'place'];
    else {
      holder = newNote(element, summary ? 'routing' : (attr(element, 'type') ?? 'untyped'), summary);
      if (summary) blockNotes.set(summary, holder);
    }
    if (role !== 'note') holder.members.push(element);
    if (own) byId.set(own, holder);
    apparatus.set(element, role === 'note' ? holder : { ...holder, role, members: [] });
  };
  const noteLabels = new Set<string>();
  const foreign = foreignElements(root);
  const parts = { attachment: 0, text: 0 };
  const visit = (element: Element, inNote: boolean, summary: Element | undefined): void => {
    const name = localName(element.name);
    if (name === 'teiHeader') return;
    let within = summary;
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
    } else if (name === 'app' && !isFurniture(element) && !isMarkup(element)) {
      within ??= holdsRoutingBlocks(element) ? element : undefined;
      visitApp(element, within);
    }
    // Consecutive routing blocks (ORIGIN, TO/INFO, the telegram number) share one summary.
    let run: Element | undefined;
    for (const part of childElements(element)) {
      if (within === undefined && routingBlock(part, run !== undefined)) {
        run ??= part;
        // The note made in the run's first block holds this same list, so it sees every block.
        const blocks = runBlocks.get(run) ?? [];
        runBlocks.set(run, blocks);
        blocks.push(part);
      } else if (!betweenBlocks(part)) run = undefined;
      visit(part, inNote || name === 'note', within ?? (run !== undefined && routingBlock(part, true) ? run : undefined));
    }
  };
  if (text) visit(text, false, undefined);
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

/** A block-level app whose readings are whole routing or form blocks of the copies. */
function holdsRoutingBlocks(app: Element): boolean {
  const blocks = readings(app).flatMap((reading) => childElements(reading)).filter((part) => localName(part.name) !== 'pb' && localName(part.name) !== 'fw');
  return blocks.length > 0 && blocks.every((part) => localName(part.name) === 'ab' && summarisedBlocks.has(attr(part, 'type') ?? ''));
}

function rootWithoutHeader(root: Root): Element | undefined {
  return childElements(root)[0];
}

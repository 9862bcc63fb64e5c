/**
 * The edition's registers, made from the documents' metadata (the model, or a TEI master
 * through the reader) and their rendered reading text: every person, place and organisation
 * with the passages that name it, every TAGS code with its documents, and the documents in
 * time. The snippets are cut from the reading text the page shows, so a link always lands
 * on the words it quotes.
 */
import type { Element, ElementContent } from 'hast';
import type { NamedEntity } from '../render/metadata.ts';
import { byCodepoint, type EditionDocument } from './edition.ts';

/** Everything the register pages and the sidebars list, made once per build. */
export interface Registers {
  entities: EntityRecord[];
  tags: Array<{ code: string; label: string; documents: EditionDocument[] }>;
  years: Array<{ year: string; documents: EditionDocument[] }>;
}

/** The registers of the edition's documents. */
export function makeRegisters(documents: readonly EditionDocument[]): Registers {
  return { entities: entityRecords(documents), tags: tagRecords(documents), years: years(documents) };
}

/** A name in its passage: the words before it, the name as the text has it, the words after. */
export interface Snippet {
  before: string;
  name: string;
  after: string;
}

/** A block of a document's reading text that names an entity. */
export interface Passage {
  /** The block's id on the document page (`p-3`, `b-78e89c`). */
  anchor: string;
  /** `¶ 3`, or what the block is (`salutation`) when it has no number. */
  label: string;
  snippets: Snippet[];
}

export interface EntityRecord {
  entity: NamedEntity;
  /** Documents that name it, in the edition's order, with the passages (none: named in the address only). */
  documents: Array<{ document: EditionDocument; passages: Passage[] }>;
}

/** Every entity the documents name, by kind then name; one record per key. */
export function entityRecords(documents: readonly EditionDocument[]): EntityRecord[] {
  const records = new Map<string, EntityRecord>();
  for (const document of documents) {
    const { entities, mentions } = document.rendered.metadata;
    const passages = passagesOf(document, new Set(mentions.map((m) => m.anchor)));
    for (const entity of entities) {
      const record = records.get(entity.key) ?? { entity, documents: [] };
      records.set(entity.key, record);
      const own = passages.flatMap((p) => {
        const snippets = p.names.filter((n) => n.key === entity.key).map((n) => n.snippet);
        return snippets.length > 0 ? [{ anchor: p.anchor, label: p.label, snippets }] : [];
      });
      record.documents.push({ document, passages: own });
    }
  }
  const order: Record<NamedEntity['kind'], number> = { person: 0, place: 1, org: 2 };
  return [...records.values()].sort((a, b) => order[a.entity.kind] - order[b.entity.kind] || byCodepoint(a.entity.name, b.entity.name) || byCodepoint(a.entity.key, b.entity.key));
}

/** Documents by TAGS code, codes in codepoint order. */
export function tagRecords(documents: readonly EditionDocument[]): Array<{ code: string; label: string; documents: EditionDocument[] }> {
  const byCode = new Map<string, { code: string; label: string; documents: EditionDocument[] }>();
  for (const document of documents) {
    for (const tag of document.rendered.metadata.tags) {
      const record = byCode.get(tag.key) ?? { code: tag.key, label: tag.label, documents: [] };
      record.label ||= tag.label;
      record.documents.push(document);
      byCode.set(tag.key, record);
    }
  }
  return [...byCode.values()].sort((a, b) => byCodepoint(a.code, b.code));
}

/** The year of a document (`1997`), or `undated`. */
export function yearOf(document: EditionDocument): string {
  return /^\d{4}/.exec(document.rendered.metadata.date)?.[0] ?? 'undated';
}

/** Documents by year (years in order, `undated` last), each year's in the edition's order. */
export function years(documents: readonly EditionDocument[]): Array<{ year: string; documents: EditionDocument[] }> {
  const byYear = new Map<string, EditionDocument[]>();
  for (const document of documents) byYear.set(yearOf(document), [...(byYear.get(yearOf(document)) ?? []), document]);
  return [...byYear.entries()]
    .sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : byCodepoint(a, b)))
    .map(([year, list]) => ({ year, documents: list }));
}

interface FoundPassage {
  anchor: string;
  label: string;
  names: Array<{ key: string; snippet: Snippet }>;
}

/** What a reader does not read as the passage's words: markers, links, hints. */
const SKIPPED = ['fnref', 'para-link', 'margin-marker', 'choice-alt', 'sic-mark', 'visually-hidden'];
const BLOCK_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['tei-salute', 'salutation'], ['tei-signed', 'signature'], ['tei-head', 'heading'], ['ab-field', 'heading field'], ['ab-routing', 'address'], ['ab-caption', 'caption'],
];
const CONTEXT_WORDS = 12;

/** The blocks of the reading text with the given ids, and the names in each with its words around. */
function passagesOf(document: EditionDocument, anchors: ReadonlySet<string>): FoundPassage[] {
  const found: FoundPassage[] = [];
  const visit = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const id = node.properties.id;
      if (typeof id === 'string' && anchors.has(id)) found.push(passage(node, id));
      else visit(node.children);
    }
  };
  visit(document.rendered.reading.text);
  return found;
}

function passage(element: Element, anchor: string): FoundPassage {
  let text = '';
  const names: Array<{ key: string; start: number; end: number }> = [];
  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      if (node.type !== 'element' || classes(node).some((c) => SKIPPED.includes(c)) || node.tagName === 'sup') continue;
      const ref = node.properties.dataRef;
      const start = text.length;
      walk(node.children);
      if (typeof ref === 'string' && ref.startsWith('#')) names.push({ key: ref.slice(1), start, end: text.length });
    }
  };
  walk(element.children);
  const number = element.children.find((c): c is Element => c.type === 'element' && classes(c).includes('para-link'));
  const last = number?.children[number.children.length - 1];
  const label = last?.type === 'text' ? `¶ ${last.value.trim()}` : BLOCK_LABELS.find(([c]) => classes(element).includes(c))?.[1] ?? 'passage';
  const words = (value: string): string[] => value.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return {
    anchor,
    label,
    names: names.sort((a, b) => a.start - b.start).map((n) => {
      const [head, tail] = [text.slice(0, n.start), text.slice(n.end)];
      const before = words(head);
      const after = words(tail);
      // The words touching the name stay touching it (`Armenia's`), others keep one space.
      return {
        key: n.key,
        snippet: {
          before: (before.length > CONTEXT_WORDS ? '… ' : '') + before.slice(-CONTEXT_WORDS).join(' ') + (/\s$/.test(head) && before.length > 0 ? ' ' : ''),
          name: text.slice(n.start, n.end).replace(/\s+/g, ' ').trim(),
          after: (/^\s/.test(tail) && after.length > 0 ? ' ' : '') + after.slice(0, CONTEXT_WORDS).join(' ') + (after.length > CONTEXT_WORDS ? ' …' : ''),
        },
      };
    }),
  };
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

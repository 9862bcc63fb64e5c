/**
 * The facts of a document that the site shows, cites and sorts by, from one of two sources:
 * the edition model, when the build made the TEI (`metadataOf`), or a TEI header, when the
 * input is TEI (`readMetadata`, the one reader). The two agree on the generator's own TEI:
 * model → TEI → `readMetadata` gives what `metadataOf` gives (tested).
 */
import type { EditionModel } from '../edition/model.ts';
import { descriptionText, draftedText, revisions, subtitle } from '../edition/describe.ts';
import { EDITION } from '../edition.ts';
import { TAG_NAMES } from '../vocabulary/tags.ts';
import { attr, child, childElements, descendants, localName, select, textOf, type Element, type Root } from './tei.ts';

export interface WitnessInfo {
  id: string;
  siglum: string;
  /** the description without the siglum */
  description: string;
}

/** A person, place or organisation a document names, as its TEI lists it. */
export interface NamedEntity {
  /** The `xml:id` of its entry (`person-talbott`). */
  key: string;
  kind: 'person' | 'place' | 'org';
  /** The last segment of its URL. */
  id: string;
  name: string;
  /** Other spellings the authority lists. */
  variants: string[];
  description: string;
  /** Wikidata item, '' when none. */
  wikidata: string;
}

/** A name in the text: its entity and the `xml:id` of the block (paragraph) it stands in. */
export interface NameMention {
  key: string;
  anchor: string;
}

export interface DocumentMetadata {
  id: string;
  title: string;
  subtitle: string;
  /** ISO date (or dateTime) used for sorting and citation; '' when unknown */
  date: string;
  dateText: string;
  from: string[];
  to: string[];
  cc: string[];
  telegram: string;
  classification: string;
  /** The release decision stamped on the pages (`RELEASE IN PART B5,B6`), '' when none. */
  release: string;
  declassification: string;
  tags: { key: string; label: string }[];
  foiaCase: string;
  foiaDocument: string;
  witnesses: WitnessInfo[];
  publisher: string;
  editors: string[];
  /** the people who sent it (a telegram's signer), as distinct from the sending office in `from` */
  authors: string[];
  language: string;
  /** latest `change/@when` or publication date in the header; '' when none */
  revised: string;
  /** the people, places and organisations the document names, by key */
  entities: NamedEntity[];
  /** where the text names them, in reading order */
  mentions: NameMention[];
}

/** Read the metadata of a parsed TEI document; `fallbackId` names a document without `xml:id`. */
export function readMetadata(root: Root, fallbackId: string): DocumentMetadata {
  const tei = childElements(root)[0];
  const header = select(root, 'teiHeader');
  const titleStmt = select(header, 'titleStmt');
  const titles = titleStmt ? childElements(titleStmt).filter((e) => localName(e.name) === 'title') : [];
  const mainTitle = titles.find((t) => attr(t, 'type') === 'main') ?? titles[0];
  const subTitle = titles.find((t) => attr(t, 'type') === 'sub');
  const publication = select(header, 'publicationStmt');
  // The document's own numbers stand in publicationStmt; a witness's own are in its <witness>.
  const idno = (type: string): string => textOf((publication ? descendants(publication, 'idno') : []).find((e) => attr(e, 'type') === type));
  const actions = header ? descendants(header, 'correspAction') : [];
  const parties = (type: string, names: string[]): string[] =>
    actions.filter((a) => attr(a, 'type') === type).flatMap((a) => childElements(a).filter((e) => names.includes(localName(e.name))).map(textOf)).filter(Boolean);
  const sent = actions.find((a) => attr(a, 'type') === 'sent');
  const sentDate = sent ? child(sent, 'date') : undefined;
  const dateElement = sentDate ?? select(header, 'creation', 'date') ?? firstDatedInText(root);
  const keywords = header ? descendants(header, 'term') : [];
  const categories = new Map(
    (header ? descendants(header, 'category') : []).map((c) => [attr(c, 'xml:id') ?? '', textOf(child(c, 'catDesc'))]),
  );
  const facts = new Map((header ? descendants(header, 'item') : []).map((item) => [attr(item, 'n') ?? '', textOf(item)]));
  const body = select(root, 'text');
  const witnesses = (header ? descendants(header, 'witness') : []).map((w): WitnessInfo => {
    const abbr = child(w, 'abbr');
    const siglum = (abbr && textOf(abbr)) || attr(w, 'n') || attr(w, 'xml:id') || '?';
    const full = textOf(w);
    return { id: attr(w, 'xml:id') ?? siglum, siglum, description: full.startsWith(siglum) ? full.slice(siglum.length).trim() : full };
  });
  const changes = header ? descendants(header, 'change') : [];
  return {
    id: (tei && attr(tei, 'xml:id')) || fallbackId,
    title: textOf(mainTitle) || textOf(select(body, 'head')) || fallbackId,
    subtitle: textOf(subTitle),
    date: (dateElement && (attr(dateElement, 'when') ?? attr(dateElement, 'when-iso') ?? attr(dateElement, 'notBefore'))) ?? '',
    dateText: textOf(dateElement),
    from: parties('sent', ['orgName', 'name', 'placeName']),
    to: parties('received', ['orgName', 'persName', 'name', 'placeName']),
    cc: parties('cc', ['orgName', 'persName', 'name', 'placeName']),
    telegram: idno('telegram'),
    classification: facts.get('classification') ?? '',
    release: facts.get('release') ?? '',
    declassification: textOf(changes.find((c) => /declassif|release/i.test(textOf(c)))),
    tags: keywords.filter((term) => attr(term, 'ref') !== undefined || attr(term, 'key') !== undefined).map((term) => {
      const key = attr(term, 'key') ?? textOf(term);
      const category = attr(term, 'ref')?.replace(/^#/, '');
      return { key, label: categories.get(category ?? key) ?? '' };
    }),
    foiaCase: idno('FOIA-case'),
    foiaDocument: idno('FOIA-doc'),
    witnesses,
    publisher: textOf(select(publication, 'publisher')),
    editors: (titleStmt ? descendants(titleStmt, 'respStmt') : []).flatMap((r) => descendants(r, 'name').concat(descendants(r, 'persName'))).map(textOf).filter(Boolean),
    authors: (sent ? descendants(sent, 'persName') : []).map(textOf).filter(Boolean),
    revised: changes.concat(publication ? descendants(publication, 'date') : [])
      .map((c) => attr(c, 'when') ?? '').filter(Boolean).sort().pop() ?? '',
    language: (tei && attr(tei, 'xml:lang')) || (body && attr(body, 'xml:lang')) || 'en',
    ...readNames(root),
  };
}

function firstDatedInText(root: Root): Element | undefined {
  const body = select(root, 'text') ?? childElements(root)[0];
  return body ? descendants(body, 'date').find((d) => attr(d, 'when')) : undefined;
}

/** The metadata of a document the build made, straight from its model. */
export function metadataOf(model: EditionModel): DocumentMetadata {
  const { facts } = model;
  const dated = facts.dateTime
    ? { when: facts.dateTime.when ?? '', text: facts.dateTime.text }
    : facts.drafted
      ? { when: facts.drafted.when ?? '', text: draftedText(facts.drafted) }
      : { when: '', text: '' };
  return {
    id: model.id,
    title: model.title,
    subtitle: subtitle(facts),
    date: dated.when,
    dateText: dated.text,
    from: facts.from ? [facts.from] : [],
    to: facts.to,
    cc: facts.info,
    telegram: facts.telegram ?? '',
    classification: facts.classification ?? '',
    release: facts.release ?? '',
    declassification: revisions(facts)[0]?.text ?? '',
    tags: facts.tags.map((key) => ({ key, label: TAG_NAMES[key] ?? '' })),
    foiaCase: facts.foiaCase ?? '',
    foiaDocument: facts.foiaDoc ?? '',
    witnesses: model.descriptions.map((w) => ({ id: w.siglum, siglum: w.siglum, description: descriptionText(w, w.siglum === model.copyText) })),
    publisher: EDITION.publisher,
    editors: [EDITION.name],
    authors: facts.signer ? [facts.signer] : [],
    revised: revisions(facts).map((change) => change.when ?? '').filter(Boolean).sort().pop() ?? '',
    language: 'en',
    entities: model.entities.list
      .map((e) => ({ key: e.key, kind: e.kind, id: e.id, name: e.name, variants: e.spellings.filter((s) => s !== e.name), description: e.description, wikidata: e.wikidata ?? '' }))
      .sort((a, b) => byKey(a.key, b.key)),
    mentions: model.entities.mentions.map((m) => ({ key: m.entity, anchor: model.text.blocks[m.block]?.id ?? '' })),
  };
}

const ENTRY_KINDS: Readonly<Record<string, NamedEntity['kind']>> = { person: 'person', place: 'place', org: 'org' };
const NAME_KINDS = new Set(['persName', 'placeName', 'orgName']);
/** Blocks whose `xml:id` a name's link points to (the paragraph it stands in). */
const ANCHORED = new Set(['p', 'ab', 'head', 'salute', 'signed', 'trailer', 'dateline', 'item']);

/**
 * The entities a TEI document lists (`person`, `place`, `org` with an `xml:id`, in a
 * `standOff` or wherever its lists are) and the names of its text that point to them
 * (`@ref="#id"`), with the block each stands in. Names in a variant reading (`rdg`) or
 * inside the lists themselves are not mentions.
 */
function readNames(root: Root): { entities: NamedEntity[]; mentions: NameMention[] } {
  const entities: NamedEntity[] = [];
  for (const entry of descendants(root, '*')) {
    const kind = ENTRY_KINDS[localName(entry.name)];
    const key = attr(entry, 'xml:id');
    if (!kind || !key) continue;
    const names = childElements(entry).filter((e) => NAME_KINDS.has(localName(e.name)));
    const preferred = names.find((n) => attr(n, 'type') === 'preferred') ?? names[0];
    const name = textOf(preferred) || key;
    entities.push({
      key, kind, id: key.replace(/^(?:person|place|org)-/, ''), name,
      variants: names.filter((n) => n !== preferred).map(textOf).filter(Boolean),
      description: textOf(child(entry, 'note')),
      wikidata: textOf(childElements(entry).find((e) => localName(e.name) === 'idno' && attr(e, 'type') === 'wikidata')),
    });
  }
  const known = new Set(entities.map((e) => e.key));
  const mentions: NameMention[] = [];
  const visit = (element: Element, anchor: string): void => {
    const name = localName(element.name);
    if (name === 'rdg' || name.startsWith('list')) return;
    const here = ANCHORED.has(name) ? attr(element, 'xml:id') ?? anchor : anchor;
    const ref = NAME_KINDS.has(name) ? attr(element, 'ref') : undefined;
    if (ref?.startsWith('#') && known.has(ref.slice(1))) mentions.push({ key: ref.slice(1), anchor: here });
    for (const part of childElements(element)) visit(part, here);
  };
  const text = select(root, 'text');
  if (text) visit(text, '');
  return { entities: entities.sort((a, b) => byKey(a.key, b.key)), mentions };
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Who sent it, as the site shows it: the sending office, then the person who signed (`SECSTATE WASHDC / ALBRIGHT`). */
export function senderOf(metadata: DocumentMetadata): string {
  return [...metadata.from, ...metadata.authors].join(' / ');
}

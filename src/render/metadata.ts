/**
 * The facts of a document that the site shows, cites and sorts by, from one of two sources:
 * the edition model, when the build made the TEI (`metadataOf`), or a TEI header, when the
 * input is TEI (`readMetadata`, the one reader). The two agree on the generator's own TEI:
 * model → TEI → `readMetadata` gives what `metadataOf` gives (tested).
 */
import type { EditionModel } from '../edition/model.ts';
import { declassificationOf, descriptionText, draftedText, lastRevised, repeatHeading, revisions, sendingPerson, subtitle } from '../edition/describe.ts';
import { EDITION } from '../edition.ts';
import { TAG_NAMES } from '../vocabulary/tags.ts';
import { attr, child, childElements, descendants, localName, select, textOf, type Element, type Root } from './tei.ts';

export interface WitnessInfo {
  id: string;
  siglum: string;
  /** the description without the siglum */
  description: string;
}

/** A record of the edition that belongs with a document (a cover sheet naming the same telegram). */
export interface RelatedInfo {
  /** the related document's id (its page and TEI) */
  id: string;
  title: string;
  foiaDocument: string;
  /** why they belong together */
  reason: string;
}

/** A telegram the document repeats. */
export interface RepeatInfo {
  telegram: string;
  /** the edition's description: number, sender, date, addressees */
  description: string;
}

/** The printed volume a document belongs to (a FRUS volume), as its header names it. */
export interface CollectionInfo {
  /** the volume's id (`frus1969-76v12`) */
  id: string;
  /** the series (`Foreign Relations of the United States`) */
  series: string;
  /** the volume's full title, as cited */
  title: string;
  /** the document's number in the volume (`87`) */
  document: string;
  place: string;
  /** the year the volume was published */
  year: string;
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
  /** the end of a date range (`date/@to`, `@notAfter`), '' for a single date */
  dateEnd: string;
  dateText: string;
  /** what the document is (`Telegram`, `E-mail`: the catRef of the `#kinds` scheme), '' when the TEI does not say */
  kind: string;
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
  /** records that belong with this one (`sourceDesc/listBibl/bibl[@type="related"]`) */
  related: RelatedInfo[];
  /** telegrams it repeats (`bibl[@type="repeated"]`) */
  repeats: RepeatInfo[];
  /** how many places withhold text (`tagUsage[@gi="gap"]/@occurs`), and the exemptions printed */
  withheld: number;
  exemptions: string[];
  /** the printed volume it is part of (`seriesStmt`), undefined when none */
  collection: CollectionInfo | undefined;
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
  const headerDate = sentDate ?? select(header, 'creation', 'date');
  // A date the header gives wins, even one without a machine-readable value.
  const dated = headerDate ? dateOf(headerDate) ?? { date: '', end: '', text: textOf(headerDate) } : datedInText(root);
  const keywords = header ? descendants(header, 'term') : [];
  const categories = new Map(
    (header ? descendants(header, 'category') : []).map((c) => [attr(c, 'xml:id') ?? '', textOf(child(c, 'catDesc'))]),
  );
  const facts = new Map((header ? descendants(header, 'item') : []).map((item) => [attr(item, 'n') ?? '', textOf(item)]));
  // `#kinds`, or `#d-….kinds` as the corpus file prefixes the ids of each of its documents.
  const kindRef = (header ? descendants(header, 'catRef') : []).find((c) => /^#(?:.*\.)?kinds$/.test(attr(c, 'scheme') ?? ''));
  const body = select(root, 'text');
  const witnesses = (header ? descendants(header, 'witness') : []).map((w): WitnessInfo => {
    const abbr = child(w, 'abbr');
    const siglum = (abbr && textOf(abbr)) || attr(w, 'n') || attr(w, 'xml:id') || '?';
    const full = textOf(w);
    return { id: attr(w, 'xml:id') ?? siglum, siglum, description: full.startsWith(siglum) ? full.slice(siglum.length).trim() : full };
  });
  const changes = header ? descendants(header, 'change') : [];
  const bibls = (type: string): Element[] => (header ? descendants(header, 'bibl') : []).filter((b) => attr(b, 'type') === type);
  const biblIdno = (bibl: Element, type: string): string => textOf(childElements(bibl).find((e) => localName(e.name) === 'idno' && attr(e, 'type') === type));
  const gaps = (header ? descendants(header, 'tagUsage') : []).find((t) => attr(t, 'gi') === 'gap');
  return {
    id: (tei && attr(tei, 'xml:id')) || fallbackId,
    title: textOf(mainTitle) || headTitle(body ?? tei) || fallbackId,
    subtitle: textOf(subTitle),
    date: dated?.date ?? '',
    dateEnd: dated?.end ?? '',
    dateText: dated?.text ?? '',
    kind: (kindRef && categories.get(attr(kindRef, 'target')?.replace(/^#/, '') ?? '')) ?? '',
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
    editors: [
      ...(titleStmt ? childElements(titleStmt).filter((e) => localName(e.name) === 'editor') : []),
      ...(titleStmt ? descendants(titleStmt, 'respStmt') : []).flatMap((r) => descendants(r, 'name').concat(descendants(r, 'persName'))),
    ].map(textOf).filter(Boolean),
    authors: (sent ? descendants(sent, 'persName') : []).map(textOf).filter(Boolean),
    revised: changes.concat(publication ? descendants(publication, 'date') : [])
      .map((c) => attr(c, 'when') ?? '').filter(Boolean).sort().pop() ?? '',
    language: (tei && attr(tei, 'xml:lang')) || (body && attr(body, 'xml:lang')) || 'en',
    related: bibls('related').map((bibl) => ({
      id: (attr(child(bibl, 'ref') ?? bibl, 'target') ?? '').replace(/\.xml$/, ''),
      title: textOf(child(bibl, 'title')),
      foiaDocument: biblIdno(bibl, 'FOIA-doc'),
      reason: textOf(child(bibl, 'note')),
    })),
    repeats: bibls('repeated').map((bibl) => ({ telegram: biblIdno(bibl, 'telegram'), description: textOf(child(bibl, 'title')) })),
    withheld: Number(gaps ? attr(gaps, 'occurs') ?? 0 : 0),
    exemptions: (facts.get('exemptions') ?? '').split(' ').filter(Boolean),
    collection: collectionOf(header),
    ...readNames(root),
  };
}

/** A date as the site uses it: a start, an end when it is a range, and its words. */
export interface Dated {
  date: string;
  end: string;
  text: string;
}

/** A `date`'s value: `@when`, else a range (`@from`/`@to`, `@notBefore`/`@notAfter`). */
function dateOf(element: Element | undefined): Dated | undefined {
  if (!element) return undefined;
  const when = attr(element, 'when') ?? attr(element, 'when-iso');
  const start = when ?? attr(element, 'from') ?? attr(element, 'from-iso') ?? attr(element, 'notBefore') ?? attr(element, 'notBefore-iso');
  const end = when ? undefined : attr(element, 'to') ?? attr(element, 'to-iso') ?? attr(element, 'notAfter') ?? attr(element, 'notAfter-iso');
  if (!start && !end) return undefined;
  return { date: start ?? end ?? '', end: end && end !== start ? end : '', text: textOf(element) };
}

function datedInText(root: Root): Dated | undefined {
  const text = select(root, 'text') ?? childElements(root)[0];
  return text ? dateOfText(text) : undefined;
}

/**
 * The date a text gives itself: its dateline's (FRUS prints it under the heading, or in a
 * letter's postscript), else FRUS's own `@frus:doc-dateTime-min/max` (a range when they
 * differ), else the first dated `date` outside its notes. Enclosures and quoted texts, which
 * have dates of their own, do not count.
 */
export function dateOfText(text: Element): Dated | undefined {
  const own = (element: Element, inDocument: boolean): Element[] =>
    childElements(element).flatMap((part) => {
      const name = localName(part.name);
      const document = attr(part, 'type') === 'document';
      if (name === 'note' || name === 'floatingText' || part.name.includes(':') || (document && inDocument)) return [];
      return [part, ...own(part, inDocument || document)];
    });
  const parts = own(text, attr(text, 'type') === 'document');
  const first = (dates: Element[]): Dated | undefined => dates.map(dateOf).find((dated) => dated !== undefined);
  const dateline = first(parts.filter((part) => localName(part.name) === 'dateline').flatMap((line) => descendants(line, 'date')));
  if (dateline) return dateline;
  const division = [text, ...parts].find((part) => frusAttribute(part, 'doc-dateTime-min') !== undefined);
  const min = division && frusAttribute(division, 'doc-dateTime-min');
  const max = division && frusAttribute(division, 'doc-dateTime-max');
  if (min) return { date: min, end: max && max !== min ? max : '', text: '' };
  return first(parts.filter((part) => localName(part.name) === 'date'));
}

/** An attribute of FRUS's namespace by its local name, whatever the prefix. */
function frusAttribute(element: Element, name: string): string | undefined {
  const key = Object.keys(element.attributes).find((attribute) => attribute.endsWith(`:${name}`));
  return key ? attr(element, key) : undefined;
}

/**
 * The heading a text opens with: its one division's first `head` (FRUS: `87. Telegram From…`),
 * with the division's number when the heading does not give it. Page breaks and anchors
 * before either do not count.
 */
export function documentHead(text: Element): { head: Element; number: string | undefined; sources: Element[] } | undefined {
  const body = child(text, 'body') ?? text;
  const parts = (element: Element): Element[] => childElements(element).filter((part) => !MILESTONES.has(localName(part.name)));
  // A division cut from a volume (a FRUS document on its own) is its own text.
  const divisions = /^div\d?$/.test(localName(body.name)) ? [body] : parts(body);
  const division = divisions.length === 1 ? divisions[0] : undefined;
  if (!division || !/^div\d?$/.test(localName(division.name))) return undefined;
  const opening = parts(division);
  const head = opening[0];
  if (!head || localName(head.name) !== 'head') return undefined;
  const n = attr(division, 'n');
  const words = headText(head);
  const number = n && !words.startsWith(`${n}.`) && !words.startsWith(`${n} `) && words !== n ? n : undefined;
  // FRUS prints an inline source note (`[Extract.]`, `[Translation.]`) right under the heading.
  const sources: Element[] = [];
  for (const part of opening.slice(1)) {
    if (localName(part.name) !== 'note' || !(attr(part, 'rend') ?? '').split(/\s+/).includes('inline')) break;
    sources.push(part);
  }
  return { head, number, sources };
}

/** Elements that mark a place rather than hold text. */
const MILESTONES = new Set(['pb', 'cb', 'lb', 'milestone', 'anchor', 'fw']);

/** A heading's words without its notes. */
function headText(head: Element): string {
  return textOf({ ...head, children: head.children.filter((node) => node.type !== 'element' || localName(node.name) !== 'note') });
}

function headTitle(body: Element | undefined): string {
  const opening = body ? documentHead(body) : undefined;
  if (!opening) return '';
  const words = headText(opening.head);
  return opening.number ? `${opening.number}. ${words}` : words;
}

/** The printed volume the header names in its `seriesStmt`, and the document's number in its `sourceDesc`. */
function collectionOf(header: Element | undefined): CollectionInfo | undefined {
  const series = select(header, 'seriesStmt');
  if (!series) return undefined;
  const titles = childElements(series).filter((e) => localName(e.name) === 'title');
  const scope = (parent: Element | undefined, unit: string): Element | undefined =>
    (parent ? descendants(parent, 'biblScope') : []).find((e) => attr(e, 'unit') === unit);
  const document = scope(select(header, 'sourceDesc'), 'document');
  const publication = select(header, 'publicationStmt');
  return {
    id: textOf(childElements(series).find((e) => localName(e.name) === 'idno')),
    series: textOf(titles[0]),
    title: textOf(scope(series, 'volume')),
    document: (document && attr(document, 'n')) ?? textOf(document),
    place: textOf(select(publication, 'pubPlace')),
    year: textOf(select(publication, 'date')),
  };
}

/** The metadata of a document the build made, straight from its model. */
export function metadataOf(model: EditionModel): DocumentMetadata {
  const { facts } = model;
  const dated = facts.dateTime
    ? { when: facts.dateTime.when ?? '', text: facts.dateTime.text }
    : facts.drafted
      ? { when: facts.drafted.when ?? '', text: draftedText(facts.drafted) }
      : facts.written ?? { when: '', text: '' };
  return {
    id: model.id,
    title: model.title,
    subtitle: subtitle(facts),
    date: dated.when,
    dateText: dated.text,
    kind: facts.kind,
    from: facts.from ? [facts.from] : [],
    to: [...facts.to, ...(facts.email?.to ?? [])],
    cc: [...facts.info, ...(facts.email?.cc ?? [])],
    telegram: facts.telegram ?? '',
    classification: facts.classification ?? '',
    release: facts.release ?? '',
    declassification: declassificationOf(revisions(model)),
    tags: facts.tags.map((key) => ({ key, label: TAG_NAMES[key] ?? '' })),
    foiaCase: facts.foiaCase ?? '',
    foiaDocument: facts.foiaDoc ?? '',
    witnesses: model.descriptions.map((w) => ({ id: w.siglum, siglum: w.siglum, description: descriptionText(w, w.siglum === model.copyText) })),
    publisher: EDITION.publisher,
    editors: [EDITION.name],
    authors: [sendingPerson(facts)].filter((name) => name !== undefined),
    revised: lastRevised(revisions(model)),
    language: 'en',
    related: model.related.map((record) => ({ id: record.id, title: clean(record.title), foiaDocument: record.foiaDoc ?? '', reason: clean(record.reason) })),
    repeats: model.repeats.map((repeat) => ({ telegram: repeat.telegram ?? '', description: clean(repeatHeading(repeat)) })),
    withheld: model.withheld.count,
    exemptions: model.withheld.exemptions,
    dateEnd: '',
    collection: undefined,
    entities: model.entities.list
      .map((e) => ({ key: e.key, kind: e.kind, id: e.id, name: e.name, variants: e.spellings.filter((s) => s !== e.name), description: e.description, wikidata: e.wikidata ?? '' }))
      .sort((a, b) => byKey(a.key, b.key)),
    mentions: model.entities.mentions.map((m) => ({ key: m.entity, anchor: model.text.blocks[m.block]?.id ?? '' })),
  };
}

/** Text as the reader of TEI gets it: whitespace normalised. */
function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
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

/** The facts of a document's TEI header that the site shows, cites and sorts by. */
import { attr, child, childElements, descendants, localName, select, textOf, type Element, type Root } from './tei.ts';

export interface WitnessInfo {
  id: string;
  siglum: string;
  /** the description without the siglum */
  description: string;
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
  declassification: string;
  tags: { key: string; label: string }[];
  foiaCase: string;
  foiaDocument: string;
  witnesses: WitnessInfo[];
  publisher: string;
  editors: string[];
  authors: string[];
  variantTypes: string[];
  language: string;
  /** latest `change/@when` or publication date in the header; '' when none */
  revised: string;
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
  const idno = (type: string): string => textOf(descendants(header ?? root, 'idno').find((e) => attr(e, 'type') === type));
  const actions = header ? descendants(header, 'correspAction') : [];
  const parties = (type: string): string[] =>
    actions.filter((a) => attr(a, 'type') === type).flatMap((a) => childElements(a).filter((e) => localName(e.name) !== 'date').map(textOf)).filter(Boolean);
  const sent = actions.find((a) => attr(a, 'type') === 'sent');
  const sentDate = sent ? child(sent, 'date') : undefined;
  const dateElement = sentDate ?? select(header, 'creation', 'date') ?? firstDatedInText(root);
  const keywords = header ? descendants(header, 'term') : [];
  const categories = new Map(
    (header ? descendants(header, 'category') : []).map((c) => [attr(c, 'xml:id') ?? '', textOf(child(c, 'catDesc'))]),
  );
  const body = select(root, 'text');
  const witnesses = (header ? descendants(header, 'witness') : []).map((w): WitnessInfo => {
    const abbr = child(w, 'abbr');
    const siglum = (abbr && textOf(abbr)) || attr(w, 'n') || attr(w, 'xml:id') || '?';
    const full = textOf(w);
    return { id: attr(w, 'xml:id') ?? siglum, siglum, description: full.startsWith(siglum) ? full.slice(siglum.length).trim() : full };
  });
  const changes = header ? descendants(header, 'change') : [];
  const classified = descendants(header ?? root, '*').find(
    (e) => /classification/i.test(attr(e, 'type') ?? '') && localName(e.name) !== 'stamp',
  );
  return {
    id: (tei && attr(tei, 'xml:id')) || fallbackId,
    title: textOf(mainTitle) || textOf(select(body, 'head')) || fallbackId,
    subtitle: textOf(subTitle),
    date: (dateElement && (attr(dateElement, 'when') ?? attr(dateElement, 'when-iso') ?? attr(dateElement, 'notBefore'))) ?? '',
    dateText: textOf(dateElement),
    from: parties('sent'),
    to: parties('received'),
    cc: parties('cc'),
    telegram: idno('telegram'),
    classification: textOf(classified) || textOf(descendants(body ?? root, 'fw').find((e) => attr(e, 'type') === 'header')),
    declassification: textOf(changes.find((c) => /declassif|release/i.test(textOf(c)))),
    tags: keywords.map((term) => {
      const key = attr(term, 'key') ?? textOf(term);
      return { key, label: categories.get(key) ?? '' };
    }),
    foiaCase: idno('FOIA-case'),
    foiaDocument: idno('FOIA-doc'),
    witnesses,
    publisher: textOf(select(publication, 'publisher')),
    editors: (titleStmt ? descendants(titleStmt, 'respStmt') : []).flatMap((r) => descendants(r, 'name').concat(descendants(r, 'persName'))).map(textOf).filter(Boolean),
    authors: (sent ? descendants(sent, 'persName') : []).map(textOf).filter(Boolean),
    variantTypes: [...new Set((body ? descendants(body, 'app') : []).map((a) => attr(a, 'type') ?? 'untyped'))].sort(),
    revised: changes.concat(publication ? descendants(publication, 'date') : [])
      .map((c) => attr(c, 'when') ?? '').filter(Boolean).sort().pop() ?? '',
    language: (tei && attr(tei, 'xml:lang')) || (body && attr(body, 'xml:lang')) || 'en',
  };
}

function firstDatedInText(root: Root): Element | undefined {
  const body = select(root, 'text') ?? childElements(root)[0];
  return body ? descendants(body, 'date').find((d) => attr(d, 'when')) : undefined;
}

/**
 * How to cite a document: Chicago and MLA strings, BibTeX, RIS, CSL-JSON, Highwire
 * `citation_*` meta tags (read by Zotero) and schema.org JSON-LD.
 */
import type { DocumentMetadata } from '../render/index.ts';

export interface CitationInput {
  metadata: DocumentMetadata;
  editionTitle: string;
  publisher: string;
  version: string;
  url: string;
  teiUrl: string;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(iso: string): number[] {
  const match = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(iso);
  if (!match) return [];
  return [match[1], match[2], match[3]].filter((part): part is string => part !== undefined).map(Number);
}

function longDate(iso: string, style: 'chicago' | 'mla'): string {
  const [year, month, day] = dateParts(iso);
  if (!year) return 'n.d.';
  const name = month ? months[month - 1] ?? '' : '';
  if (style === 'mla') return [day, name ? (name.length > 4 ? `${name.slice(0, 3)}.` : name) : '', year].filter(Boolean).join(' ');
  return name ? `${name}${day ? ` ${day},` : ''} ${year}` : String(year);
}

/** The author as cited: the people who sent it, else the sending office. */
function authors(input: CitationInput): string[] {
  const { metadata } = input;
  if (metadata.authors.length) return metadata.authors;
  return metadata.from.slice(0, 1);
}

function archival(metadata: DocumentMetadata): string {
  // A record that is no telegram is named by its kind (`E-mail to H`), never by a bare `to H`,
  // unless its title already says what it is (`Letter to Mr. Usery`).
  const what = metadata.telegram
    ? `${metadata.kind === 'Cover sheet' ? 'Cover sheet of telegram' : 'Telegram'} ${metadata.telegram}`
    : metadata.kind === 'Document' || metadata.title.toLowerCase().startsWith(metadata.kind.toLowerCase()) ? '' : metadata.kind;
  const parts = [
    what,
    metadata.to.length ? `to ${metadata.to.join(metadata.kind === 'E-mail' ? '; ' : ', ')}` : '',
  ].filter(Boolean).join(' ');
  const foia = [metadata.foiaCase && `FOIA case ${metadata.foiaCase}`, metadata.foiaDocument && `doc. ${metadata.foiaDocument}`].filter(Boolean).join(', ');
  // A repeat is cited with the telegram it repeats, the number a reader will have from elsewhere.
  const repeated = metadata.repeats.map((r) => r.telegram).filter(Boolean);
  const repeating = repeated.length ? `Repeat of telegram ${repeated.join(', ')}` : '';
  return [parts, repeating, foia].filter(Boolean).join('. ');
}

/** A title in quotation marks, closed by a full stop unless it ends with its own. */
function quoted(title: string): string {
  return `“${title}${/[.?!]$/.test(title) ? '' : '.'}”`;
}

/**
 * The printed volume a document is part of, as a citation names it (FRUS: series and volume,
 * editors, document number, imprint), or '' for a document of no volume.
 */
function printedIn(metadata: DocumentMetadata, style: 'chicago' | 'mla'): string {
  const volume = metadata.collection;
  if (!volume) return '';
  const title = volume.title || volume.series || volume.id;
  const inSeries = volume.series && !title.startsWith(volume.series) ? `${volume.series}, ${title}` : title;
  const editors = metadata.editors.length ? `, edited by ${metadata.editors.join(' and ')}` : '';
  const number = volume.document ? `, Document ${volume.document}` : '';
  const imprint = [volume.place, metadata.publisher].filter(Boolean).join(': ') + (volume.year ? `, ${volume.year}` : '');
  return style === 'chicago'
    ? `In ${inSeries}${editors}${number}.${imprint ? ` ${imprint}.` : ''}`
    : `${inSeries}${editors}${imprint ? `, ${imprint.replace(': ', ', ')}` : ''}${number}.`;
}

/** Chicago (notes-bibliography, archival document; a document of a printed volume as a part of it). */
export function chicago(input: CitationInput): string {
  const who = authors(input).join(', ');
  const where = archival(input.metadata);
  const volume = printedIn(input.metadata, 'chicago');
  // An undated record's `n.d.` closes with its own full stop.
  const when = longDate(input.metadata.date, 'chicago');
  return `${who ? `${who}. ` : ''}${quoted(input.metadata.title)} ${where ? `${where}, ` : ''}${when}${when.endsWith('.') ? '' : '.'}${volume ? ` ${volume}` : ''} In ${input.editionTitle}, version ${input.version}. ${input.url}.`;
}

/** MLA 9. */
export function mla(input: CitationInput): string {
  const who = authors(input).join(', ');
  const volume = printedIn(input.metadata, 'mla');
  return `${who ? `${who}. ` : ''}${quoted(input.metadata.title)} ${volume ? `${volume} ` : ''}${input.editionTitle}, version ${input.version}, ${input.publisher ? `${input.publisher}, ` : ''}${longDate(input.metadata.date, 'mla')}, ${input.url}.`;
}

/**
 * LaTeX's special characters as BibTeX passes them on (https://en.wikibooks.org/wiki/LaTeX/Special_Characters):
 * a backslash, `~` and `^` are commands of their own (`\\` breaks the line, `~` is a space), the rest escaped.
 */
const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

function bibtexEscape(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIAL[c] ?? c);
}

/** BibTeX entry keyed by the document id. */
export function bibtex(input: CitationInput): string {
  const [year, month] = dateParts(input.metadata.date);
  const fields: [string, string][] = [
    ['title', input.metadata.title],
    ['author', authors(input).map((a) => `{${bibtexEscape(a)}}`).join(' and ')],
    ['year', year ? String(year) : ''],
    ['month', month ? String(month) : ''],
    ['howpublished', archival(input.metadata)],
    ['booktitle', input.metadata.collection?.title ?? ''],
    ['series', input.metadata.collection?.series ?? ''],
    ['editor', input.metadata.collection ? input.metadata.editors.map((e) => `{${bibtexEscape(e)}}`).join(' and ') : ''],
    ['number', input.metadata.collection?.document ?? ''],
    ['address', input.metadata.collection?.place ?? ''],
    ['publisher', input.metadata.collection ? input.metadata.publisher : ''],
    ['organization', input.publisher],
    ['note', `${input.editionTitle}, version ${input.version}`],
    ['url', input.url],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'author' || k === 'editor' || k === 'url' ? v : bibtexEscape(v)}}`).join(',\n');
  return `@misc{${input.metadata.id.replace(/[^A-Za-z0-9_:-]/g, '_')},\n${body}\n}\n`;
}

/** RIS record (type GOVDOC). */
export function ris(input: CitationInput): string {
  const parts = dateParts(input.metadata.date);
  const lines: [string, string][] = [
    ['TY', 'GOVDOC'], ['TI', input.metadata.title],
    ...authors(input).map((a): [string, string] => ['AU', a]),
    ['DA', parts.length ? parts.map((n) => String(n).padStart(2, '0')).join('/') : ''],
    ['PY', parts[0] ? String(parts[0]) : ''],
    ...(input.metadata.collection
      ? ([['T2', input.metadata.collection.title], ['T3', input.metadata.collection.series], ...input.metadata.editors.map((e): [string, string] => ['A2', e]),
          ['CY', input.metadata.collection.place], ['SE', input.metadata.collection.document ? `Document ${input.metadata.collection.document}` : '']] as [string, string][])
      : [['T2', input.editionTitle] as [string, string]]),
    ['PB', input.metadata.collection ? input.metadata.publisher : input.publisher],
    ['M1', input.metadata.telegram], ['N1', archival(input.metadata)], ['ET', input.version],
    ['UR', input.url], ['ID', input.metadata.id],
  ];
  return `${lines.filter(([, v]) => v).map(([k, v]) => `${k}  - ${v.replace(/\s+/g, ' ')}`).join('\r\n')}\r\nER  - \r\n`;
}

/** CSL-JSON (an array with one item), as Zotero and citeproc read it. */
export function cslJson(input: CitationInput): string {
  const parts = dateParts(input.metadata.date);
  const item = {
    id: input.metadata.id,
    type: 'document',
    title: input.metadata.title,
    author: authors(input).map((literal) => ({ literal })),
    ...(parts.length ? { issued: { 'date-parts': [parts] } } : {}),
    'container-title': input.metadata.collection?.title || input.editionTitle,
    ...(input.metadata.collection
      ? { 'collection-title': input.metadata.collection.series, editor: input.metadata.editors.map((literal) => ({ literal })), 'publisher-place': input.metadata.collection.place, note: `${input.editionTitle}, version ${input.version}` }
      : {}),
    publisher: input.metadata.collection ? input.metadata.publisher : input.publisher,
    number: input.metadata.collection?.document || input.metadata.telegram,
    archive: archival(input.metadata),
    version: input.version,
    URL: input.url,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** Highwire Press meta tags, name/content pairs in a fixed order. */
export function highwire(input: CitationInput): [string, string][] {
  const [year, month, day] = dateParts(input.metadata.date);
  const date = [year, month, day].filter((n) => n !== undefined).map((n) => String(n).padStart(2, '0')).join('/');
  return [
    ['citation_title', input.metadata.title],
    ...authors(input).map((a): [string, string] => ['citation_author', a]),
    ['citation_date', date],
    ['citation_publisher', input.publisher],
    ['citation_technical_report_number', input.metadata.telegram],
    ['citation_language', input.metadata.language],
    ['citation_abstract_html_url', input.url],
    ['citation_xml_url', input.teiUrl],
  ].filter(([, v]) => v !== '') as [string, string][];
}

/** schema.org JSON-LD, safe to embed in a `<script>` (no `<` survives). */
export function jsonLd(input: CitationInput): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ArchiveComponent',
    '@id': input.url,
    name: input.metadata.title,
    ...(input.metadata.date ? { dateCreated: input.metadata.date } : {}),
    author: authors(input).map((name) => ({ '@type': 'Thing', name })),
    identifier: [input.metadata.foiaDocument, input.metadata.telegram].filter(Boolean),
    inLanguage: input.metadata.language,
    url: input.url,
    version: input.version,
    isPartOf: { '@type': 'Collection', name: input.editionTitle, publisher: input.publisher },
    encoding: { '@type': 'MediaObject', contentUrl: input.teiUrl, encodingFormat: 'application/tei+xml' },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The edition as the site sees it. Two views of a document: the whole of it for its own pages
 * (`EditionDocument`: TEI and rendering, made and dropped one document at a time), and the
 * little the corpus-wide pages need (`DocumentEntry`: plain data, kept for every document in
 * the build's manifest), so no build holds every rendered document at once.
 */
import { readFileSync } from 'node:fs';
import type { DocumentMetadata } from '../render/metadata.ts';
import type { ElementContent } from '../render/hast.ts';
import type { EntryUse } from '../render/context.ts';
import type { RenderedDocument } from '../render/document.ts';
import type { Passage } from './registers.ts';
import { packagePath } from '../paths.ts';
import type { FrusUrls } from '../vocabulary/frus.ts';

export interface EditionSettings {
  title: string;
  intro: string[];
  publisher: string;
  url: string;
  /** where history.state.gov (or a mirror) publishes FRUS volumes: src/vocabulary/frus.ts has the defaults */
  frus?: Partial<FrusUrls>;
}

/** The edition's settings (site/edition.json): title, introduction, publisher, URL. */
export const SETTINGS_FILE = packagePath('site', 'edition.json');

export function readSettings(): EditionSettings {
  return JSON.parse(readFileSync(SETTINGS_FILE, 'utf8')) as EditionSettings;
}

/** What every page shows of the edition as a whole. */
export interface Edition {
  settings: EditionSettings;
  version: string;
  /** ISO date of the build, from SOURCE_DATE_EPOCH or the corpus; '' when neither says */
  buildDate: string;
}

/** One document as its own pages need it. */
export interface EditionDocument {
  id: string;
  file: string;
  xml: string;
  rendered: RenderedDocument;
  /** the volume the document is part of, when its master is a volume */
  volume?: VolumePlace;
}

/** Where a document stands in its volume. */
export interface VolumePlace {
  id: string;
  title: string;
  /** the groups (compilation, chapter) it stands in, outermost first; ids are anchors of the volume page */
  trail: { id: string; title: string }[];
  previous: { id: string; title: string } | undefined;
  next: { id: string; title: string } | undefined;
}

/** A part of a volume rendered for its page: a section, the title page, a group's introduction. */
export interface RenderedPart {
  heading: ElementContent[] | undefined;
  text: ElementContent[];
  footnotes: ElementContent[];
  entries: EntryUse[];
}

/** An entry of a volume's table of contents. */
export type ContentsEntry =
  | { kind: 'group'; id: string; title: string; intro: RenderedPart | undefined; entries: ContentsEntry[] }
  | { kind: 'document'; id: string; title: string; date: string; dateEnd: string }
  | { kind: 'section'; id: string; title: string };

/** A volume (a TEI master of many documents) as the site shows it: its page, its sections. */
export interface VolumeSite {
  id: string;
  /** the master's file name */
  file: string;
  /** the master as read, published at /tei/<id>.xml */
  xml: string;
  title: string;
  series: string;
  editors: string[];
  publisher: string;
  place: string;
  year: string;
  titlePage: RenderedPart | undefined;
  contents: ContentsEntry[];
  sections: { id: string; title: string; part: RenderedPart }[];
}

/** One document as the corpus-wide pages (home, about, sitemap) need it. */
export interface DocumentEntry {
  id: string;
  file: string;
  metadata: DocumentMetadata;
  /** whether it has a side-by-side page (two witnesses or more) */
  compare: boolean;
  /** the `app/@type` values of its text, sorted */
  variantTypes: string[];
  /** its `editorialDecl`, rendered */
  editorialDeclaration: ElementContent[];
  /** the passages of its reading text that name each entity it names, by key */
  passages: Record<string, Passage[]>;
  /** the id of the volume it is part of, when its master is a volume */
  volume?: string;
}

/** The address a released file would have had as a document of its own, now a witness of `to`. */
export interface SiteRedirect {
  from: string;
  to: string;
  /** its siglum in `to` */
  witness: string;
}

/** A witness's view from its document's reading page (`/documents/<id>/witness/<siglum>/`, site/URLS.md). */
export function witnessHref(siglum: string): string {
  return `witness/${encodeURIComponent(siglum)}/`;
}

/** Order documents by date then id (codepoint order, so every machine agrees); undated ones last. */
export function sortEntries<Entry extends { id: string; metadata: DocumentMetadata }>(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => byDate(a.metadata, a.id, b.metadata, b.id));
}

function byDate(a: DocumentMetadata, aId: string, b: DocumentMetadata, bId: string): number {
  const undated = (metadata: DocumentMetadata): number => (metadata.date === '' ? 1 : 0);
  return undated(a) - undated(b) || byCodepoint(a.date, b.date) || byCodepoint(aId, bId);
}

/** The build date: SOURCE_DATE_EPOCH when given, else the latest date any header records. */
export function buildDate(documents: ReadonlyArray<{ metadata: DocumentMetadata }>, sourceDateEpoch: number | undefined): string {
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) {
    return new Date(sourceDateEpoch * 1000).toISOString().slice(0, 10);
  }
  let latest = '';
  for (const { metadata } of documents) if (metadata.revised && byCodepoint(metadata.revised, latest) > 0) latest = metadata.revised;
  return latest;
}

/** Compare strings by code point, independent of locale. */
export function byCodepoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

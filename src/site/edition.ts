/** The edition as the site sees it: every document rendered, sorted, with its page URLs. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionModel } from '../edition/model.ts';
import { metadataOf, renderDocument, type ElementContent, type EntryUse, type RenderedDocument } from '../render/index.ts';
import { toTei } from '../tei/document.ts';
import { TeiParseError } from './errors.ts';
import type { FrusUrls } from '../vocabulary/frus.ts';

export interface EditionSettings {
  title: string;
  intro: string[];
  publisher: string;
  url: string;
  /** where history.state.gov (or a mirror) publishes FRUS volumes: src/vocabulary/frus.ts has the defaults */
  frus?: Partial<FrusUrls>;
}

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

/** The address a released file would have had as a document of its own, now a witness of `to`. */
export interface SiteRedirect {
  from: string;
  to: string;
  /** its siglum in `to` */
  witness: string;
}

export interface Edition {
  settings: EditionSettings;
  version: string;
  /** ISO date of the build, from SOURCE_DATE_EPOCH or the corpus; '' when neither says */
  buildDate: string;
  documents: EditionDocument[];
  redirects: SiteRedirect[];
  volumes: VolumeSite[];
}

/** The documents of models the build made: their TEI, rendered, with the metadata of the model. */
export function documentsOfModels(models: readonly EditionModel[]): EditionDocument[] {
  const documents = models.map((model) => {
    const xml = toTei(model);
    const rendered = renderDocument(xml, { fallbackId: model.id, metadata: metadataOf(model), witnessHref });
    return { id: model.id, file: model.file, xml, rendered };
  });
  return sortDocuments(documents);
}

/** A witness's view from its document's reading page (`/documents/<id>/witness/<siglum>/`, site/URLS.md). */
export function witnessHref(siglum: string): string {
  return `witness/${encodeURIComponent(siglum)}/`;
}

/** Order documents by date then id (codepoint order, so every machine agrees); undated ones last. */
export function sortDocuments(documents: EditionDocument[]): EditionDocument[] {
  const undated = (d: EditionDocument): number => (d.rendered.metadata.date === '' ? 1 : 0);
  return documents.sort((a, b) => undated(a) - undated(b) || byCodepoint(a.rendered.metadata.date, b.rendered.metadata.date) || byCodepoint(a.id, b.id));
}

/** Read and render every `*.xml` TEI master in a folder of inputs, ordered by date then id. */
export async function documentsOfTeiFolder(teiDir: string): Promise<EditionDocument[]> {
  const files = (await readdir(teiDir)).filter((name) => name.endsWith('.xml') && name !== 'corpus.xml').sort(byCodepoint);
  const documents: EditionDocument[] = [];
  for (const file of files) {
    const xml = await readFile(join(teiDir, file), 'utf8');
    if (/<teiCorpus[\s>]/.test(xml.slice(0, 2000))) continue;
    const fallbackId = file.replace(/\.xml$/, '');
    let rendered: RenderedDocument;
    try {
      rendered = renderDocument(xml, { fallbackId, witnessHref });
    } catch (error) {
      throw TeiParseError.from(join(teiDir, file), error);
    }
    documents.push({ id: rendered.metadata.id, file, xml, rendered });
  }
  return sortDocuments(documents);
}

/** The build date: SOURCE_DATE_EPOCH when given, else the latest date any header records. */
export function buildDate(documents: EditionDocument[], sourceDateEpoch: number | undefined): string {
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) {
    return new Date(sourceDateEpoch * 1000).toISOString().slice(0, 10);
  }
  const dates = documents.map((document) => document.rendered.metadata.revised).filter(Boolean).sort(byCodepoint);
  return dates[dates.length - 1] ?? '';
}

/** Compare strings by code point, independent of locale. */
export function byCodepoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The static edition: the pages of each document, the corpus-wide pages, the teiCorpus and the search index. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate, readSettings, type DocumentEntry, type EditionDocument, type SiteRedirect, type VolumeSite } from './edition.ts';
import { entryOf, sortDocuments } from './documents.ts';
import { documentFiles, neighboursOf, type SiteFile } from './document-files.ts';
import { fileOfPath, Links, paths } from './urls.ts';
import type { CorpusContext, SiteContext } from './layout.ts';
import { makeRegisters } from './registers.ts';
import { writeCorpusPages } from './eleventy.ts';
import { indexedWarning } from './indexed.ts';
import { indexSite } from './search.ts';
import { TEI_CORPUS_END, teiCorpusHead, teiCorpusMember } from './tei-corpus.ts';
import type { Entity } from '../entities/index.ts';

export interface SiteOptions {
  /** the documents, made by the pipeline (`documentOfModel`) or read from TEI masters (`documentsOfTeiFolder`) */
  documents: EditionDocument[];
  /** released files that are witnesses of a document with another id: their old address leads there */
  redirects?: SiteRedirect[];
  outDir: string;
  /** '/' by default; with '/some/path/' every link works when outDir is served there */
  pathPrefix: string;
  /** seconds since the epoch (SOURCE_DATE_EPOCH); the build date shown, never the clock */
  sourceDateEpoch?: number;
  version: string;
  /** absolute origin for citations, canonical links and the sitemap, e.g. 'https://example.org' */
  siteUrl?: string;
  /** volumes read from TEI masters (src/corpus), each with its page and sections */
  volumes?: VolumeSite[];
  /** images the pages show, copied from beside their masters (`to` is a path of the URL scheme) */
  media?: { from: string; to: string }[];
  /** the corpus's authority file (all its entries go into tei/entities.xml, named or not) */
  authority?: readonly Entity[];
}

export { TeiParseError } from './errors.ts';
export { sortEntries, buildDate, readSettings, SETTINGS_FILE, type DocumentEntry, type Edition, type EditionDocument, type EditionSettings, type SiteRedirect, type VolumeSite } from './edition.ts';
export { documentOfModel, documentsOfTeiFolder, entryOf, sortDocuments } from './documents.ts';
export { documentFiles, neighboursOf, type Neighbours, type SiteFile } from './document-files.ts';
export { teiCorpusHead, teiCorpusMember, TEI_CORPUS_END } from './tei-corpus.ts';
export { writeCorpusPages } from './eleventy.ts';
export { fileOfPath, paths, Links } from './urls.ts';
export type { CorpusContext, SiteContext } from './layout.ts';

/**
 * Write the static edition of documents already rendered into outDir, in this process: for a
 * handful of documents (TEI masters, tests). `build` streams a corpus through src/build instead.
 */
export async function buildSite(options: SiteOptions): Promise<{ pages: number; warnings: string[]; absolute: boolean }> {
  const settings = readSettings();
  const documents = sortDocuments(options.documents);
  const entries: DocumentEntry[] = documents.map(entryOf);
  const ids = new Set(entries.map((entry) => entry.id));
  const edition = { settings, version: options.version, buildDate: buildDate(entries, options.sourceDateEpoch) };
  const site: SiteContext = { edition, links: new Links(options.pathPrefix || '/', options.siteUrl || settings.url) };
  let pages = 0;
  let corpus = teiCorpusHead(edition, documents.length);
  documents.forEach((document, index) => {
    const made = documentFiles(site, document, neighboursOf(entries, index, ids));
    writeSiteFiles(options.outDir, made.files);
    pages += made.pages;
    corpus += teiCorpusMember(document.xml);
  });
  writeSiteFiles(options.outDir, [{ path: fileOfPath(paths.corpusTei()), content: corpus + TEI_CORPUS_END }]);
  const corpusSite: CorpusContext = { ...site, documents: entries, volumes: options.volumes ?? [], redirects: options.redirects ?? [], registers: makeRegisters(entries) };
  pages += await writeCorpusPages(corpusSite, options.outDir, options.authority);
  copyMedia(options.outDir, options.media ?? []);
  // The search index is made from the pages just written, inside the same (staging) folder.
  const indexed = await indexSite(options.outDir, documents.map((document) => document.id));
  const warnings = documents.flatMap((document) => document.rendered.warnings.map((warning) => `${document.file}: ${warning}`));
  const unindexed = indexedWarning(indexed, documents.length);
  if (unindexed) warnings.push(unindexed);
  return { pages, warnings, absolute: site.links.siteUrl !== '' };
}

/** Copy the images the pages of TEI masters show from beside their masters (`to` is a path of the URL scheme). */
export function copyMedia(outDir: string, media: ReadonlyArray<{ from: string; to: string }>): void {
  for (const { from, to } of media) {
    const target = join(outDir, to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(from, target);
  }
}

/** Write files under a folder, making their folders. */
export function writeSiteFiles(outDir: string, files: readonly SiteFile[]): void {
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

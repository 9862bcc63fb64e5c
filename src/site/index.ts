/** The static edition: the pages of each document, the corpus-wide pages and the teiCorpus. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate, entryOf, readSettings, sortEntries, type DocumentEntry, type EditionDocument } from './edition.ts';
import { documentFiles, type SiteFile } from './document-files.ts';
import { fileOfPath, Links, paths } from './urls.ts';
import type { SiteContext } from './layout.ts';
import { writeCorpusPages } from './eleventy.ts';
import { TEI_CORPUS_END, teiCorpusHead, teiCorpusMember } from './tei-corpus.ts';

export interface SiteOptions {
  /** the documents, made by the pipeline (`documentOfModel`) or read from TEI masters (`documentsOfTeiFolder`) */
  documents: EditionDocument[];
  outDir: string;
  /** '/' by default; with '/some/path/' every link works when outDir is served there */
  pathPrefix: string;
  /** seconds since the epoch (SOURCE_DATE_EPOCH); the build date shown, never the clock */
  sourceDateEpoch?: number;
  version: string;
  /** absolute origin for citations, canonical links and the sitemap, e.g. 'https://example.org' */
  siteUrl?: string;
}

export { TeiParseError } from './errors.ts';
export { entryOf, sortEntries, buildDate, readSettings, SETTINGS_FILE, type DocumentEntry, type Edition, type EditionDocument, type EditionSettings } from './edition.ts';
export { documentOfModel, documentsOfTeiFolder } from './documents.ts';
export { documentFiles, type SiteFile } from './document-files.ts';
export { teiCorpusHead, teiCorpusMember, TEI_CORPUS_END } from './tei-corpus.ts';
export { writeCorpusPages } from './eleventy.ts';
export { fileOfPath, paths, Links } from './urls.ts';
export type { SiteContext } from './layout.ts';

/**
 * Write the static edition of documents already rendered into outDir, in this process: for a
 * handful of documents (TEI masters, tests). `build` streams a corpus through src/build instead.
 */
export async function buildSite(options: SiteOptions): Promise<{ pages: number; warnings: string[] }> {
  const settings = readSettings();
  const documents = sortEntries(options.documents.map((document) => ({ document, id: document.id, metadata: document.rendered.metadata }))).map(({ document }) => document);
  const entries: DocumentEntry[] = documents.map(entryOf);
  const edition = { settings, version: options.version, buildDate: buildDate(entries, options.sourceDateEpoch) };
  const site: SiteContext = { edition, links: new Links(options.pathPrefix || '/', options.siteUrl ?? settings.url) };
  let pages = 0;
  let corpus = teiCorpusHead(edition, documents.length);
  for (const document of documents) {
    const made = documentFiles(site, document);
    writeSiteFiles(options.outDir, made.files);
    pages += made.pages;
    corpus += teiCorpusMember(document.xml);
  }
  writeSiteFiles(options.outDir, [{ path: fileOfPath(paths.corpusTei()), content: corpus + TEI_CORPUS_END }]);
  pages += await writeCorpusPages(site, entries, options.outDir);
  const warnings = documents.flatMap((document) => document.rendered.warnings.map((warning) => `${document.file}: ${warning}`));
  return { pages, warnings };
}

/** Write files under a folder, making their folders. */
export function writeSiteFiles(outDir: string, files: readonly SiteFile[]): void {
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

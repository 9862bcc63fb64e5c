/** The static edition: render every TEI document of a folder into a citable website. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildDate, loadDocuments, type Edition, type EditionSettings } from './edition.ts';
import { Links } from './urls.ts';
import { writeWithEleventy } from './eleventy.ts';

export interface SiteOptions {
  teiDir: string;
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
export { paths, Links } from './urls.ts';

const settingsFile = fileURLToPath(new URL('../../site/edition.json', import.meta.url));

/** Render every `*.xml` TEI document of teiDir into the static edition in outDir. */
export async function buildSite(options: SiteOptions): Promise<{ pages: number; warnings: string[] }> {
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as EditionSettings;
  const documents = await loadDocuments(options.teiDir);
  const edition: Edition = {
    settings,
    version: options.version,
    buildDate: buildDate(documents, options.sourceDateEpoch),
    documents,
  };
  const links = new Links(options.pathPrefix || '/', options.siteUrl ?? settings.url);
  const pages = await writeWithEleventy({ edition, links }, options.outDir);
  const warnings = documents.flatMap((document) => document.rendered.warnings.map((warning) => `${document.file}: ${warning}`));
  return { pages, warnings };
}

/** The static edition: render every TEI document of a folder into a citable website. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildDate, type Edition, type EditionDocument, type EditionSettings } from './edition.ts';
import { Links } from './urls.ts';
import { writeWithEleventy } from './eleventy.ts';
import { makeRegisters } from './registers.ts';
import { indexSite } from './search.ts';
import type { Entity } from '../entities/index.ts';

export interface SiteOptions {
  /** the documents, made by the pipeline (`documentsOfModels`) or read from TEI masters (`documentsOfTeiFolder`) */
  documents: EditionDocument[];
  outDir: string;
  /** '/' by default; with '/some/path/' every link works when outDir is served there */
  pathPrefix: string;
  /** seconds since the epoch (SOURCE_DATE_EPOCH); the build date shown, never the clock */
  sourceDateEpoch?: number;
  version: string;
  /** absolute origin for citations, canonical links and the sitemap, e.g. 'https://example.org' */
  siteUrl?: string;
  /** the corpus's authority file (all its entries go into tei/entities.xml, named or not) */
  authority?: readonly Entity[];
}

export { TeiParseError } from './errors.ts';
export { documentsOfModels, documentsOfTeiFolder } from './edition.ts';
export { paths, Links } from './urls.ts';

const settingsFile = fileURLToPath(new URL('../../site/edition.json', import.meta.url));

/** Write the static edition of the documents into outDir: the site is a function of its inputs. */
export async function buildSite(options: SiteOptions): Promise<{ pages: number; warnings: string[]; absolute: boolean }> {
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as EditionSettings;
  const { documents } = options;
  const edition: Edition = {
    settings,
    version: options.version,
    buildDate: buildDate(documents, options.sourceDateEpoch),
    documents,
  };
  const links = new Links(options.pathPrefix || '/', options.siteUrl || settings.url);
  const pages = await writeWithEleventy({ edition, links, registers: makeRegisters(documents) }, options.outDir, options.authority);
  // The search index is made from the pages just written, inside the same (staging) folder.
  const indexed = await indexSite(options.outDir);
  const warnings = documents.flatMap((document) => document.rendered.warnings.map((warning) => `${document.file}: ${warning}`));
  if (indexed !== documents.length) warnings.push(`search: ${indexed} page(s) indexed for ${documents.length} document(s)`);
  return { pages, warnings, absolute: links.siteUrl !== '' };
}

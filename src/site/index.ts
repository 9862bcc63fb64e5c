/** The static edition: render every TEI document of a folder into a citable website. */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate, type Edition, type EditionDocument, type EditionSettings, type SiteRedirect, type VolumeSite } from './edition.ts';
import { Links } from './urls.ts';
import { writeWithEleventy } from './eleventy.ts';
import { makeRegisters } from './registers.ts';
import { indexSite } from './search.ts';
import type { Entity } from '../entities/index.ts';

export interface SiteOptions {
  /** the documents, made by the pipeline (`documentsOfModels`) or read from TEI masters (`documentsOfTeiFolder`) */
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
export { documentsOfModels, documentsOfTeiFolder, sortDocuments, type EditionDocument, type SiteRedirect, type VolumeSite } from './edition.ts';
export { paths, Links } from './urls.ts';

const settingsFile = fileURLToPath(new URL('../../site/edition.json', import.meta.url));

/** The edition's settings (site/edition.json). */
export async function readSettings(): Promise<EditionSettings> {
  return JSON.parse(await readFile(settingsFile, 'utf8')) as EditionSettings;
}

/** Write the static edition of the documents into outDir: the site is a function of its inputs. */
export async function buildSite(options: SiteOptions): Promise<{ pages: number; warnings: string[]; absolute: boolean }> {
  const settings = await readSettings();
  const { documents } = options;
  const edition: Edition = {
    settings,
    version: options.version,
    buildDate: buildDate(documents, options.sourceDateEpoch),
    documents,
    redirects: options.redirects ?? [],
    volumes: options.volumes ?? [],
  };
  const links = new Links(options.pathPrefix || '/', options.siteUrl || settings.url);
  const pages = await writeWithEleventy({ edition, links, registers: makeRegisters(documents) }, options.outDir, options.authority);
  for (const media of options.media ?? []) {
    const target = join(options.outDir, media.to);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(media.from, target);
  }
  // The search index is made from the pages just written, inside the same (staging) folder.
  const indexed = await indexSite(options.outDir);
  const warnings = documents.flatMap((document) => document.rendered.warnings.map((warning) => `${document.file}: ${warning}`));
  if (indexed !== documents.length) warnings.push(`search: ${indexed} page(s) indexed for ${documents.length} document(s)`);
  return { pages, warnings, absolute: links.siteUrl !== '' };
}

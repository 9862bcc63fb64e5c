/**
 * Eleventy writes the corpus-wide pages of the edition (home, about, 404, sitemap) and copies the
 * site's assets (`.eleventy.js`). Each is a virtual template, so no template file is needed.
 * The pages of each document are written as the document is rendered (document-files.ts), not
 * held in Eleventy's global data until the end: a corpus of ten thousand documents would not fit.
 */
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import type { DocumentEntry } from './edition.ts';
import type { SiteContext } from './layout.ts';
import { paths } from './urls.ts';
import { homePage } from './pages/home.ts';
import { aboutPage } from './pages/about.ts';
import { notFoundPage } from './pages/not-found.ts';
import { sitemap } from './pages/sitemap.ts';
import { packagePath } from '../paths.ts';

/** A template writing one file. */
function single(config: UserConfig, name: string, permalink: string, render: () => string): void {
  config.addTemplate(`${name}.11ty.js`, {
    data: { permalink, eleventyExcludeFromCollections: true },
    render,
  });
}

/** Write the corpus-wide pages and the assets into outDir; returns how many HTML pages that is. */
export async function writeCorpusPages(site: SiteContext, documents: readonly DocumentEntry[], outDir: string): Promise<number> {
  const eleventy = new Eleventy(packagePath('site'), outDir, {
    configPath: packagePath('.eleventy.js'),
    quietMode: true,
    config(config) {
      single(config, 'home', paths.home(), () => homePage(site, documents));
      single(config, 'about', paths.about(), () => aboutPage(site, documents));
      single(config, 'not-found', paths.notFound(), () => notFoundPage(site));
      single(config, 'sitemap', paths.sitemap(), () => sitemap(site, documents));
    },
  });
  // The build reports through its return value; Eleventy's "Wrote N files" would clutter the CLI and tests.
  eleventy.disableLogger();
  await eleventy.write();
  return 3;
}

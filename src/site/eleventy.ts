/**
 * Eleventy writes the edition: one virtual template per kind of page, paginated over global
 * data, so every document, witness and comparison gets its page without a template file each.
 */
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import { fileURLToPath } from 'node:url';
import type { EditionDocument } from './edition.ts';
import type { SiteContext } from './layout.ts';
import { paths } from './urls.ts';
import { homePage } from './pages/home.ts';
import { documentPage } from './pages/document.ts';
import { comparePage, witnessPage } from './pages/witness.ts';
import { aboutPage } from './pages/about.ts';
import { notFoundPage } from './pages/not-found.ts';
import { sitemap } from './pages/sitemap.ts';
import { citationInput } from './pages/cite.ts';
import { bibtex, cslJson, ris } from './citation.ts';
import { teiCorpus } from './tei-corpus.ts';
import { redirectPage } from './pages/redirect.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface WitnessItem { document: EditionDocument; witness: EditionDocument['rendered']['witnesses'][number] }
interface FileItem { path: string; content: string }

/** A template writing one page per item of `data.<key>`. */
function paginated<Item>(config: UserConfig, name: string, key: string, items: Item[], permalink: (item: Item) => string, render: (item: Item) => string): void {
  config.addGlobalData(key, items);
  config.addTemplate<{ item: Item }>(`${name}.11ty.js`, {
    data: { pagination: { data: key, size: 1, alias: 'item' }, permalink: (data: { item: Item }) => permalink(data.item), eleventyExcludeFromCollections: true },
    render: (data) => render(data.item),
  });
}

/** Write every page and file of the edition into outDir. */
export async function writeWithEleventy(site: SiteContext, outDir: string): Promise<number> {
  const { documents } = site.edition;
  const witnesses: WitnessItem[] = documents.flatMap((document) => document.rendered.witnesses.map((witness) => ({ document, witness })));
  const compared = documents.filter((document) => document.rendered.compare);
  const files: FileItem[] = [
    { path: paths.home(), content: homePage(site) },
    { path: paths.about(), content: aboutPage(site) },
    { path: paths.notFound(), content: notFoundPage(site) },
    { path: paths.sitemap(), content: sitemap(site) },
    { path: paths.corpusTei(), content: teiCorpus(site.edition) },
    ...documents.flatMap((document): FileItem[] => {
      const citation = citationInput(site, document);
      return [
        { path: paths.tei(document.id), content: document.xml },
        { path: paths.citation(document.id, 'bib'), content: bibtex(citation) },
        { path: paths.citation(document.id, 'ris'), content: ris(citation) },
        { path: paths.citation(document.id, 'json'), content: cslJson(citation) },
      ];
    }),
    ...site.edition.redirects.map((redirect) => ({ path: paths.document(redirect.from), content: redirectPage(site, redirect) })),
  ];
  const eleventy = new Eleventy(`${root}site`, outDir, {
    configPath: `${root}.eleventy.js`,
    quietMode: true,
    config(config) {
      paginated(config, 'document', 'editionDocuments', documents, (d) => paths.document(d.id), (d) => documentPage(site, d));
      paginated(config, 'witness', 'editionWitnesses', witnesses, (w) => paths.witness(w.document.id, w.witness.siglum), (w) => witnessPage(site, w.document, w.witness));
      paginated(config, 'compare', 'editionComparisons', compared, (d) => paths.compare(d.id), (d) => comparePage(site, d));
      paginated(config, 'file', 'editionFiles', files, (f) => f.path, (f) => f.content);
    },
  });
  // buildSite reports through its return value; Eleventy's "Wrote N files" would clutter the CLI and tests.
  eleventy.disableLogger();
  await eleventy.write();
  return 3 + documents.length + witnesses.length + compared.length + site.edition.redirects.length;
}

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
import { sectionPage, volumePage } from './pages/volume.ts';
import type { VolumeSite } from './edition.ts';
import { entityPage, registerPage } from './pages/entities.ts';
import { tagPage, tagsPage } from './pages/tags.ts';
import { chronologyPage, yearPage } from './pages/chronology.ts';
import { searchPage } from './pages/search.ts';
import { documentsJson } from './pages/documents-json.ts';
import { authorityTei } from '../tei/entities.ts';
import type { Entity } from '../entities/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface WitnessItem { document: EditionDocument; witness: EditionDocument['rendered']['witnesses'][number] }
interface FileItem { path: string; content: string }
interface SectionItem { volume: VolumeSite; section: VolumeSite['sections'][number] }

/** A template writing one page per item of `data.<key>`. */
function paginated<Item>(config: UserConfig, name: string, key: string, items: Item[], permalink: (item: Item) => string, render: (item: Item) => string): void {
  config.addGlobalData(key, items);
  config.addTemplate<{ item: Item }>(`${name}.11ty.js`, {
    data: { pagination: { data: key, size: 1, alias: 'item' }, permalink: (data: { item: Item }) => permalink(data.item), eleventyExcludeFromCollections: true },
    render: (data) => render(data.item),
  });
}

/** Write every page and file of the edition into outDir; `authority` is the corpus's whole authority file, when the build read one. */
export async function writeWithEleventy(site: SiteContext, outDir: string, authority: readonly Entity[] = []): Promise<number> {
  const { documents } = site.edition;
  const { registers } = site;
  const witnesses: WitnessItem[] = documents.flatMap((document) => document.rendered.witnesses.map((witness) => ({ document, witness })));
  const compared = documents.filter((document) => document.rendered.compare);
  const { volumes } = site.edition;
  const sections: SectionItem[] = volumes.flatMap((volume) => volume.sections.map((section) => ({ volume, section })));
  const files: FileItem[] = [
    { path: paths.home(), content: homePage(site) },
    { path: paths.about(), content: aboutPage(site) },
    { path: paths.notFound(), content: notFoundPage(site) },
    { path: paths.sitemap(), content: sitemap(site) },
    { path: paths.corpusTei(), content: teiCorpus(site.edition) },
    ...volumes.map((volume): FileItem => ({ path: paths.tei(volume.id), content: volume.xml })),
    { path: paths.documentsJson(), content: documentsJson(site) },
    { path: paths.entitiesTei(), content: authorityTei(authorityEntries(authority, registers.entities.map((r) => r.entity)), site.edition.settings.title) },
    { path: paths.register('person'), content: registerPage(site, 'person') },
    { path: paths.register('place'), content: registerPage(site, 'place') },
    { path: paths.register('org'), content: registerPage(site, 'org') },
    { path: paths.tags(), content: tagsPage(site) },
    { path: paths.chronology(), content: chronologyPage(site) },
    { path: paths.search(), content: searchPage(site) },
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
      paginated(config, 'volume', 'editionVolumes', volumes, (v) => paths.volume(v.id), (v) => volumePage(site, v));
      paginated(config, 'section', 'editionSections', sections, (s) => paths.volumeSection(s.volume.id, s.section.id), (s) => sectionPage(site, s.volume, s.section));
      paginated(config, 'entity', 'editionEntities', registers.entities, (r) => paths.entity(r.entity.kind, r.entity.id), (r) => entityPage(site, r));
      paginated(config, 'tag', 'editionTags', registers.tags, (t) => paths.tag(t.code), (t) => tagPage(site, t));
      paginated(config, 'year', 'editionYears', registers.years, (y) => paths.year(y.year), (y) => yearPage(site, y));
      paginated(config, 'file', 'editionFiles', files, (f) => f.path, (f) => f.content);
    },
  });
  // buildSite reports through its return value; Eleventy's "Wrote N files" would clutter the CLI and tests.
  eleventy.disableLogger();
  await eleventy.write();
  return 9 + documents.length + witnesses.length + compared.length + registers.entities.length + registers.tags.length + registers.years.length + volumes.length + sections.length + site.edition.redirects.length;
}

/** The authority file's entries and every entity a document names (posts, or entries of TEI inputs), one per key, by key. */
function authorityEntries(authority: readonly Entity[], named: ReadonlyArray<{ key: string; kind: Entity['kind']; id: string; name: string; variants: string[]; description: string; wikidata: string }>): Entity[] {
  const byKey = new Map<string, Entity>(authority.map((e) => [e.key, e]));
  for (const e of named) {
    if (!byKey.has(e.key)) byKey.set(e.key, { key: e.key, kind: e.kind, id: e.id, name: e.name, spellings: [e.name, ...e.variants], description: e.description, ...(e.wikidata ? { wikidata: e.wikidata } : {}) });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

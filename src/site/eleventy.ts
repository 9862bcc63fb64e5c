/**
 * Eleventy writes the corpus-wide pages of the edition (home, about, search, the registers of
 * people, places and organisations, TAGS and chronology with a page per entity, code and year,
 * 404, sitemap, documents.json, the authority as TEI, each volume of TEI masters with its page,
 * its sections and its master) and copies the site's assets
 * (`.eleventy.js`). Each is a virtual template, the register pages paginated over the
 * registers, so no template file is needed. The pages of each document are written as the
 * document is rendered (document-files.ts), not held in Eleventy's global data until the end:
 * a corpus of ten thousand documents would not fit.
 */
import type { UserConfig } from '@11ty/eleventy';
import type { CorpusContext } from './layout.ts';
import { paths } from './urls.ts';
import { homePage } from './pages/home.ts';
import { aboutPage } from './pages/about.ts';
import { notFoundPage } from './pages/not-found.ts';
import { sitemap } from './pages/sitemap.ts';
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
import { packagePath } from '../paths.ts';

interface SectionItem { volume: VolumeSite; section: VolumeSite['sections'][number] }

/** A template writing one page per item of `data.<key>`. */
function paginated<Item>(config: UserConfig, name: string, key: string, items: Item[], permalink: (item: Item) => string, render: (item: Item) => string): void {
  config.addGlobalData(key, items);
  config.addTemplate<{ item: Item }>(`${name}.11ty.js`, {
    data: { pagination: { data: key, size: 1, alias: 'item' }, permalink: (data: { item: Item }) => permalink(data.item), eleventyExcludeFromCollections: true },
    render: (data) => render(data.item),
  });
}

/**
 * Write the corpus-wide pages and the assets into outDir; returns how many HTML pages that is.
 * `authority` is the corpus's whole authority file, when the build read one.
 */
export async function writeCorpusPages(site: CorpusContext, outDir: string, authority: readonly Entity[] = []): Promise<number> {
  const { registers, volumes } = site;
  const sections: SectionItem[] = volumes.flatMap((volume) => volume.sections.map((section) => ({ volume, section })));
  // Each rendered when Eleventy writes it, by its path.
  const files = new Map<string, () => string>([
    [paths.home(), () => homePage(site)],
    [paths.about(), () => aboutPage(site)],
    [paths.notFound(), () => notFoundPage(site)],
    [paths.sitemap(), () => sitemap(site)],
    [paths.documentsJson(), () => documentsJson(site)],
    [paths.entitiesTei(), () => authorityTei(authorityEntries(authority, registers.entities.map((r) => r.entity)), site.edition.settings.title)],
    [paths.register('person'), () => registerPage(site, 'person')],
    [paths.register('place'), () => registerPage(site, 'place')],
    [paths.register('org'), () => registerPage(site, 'org')],
    [paths.tags(), () => tagsPage(site)],
    [paths.chronology(), () => chronologyPage(site)],
    [paths.search(), () => searchPage(site)],
    // A volume's master as read (its documents' TEI are theirs, written with their pages).
    ...volumes.map((volume): [string, () => string] => [paths.tei(volume.id), () => volume.xml]),
    // The address a released file had as a document of its own, now a witness of another.
    ...site.redirects.map((redirect): [string, () => string] => [paths.document(redirect.from), () => redirectPage(site, redirect)]),
  ]);
  const eleventy = new (await loadEleventy())(packagePath('site'), outDir, {
    configPath: packagePath('.eleventy.js'),
    quietMode: true,
    config(config) {
      paginated(config, 'volume', 'editionVolumes', [...volumes], (v) => paths.volume(v.id), (v) => volumePage(site, v));
      paginated(config, 'section', 'editionSections', sections, (s) => paths.volumeSection(s.volume.id, s.section.id), (s) => sectionPage(site, s.volume, s.section));
      paginated(config, 'entity', 'editionEntities', registers.entities, (r) => paths.entity(r.entity.kind, r.entity.id), (r) => entityPage(site, r));
      paginated(config, 'tag', 'editionTags', registers.tags, (t) => paths.tag(t.code), (t) => tagPage(site, t));
      paginated(config, 'year', 'editionYears', registers.years, (y) => paths.year(y.year), (y) => yearPage(site, y));
      paginated(config, 'file', 'editionFiles', [...files.keys()], (path) => path, (path) => files.get(path)?.() ?? '');
    },
  });
  // The build reports through its return value; Eleventy's "Wrote N files" would clutter the CLI and tests.
  eleventy.disableLogger();
  await eleventy.write();
  // home, about, 404, the three registers, TAGS, chronology, search; a page per entity, code and
  // year; each volume's page and a page per section of it; a page per redirect
  return 9 + registers.entities.length + registers.tags.length + registers.years.length + site.volumes.length + sections.length + site.redirects.length;
}

/**
 * Eleventy, without its ESM resolver. On Node before 22.15 Eleventy registers that resolver with
 * `module.register`, which starts a thread of loader hooks that every later `import` of the
 * process goes through: importing Eleventy took 639 ms and 1,084 ms of CPU time with it, 478 ms
 * and 861 ms without (medians of 7, this 2-core machine), on every build that writes the corpus
 * pages. The resolver makes Eleventy import a changed JavaScript
 * template or configuration afresh when it watches files; this program never asks Eleventy to
 * watch (`serve` rebuilds by itself), and its templates are virtual and its configuration
 * fixed. Set before the first import (`ELEVENTY_SKIP_ESM_RESOLVER`, Eleventy's own switch), as
 * a static import would run Eleventy's modules first; a value the user set is kept.
 */
async function loadEleventy(): Promise<typeof import('@11ty/eleventy').default> {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  return (await import('@11ty/eleventy')).default;
}

/** The authority file's entries and every entity a document names (posts, or entries of TEI inputs), one per key, by key. */
function authorityEntries(authority: readonly Entity[], named: ReadonlyArray<{ key: string; kind: Entity['kind']; id: string; name: string; variants: string[]; description: string; wikidata: string }>): Entity[] {
  const byKey = new Map<string, Entity>(authority.map((e) => [e.key, e]));
  for (const e of named) {
    if (!byKey.has(e.key)) byKey.set(e.key, { key: e.key, kind: e.kind, id: e.id, name: e.name, spellings: [e.name, ...e.variants], description: e.description, ...(e.wikidata ? { wikidata: e.wikidata } : {}) });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

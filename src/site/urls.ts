/**
 * The edition's URL scheme (documented in site/URLS.md). Every path is derived from TEI
 * `xml:id`s and witness sigla, never from build order or the number of documents.
 */

/** Paths are root-relative without the prefix; `Links` adds it. */
export const paths = {
  home: () => '/',
  about: () => '/about/',
  notFound: () => '/404.html',
  sitemap: () => '/sitemap.xml',
  corpusTei: () => '/tei/corpus.xml',
  stylesheet: () => '/assets/edition.css',
  script: () => '/assets/edition.js',
  document: (id: string) => `/documents/${segment(id)}/`,
  witness: (id: string, siglum: string) => `/documents/${segment(id)}/witness/${segment(siglum)}/`,
  compare: (id: string) => `/documents/${segment(id)}/compare/`,
  tei: (id: string) => `/tei/${segment(id)}.xml`,
  /** a volume (a TEI master of many documents): its title page and table of contents */
  volume: (id: string) => `/volumes/${segment(id)}/`,
  /** a section of a volume's front or back matter (`persons`, `terms`, `preface`) */
  volumeSection: (id: string, section: string) => `/volumes/${segment(id)}/${segment(section)}/`,
  /** an image a TEI master shows, copied from beside it */
  media: (owner: string, name: string) => `/media/${segment(owner)}/${segment(name)}`,
  citation: (id: string, format: 'bib' | 'ris' | 'json') => `/documents/${segment(id)}/cite.${format === 'json' ? 'csl.json' : format}`,
  documentsJson: () => '/documents.json',
  entitiesTei: () => '/tei/entities.xml',
  search: () => '/search/',
  searchScript: () => '/assets/search.js',
  searchBundle: () => '/pagefind/',
  /** The index of one kind of entity (`people`, `places`, `organisations`), and one entity's page. */
  register: (kind: EntityKind) => `/${REGISTERS[kind]}/`,
  entity: (kind: EntityKind, id: string) => `/${REGISTERS[kind]}/${segment(id)}/`,
  tags: () => '/tags/',
  tag: (code: string) => `/tags/${segment(code)}/`,
  chronology: () => '/chronology/',
  /** A year of the chronology (`1997`), or `undated`. */
  year: (year: string) => `/chronology/${segment(year)}/`,
} as const;

export type EntityKind = 'person' | 'place' | 'org';

/** The folder of each kind of entity in the URL scheme. */
export const REGISTERS: Readonly<Record<EntityKind, string>> = { person: 'people', place: 'places', org: 'organisations' };

/** A URL path segment: ids are NCNames already, but never trust input. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Turns scheme paths into links under the deployment's path prefix (and absolute URLs when known). */
export class Links {
  readonly prefix: string;
  readonly siteUrl: string;

  constructor(pathPrefix: string, siteUrl = '') {
    this.prefix = normalisePrefix(pathPrefix);
    this.siteUrl = siteUrl.replace(/\/+$/, '');
  }

  /** A link for use in the pages: `/sub/documents/x/`. */
  href(path: string): string {
    return this.prefix + path.replace(/^\//, '');
  }

  /** The stable URL to cite: absolute when the site's URL is configured, else the path. */
  absolute(path: string): string {
    return this.siteUrl + this.href(path);
  }
}

/**
 * A link from one page of the scheme to another path, relative (`../../volumes/v/persons/`),
 * so pages rendered before the deployment's prefix is known work under any prefix.
 */
export function relativeHref(from: string, to: string): string {
  const fromParts = from.split('/').slice(1, -1);
  const toParts = to.split('/').slice(1);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const href = '../'.repeat(fromParts.length - common) + toParts.slice(common).join('/');
  return href === '' ? './' : href;
}

/** `'sub/path'`, `'/sub/path'` and `'/sub/path/'` all mean `/sub/path/`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

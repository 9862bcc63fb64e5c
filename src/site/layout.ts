/** The page shell every HTML page shares: landmarks, skip link, navigation, footer. */
import { toHtml } from 'hast-util-to-html';
import { h, text, type ElementContent } from '../render/index.ts';
import type { Edition } from './edition.ts';
import { LICENCE } from '../vocabulary/licence.ts';
import { paths, type Links } from './urls.ts';
import type { Registers } from './registers.ts';

export interface SiteContext {
  edition: Edition;
  links: Links;
  registers: Registers;
}

export interface PageSpec {
  title: string;
  /** the page's own path in the URL scheme, for aria-current and canonical links */
  path: string;
  lang?: string;
  /** the page this one is a view of or stands in for (a witness or side-by-side view names its document page, a redirect its target); default: itself */
  canonical?: string;
  head?: ElementContent[];
  main: ElementContent[];
}

/** A complete HTML document. */
export function page(site: SiteContext, spec: PageSpec): string {
  const { links, edition } = site;
  const nav = [
    { path: paths.home(), label: 'Documents' },
    { path: paths.chronology(), label: 'Chronology' },
    { path: paths.register('person'), label: 'People' },
    { path: paths.register('place'), label: 'Places' },
    { path: paths.register('org'), label: 'Organisations' },
    { path: paths.tags(), label: 'TAGS' },
    { path: paths.search(), label: 'Search' },
    { path: paths.about(), label: 'About the edition' },
  ];
  const headContent: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, [text(spec.title === edition.settings.title ? spec.title : `${spec.title} · ${edition.settings.title}`)]),
    h('link', { rel: 'stylesheet', href: links.href(paths.stylesheet()) }),
    // Absolute with a site URL (--site-url); a path otherwise, which browsers resolve alike.
    h('link', { rel: 'canonical', href: links.absolute(spec.canonical ?? spec.path) }),
    ...(spec.head ?? []),
  ];
  const body: ElementContent[] = [
    h('a', { className: ['skip-link'], href: '#main' }, [text('Skip to main content')]),
    h('header', { className: ['site-header'] }, [
      h('p', { className: ['site-title'] }, [h('a', { href: links.href(paths.home()) }, [text(edition.settings.title)])]),
      h('nav', { ariaLabel: 'Site' }, [h('ul', {}, nav.map((item) =>
        h('li', {}, [h('a', { href: links.href(item.path), ariaCurrent: item.path === spec.path ? 'page' : undefined }, [text(item.label)])]),
      ))]),
      // A plain GET form: without JavaScript it still opens the search page with the words.
      h('form', { className: ['site-search'], role: 'search', ariaLabel: 'Site search', action: links.href(paths.search()), method: 'get' }, [
        h('label', { htmlFor: 'site-search-q', className: ['visually-hidden'] }, [text('Search the edition')]),
        h('input', { type: 'search', id: 'site-search-q', name: 'q', placeholder: 'Search the edition' }),
        h('button', { type: 'submit' }, [text('Search')]),
      ]),
    ]),
    h('main', { id: 'main', tabIndex: -1 }, spec.main),
    h('footer', { className: ['site-footer'] }, [
      h('p', {}, [
        text(`${edition.settings.title}, version ${edition.version}`),
        ...(edition.buildDate ? [text(', built '), h('time', { dateTime: edition.buildDate }, [text(edition.buildDate)])] : []),
        text('. '),
        text(LICENCE.statement),
        text(' '),
        h('a', { href: links.href(paths.corpusTei()), download: '' }, [text('Download the whole corpus (TEI)')]),
        text('.'),
      ]),
    ]),
    h('script', { src: links.href(paths.script()), defer: true }),
  ];
  const tree = h('html', { lang: spec.lang ?? 'en' }, [h('head', {}, headContent), h('body', {}, body)]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

/** A labelled `section` with an h2, the common block of every page. */
export function section(id: string, title: string, content: ElementContent[], className: string[] = []): ElementContent {
  return h('section', { ariaLabelledBy: `${id}-heading`, className: [id, ...className] }, [
    h('h2', { id: `${id}-heading` }, [text(title)]),
    ...content,
  ]);
}

/** The page shell every HTML page shares: landmarks, skip link, navigation, footer. */
import { toHtml } from 'hast-util-to-html';
import { h, text, type ElementContent } from '../render/index.ts';
import type { Edition } from './edition.ts';
import { LICENCE } from '../vocabulary/licence.ts';
import { paths, type Links } from './urls.ts';

export interface SiteContext {
  edition: Edition;
  links: Links;
}

export interface PageSpec {
  title: string;
  /** the page's own path in the URL scheme, for aria-current and canonical links */
  path: string;
  /** the path of the page to cite instead, when it is another (a redirect's target) */
  canonical?: string;
  lang?: string;
  head?: ElementContent[];
  main: ElementContent[];
}

/** A complete HTML document. */
export function page(site: SiteContext, spec: PageSpec): string {
  const { links, edition } = site;
  const nav = [
    { path: paths.home(), label: 'Documents' },
    { path: paths.about(), label: 'About the edition' },
  ];
  const headContent: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, [text(spec.title === edition.settings.title ? spec.title : `${spec.title} · ${edition.settings.title}`)]),
    h('link', { rel: 'stylesheet', href: links.href(paths.stylesheet()) }),
    ...(links.siteUrl ? [h('link', { rel: 'canonical', href: links.absolute(spec.canonical ?? spec.path) })] : []),
    ...(spec.head ?? []),
  ];
  const body: ElementContent[] = [
    h('a', { className: ['skip-link'], href: '#main' }, [text('Skip to main content')]),
    h('header', { className: ['site-header'] }, [
      h('p', { className: ['site-title'] }, [h('a', { href: links.href(paths.home()) }, [text(edition.settings.title)])]),
      h('nav', { ariaLabel: 'Site' }, [h('ul', {}, nav.map((item) =>
        h('li', {}, [h('a', { href: links.href(item.path), ariaCurrent: item.path === spec.path ? 'page' : undefined }, [text(item.label)])]),
      ))]),
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

/** 404: served by static hosts for any missing path, so its links are prefixed absolute paths. */
import { h, text } from '../../render/index.ts';
import { page, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

export function notFoundPage(site: SiteContext): string {
  return page(site, {
    title: 'Page not found',
    path: paths.notFound(),
    main: [
      h('h1', {}, [text('Page not found')]),
      h('p', {}, [text('There is no page at this address. Addresses in this edition do not change between versions; if you followed a link, it may have been mistyped.')]),
      h('p', {}, [h('a', { href: site.links.href(paths.home()) }, [text('Go to the list of documents')])]),
    ],
  });
}

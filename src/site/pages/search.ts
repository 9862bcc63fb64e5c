/**
 * The search page: a form whose words and filters are also its URL (`?q=…&year=1997`), so a
 * search can be bookmarked; site/assets/search.js runs it against the Pagefind index and
 * lists each document with the paragraphs that hold the words, linked to those paragraphs.
 */
import { h, text } from '../../render/index.ts';
import { page, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

/** The filters of the search, in the order the form shows them (names as on the document pages). */
export const SEARCH_FILTERS: ReadonlyArray<readonly [string, string]> = [
  ['year', 'Year'], ['classification', 'Classification'], ['tag', 'TAGS code'], ['sender', 'Sender (post)'], ['case', 'FOIA case'], ['release', 'Release decision'],
];

export function searchPage(site: SiteContext): string {
  const { links } = site;
  return page(site, {
    title: 'Search',
    path: paths.search(),
    main: [
      h('h1', {}, [text('Search')]),
      h('form', { className: ['search-form'], id: 'search-form', role: 'search', ariaLabel: 'Search the documents', action: links.href(paths.search()), method: 'get', dataFilters: SEARCH_FILTERS.map(([name, label]) => `${name}=${label}`).join('|') }, [
        h('p', {}, [
          h('label', { htmlFor: 'search-q' }, [text('Words to find')]),
          text(' '),
          h('input', { type: 'search', id: 'search-q', name: 'q', ariaDescribedBy: 'search-hint' }),
          text(' '),
          h('button', { type: 'submit' }, [text('Search')]),
        ]),
        h('p', { id: 'search-hint', className: ['legend'] }, [text('All the words are looked for, in the reading text of every document. Put a phrase in quotation marks ("Minsk Group") to find it as written. Filters narrow the results to a year, a classification, a TAGS code, a sending post, a FOIA case or a release decision.')]),
        h('fieldset', { id: 'search-filters', className: ['search-filters'], hidden: true }, [h('legend', {}, [text('Filters')])]),
      ]),
      h('p', { id: 'search-status', role: 'status' }, []),
      h('ol', { id: 'search-results', className: ['search-results'] }, []),
      h('noscript', {}, [h('p', {}, [
        text('Search runs in your browser and needs JavaScript. Without it, browse the documents by '),
        h('a', { href: links.href(paths.chronology()) }, [text('date')]), text(', '),
        h('a', { href: links.href(paths.register('person')) }, [text('people')]), text(', '),
        h('a', { href: links.href(paths.register('place')) }, [text('places')]), text(', '),
        h('a', { href: links.href(paths.register('org')) }, [text('organisations')]), text(' or '),
        h('a', { href: links.href(paths.tags()) }, [text('TAGS')]), text('.'),
      ])]),
      h('script', { type: 'module', src: links.href(paths.searchScript()) }),
    ],
  });
}

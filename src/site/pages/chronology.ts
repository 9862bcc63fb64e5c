/** Browsing in time: the years and months of the edition, and a page per year by month; undated documents last. */
import { h, text } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { documentList } from './tags.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Documents of a year by month (`01`…`12`), months in order. */
function byMonth(documents: readonly EditionDocument[]): Array<{ month: string; documents: EditionDocument[] }> {
  const months = new Map<string, EditionDocument[]>();
  for (const document of documents) {
    const month = document.rendered.metadata.date.slice(5, 7) || '00';
    months.set(month, [...(months.get(month) ?? []), document]);
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, list]) => ({ month, documents: list }));
}

function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? 'Month not known';
}

/** The years, each with its months and counts. */
export function chronologyPage(site: SiteContext): string {
  return page(site, {
    title: 'Chronology',
    path: paths.chronology(),
    main: [
      h('h1', {}, [text('Chronology')]),
      h('p', { className: ['intro'] }, [text('The documents by the date they were sent (or drafted). Each document page leads to the previous and next document in time.')]),
      h('ul', { className: ['years'] }, site.registers.years.map(({ year, documents }) => h('li', {}, [
        h('a', { href: site.links.href(paths.year(year)) }, [text(year === 'undated' ? 'Undated' : year)]),
        text(` (${documents.length})`),
        ...(year === 'undated' ? [] : [h('ul', { className: ['months'] }, byMonth(documents).map(({ month, documents: list }) => h('li', {}, [
          h('a', { href: `${site.links.href(paths.year(year))}#m-${month}-heading` }, [text(monthName(month))]),
          text(` (${list.length})`),
        ])))]),
      ]))),
    ],
  });
}

/** One year by month (or the undated documents). */
export function yearPage(site: SiteContext, record: { year: string; documents: EditionDocument[] }): string {
  const title = record.year === 'undated' ? 'Undated documents' : `Documents of ${record.year}`;
  const index = site.registers.years.findIndex((y) => y.year === record.year);
  const neighbours = [site.registers.years[index - 1], site.registers.years[index + 1]];
  return page(site, {
    title,
    path: paths.year(record.year),
    main: [
      h('p', { className: ['kicker'] }, [h('a', { href: site.links.href(paths.chronology()) }, [text('Chronology')])]),
      h('h1', {}, [text(title)]),
      ...(record.year === 'undated'
        ? [h('p', {}, [text('Documents whose date the edition could not read.')]), documentList(site, record.documents)]
        : byMonth(record.documents).map(({ month, documents }) => section(`m-${month}`, monthName(month), [documentList(site, documents)]))),
      h('nav', { className: ['pager'], ariaLabel: 'Other years' }, [h('ul', {}, neighbours.flatMap((y, i) => (y ? [h('li', {}, [
        h('a', { href: site.links.href(paths.year(y.year)), rel: i === 0 ? 'prev' : 'next' }, [text(`${i === 0 ? 'Previous' : 'Next'}: ${y.year === 'undated' ? 'undated' : y.year}`)]),
      ])] : [])))]),
    ],
  });
}

/**
 * The address a released file had before it became a witness of another document: a small
 * page that sends the reader on (`<meta http-equiv="refresh">`, and a link for readers and
 * tools that do not follow it), so a citation of any released document number still lands.
 */
import { h, text } from '../../render/index.ts';
import type { SiteRedirect } from '../edition.ts';
import { page, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';

export function redirectPage(site: SiteContext, redirect: SiteRedirect): string {
  const target = site.edition.documents.find((document) => document.id === redirect.to);
  const title = target?.rendered.metadata.title ?? redirect.to;
  const href = site.links.href(paths.document(redirect.to));
  return page(site, {
    title: `${redirect.from}: see ${title}`,
    path: paths.document(redirect.from),
    canonical: paths.document(redirect.to),
    head: [h('meta', { httpEquiv: 'refresh', content: `0; url=${href}` })],
    main: [
      h('h1', {}, [text(`${redirect.from} is a copy in ${title}`)]),
      h('p', {}, [
        text('This released document is witness '),
        h('strong', {}, [text(redirect.witness)]),
        text(' of the edition of '),
        h('a', { href }, [text(title)]),
        text(', which gives its text with that of the other copies. '),
        h('a', { href: site.links.href(paths.witness(redirect.to, redirect.witness)) }, [text(`Read witness ${redirect.witness} on its own`)]),
        text('.'),
      ]),
    ],
  });
}

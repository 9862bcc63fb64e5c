/** A witness's diplomatic view and the side-by-side view of all witnesses. */
import { h, text } from '../../render/index.ts';
import type { EditionDocument } from '../edition.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { documentHeading, viewsNav } from './shared.ts';

type WitnessView = EditionDocument['rendered']['witnesses'][number];

export function witnessPage(site: SiteContext, document: EditionDocument, witness: WitnessView): string {
  const path = paths.witness(document.id, witness.siglum);
  return page(site, {
    title: `Witness ${witness.siglum}: ${document.rendered.metadata.title}`,
    path,
    canonical: paths.document(document.id),
    lang: document.rendered.metadata.language,
    main: [
      ...documentHeading(document, `Witness ${witness.siglum}`),
      viewsNav(site, document, path),
      h('p', { className: ['witness-description'] }, [text(witness.description)]),
      h('p', { className: ['legend'] }, [text('The text of this copy as it stands: its own pages, banners, stamps and deletions, without the edition\u2019s choices between copies. Corrections are shown on hover or focus.')]),
      section('text', `Text of witness ${witness.siglum}`, [h('div', { className: ['edition-text', 'diplomatic'] }, witness.view.text)]),
      ...witness.view.footnotes,
    ],
  });
}

export function comparePage(site: SiteContext, document: EditionDocument): string {
  const path = paths.compare(document.id);
  const { rendered } = document;
  return page(site, {
    title: `Side by side: ${rendered.metadata.title}`,
    path,
    canonical: paths.document(document.id),
    lang: rendered.metadata.language,
    main: [
      ...documentHeading(document, 'Side by side'),
      viewsNav(site, document, path),
      h('p', { className: ['legend'] }, [text('Each column is one witness; highlighted passages are variation points, numbered as in the textual apparatus of the reading text.')]),
      section('compare', 'Witnesses side by side', [
        h('div', { className: ['table-scroll'], role: 'region', ariaLabel: 'Comparison table, scrolls sideways', tabIndex: 0 }, rendered.compare ? [rendered.compare] : []),
      ]),
    ],
  });
}

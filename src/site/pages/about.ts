/** About: editorial principles from the TEI headers, variant types, citing, version and build date. */
import { toHtml } from 'hast-util-to-html';
import { h, text, type ElementContent } from '../../render/index.ts';
import { page, section, type SiteContext } from '../layout.ts';
import { paths } from '../urls.ts';
import { byCodepoint } from '../edition.ts';
import { APP_TYPE_DESCRIPTIONS, type AppType } from '../../vocabulary/variant-types.ts';
import { exemptionMeaning, WITHHELD_EXPLANATION } from '../../vocabulary/exemptions.ts';

/** The edition's own wording of a type; a type of TEI it did not write is named as such. */
function describe(type: string): string {
  return type in APP_TYPE_DESCRIPTIONS ? APP_TYPE_DESCRIPTIONS[type as AppType].replace(/\.$/, '') : 'a type recorded in the TEI';
}

export function aboutPage(site: SiteContext): string {
  const { edition } = site;
  const declarations = new Map<string, ElementContent[]>();
  for (const document of edition.documents) {
    const content = document.rendered.editorialDeclaration;
    if (content.length) declarations.set(toHtml(content), content);
  }
  const counts = new Map<string, number>();
  for (const document of edition.documents) {
    for (const type of document.rendered.variantTypes) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const types = [...counts.keys()].sort(byCodepoint);
  return page(site, {
    title: 'About the edition',
    path: paths.about(),
    main: [
      h('h1', {}, [text('About the edition')]),
      ...edition.settings.intro.map((paragraph) => h('p', {}, [text(paragraph)])),
      section('principles', 'Editorial principles', [
        h('p', {}, [text('As declared in the TEI headers of the documents (editorialDecl):')]),
        ...[...declarations.entries()].sort(([a], [b]) => byCodepoint(a, b)).map(([, content]) => h('div', { className: ['declaration'] }, content)),
        h('p', {}, [text('Each copy (witness) of a document is transcribed in full and the copies are collated. The reading text follows the lemma of each variation point; the other readings are given in the numbered textual apparatus as ‘lemma] reading SIGLA’, with ‘om.’ for a reading that omits the lemma. Corrections by the edition are marked and show the original on hover, focus and in print.')]),
      ]),
      section('variants', 'Types of variants', [
        h('dl', { className: ['variant-types'] }, types.flatMap((type) => [
          h('dt', {}, [text(type)]),
          h('dd', {}, [text(`${describe(type)} (in ${counts.get(type)} document${counts.get(type) === 1 ? '' : 's'}).`)]),
        ])),
      ]),
      ...withheldSection(site),
      section('how-to-cite', 'How to cite', [
        h('p', {}, [text('Every document page has a stable URL derived from its FOIA document number and a “Cite this document” section with Chicago and MLA citations and BibTeX, RIS and CSL-JSON downloads; reference managers such as Zotero read the citation metadata of the page. Paragraphs, notes and page markers have permanent anchors (¶ links). Cite the edition’s version, as printed below.')]),
      ]),
      section('version', 'Version', [
        h('dl', {}, [
          h('dt', {}, [text('Version')]), h('dd', {}, [text(edition.version)]),
          h('dt', {}, [text('Build date')]), h('dd', {}, [edition.buildDate ? h('time', { dateTime: edition.buildDate }, [text(edition.buildDate)]) : text('not recorded')]),
          h('dt', {}, [text('Documents')]), h('dd', {}, [text(String(edition.documents.length))]),
        ]),
        h('p', {}, [h('a', { href: site.links.href(paths.corpusTei()), download: '' }, [text('Download the whole corpus as TEI (teiCorpus)')])]),
      ]),
    ],
  });
}

/** What the mark of withheld text means, and the exemptions the documents print. */
function withheldSection(site: SiteContext): ElementContent[] {
  const documents = site.edition.documents.filter((document) => document.rendered.metadata.withheld > 0);
  if (documents.length === 0) return [];
  const codes = [...new Set(documents.flatMap((document) => document.rendered.metadata.exemptions))].sort(byCodepoint);
  return [
    section('withheld', 'Withheld text', [
      h('p', {}, [text(`${WITHHELD_EXPLANATION} The edition marks each such place as [withheld], with the exemptions printed there (TEI gap reason="withheld"); the count is in each TEI header. A paragraph cut whole, of which only its number is left, is marked [paragraph withheld].`)]),
      h('dl', { className: ['exemptions'] }, codes.flatMap((code) => [
        h('dt', {}, [text(code)]),
        h('dd', {}, [text(exemptionMeaning(code) ?? 'as printed on the release')]),
      ])),
    ]),
  ];
}

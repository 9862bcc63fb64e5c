/**
 * Apparatus filters on the reading page, EVT-style: substantive, marking, transposition and
 * routing notes are shown; OCR and orthographic notes on request. Without JavaScript each
 * choice is a view of the same page selected by its fragment (`#ocr-variants`, a `:target`
 * rule in edition.css), so a reader never leaves the page and a view can be linked; with
 * JavaScript (edition.js) the same choices are two checkboxes that combine freely.
 */
import { h, text, type ElementContent, type RenderedDocument } from '../../render/index.ts';

/** Types hidden until the reader asks for them, each with the fragment of its view. */
const onRequest = [
  { type: 'ocr', view: 'ocr-variants', label: 'OCR variants' },
  { type: 'orthographic', view: 'orthographic-variants', label: 'orthographic variants' },
] as const;

/** The id of the view showing every note. */
const allView = 'all-variants';

/** Wrap the reading text and its notes in the filter views, with the controls on top. */
export function withApparatusFilters(reading: RenderedDocument['reading'], content: ElementContent[]): ElementContent[] {
  const counts = reading.apparatusTypes;
  const hidden = onRequest.filter(({ type }) => (counts[type] ?? 0) > 0);
  if (hidden.length === 0) return content;
  const shown = reading.apparatusCount - hidden.reduce((sum, { type }) => sum + (counts[type] ?? 0), 0);
  const views = [
    { href: '#text-heading', filter: 'default', label: `Substantive, marking, transposition and routing (${shown})` },
    ...hidden.map(({ type, view, label }) => ({ href: `#${view}`, filter: type, label: `With ${label} (+${counts[type] ?? 0})` })),
    ...(hidden.length > 1 ? [{ href: `#${allView}`, filter: 'all', label: `All notes (${reading.apparatusCount})` }] : []),
  ];
  const controls = h('nav', { className: ['apparatus-filters'], ariaLabel: 'Apparatus filters' }, [
    h('p', { className: ['filter-legend'] }, [text('Variant notes shown:')]),
    h('ul', { className: ['filter-views'] }, views.map((view) => h('li', {}, [h('a', { href: view.href, dataFilter: view.filter }, [text(view.label)])]))),
    // Shown by edition.js, which turns the views above into toggles that combine.
    h('p', { className: ['filter-toggles'], hidden: true }, [
      text(`Substantive, marking, transposition and routing (${shown}); also: `),
      ...hidden.flatMap(({ type, label }) => [
        h('label', {}, [h('input', { type: 'checkbox', dataFilter: type }), text(` ${label} (${counts[type] ?? 0})`)]),
        text(' '),
      ]),
    ]),
  ]);
  // Nested views: whichever is the :target shows its types; the innermost holds the page.
  let inner: ElementContent[] = [controls, ...content];
  for (const { view } of [...hidden].reverse()) inner = [h('div', { id: view, className: ['apparatus-filter-view'] }, inner)];
  return [h('div', { id: allView, className: ['apparatus-view'] }, inner)];
}

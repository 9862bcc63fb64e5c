/** The footnote sections under a text: numbered apparatus and notes, each linked back to its marker. */
import { h, text, type ElementContent } from './hast.ts';
import type { Footnote, Footnotes } from './context.ts';
import { variantClass } from './handlers/textcrit.ts';

/** Sections for the collected footnotes (none when empty). */
export function footnoteSections(footnotes: Footnotes): ElementContent[] {
  const sections: ElementContent[] = [];
  if (footnotes.apparatus.length) {
    // In reading order: a note collected inside another element's content comes out by its number.
    const ordered = [...footnotes.apparatus].sort((x, y) => Number(x.label) - Number(y.label));
    sections.push(section('apparatus', 'Textual apparatus', 'Variant', ordered, 'ol'));
  }
  if (footnotes.notes.length) sections.push(section('notes', 'Notes', 'Note', footnotes.notes, 'ul'));
  return sections;
}

function section(id: string, title: string, kind: string, entries: Footnote[], listTag: string): ElementContent {
  const headingId = `${id}-heading`;
  return h('section', { className: ['footnotes', id], ariaLabelledBy: headingId }, [
    h('h2', { id: headingId }, [text(title)]),
    h(listTag, { className: ['footnote-list'] }, entries.map((entry) =>
      h('li', { id: entry.id, className: ['footnote', ...(entry.type ? [variantClass(entry.type)] : [])] }, [
        // Every id the note answers to resolves to it: a cited URL always finds its note.
        ...(entry.anchors ?? []).map((anchor) => h('span', { id: anchor, className: ['note-anchor'] })),
        h('a', { className: ['footnote-label'], href: `#${entry.id}`, title: `Link to ${kind.toLowerCase()} ${entry.label}` }, [text(`${entry.label}.`)]),
        text(' '),
        h(flowContent(entry.content) ? 'div' : 'span', { className: ['footnote-body'] }, entry.content),
        text(' '),
        h('a', { className: ['backref'], href: `#${entry.refId}`, ariaLabel: `Back to text for ${kind.toLowerCase()} ${entry.label}` }, [
          h('span', { ariaHidden: 'true' }, [text('↩')]),
        ]),
      ]),
    )),
  ]);
}

/** Whether content holds blocks (a note with a table), which a `span` cannot hold. */
function flowContent(nodes: ElementContent[]): boolean {
  return nodes.some((node) => node.type === 'element' && (['table', 'div', 'p', 'ul', 'ol', 'dl', 'section', 'figure', 'blockquote'].includes(node.tagName) || flowContent(node.children)));
}

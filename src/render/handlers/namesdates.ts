/**
 * TEI namesdates module: names of people, places and organisations keep their authority
 * pointer; a name or term whose pointer leads to an entry of a list the build knows (a FRUS
 * volume's persons, its abbreviations and terms) links to that entry, with the identification
 * on hover and focus (CSS, from `data-gloss`) and for assistive technology (`aria-describedby`
 * names the entry in the page's list of the persons and terms it uses).
 */
import { h } from '../hast.ts';
import type { Handler } from '../context.ts';
import { attr } from '../tei.ts';
import { idOf, phrase, teiClass } from './shared.ts';

/** The id of an entry's line in the page's list of persons and terms (src/render/entries.ts). */
export function entryAnchor(id: string): string {
  return `entry-${id}`;
}

/** A name or term: a link to its entry when its pointer leads to one, else a span keeping the pointer. */
export const entryLink: Handler = (element, context) => {
  const pointer = attr(element, 'corresp') ?? attr(element, 'ref') ?? attr(element, 'target');
  const first = pointer?.split(/\s+/).find(Boolean);
  const target = first ? context.links?.resolve(first) : undefined;
  const entry = target?.entry;
  if (!target || !entry || context.inLink) {
    if (first && !target && /#/.test(first) && !context.uses.unresolved.includes(first)) context.uses.unresolved.push(first);
    return [h('span', { id: idOf(element, context), className: teiClass(element), dataRef: pointer ?? attr(element, 'key') }, phrase(element, context))];
  }
  if (!context.uses.entries.has(entry.id)) context.uses.entries.set(entry.id, { ...entry, href: target.href });
  const gloss = entry.description ? `${entry.label}: ${entry.description}` : entry.label;
  return [
    h('a', {
      id: idOf(element, context),
      className: [...teiClass(element), 'entry-ref', `entry-${entry.kind}`],
      href: target.href,
      dataGloss: gloss,
      ariaDescribedBy: context.view.kind === 'reading' ? entryAnchor(entry.id) : undefined,
    }, phrase(element, { ...context, inLink: true })),
  ];
};

export const namesdates: Record<string, Handler> = {
  persName: entryLink, placeName: entryLink, orgName: entryLink, roleName: entryLink, geogName: entryLink, name: entryLink,
  forename: entryLink, surname: entryLink, addName: entryLink, genName: entryLink, nameLink: entryLink,
  settlement: entryLink, country: entryLink, region: entryLink, district: entryLink, bloc: entryLink,
  state: entryLink, affiliation: entryLink, occupation: entryLink,
};

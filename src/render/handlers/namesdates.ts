/** TEI namesdates module: names of people, places and organisations keep their authority pointer. */
import { h } from '../hast.ts';
import type { Handler } from '../context.ts';
import { attr } from '../tei.ts';
import { idOf, phrase, teiClass } from './shared.ts';

const named: Handler = (element, context) => [
  h(
    'span',
    {
      id: idOf(element, context),
      className: teiClass(element),
      dataRef: attr(element, 'ref') ?? attr(element, 'corresp') ?? attr(element, 'key'),
    },
    phrase(element, context),
  ),
];

export const namesdates: Record<string, Handler> = {
  persName: named, placeName: named, orgName: named, roleName: named, geogName: named,
  forename: named, surname: named, addName: named, genName: named, nameLink: named,
  settlement: named, country: named, region: named, district: named, bloc: named,
  state: named, affiliation: named, occupation: named,
};

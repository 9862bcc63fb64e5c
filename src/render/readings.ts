/** Parallel segmentation: which reading of an `app` belongs to which witness. */
import { attr, childElements, localName, pointers, type Element } from './tei.ts';

/** `lem` and `rdg` children of an app, in order, looking through `rdgGrp`. */
export function readings(app: Element): Element[] {
  const found: Element[] = [];
  for (const part of childElements(app)) {
    const name = localName(part.name);
    if (name === 'lem' || name === 'rdg') found.push(part);
    else if (name === 'rdgGrp') found.push(...readings(part));
  }
  return found;
}

/** The witnesses a reading is attested in (its `@wit`, or its group's). */
export function witnessesOf(reading: Element): string[] {
  return pointers(attr(reading, 'wit'));
}

/**
 * The reading a witness has at this variation point. A `lem` without `@wit` stands for
 * every witness that no `rdg` claims (the base text of a negative apparatus).
 */
export function readingFor(app: Element, witness: string): Element | undefined {
  const all = readings(app);
  const explicit = all.find((reading) => witnessesOf(reading).includes(witness));
  if (explicit) return explicit;
  return all.find((reading) => localName(reading.name) === 'lem' && witnessesOf(reading).length === 0);
}

/** The reading shown in the edited text: the lemma, else the base witness's, else the first. */
export function lemmaOf(app: Element, baseWitness: string | undefined): Element | undefined {
  const all = readings(app);
  return (
    all.find((reading) => localName(reading.name) === 'lem') ??
    (baseWitness ? readingFor(app, baseWitness) : undefined) ??
    all[0]
  );
}

/** Furniture variation (banners, stamps, page numbers) belongs to the copies, not the text. */
export function isFurniture(app: Element): boolean {
  if (attr(app, 'type') === 'furniture') return true;
  const all = readings(app);
  return all.length > 0 && all.every((reading) => {
    const parts = childElements(reading);
    const hasText = reading.children.some((node) => node.type === 'text' && node.value.trim() !== '');
    return !hasText && parts.length > 0 && parts.every((part) => ['fw', 'stamp', 'pb'].includes(localName(part.name)));
  });
}

/** OCR markup regularised to nothing (`#` heading marks, escapes): a copy's page, not its text. */
export function isMarkup(app: Element): boolean {
  return attr(app, 'type') === 'ocr-markup';
}

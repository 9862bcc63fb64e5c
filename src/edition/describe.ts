/**
 * The wording the edition uses for its facts, shared by the TEI writer and the site so that
 * a fact reads the same in the TEI header, on the page and in a citation.
 */
import type { Facts } from '../analyse/facts.ts'
import type { WitnessDescription } from './model.ts'

/** `Telegram from SECSTATE WASHDC to AMEMBASSY MOSCOW, 1997-10-29`. */
export function subtitle(facts: Facts): string {
  const parts = ['Telegram']
  if (facts.from) parts.push(`from ${facts.from}`)
  if (facts.to.length > 0) parts.push(`to ${facts.to.join(', ')}`)
  const when = facts.dateTime?.when ?? facts.drafted?.when
  return parts.join(' ') + (when ? `, ${when.slice(0, 10)}` : '')
}

/** The release, as the header's `change` and the site's metadata give it. */
function declassification(facts: Facts): string {
  return `Declassified and released under FOIA${facts.foiaCase ? ` (case ${facts.foiaCase})` : ''}${facts.release ? `: ${facts.release}` : ''}.`
}

/** The document's history after it was sent, oldest first: a NARA declassification, then a FOIA release. */
export function revisions(facts: Facts): Array<{ when?: string; text: string }> {
  const out: Array<{ when?: string; text: string }> = []
  const stamp = facts.declassificationStamp
  if (stamp) out.push({ ...(stamp.when ? { when: stamp.when } : {}), text: `Declassified at the National Archives: ${stamp.text}.` })
  if (facts.released) out.push({ ...(facts.released.when ? { when: facts.released.when } : {}), text: declassification(facts) })
  return out
}

/** `Drafted 10/28/97 by PNREMLER (S/NIS/RC)`. */
export function draftedText(drafted: NonNullable<Facts['drafted']>): string {
  return `Drafted ${drafted.text}${drafted.name ? ` by ${drafted.name}` : ''}${drafted.office ? ` (${drafted.office})` : ''}`
}

export type DescriptionPart = string | { label: string } | { idno: string; type: string } | { date: string; when?: string }

/**
 * A copy's description: its label and own identifiers, as the `<witness>` element reads.
 * The label is a part of its own (`<label>`): `witness` itself may not hold the `<g>` that
 * records a control character of an editor's label.
 */
export function describedParts(w: WitnessDescription, copyText: boolean): DescriptionPart[] {
  const parts: DescriptionPart[] = [' ', { label: w.label }]
  if (w.telegram) parts.push(', telegram ', { idno: w.telegram, type: 'telegram' })
  if (w.dateTime) parts.push(', ', w.dateTime.when ? { date: w.dateTime.text, when: w.dateTime.when } : { date: w.dateTime.text })
  if (w.foiaDoc) parts.push(', FOIA document ', { idno: w.foiaDoc, type: 'FOIA-doc' })
  parts.push(`; raw lines ${w.lines.map(([a, b]) => `${a}–${b}`).join(', ')}${copyText ? ' (copy text)' : ''}.`)
  return parts
}

/** The description as plain text. */
export function descriptionText(w: WitnessDescription, copyText: boolean): string {
  return describedParts(w, copyText)
    .map((part) => (typeof part === 'string' ? part : 'label' in part ? part.label : 'idno' in part ? part.idno : part.date))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

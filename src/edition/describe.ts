/**
 * The wording the edition uses for its facts, shared by the TEI writer and the site so that
 * a fact reads the same in the TEI header, on the page and in a citation.
 */
import type { Facts } from '../analyse/facts.ts'
import type { EditionModel, RepeatedTelegram, WitnessDescription } from './model.ts'

/**
 * `Telegram from SECSTATE WASHDC to AMEMBASSY MOSCOW, 1997-10-29`; `Memorandum of conversation`
 * (src/analyse/kind.ts); a cover sheet by the telegram it names: `Cover sheet of telegram STATE
 * 233819, 1996-11-09` (its sender and addressees are the telegram's, not the sheet's); an e-mail
 * by its people: `E-mail from Sullivan, Jacob J to H, 2011-11-27`; a telegram without its routing by its
 * number: `Telegram BOGOTA 008900`.
 */
export function subtitle(facts: Facts): string {
  const parts: string[] = [facts.kind]
  if (facts.kind === 'Cover sheet') {
    if (facts.telegram) parts.push(`of telegram ${facts.telegram}`)
  } else if (facts.email) {
    if (facts.email.from) parts.push(`from ${facts.email.from}`)
    if (facts.email.to.length > 0) parts.push(`to ${facts.email.to.join('; ')}`)
  } else {
    if (facts.from) parts.push(`from ${facts.from}`)
    if (facts.to.length > 0) parts.push(`to ${facts.to.join(', ')}`)
    // A telegram whose routing the copy lacks (a Cablegate extract: `This record is a partial extract …`) by its number.
    if (!facts.from && facts.to.length === 0 && facts.kind === 'Telegram' && facts.telegram) parts.push(facts.telegram)
  }
  const when = facts.dateTime?.when ?? facts.drafted?.when ?? facts.written?.when
  return parts.join(' ') + (when ? `, ${when.slice(0, 10)}` : '')
}

/** The person who sent the document: an e-mail's `From:`, else a telegram's signer (`ALBRIGHT`). */
export function sendingPerson(facts: Facts): string | undefined {
  return facts.email?.from ?? facts.signer
}

/** The release, as the header's `change` and the site's metadata give it. */
function declassification(facts: Facts): string {
  return `Declassified and released under FOIA${facts.foiaCase ? ` (case ${facts.foiaCase})` : ''}${facts.release ? `: ${facts.release}` : ''}.`
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
  parts.push(`; raw lines ${w.lines.map(([a, b]) => `${a}–${b}`).join(', ')}${w.file ? ` of ${w.file}` : ''}${copyText ? ' (copy text)' : ''}.`)
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

/** A change of the document's history: its release, then each review stamp (with the copies that bear it). */
export interface Revision {
  when?: string
  text: string
  /** Sigla of the copies whose stamps state it; none for the release of the document. */
  witnesses: string[]
}

/**
 * The document's history after it was sent, as the header's `revisionDesc` gives it and the
 * site reads it: a NARA declassification, the FOIA release, then the review stamps of the
 * copies, each once, with the copies that bear it.
 */
export function revisions(model: Pick<EditionModel, 'facts' | 'releases'>): Revision[] {
  const { facts } = model
  const out: Revision[] = []
  const stamp = facts.declassificationStamp
  if (stamp) out.push({ ...(stamp.when ? { when: stamp.when } : {}), text: `Declassified at the National Archives: ${stamp.text}.`, witnesses: [] })
  if (facts.released) out.push({ ...(facts.released.when ? { when: facts.released.when } : {}), text: declassification(facts), witnesses: [] })
  for (const release of model.releases) {
    for (const review of release.reviews) {
      const same = out.find((r) => r.witnesses.length > 0 && r.text === review.text)
      if (same) same.witnesses.push(release.witness)
      else out.push({ ...(review.when ? { when: review.when } : {}), text: review.text, witnesses: [release.witness] })
    }
  }
  return out
}

/** The text the site shows for the release: the first change that speaks of it. */
export function declassificationOf(changes: readonly Revision[]): string {
  return changes.find((c) => /declassif|release/i.test(c.text))?.text ?? ''
}

/** The latest date of the document's history (the build date when no epoch is given). */
export function lastRevised(changes: readonly Revision[]): string {
  return changes.map((c) => c.when ?? '').filter(Boolean).sort().pop() ?? ''
}

/** `Repeat of STATE 127892, dated 150910Z DEC 09, sent action RIGA, TALLINN; info ALL NATO POST COLLECTIVE`. */
export function repeatHeading(repeat: RepeatedTelegram): string {
  const parts = [`Repeat of ${repeat.telegram ? `telegram ${repeat.telegram}` : 'a telegram'}`]
  if (repeat.from) parts.push(`from ${repeat.from}`)
  if (repeat.dated) parts.push(`dated ${repeat.dated.text}`)
  if (repeat.action.length > 0) parts.push(`sent action ${repeat.action.join(', ')}`)
  if (repeat.info.length > 0) parts.push(`info ${repeat.info.join(', ')}`)
  return parts.join(', ')
}

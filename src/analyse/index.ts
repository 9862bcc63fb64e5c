/**
 * The analyse stage: read the document's facts from the edited text. Facts the lemma states
 * (subject, signature, routing, TAGS…) come from the lemma; facts only one copy's own text or
 * stamps hold (its FOIA document number, the drafting form of a draft) come from that copy,
 * copy text first, and the model records where each fact was read.
 */
import type { Segment } from '../collate/types.ts'
import type { EditedText, EditionModel, Provenance, WitnessDescription } from '../edition/model.ts'
import type { FurniturePart, Witness } from '../model/document.ts'
import type { Sidecar } from '../sidecar.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import { completeDateTime, isClearerNumber, readFacts, SUBJECT_GOES_ON, type Facts, type ReadFacts } from './facts.ts'
import { lemmaBlocks, witnessBlocks, type TextBlock } from './lemma.ts'
import { documentKind } from './kind.ts'
import { emailParties } from './email.ts'
import { publishedDay, sentDate, writtenDate } from './written.ts'
import { sicMarks } from './sic.ts'
import { letterWriter, titleOf } from './title.ts'
import { describeWitness } from './witnesses.ts'

export interface AnalyseInput {
  witnesses: readonly Witness[]
  streams: readonly WitnessStream[]
  segments: readonly Segment[]
  text: EditedText
  copyText: string
  sidecar: Sidecar | undefined
}

export type Analysis = Pick<EditionModel, 'facts' | 'provenance' | 'title' | 'descriptions' | 'sic' | 'corrections'>

/** Facts, title, witness descriptions and `sic` marks of a collated document. */
export function analyse(input: AnalyseInput): Analysis {
  const order = [...input.witnesses.keys()].sort((a, b) => Number(input.witnesses[b]?.siglum === input.copyText) - Number(input.witnesses[a]?.siglum === input.copyText))
  const furniture = input.witnesses.map(furnitureText)
  const lemma = lemmaBlocks(input.text, input.streams, input.copyText)
  // Stamps and banners are page furniture, never part of the lemma: they are each copy's own.
  const read = readFacts(lemma, [])
  const provenance: Analysis['provenance'] = {}
  for (const key of Object.keys(read) as Array<keyof ReadFacts>) if (isStated(read[key])) provenance[key] = 'lemma'
  const own = input.witnesses.map((_, i) => readFacts(witnessBlocks(input.streams[i] as WitnessStream), furniture[i] ?? []))
  for (const i of order) fillFrom(read, provenance, own[i] as ReadFacts, { witness: input.witnesses[i]?.siglum ?? '' })
  // The lemma's telegram line lost its post's first letters (`TATE 156356`), or misread them (`LSTATE`, `CTATE`): a copy's print header has them.
  const whole = order.map((i) => own[i]?.telegram).find((telegram) => telegram !== undefined && read.telegram !== undefined && isClearerNumber(telegram, read.telegram))
  if (whole) read.telegram = whole
  // The lemma's subject lost its first line (`AND NEW OAS …`): a copy's print has it (its `Item Subject:`).
  const fuller = order.find((i) => read.subject !== undefined && SUBJECT_GOES_ON.test(read.subject) && own[i]?.subject !== read.subject && own[i]?.subject?.endsWith(read.subject))
  if (fuller !== undefined && own[fuller]?.subject) {
    read.subject = own[fuller].subject
    provenance.subject = { witness: input.witnesses[fuller]?.siglum ?? '' }
  }
  // A drafting date the OCR misread into the future of the release that printed it (`PROG 08/28/46` for 96) dates nothing.
  if (read.drafted?.when && read.released?.when && read.drafted.when > read.released.when) {
    const drafted = { ...read.drafted }
    delete drafted.when
    read.drafted = drafted
  }
  completeDateTime(read)
  // What the document is, once the copies have filled in what the lemma does not state.
  const copy = order[0] ?? 0
  const facts: Facts = { kind: documentKind(read, lemma, furniture[copy] ?? []), ...read }
  // An e-mail's date and people are its copy text's own header (furniture); a telegram no group dates, its publisher's head (furniture); another record's date, a line of the lemma.
  const email = facts.kind === 'E-mail'
  const telegram = facts.kind === 'Telegram'
  const written = facts.drafted ? undefined : telegram ? (facts.dateTime ? undefined : publishedDay(furniture[copy] ?? [])) : email ? sentDate(furniture[copy] ?? []) : writtenDate(lemma)
  const header = { witness: input.witnesses[copy]?.siglum ?? '' }
  if (written) {
    facts.written = written
    provenance.written = email || telegram ? header : 'lemma'
  }
  // A letter is signed by the typed name after its closing (`Sincerely,` / `Strobe Talbott`), as its title names it.
  const writer = facts.kind === 'Letter' && !facts.signer ? letterWriter(lemma) : undefined
  if (writer) {
    facts.signer = writer
    provenance.signer = 'lemma'
  }
  const parties = email ? emailParties(furniture[copy] ?? []) : undefined
  if (parties) {
    facts.email = parties
    provenance.email = header
  }
  // A copy's own date-time group without month and year takes them from the document's drafting date.
  for (const copy of own) if (facts.drafted && !copy.drafted) completeDateTime(Object.assign(copy, { drafted: facts.drafted }))
  const descriptions: WitnessDescription[] = input.witnesses.map((w, i) => describeWitness(w, i, own[i] as ReadFacts, input.sidecar))
  const corrections = new Map((input.sidecar?.corrections ?? []).map((c) => [c.sic, c.corr]))
  const { marks, corrected } = sicMarks(input.streams, input.segments, corrections)
  return { facts, provenance, title: titleOf(facts, lemma), descriptions, sic: marks, corrections: corrected }
}

/** Furniture lines of a copy as plain text (OCR markup left out). */
function furnitureText(witness: Witness): string[] {
  return witness.body.flatMap((item) => {
    const f = item.kind === 'fw' ? item.furniture : undefined
    const inner = item.kind === 'block' ? item.block.inlines.flatMap((i) => (i.kind === 'fw' ? [i.furniture] : [])) : []
    return [...(f ? [f] : []), ...inner].map((fw) => fw.parts.filter((p: FurniturePart) => p.kind !== 'artefact').map((p) => p.value).join(''))
  })
}

function isStated(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0)
}

/** Fill the facts the lemma does not state from one copy's own, recording where they came from. */
function fillFrom(facts: ReadFacts, provenance: Analysis['provenance'], own: ReadFacts, from: Provenance): void {
  const target = facts as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(own)) {
    if (isStated(target[key]) || !isStated(value)) continue
    target[key] = value
    provenance[key as keyof Facts] = from
  }
}

export type { TextBlock }

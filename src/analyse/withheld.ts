/**
 * Text withheld on release. A reviewer who cuts text prints the exemptions beside the cut
 * (`B1`, `1.4(B)`, `B1,1.4(B),1.4(D)`, OCR'd `1.4(6)`); a publisher's or an older
 * reviewer's cut is a run of x (`xxxxx`, `XXXXXXXXXXXX`); a paragraph cut whole leaves its
 * number (`5.` followed by `6.`). These stay words of their copy, so the collation aligns a
 * cut in one copy with the text another copy has (the apparatus then says which withheld
 * what); the edition marks each with a gap (`<gap reason="withheld">`, before the mark, or
 * after a paragraph number). Codes are a cut only where the document withholds text at all
 * (a `RELEASE IN PART` decision, a category code, a run of x), never in a header field or
 * after `REASON` (`Classified by … Reasons 1.4(B) and (D)` names classification grounds),
 * and never right after the `RELEASE IN PART` stamp, where they list the decision's grounds.
 */
import type { EditedText, Withheld, WithheldMark } from '../edition/model.ts'
import { tokenMarks } from '../edition/token-marks.ts'
import { countWords, type Witness } from '../model/document.ts'
import type { Mark, Slot, WitnessStream } from '../tokenise/stream.ts'
import { CATEGORY_CODE, EXEMPTION_CODE, EXEMPTION_TOKEN, normaliseExemption, REASON_WORD, RELEASED_IN_PART, REDACTION_MARK } from '../vocabulary/exemptions.ts'
import { RELEASE_DECISION } from '../vocabulary/stamps.ts'

/** The withheld-text marks of every copy and how many gaps the edited text shows. */
export function withheldOf(streams: readonly WitnessStream[], text: EditedText, copyText: string): Withheld {
  const furniture = streams.map(furnitureOf)
  // The stamp read as words: a match starts in the word holding its `RELEASE`, so only such a word's phrase is joined and tested.
  const releasedInPart =
    furniture.some((lines) => lines.some((f) => RELEASED_IN_PART.test(f))) ||
    streams.some((stream) => stream.slots.some((s, i) => /release/i.test(s.token.text) && RELEASED_IN_PART.test(phraseAt(stream, i, 3))))
  const candidates = streams.map((stream) => candidateRuns(stream))
  const evidence = releasedInPart || candidates.some((runs) => runs.some((run) => run.kind === 'redaction' || run.codes.some((c) => CATEGORY_CODE.test(c))))
  const marks: Record<string, WithheldMark> = {}
  const exemptions: string[] = []
  const note = (codes: readonly string[]): void => {
    for (const code of codes) if (!exemptions.includes(code)) exemptions.push(code)
  }
  streams.forEach((stream, s) => {
    for (const line of furniture[s] ?? []) note(codesIn(RELEASE_DECISION.exec(line)?.[0] ?? ''))
    for (const run of candidates[s] ?? []) {
      note(run.codes)
      if (run.kind === 'decision' || !evidence) continue
      marks[`${stream.siglum}:${run.start}`] = { where: 'before', codes: run.codes }
    }
    if (evidence) for (const index of excisedParagraphs(stream)) marks[`${stream.siglum}:${index}`] ??= { where: 'after', codes: [], unit: 'paragraph' }
  })
  return { marks, count: countGaps(text, streams, copyText, marks), exemptions }
}

interface Run {
  kind: 'codes' | 'redaction' | 'decision'
  /** Indexes of the run's first and last token. */
  start: number
  end: number
  codes: string[]
}

/** Runs of exemption tokens and of redaction marks in one copy. */
function candidateRuns(stream: WitnessStream): Run[] {
  const runs: Run[] = []
  stream.slots.forEach((slot, index) => {
    const text = slot.token.text
    const block = stream.blocks[slot.block]
    const previous = runs[runs.length - 1]
    const adjoins = previous !== undefined && previous.end === index - 1
    if (REDACTION_MARK.test(text)) {
      if (adjoins && previous.kind === 'redaction') previous.end = index
      else runs.push({ kind: 'redaction', start: index, end: index, codes: [] })
      return
    }
    // Header fields hold classification grounds; a form's cells only a cut name (`B6`).
    if (!EXEMPTION_TOKEN.test(text) || block?.kind === 'field' || (block?.kind === 'form' && !/^\W*B\d/i.test(text))) return
    if (isReason(stream, index)) return
    const codes = codesIn(text)
    if (adjoins && previous.kind !== 'redaction') {
      previous.codes.push(...codes.filter((c) => !previous.codes.includes(c)))
      previous.end = index
      return
    }
    runs.push({ kind: afterDecision(stream, slot) ? 'decision' : 'codes', start: index, end: index, codes })
  })
  return runs
}

/** Normalised exemptions of a text. */
function codesIn(text: string): string[] {
  return [...new Set([...text.matchAll(EXEMPTION_CODE)].map((m) => normaliseExemption(m[0])))]
}

/** Codes within three words after `REASON`, `Reasons`, `Class:` are classification grounds. */
function isReason(stream: WitnessStream, index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const text = stream.slots[k]?.token.text ?? ''
    if (REASON_WORD.test(text.replace(/[,.]$/, ''))) return true
  }
  return false
}

/** Codes printed right under the `RELEASE IN PART` stamp are the decision's own. */
function afterDecision(stream: WitnessStream, slot: Slot): boolean {
  const marks = [...(slot.opensBlock ? (stream.before[slot.block] ?? []) : []), ...slot.marks]
  return marks.some((mark) => mark.kind === 'fw' && RELEASED_IN_PART.test(furnitureText(mark)))
}

/**
 * A paragraph cut whole leaves its number: `N.` at the start of a line, followed at the start
 * of the next line by `N+1.`. The gap goes after the number.
 */
function excisedParagraphs(stream: WitnessStream): number[] {
  const out: number[] = []
  stream.slots.forEach((slot, index) => {
    const next = stream.slots[index + 1]
    const number = /^(\d{1,2})\.$/.exec(slot.token.text)
    if (!number || !next || !startsLine(slot) || !startsLine(next)) return
    if (next.token.text === `${Number(number[1]) + 1}.`) out.push(index)
  })
  return out
}

function startsLine(slot: Slot): boolean {
  return slot.opensBlock || slot.marks.some((mark) => mark.kind === 'lb' || mark.kind === 'pb')
}

/** Words from a token on, joined (a stamp read as text, `RELEASE IN PART`). */
function phraseAt(stream: WitnessStream, index: number, count: number): string {
  return stream.slots.slice(index, index + count).map((s) => s.token.text).join(' ')
}

/** Every furniture line of a copy as text. */
function furnitureOf(stream: WitnessStream): string[] {
  const marks: Mark[] = [...Object.values(stream.before).flat(), ...stream.slots.flatMap((slot) => slot.marks), ...stream.trailing]
  return marks.flatMap((mark) => (mark.kind === 'fw' ? [furnitureText(mark)] : []))
}

function furnitureText(mark: Extract<Mark, { kind: 'fw' }>): string {
  return mark.furniture.parts.filter((part) => part.kind !== 'artefact').map((part) => part.value).join('')
}

/**
 * How many gaps the TEI shows: the edited text writes each copy-text word once, and in each
 * point of variation the words of each reading's first witness (src/tei/body.ts).
 */
function countGaps(text: EditedText, streams: readonly WitnessStream[], copyText: string, marks: Record<string, WithheldMark>): number {
  // Most documents withhold nothing: no word of theirs need be looked up.
  if (Object.keys(marks).length === 0) return 0
  let count = 0
  const gap = tokenMarks(marks)
  const reading = (unit: { variation: { readings: Array<{ witnesses: string[]; tokens: Record<string, Array<{ index: number }>> }> } }): void => {
    for (const r of unit.variation.readings) {
      const lead = r.witnesses[0] ?? ''
      for (const token of r.tokens[lead] ?? []) if (gap(lead, token.index)) count++
    }
  }
  text.leading.forEach(reading)
  for (const block of text.blocks) {
    for (const unit of block.units) {
      if (unit.kind === 'word') {
        if (gap(copyText, unit.token)) count++
      } else reading(unit)
    }
    block.after.forEach(reading)
  }
  return streams.length > 0 ? count : 0
}

/** How many words of a copy are marks of withheld text (to prefer a fuller copy as copy text). */
export function withheldWords(witness: Witness): number {
  return countWords(witness, (word) => REDACTION_MARK.test(word) || EXEMPTION_TOKEN.test(word))
}

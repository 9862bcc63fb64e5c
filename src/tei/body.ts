import type { Reading, Token, Variation } from '../collate/types.ts'
import { repeatHeading } from '../edition/describe.ts'
import type { AppUnit, EditionModel, SicMarks, TextUnit, WithheldMark } from '../edition/model.ts'
import { tokenMarks, type TokenMarks } from '../edition/token-marks.ts'
import type { Mention } from '../entities/index.ts'
import type { Block } from '../model/document.ts'
import type { Mark, Slot, WitnessStream } from '../tokenise/stream.ts'
import { groupBy } from '../grouped.ts'
import { NAME_ELEMENTS } from './entities.ts'
import { writeMark, type MarkContext } from './marks.ts'
import { el, text, textEl, type Node } from './xml.ts'

/**
 * The document's text in parallel segmentation (TEI Guidelines §12.2.3), written from the
 * edited text of the model (src/edition/place.ts): the copy text's structure carries the
 * shared words once; each point of variation is an `<app>`; what belongs to one copy only
 * (page breaks, furniture, OCR markup) is marked with its witness. A passage one copy has
 * between two blocks of the copy text is a block-level `<app>` whose readings hold that
 * copy's own blocks.
 */
export function writeBody(tei: Node, model: EditionModel): void {
  const div = el(el(el(tei, 'text'), 'body'), 'div', { type: 'document' })
  const base = model.streams.find((s) => s.siglum === model.copyText) ?? model.streams[0]
  if (!base) return
  const bySiglum = new Map(model.streams.map((s) => [s.siglum, s]))
  const context: MarkContext = { multi: model.streams.length > 1 }
  const writer = new Writer(div, model, bySiglum, base, context)
  const elements = blockElements(base.blocks)
  for (const unit of model.text.leading) writer.blockApp(div, unit)
  // Each block's names, and each unit's names inside its lemma, looked up rather than searched for
  // (a block of thousands of names took the square of their number).
  const mentionsOf = groupBy(model.entities.mentions, (m) => m.block)
  base.blocks.forEach((block, index) => {
    const edited = model.text.blocks[index]
    const container = writer.containerFor(block)
    for (const mark of base.before[index] ?? []) writeMark(container, base.siglum, mark, context)
    const element = writer.openBlock(container, block, elements[index] ?? 'p', edited?.id)
    const mentions = mentionsOf.get(index) ?? []
    const names = new Names(element, mentions.flatMap((m) => (m.span.in === 'block' ? [nameSpan(m, model)] : [])))
    const inLemmaOf = groupBy(mentions.filter((m) => m.span.in === 'lemma'), (m) => (m.span.in === 'lemma' ? m.span.unit : -1))
    edited?.units.forEach((unit, u) => {
      const inLemma = (inLemmaOf.get(u) ?? []).map((m) => nameSpan(m, model))
      writer.unit(names, u, unit, u === 0, inLemma)
    })
    for (const unit of edited?.after ?? []) writer.blockApp(writer.containerFor(base.blocks[index + 1] ?? block), unit)
  })
  const last = writer.containerFor(base.blocks[base.blocks.length - 1])
  for (const stream of model.streams) for (const mark of stream.trailing) writeMark(last, stream.siglum, mark, context)
}

/** Which TEI element each copy-text block becomes, so that the content models hold. */
function blockElements(blocks: Block[]): string[] {
  const names = blocks.map((block) => {
    switch (block.kind) {
      case 'p':
      case 'trailer':
        return 'p'
      case 'salute':
        return 'opener'
      case 'closer':
        return 'closer'
      case 'signed':
        return 'signed'
      default:
        return 'ab'
    }
  })
  // opener only first in its letter; closer/signed only after a paragraph or block of text (a
  // text cannot be all closing: `Dear Minister:` / `Sincerely,` is no letter) and when nothing but
  // closers follow (in the same letter or repeat). One pass each way: a text of thousands of
  // signatures is linear.
  const scope = (i: number): string => `${String(blocks[i]?.inLetter)} ${String(blocks[i]?.repeat)}`
  const before = new Set<string>()
  const text = new Set<string>()
  names.forEach((name, i) => {
    if (name === 'opener' && before.has(scope(i))) names[i] = 'p'
    if ((name === 'closer' || name === 'signed') && !text.has(scope(i))) names[i] = name === 'closer' ? 'p' : 'ab'
    if (names[i] !== 'opener') before.add(scope(i))
    if (names[i] === 'opener' || names[i] === 'closer' || names[i] === 'signed') return
    // A letter or a repeated telegram is itself text of what holds it.
    text.add(scope(i))
    if (blocks[i]?.inLetter) text.add(`false ${String(blocks[i]?.repeat)}`)
    if (blocks[i]?.repeat !== undefined) text.add('false undefined')
  })
  const after = new Set<string>()
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]
    const closing = name === 'closer' || name === 'signed'
    if (closing && after.has(scope(i))) names[i] = name === 'closer' ? 'p' : 'ab'
    if (!closing) after.add(scope(i))
  }
  return names
}

/** An `app`'s id, type and, for one place of a moved passage, its other places (`@corresp`). */
function appAttributes(unit: AppUnit): Record<string, string | undefined> {
  return { 'xml:id': unit.id, type: unit.variation.type, corresp: unit.corresp?.map((id) => `#${id}`).join(' ') }
}

class Writer {
  private letter: { parent: Node; body: Node } | undefined
  private repeat: { n: number; body: Node } | undefined
  private closer: Node | undefined
  /** The model's withheld-text gaps and `sic` marks, by siglum and token index. */
  private readonly gaps: TokenMarks<WithheldMark>
  private readonly sics: TokenMarks<SicMarks[string]>

  constructor(
    private readonly div: Node,
    private readonly model: EditionModel,
    private readonly streams: Map<string, WitnessStream>,
    private readonly base: WitnessStream,
    private readonly context: MarkContext
  ) {
    this.gaps = tokenMarks(model.withheld.marks)
    this.sics = tokenMarks(model.sic)
  }

  /**
   * The element a block goes into: the document's div, a repeated telegram's body, or the
   * body of a letter quoted in either.
   */
  containerFor(block: Block | undefined): Node {
    let outer = this.div
    if (block?.repeat !== undefined) {
      if (this.repeat?.n !== block.repeat) this.repeat = { n: block.repeat, body: this.openRepeat(block.repeat) }
      outer = this.repeat.body
    } else this.repeat = undefined
    if (block?.inLetter) {
      if (this.letter?.parent !== outer) this.letter = { parent: outer, body: el(el(outer, 'floatingText', { type: 'letter' }), 'body') }
      return this.letter.body
    }
    if (this.letter) {
      this.letter = undefined
      this.closer = undefined
    }
    return outer
  }

  /** A repeated telegram: an embedded text with its own heading (the edition's, from the repeat's introduction). */
  private openRepeat(n: number): Node {
    this.letter = undefined
    this.closer = undefined
    const body = el(el(this.div, 'floatingText', { type: 'repeat', 'xml:id': `repeat-${n}` }), 'body')
    const repeat = this.model.repeats.find((r) => r.n === n)
    textEl(body, 'head', repeat ? repeatHeading(repeat) : 'Repeated telegram', { type: 'repeat', resp: '#ed' })
    return body
  }

  openBlock(container: Node, block: Block, name: string, id: string | undefined): Node {
    if (name !== 'signed') this.closer = undefined
    switch (name) {
      case 'opener':
        return el(el(container, 'opener'), 'salute', { 'xml:id': id })
      case 'closer':
        this.closer = el(container, 'closer')
        return el(this.closer, 'salute', { 'xml:id': id })
      case 'signed':
        return el(this.closer ?? el(container, 'closer'), 'signed', { 'xml:id': id })
      case 'p':
        return el(container, 'p', { 'xml:id': id, n: block.kind === 'p' ? block.name : undefined })
      default:
        return el(container, 'ab', { 'xml:id': id, type: block.kind, subtype: block.name })
    }
  }

  /** A unit of a block: its whitespace and marks, then its word or `app`, inside a name where `names` has one. */
  unit(names: Names, u: number, unit: TextUnit, first: boolean, inLemma: NameSpanOf[]): void {
    const parent = names.leadTarget()
    if (unit.kind === 'word') {
      const slot = this.base.slots[unit.token] as Slot
      if (!first) text(parent, slot.ws)
      for (const mark of slot.marks) writeMark(parent, this.base.siglum, mark, this.context)
      for (const [sig, index] of unit.others) {
        const own = this.streams.get(sig)?.slots[index]
        for (const mark of own ? this.ownMarks(sig, own) : []) if (mark.kind !== 'lb' && mark.kind !== 'space') writeMark(parent, sig, mark, this.context)
      }
      names.content(u, (target) => this.word(target, slot.token, this.base.siglum), slot.token.text)
      return
    }
    const leadSlot = this.leadSlot(unit.variation)
    if (!first && (leadSlot?.ws ?? ' ') !== '') text(parent, leadSlot?.ws || ' ')
    names.content(u, (target) => {
      const app = el(target, 'app', appAttributes(unit))
      const lemma = unit.variation.readings[unit.variation.lemma]
      this.readings(app, unit.variation, (node, reading) => this.phrase(reading === lemma ? new Names(node, inLemma) : new Names(node, []), reading))
    })
  }

  blockApp(container: Node, unit: AppUnit): void {
    const app = el(container, 'app', appAttributes(unit))
    this.readings(app, unit.variation, (node, reading) => {
      for (const sig of reading.witnesses.slice(0, 1)) {
        const stream = this.streams.get(sig)
        const tokens = reading.tokens[sig] ?? []
        if (!stream) continue
        let block: Node | undefined
        let blockIndex = -1
        tokens.forEach((token, k) => {
          const slot = stream.slots[token.index] as Slot
          if (slot.block !== blockIndex) {
            const own = stream.blocks[slot.block]
            block = el(node, own?.kind === 'p' || own?.kind === 'trailer' ? 'p' : 'ab', own?.kind === 'p' || own?.kind === 'trailer' ? { n: own.name } : { type: own?.kind, subtype: own?.name })
            blockIndex = slot.block
          } else if (block) text(block, slot.ws)
          this.marksOf(block ?? node, reading, sig, slot, k)
          this.word(block ?? node, token, sig)
        })
      }
    })
  }

  private readings(app: Node, variation: Variation, fill: (node: Node, reading: Reading) => void): void {
    const order = [variation.readings[variation.lemma], ...variation.readings.filter((_, i) => i !== variation.lemma)]
    order.forEach((reading, i) => {
      if (!reading) return
      const node = el(app, i === 0 ? 'lem' : 'rdg', { wit: reading.witnesses.map((w) => `#${w}`).join(' '), resp: i === 0 && variation.lemmaReason === 'clean-reading' ? '#ed' : undefined })
      fill(node, reading)
    })
  }

  private phrase(names: Names, reading: Reading): void {
    const lead = reading.witnesses[0] ?? ''
    const stream = this.streams.get(lead)
    ;(reading.tokens[lead] ?? []).forEach((token, i) => {
      const slot = stream?.slots[token.index]
      const node = names.leadTarget()
      if (i > 0 && slot) text(node, slot.ws)
      if (slot) this.marksOf(node, reading, lead, slot, i)
      names.content(i, (target) => this.word(target, token, lead), token.text)
    })
  }

  /** Marks of every witness of a reading before its k-th token. */
  private marksOf(node: Node, reading: Reading, lead: string, leadSlot: Slot, k: number): void {
    const sole = { multi: reading.witnesses.length > 1 }
    for (const sig of reading.witnesses) {
      const own = sig === lead ? leadSlot : this.streams.get(sig)?.slots[reading.tokens[sig]?.[k]?.index ?? -1]
      for (const mark of own ? this.ownMarks(sig, own) : []) if ((mark.kind !== 'lb' && mark.kind !== 'space') || sig === lead) writeMark(node, sig, mark, sole)
    }
  }

  /**
   * The marks a witness has before a word. The copy text's marks between blocks are written
   * between its blocks; another witness's go with its word, wherever that word stands.
   */
  private ownMarks(sig: string, slot: Slot): Mark[] {
    if (sig === this.base.siglum || !slot.opensBlock) return slot.marks
    return [...(this.streams.get(sig)?.before[slot.block] ?? []), ...slot.marks]
  }

  /** The slot of the first word of a variation's first reading that has one. */
  private leadSlot(variation: Variation): Slot | undefined {
    for (const reading of variation.readings) {
      const sig = reading.witnesses[0] ?? ''
      const token = reading.tokens[sig]?.[0]
      if (token) return this.streams.get(sig)?.slots[token.index]
    }
    return undefined
  }

  /** A word of a witness, struck through, marked `sic` or corrected as the model says; a gap for withheld text beside it. */
  private word(parent: Node, token: Token, siglum: string): void {
    const gap = this.gaps(siglum, token.index)
    if (gap?.where === 'before') writeGap(parent, gap)
    this.spelled(parent, token, siglum)
    if (gap?.where === 'after') writeGap(parent, gap)
  }

  private spelled(parent: Node, token: Token, siglum: string): void {
    const target = token.deleted ? el(parent, 'del', { rend: 'strikethrough' }) : parent
    const mark = this.sics(siglum, token.index)
    if (mark === undefined) text(target, token.text)
    else if (mark.corr === undefined) text(el(target, 'sic'), token.text)
    else {
      const choice = el(target, 'choice')
      text(el(choice, 'sic'), token.text)
      text(el(choice, 'corr', { resp: '#ed' }), mark.corr)
    }
  }
}

/** `<gap reason="withheld">`, the exemptions printed at the place in `@n` (ENCODING.md). */
function writeGap(parent: Node, gap: WithheldMark): void {
  el(parent, 'gap', { reason: 'withheld', n: gap.codes.length > 0 ? gap.codes.join(' ') : undefined, unit: gap.unit, quantity: gap.unit ? '1' : undefined })
}

/** A name to wrap around items (units of a block, or tokens of a lemma) `from`…`to`. */
interface NameSpanOf {
  from: number
  to: number
  cutStart: number
  cutEnd?: number
  element: string
  ref: string
}

function nameSpan(mention: Mention, model: EditionModel): NameSpanOf {
  const kind = model.entities.list.find((e) => e.key === mention.entity)?.kind ?? 'org'
  const { from, to, cutStart, cutEnd } = mention.span
  return { from, to, cutStart, ...(cutEnd === undefined ? {} : { cutEnd }), element: NAME_ELEMENTS[kind], ref: `#${mention.entity}` }
}

/**
 * Puts the items of one container into name elements where the entities stage found names:
 * the whitespace and marks before a name's first item stay outside it, and a plain word the
 * name only partly covers (`(Yukalov)`, `Armenia's`) is cut at the name's edge.
 */
class Names {
  private open: NameSpanOf | undefined
  private node: Node | undefined
  /** Each span by the item it starts at (the first, where two start at one). */
  private readonly starting = new Map<number, NameSpanOf>()

  constructor(
    private readonly outer: Node,
    spans: readonly NameSpanOf[]
  ) {
    for (const span of spans) if (!this.starting.has(span.from)) this.starting.set(span.from, span)
  }

  /** Where what stands before the next item goes: inside the open name, else outside. */
  leadTarget(): Node {
    return this.node ?? this.outer
  }

  /** Write item i: `write` puts it whole into a target; `plain` is its text, for a word to be cut. */
  content(i: number, write: (target: Node) => void, plain = ''): void {
    const starting = this.starting.get(i)
    if (starting) this.open = starting
    const span = this.open
    if (!span) {
      write(this.outer)
      return
    }
    const start = span.from === i ? span.cutStart : 0
    const end = span.to === i ? span.cutEnd : undefined
    if (span.from === i && start === 0) this.node = el(this.outer, span.element, { ref: span.ref })
    if (start > 0 || end !== undefined) {
      // Only words neither struck through nor marked sic are cut (the entities stage sees to it).
      if (start > 0) text(this.outer, plain.slice(0, start))
      this.node ??= el(this.outer, span.element, { ref: span.ref })
      text(this.node, plain.slice(start, end ?? plain.length))
      if (end !== undefined) text(this.outer, plain.slice(end))
    } else write(this.node ?? this.outer)
    if (span.to === i) {
      this.open = undefined
      this.node = undefined
    }
  }
}

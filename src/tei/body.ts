import type { Reading, Segment, Token, Variation } from '../collate/types.ts'
import { fnv1a } from '../collate/transpositions.ts'
import type { Block } from '../model/document.ts'
import { writeMark, type MarkContext } from './marks.ts'
import type { Mark, Slot, WitnessStream } from './stream.ts'
import { el, text, type Node } from './xml.ts'

/**
 * The document's text in parallel segmentation (TEI Guidelines §12.2.3): the copy text's
 * structure carries the shared words once; each point of variation is an `<app>`; what
 * belongs to one copy only (page breaks, furniture, OCR markup) is marked with its witness.
 * A passage one copy has between two blocks of the copy text becomes a block-level `<app>`
 * whose readings hold that copy's own blocks.
 */
export interface BodyInput {
  streams: WitnessStream[]
  copyText: string
  segments: Segment[]
  /** Word → correction (`<choice><sic><corr>`) or `true` for a `<sic>` without one. */
  sic: (token: Token) => string | true | undefined
  /** Stable id of a variation (for pointers from the header and URLs). */
  appId: (variation: Variation) => string
}

type Unit = { kind: 'word'; slot: Slot; others: Array<[string, Slot]> } | { kind: 'app'; variation: Variation }

/** Write the body's `<div type="document">` content. */
export function writeBody(div: Node, input: BodyInput): void {
  const base = input.streams.find((s) => s.siglum === input.copyText) ?? input.streams[0]
  if (!base) return
  const bySiglum = new Map(input.streams.map((s) => [s.siglum, s]))
  const context: MarkContext = { multi: input.streams.length > 1 }
  const inBlock = new Map<number, Unit[]>()
  const between = new Map<number, Unit[]>()
  const push = (map: Map<number, Unit[]>, key: number, unit: Unit): void => {
    const units = map.get(key)
    if (units) units.push(unit)
    else map.set(key, [unit])
  }
  let lastBlock = -1
  const segments = input.segments
  segments.forEach((segment, index) => {
    if (segment.kind === 'agree') {
      const baseTokens = segment.tokens[base.siglum] ?? []
      baseTokens.forEach((token, k) => {
        const slot = base.slots[token.index] as Slot
        const others = input.streams
          .filter((s) => s !== base)
          .map((s): [string, Slot] => [s.siglum, s.slots[(segment.tokens[s.siglum]?.[k] as Token).index] as Slot])
        push(inBlock, slot.block, { kind: 'word', slot, others })
        lastBlock = slot.block
      })
      return
    }
    const parts = splitAtBlocks(segment, base)
    if (parts.length > 0) {
      for (const [block, part] of parts) push(inBlock, block, { kind: 'app', variation: part })
      lastBlock = parts[parts.length - 1]?.[0] ?? lastBlock
      return
    }
    const next = nextBaseBlock(segments, index + 1, base)
    const atBoundary = next === undefined || next !== lastBlock
    const opensBlocks = segment.readings.every((r) => r.witnesses.every((sig) => {
      const first = r.tokens[sig]?.[0]
      return first === undefined || (bySiglum.get(sig)?.slots[first.index]?.opensBlock ?? false)
    }))
    if (atBoundary && opensBlocks) push(between, lastBlock, { kind: 'app', variation: segment })
    else push(inBlock, lastBlock >= 0 ? lastBlock : (next ?? 0), { kind: 'app', variation: segment })
  })

  const writer = new Writer(div, input, bySiglum, base, context)
  const elements = blockElements(base.blocks)
  const ids = blockIds(base)
  for (const unit of between.get(-1) ?? []) writer.blockApp(div, unit)
  base.blocks.forEach((block, index) => {
    const container = writer.containerFor(block)
    for (const mark of base.before.get(index) ?? []) writeMark(container, base.siglum, mark, context)
    const element = writer.openBlock(container, block, elements[index] ?? 'p', ids[index])
    let first = true
    for (const unit of inBlock.get(index) ?? []) {
      writer.unit(element, unit, first)
      first = false
    }
    for (const unit of between.get(index) ?? []) writer.blockApp(writer.containerFor(base.blocks[index + 1] ?? block), unit)
  })
  const last = writer.containerFor(base.blocks[base.blocks.length - 1])
  for (const stream of input.streams) for (const mark of stream.trailing) writeMark(last, stream.siglum, mark, context)
}

/** The base block of the first base word at or after a segment. */
function nextBaseBlock(segments: Segment[], from: number, base: WitnessStream): number | undefined {
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i]
    if (!segment) break
    const tokens = segment.kind === 'agree' ? segment.tokens[base.siglum] : segment.readings.flatMap((r) => r.tokens[base.siglum] ?? [])
    const first = tokens?.[0]
    if (first) return base.slots[first.index]?.block
  }
  return undefined
}

/**
 * A variation whose copy-text reading runs over a block boundary is cut at it: the other
 * readings stay with the first part (witnesses agreeing with the copy text are cut alike).
 */
function splitAtBlocks(variation: Variation, base: WitnessStream): Array<[number, Variation]> {
  const baseReading = variation.readings.find((r) => r.witnesses.includes(base.siglum))
  const tokens = baseReading?.tokens[base.siglum] ?? []
  if (tokens.length === 0) return []
  const groups: Array<[number, number, number]> = []
  tokens.forEach((token, i) => {
    const block = base.slots[token.index]?.block ?? 0
    const last = groups[groups.length - 1]
    if (last && last[0] === block) last[2] = i + 1
    else groups.push([block, i, i + 1])
  })
  return groups.map(([block, from, to], part) => {
    const readings: Reading[] = variation.readings.map((r) => {
      const cut: Record<string, Token[]> = {}
      for (const sig of r.witnesses) {
        const own = r.tokens[sig] ?? []
        const withBase = r === baseReading && own.length === tokens.length
        cut[sig] = withBase ? own.slice(from, to) : part === 0 ? own : []
      }
      return { witnesses: r.witnesses, tokens: cut }
    })
    const key = variation.key === undefined || part === 0 ? variation.key : `${variation.key}:${part}`
    return [block, { ...variation, ...groupOmissions(readings, variation), ...(key === undefined ? {} : { key }) }]
  })
}

/**
 * Ids for the copy-text blocks, the anchors of paragraph URLs: a numbered paragraph is
 * `p-2`; any other block is named from its first words (`b-3f9a1c`), so that adding or
 * changing a paragraph elsewhere never renames it (FRUS issue #25: URLs must not move).
 * A repeated name gets `-2`, `-3` in document order.
 */
function blockIds(base: WitnessStream): Array<string | undefined> {
  const words = new Map<number, string[]>()
  for (const slot of base.slots) {
    const list = words.get(slot.block) ?? []
    if (list.length < 8) list.push(slot.token.text.toLowerCase())
    words.set(slot.block, list)
  }
  const seen = new Map<string, number>()
  return base.blocks.map((block, index) => {
    const first = words.get(index)
    if (!first) return undefined
    const stem = block.kind === 'p' && block.name !== undefined ? `p-${block.name}` : `b-${fnv1a(first.join(' ')).slice(0, 6)}`
    const count = (seen.get(stem) ?? 0) + 1
    seen.set(stem, count)
    return count === 1 ? stem : `${stem}-${count}`
  })
}

/** Cutting can leave several witnesses with nothing: they agree, so they share one reading. */
function groupOmissions(readings: Reading[], variation: Variation): Pick<Variation, 'readings' | 'lemma'> {
  const isEmpty = (r: Reading): boolean => r.witnesses.every((sig) => (r.tokens[sig] ?? []).length === 0)
  const empty = readings.filter(isEmpty)
  if (empty.length < 2) return { readings, lemma: variation.lemma }
  const merged: Reading = { witnesses: empty.flatMap((r) => r.witnesses), tokens: Object.assign({}, ...empty.map((r) => r.tokens)) }
  const grouped = readings.filter((r) => !isEmpty(r) || r === empty[0]).map((r) => (r === empty[0] ? merged : r))
  const lemmaWitness = variation.readings[variation.lemma]?.witnesses[0]
  return { readings: grouped, lemma: Math.max(0, grouped.findIndex((r) => lemmaWitness !== undefined && r.witnesses.includes(lemmaWitness))) }
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
  // opener only first in its letter; closer/signed only when nothing but closers follow.
  names.forEach((name, i) => {
    const letter = blocks[i]?.inLetter
    const sameScope = (j: number): boolean => blocks[j]?.inLetter === letter
    if (name === 'opener' && blocks.slice(0, i).some((_, j) => sameScope(j) && names[j] !== 'opener')) names[i] = 'p'
    if (name === 'closer' || name === 'signed') {
      const after = blocks.map((_, j) => j).filter((j) => j > i && sameScope(j))
      if (after.some((j) => names[j] !== 'closer' && names[j] !== 'signed')) names[i] = name === 'closer' ? 'p' : 'ab'
    }
  })
  return names
}

class Writer {
  private letter: Node | undefined
  private closer: Node | undefined

  constructor(
    private readonly div: Node,
    private readonly input: BodyInput,
    private readonly streams: Map<string, WitnessStream>,
    private readonly base: WitnessStream,
    private readonly context: MarkContext
  ) {}

  /** The element a block goes into: the document's div or the quoted letter's body. */
  containerFor(block: Block | undefined): Node {
    if (block?.inLetter) {
      this.letter ??= el(el(this.div, 'floatingText', { type: 'letter' }), 'body')
      return this.letter
    }
    if (this.letter) {
      this.letter = undefined
      this.closer = undefined
    }
    return this.div
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

  unit(parent: Node, unit: Unit, first: boolean): void {
    if (unit.kind === 'word') {
      if (!first) text(parent, unit.slot.ws)
      for (const mark of unit.slot.marks) writeMark(parent, this.base.siglum, mark, this.context)
      for (const [sig, slot] of unit.others) {
        for (const mark of this.ownMarks(sig, slot)) if (mark.kind !== 'lb' && mark.kind !== 'space') writeMark(parent, sig, mark, this.context)
      }
      this.word(parent, unit.slot.token)
      return
    }
    const lead = unit.variation.readings.map((r) => r.tokens[r.witnesses[0] ?? '']?.[0]).find((t) => t !== undefined)
    const leadSlot = lead ? this.slotOf(unit.variation, lead) : undefined
    if (!first && (leadSlot?.ws ?? ' ') !== '') text(parent, leadSlot?.ws || ' ')
    const app = el(parent, 'app', { 'xml:id': this.input.appId(unit.variation), type: unit.variation.type })
    this.readings(app, unit.variation, (node, reading) => this.phrase(node, reading))
  }

  blockApp(container: Node, unit: Unit): void {
    if (unit.kind !== 'app') return
    const app = el(container, 'app', { 'xml:id': this.input.appId(unit.variation), type: unit.variation.type })
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
          this.word(block ?? node, token)
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

  private phrase(node: Node, reading: Reading): void {
    const lead = reading.witnesses[0] ?? ''
    const stream = this.streams.get(lead)
    ;(reading.tokens[lead] ?? []).forEach((token, i) => {
      const slot = stream?.slots[token.index]
      if (i > 0 && slot) text(node, slot.ws)
      if (slot) this.marksOf(node, reading, lead, slot, i)
      this.word(node, token)
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
    return [...(this.streams.get(sig)?.before.get(slot.block) ?? []), ...slot.marks]
  }

  private slotOf(variation: Variation, token: Token): Slot | undefined {
    const reading = variation.readings.find((r) => r.witnesses.some((sig) => r.tokens[sig]?.includes(token)))
    const sig = reading?.witnesses.find((s) => reading.tokens[s]?.includes(token))
    return sig ? this.streams.get(sig)?.slots[token.index] : undefined
  }

  private word(parent: Node, token: Token): void {
    const target = token.deleted ? el(parent, 'del', { rend: 'strikethrough' }) : parent
    const correction = this.input.sic(token)
    if (correction === undefined) text(target, token.text)
    else if (correction === true) text(el(target, 'sic'), token.text)
    else {
      const choice = el(target, 'choice')
      text(el(choice, 'sic'), token.text)
      text(el(choice, 'corr', { resp: '#ed' }), correction)
    }
  }
}

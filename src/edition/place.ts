/**
 * The edited text: collation output placed in the copy text's structure (TEI Guidelines
 * §12.2.3, parallel segmentation). Shared words are written once, in the copy text's blocks;
 * each point of variation goes where the copy text has it; a passage another copy has
 * between two blocks of the copy text stays between them, as a block-level variation.
 * The TEI writer and the analysis of the lemma both read this, so they cannot disagree.
 */
import type { Reading, Segment, Token, Variation } from '../collate/types.ts'
import { fnv1a } from '../hash.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import type { AppUnit, EditedBlock, EditedText, TextUnit } from './model.ts'

/** Place the segments of a collation in the blocks of the copy text's stream. */
export function placeText(streams: readonly WitnessStream[], copyText: string, segments: readonly Segment[]): EditedText {
  const base = streams.find((s) => s.siglum === copyText) ?? streams[0]
  const blocks: EditedBlock[] = (base?.blocks ?? []).map(() => ({ units: [], after: [] }))
  const text: EditedText = { leading: [], blocks }
  if (!base) return text
  const bySiglum = new Map(streams.map((s) => [s.siglum, s]))
  const otherStreams = streams.filter((s) => s !== base)
  const inBlock = (index: number): TextUnit[] => (blocks[index] as EditedBlock).units
  const after = (index: number): AppUnit[] => (index < 0 ? text.leading : (blocks[index] as EditedBlock).after)
  let lastBlock = -1
  segments.forEach((segment, index) => {
    if (segment.kind === 'agree') {
      const baseTokens = segment.tokens[base.siglum] ?? []
      baseTokens.forEach((token, k) => {
        const block = base.slots[token.index]?.block ?? 0
        const others = otherStreams.map((s): [string, number] => [s.siglum, (segment.tokens[s.siglum]?.[k] as Token).index])
        inBlock(block).push({ kind: 'word', token: token.index, others })
        lastBlock = block
      })
      return
    }
    const parts = splitAtBlocks(segment, base, streams.map((s) => s.siglum))
    if (parts.length > 0) {
      for (const [block, part] of parts) inBlock(block).push(app(part))
      lastBlock = parts[parts.length - 1]?.[0] ?? lastBlock
      return
    }
    const next = nextBaseBlock(segments, index + 1, base)
    const atBoundary = next === undefined || next !== lastBlock
    const opensBlocks = segment.readings.every((r) =>
      r.witnesses.every((sig) => {
        const first = r.tokens[sig]?.[0]
        return first === undefined || (bySiglum.get(sig)?.slots[first.index]?.opensBlock ?? false)
      })
    )
    if (atBoundary && opensBlocks) after(lastBlock).push(app(segment))
    else inBlock(lastBlock >= 0 ? lastBlock : (next ?? 0)).push(app(segment))
  })
  blockIds(base).forEach((id, index) => {
    if (id !== undefined) (blocks[index] as EditedBlock).id = id
  })
  linkMoves(apparatusOf(text))
  return text
}

/** Link the places of each moved passage to each other (TEI `@corresp`, both ways). */
function linkMoves(apparatus: readonly AppUnit[]): void {
  const places = new Map<string, AppUnit[]>()
  for (const unit of apparatus) {
    const id = unit.variation.transposition
    if (id !== undefined) places.set(id, [...(places.get(id) ?? []), unit])
  }
  for (const units of places.values()) {
    for (const unit of units) {
      const others = units.filter((other) => other !== unit).map((other) => other.id)
      if (others.length > 0) unit.corresp = others
    }
  }
}

/** Every point of variation of the edited text, in reading order (as the TEI holds them). */
export function apparatusOf(text: EditedText): AppUnit[] {
  const out: AppUnit[] = [...text.leading]
  for (const block of text.blocks) {
    for (const unit of block.units) if (unit.kind === 'app') out.push(unit)
    out.push(...block.after)
  }
  return out
}

function app(variation: Variation): AppUnit {
  return { kind: 'app', variation, id: appId(variation) }
}

/** `app-B-38-15`: from the variation's stable key (witness, raw line and column). */
function appId(variation: Variation): string {
  return 'app-' + (variation.key ?? 'x').replace(/[^A-Za-z0-9.-]/g, '-')
}

/** The base block of the first base word at or after a segment. */
function nextBaseBlock(segments: readonly Segment[], from: number, base: WitnessStream): number | undefined {
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
 * readings stay with the first part (witnesses agreeing with the copy text are cut alike),
 * unless every reading has as many words as the copy text's, word for word (a run of case
 * differences): then each is cut at the same words.
 */
function splitAtBlocks(variation: Variation, base: WitnessStream, order: readonly string[]): Array<[number, Variation]> {
  const baseReading = variation.readings.find((r) => r.witnesses.includes(base.siglum))
  const tokens = baseReading?.tokens[base.siglum] ?? []
  if (tokens.length === 0) return []
  const parallel = variation.readings.every((r) => r.witnesses.every((sig) => (r.tokens[sig] ?? []).length === tokens.length))
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
        const withBase = (r === baseReading || parallel) && own.length === tokens.length
        cut[sig] = withBase ? own.slice(from, to) : part === 0 ? own : []
      }
      return { witnesses: r.witnesses, tokens: cut }
    })
    // Cut apparatus ids use a dash (`app-B-90-9-1`), so they stay plain ids.
    const key = variation.key === undefined || part === 0 ? variation.key : `${variation.key}:${part}`
    return [block, { ...variation, ...groupAgreeing(readings, variation, order), ...(key === undefined ? {} : { key }) }]
  })
}

/**
 * Cutting can leave several witnesses with the same words, or with nothing: they agree, so
 * they share one reading (CollateX #67: agreeing readings are not variants).
 */
function groupAgreeing(readings: Reading[], variation: Variation, order: readonly string[]): Pick<Variation, 'readings' | 'lemma'> {
  const text = (r: Reading): string => (r.tokens[r.witnesses[0] ?? ''] ?? []).map((t) => `${t.deleted ? '\u2421' : ''}${t.text}`).join(' ')
  const groups = new Map<string, Reading>()
  for (const reading of readings) {
    const same = groups.get(text(reading))
    if (same) groups.set(text(reading), { witnesses: inOrder([...same.witnesses, ...reading.witnesses], order), tokens: { ...same.tokens, ...reading.tokens } })
    else groups.set(text(reading), reading)
  }
  const grouped = [...groups.values()]
  const lemmaWitness = variation.readings[variation.lemma]?.witnesses[0]
  return { readings: grouped, lemma: Math.max(0, grouped.findIndex((r) => lemmaWitness !== undefined && r.witnesses.includes(lemmaWitness))) }
}

/** Sigla sorted in witness order. */
function inOrder(sigla: readonly string[], order: readonly string[]): string[] {
  return [...sigla].sort((x, y) => order.indexOf(x) - order.indexOf(y))
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

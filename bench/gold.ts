/**
 * The gold set (test/gold/*.json, described in test/gold/README.md) as collation input: each
 * set's copies become witness streams, are collated and placed exactly as the pipeline does
 * it, and the apparatus comes back as entries to compare with the labelled points.
 *
 * A set names either one multi-copy file (`file`: the whole pipeline runs on it, as
 * `cable-edition tei` would), or several files each holding one copy (`copies`). Grouping
 * copies kept in several files into one document is not the collation's job, so for those the
 * pipeline reads each file (parse, transforms, tokenise) and the words of the given raw lines,
 * all its detected parts in order, become one witness; `collate` and `placeText` then run on
 * these witnesses directly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collate } from '../src/collate/index.ts'
import type { Token } from '../src/collate/types.ts'
import type { AppUnit } from '../src/edition/model.ts'
import { apparatusOf, placeText } from '../src/edition/place.ts'
import { editionOfFile } from '../src/pipeline.ts'
import type { Slot, WitnessStream } from '../src/tokenise/stream.ts'
import type { VariantType } from '../src/vocabulary/variant-types.ts'

/** Raw line ranges, inclusive. */
export type Lines = Array<[number, number]>

/** One labelled point of variation. */
export interface GoldPoint {
  type: VariantType
  /** Tokens of the point: `A:38:15` (siglum, raw line, column of a word) or a range `A:48:486-48:512`. */
  at: string[]
  /** For words a scanner read out of order: the copy whose order the edited text must follow. */
  order?: string
  note?: string
}

/** One gold set as committed. */
export interface GoldSet {
  name: string
  description: string
  /** One raw file holding every copy: the pipeline finds and collates them. */
  file?: string
  /** Or one raw file per copy, with the raw lines that hold the copy's text. */
  copies?: Array<{ siglum: string; file: string; lines: Lines; label?: string }>
  copyText: string
  /** Per copy, the raw lines whose variation the points cover (default: the copies' lines). */
  scope?: Record<string, Lines>
  points: GoldPoint[]
}

/** A set collated: its witnesses' tokens and the apparatus as the TEI would hold it. */
export interface Collated {
  tokens: Record<string, Token[]>
  apparatus: AppUnit[]
  /** Comparison keys of the edited text, in reading order. */
  edited: string[]
  scope: Record<string, Lines>
}

export const goldDirectory = new URL('../test/gold/', import.meta.url)
const fixtures = new URL('../test/fixtures/gold/', import.meta.url)

/** Every gold set, in file name order. */
export function goldSets(): GoldSet[] {
  return readdirSync(goldDirectory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, goldDirectory), 'utf8')) as GoldSet)
}

/** Collate a set's copies and place the result, as the pipeline would. */
export function collateSet(set: GoldSet): Collated {
  if (set.file) {
    const model = editionOfFile(join(fixtures.pathname, set.file))
    const scope = set.scope ?? Object.fromEntries(model.descriptions.map((d) => [d.siglum, d.lines]))
    return finish(model.streams, model.copyText, model.segments, model.text, scope)
  }
  const streams = (set.copies ?? []).map((copy) => {
    const model = editionOfFile(join(fixtures.pathname, copy.file))
    return oneWitness(copy.siglum, model.streams, copy.lines)
  })
  const segments = collate(streams.map((s) => ({ siglum: s.siglum, tokens: s.slots.map((slot) => slot.token) })), { copyText: set.copyText })
  const text = placeText(streams, set.copyText, segments)
  const scope = set.scope ?? Object.fromEntries((set.copies ?? []).map((copy) => [copy.siglum, copy.lines]))
  return finish(streams, set.copyText, segments, text, scope)
}

function finish(streams: WitnessStream[], copyText: string, segments: ReturnType<typeof collate>, text: ReturnType<typeof placeText>, scope: Record<string, Lines>): Collated {
  const tokens = Object.fromEntries(streams.map((s) => [s.siglum, s.slots.map((slot) => slot.token)]))
  const edited: string[] = []
  for (const segment of segments) {
    const words = segment.kind === 'agree' ? (segment.tokens[copyText] ?? []) : (segment.readings[segment.lemma]?.tokens[segment.readings[segment.lemma]?.witnesses[0] ?? ''] ?? [])
    for (const token of words) edited.push(token.text.toLowerCase())
  }
  return { tokens, apparatus: apparatusOf(text), edited, scope }
}

/** The words of `lines` in every part the pipeline found in one file, as one copy. */
export function oneWitness(siglum: string, parts: readonly WitnessStream[], lines: Lines): WitnessStream {
  const blocks: WitnessStream['blocks'] = []
  const slots: Slot[] = []
  for (const part of parts) {
    const offset = blocks.length
    blocks.push(...part.blocks)
    for (const slot of part.slots) {
      if (!inLines(slot.token.line, lines)) continue
      slots.push({ ...slot, token: { ...slot.token, index: slots.length }, block: slot.block + offset, marks: [] })
    }
  }
  // A block's first kept word opens it (the words before it may lie outside the lines).
  let last = -1
  for (const slot of slots) {
    slot.opensBlock = slot.block !== last
    last = slot.block
  }
  return { siglum, blocks, slots, before: {}, trailing: [] }
}

export function inLines(line: number, lines: Lines): boolean {
  return lines.some(([from, to]) => line >= from && line <= to)
}

/**
 * Multi-witness alignment by progressive alignment against the copy text: every other
 * witness is aligned with the copy text (`pairwise.ts`), moved passages are cut out
 * (`transpositions.ts`), and the pairwise differences are merged, in copy-text order, into
 * one sequence of segments. Where the differences of several witnesses overlap they become
 * one variation point, and witnesses reading the same words are grouped in one reading.
 * Words are matched on their normalised keys, but only identical text counts as agreement.
 * This is the "parallel segmentation" shape of the TEI apparatus
 * (https://tei-c.org/release/doc/tei-p5-doc/en/html/TC.html#TCAPPS).
 */
import { isOrthographic } from './classify.ts'
import { deletedMark, markedKey } from './normalise.ts'
import type { Settings } from './options.ts'
import { tidyHunks } from './cleanup.ts'
import { alignPair } from './pairwise.ts'
import { refineHunks } from './refine.ts'
import type { Side } from './side.ts'
import { findTranspositions, type Hunk, type Moved } from './transpositions.ts'
import type { Agreement, Reading, Segment, Token, Variation, WitnessTokens } from './types.ts'
import { buildUnits, singleUnits, type Units } from './units.ts'

/** Segments plus what later stages need to know about them. */
export interface Aligned {
  segments: Segment[]
  /** The moved passage a transposition variation holds. */
  movedOf: Map<Variation, Moved>
}

interface Tagged extends Hunk {
  witness: number
}

interface Region {
  start: number
  end: number
  hunks: Tagged[]
  moved: boolean
}

/**
 * Align all witnesses against the copy text `settings.copyText`. `keyOf` is the collation's
 * normalisation of a text (`keyMemo`), and `words` each witness's tokens normalised by it, so
 * a token's key is what `tokenKey` gives.
 */
export function alignWitnesses(
  witnesses: readonly WitnessTokens[],
  settings: Settings,
  keyOf: (text: string) => string,
  words: readonly string[][]
): Aligned {
  const baseIndex = Math.max(0, witnesses.findIndex((witness) => witness.siglum === settings.copyText))
  const keys = witnesses.map((witness, index) =>
    witness.tokens.map((token, at) => markedKey(words[index]?.[at] ?? keyOf(token.text), token.deleted))
  )
  const units = unitsOf(witnesses, keys, baseIndex, settings, keyOf)
  const base = witnesses[baseIndex]
  const baseUnits = units[baseIndex]
  if (!base || !baseUnits) return { segments: [], movedOf: new Map() }

  const tagged: Tagged[] = []
  witnesses.forEach((witness, index) => {
    const witnessUnits = units[index]
    if (index === baseIndex || !witnessUnits) return
    const baseSide: Side = { siglum: base.siglum, tokens: base.tokens, units: baseUnits }
    const witnessSide: Side = { siglum: witness.siglum, tokens: witness.tokens, units: witnessUnits }
    const pairs = tidyHunks(alignPair(baseUnits.keys, witnessUnits.keys), baseUnits.keys, witnessUnits.keys)
    const moves = findTranspositions(baseSide, witnessSide, pairs, { minWords: settings.minTranspositionWords, window: settings.reorderWindow })
    for (const hunk of refineHunks(baseSide, witnessSide, moves)) tagged.push({ ...hunk, witness: index })
  })
  return assemble(witnesses, units, baseIndex, mergeRegions(tagged))
}

/** Units of every witness: the copy text's joined against all others, the others against it. */
function unitsOf(witnesses: readonly WitnessTokens[], keys: string[][], baseIndex: number, settings: Settings, keyOf: (text: string) => string): Units[] {
  const result = keys.map((list) => singleUnits(list))
  if (!settings.hyphenation || witnesses.length < 2) return result
  const others = new Set<string>()
  keys.forEach((list, index) => {
    if (index !== baseIndex) for (const key of list) others.add(key)
  })
  const base = buildUnits(witnesses[baseIndex]?.tokens ?? [], keys[baseIndex] ?? [], others, keyOf)
  result[baseIndex] = base
  const baseKeys = new Set([...base.keys, ...(keys[baseIndex] ?? [])])
  witnesses.forEach((witness, index) => {
    if (index !== baseIndex) result[index] = buildUnits(witness.tokens, keys[index] ?? [], baseKeys, keyOf)
  })
  return result
}

/**
 * Merge the hunks of all witnesses into variation points over copy-text ranges. Hunks that
 * overlap merge, and so do insertions at one place; an insertion that only touches another
 * witness's change (`CHRISTOPHER] YY A` and `UNQUOTE CHRISTOPHER` added after it in C) is a
 * point of its own, so that no reading repeats words its witness shares with the lemma. A
 * moved passage stays a point of its own so both places of a transposition can be linked.
 */
function mergeRegions(hunks: Tagged[]): Region[] {
  const sorted = hunks
    .map((hunk, order) => ({ hunk, order }))
    .sort((x, y) => x.hunk.bs - y.hunk.bs || x.hunk.be - y.hunk.be || x.hunk.witness - y.hunk.witness || x.order - y.order)
  const regions: Region[] = []
  let current: Region | undefined
  for (const { hunk } of sorted) {
    const isPoint = hunk.bs === hunk.be
    // Insertions at one place are one point; so are two copies' moved passages at one place.
    const samePoint =
      current !== undefined && isPoint && current.start === current.end && hunk.bs === current.end && current.moved === (hunk.moved !== undefined)
    if (current && (hunk.bs < current.end || samePoint)) {
      current.hunks.push(hunk)
      if (hunk.moved) current.moved = true
      if (hunk.be > current.end) current.end = hunk.be
      continue
    }
    current = { start: hunk.bs, end: hunk.be, hunks: [hunk], moved: hunk.moved !== undefined }
    regions.push(current)
  }
  return regions
}

/** Turn regions into segments, walking every witness in step with the copy text. */
function assemble(witnesses: readonly WitnessTokens[], units: Units[], baseIndex: number, regions: Region[]): Aligned {
  const out: Aligned = { segments: [], movedOf: new Map() }
  const unitPos = witnesses.map(() => 0)
  let basePos = 0
  const agree = (length: number): void => {
    if (length <= 0) return
    const ranges = unitPos.map((start) => [start, start + length] as const)
    pushExact(out, witnesses, units, baseIndex, ranges, length)
    for (let index = 0; index < unitPos.length; index++) unitPos[index] = (unitPos[index] ?? 0) + length
    basePos += length
  }
  const sharedId = sharedMoveIds(regions)
  for (const region of regions) {
    agree(region.start - basePos)
    const ranges = witnesses.map((_, index): readonly [number, number] => {
      const start = unitPos[index] ?? 0
      if (index === baseIndex) return [start, start + region.end - region.start]
      const own = region.hunks.filter((hunk) => hunk.witness === index)
      const last = own[own.length - 1]
      return [start, last ? last.we + (region.end - last.be) : start + region.end - region.start]
    })
    ranges.forEach(([, end], index) => (unitPos[index] = end))
    basePos = region.end
    const variation = makeVariation(witnesses, units, baseIndex, ranges)
    const moved = region.hunks.find((hunk) => hunk.moved)?.moved
    if (!variation) pushAgreement(out.segments, witnesses, units, ranges)
    else {
      if (moved) {
        variation.type = 'transposition'
        if (moved.kind === 'move') variation.transposition = sharedId(moved.id)
        out.movedOf.set(variation, moved)
      }
      out.segments.push(variation)
    }
  }
  agree((units[baseIndex]?.keys.length ?? 0) - basePos)
  return out
}

/**
 * Where the moves of several witnesses meet in one variation point, they are one move: the
 * first id stands for all, so every place of it links to the same partners.
 */
function sharedMoveIds(regions: readonly Region[]): (id: string) => string {
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root
    return root
  }
  for (const region of regions) {
    const ids = [...new Set(region.hunks.flatMap((hunk) => (hunk.moved?.kind === 'move' ? [hunk.moved.id] : [])))]
    const first = ids[0]
    if (first === undefined) continue
    for (const id of ids.slice(1)) if (find(id) !== find(first)) parent.set(find(id), find(first))
  }
  return find
}

/**
 * Stretches that align (same comparison keys) but are not the same letter for letter
 * (`view.` / `view`, `(c)` / `(C)`, `possi- ble` / `possible`) become variation points of
 * their own, so every witness's text stays recoverable; the rest are agreements.
 */
function pushExact(
  out: Aligned,
  witnesses: readonly WitnessTokens[],
  units: Units[],
  baseIndex: number,
  ranges: ReadonlyArray<readonly [number, number]>,
  length: number
): void {
  if (witnesses.length < 2) return pushAgreement(out.segments, witnesses, units, ranges)
  const slice = (from: number, to: number): Array<readonly [number, number]> =>
    ranges.map(([start]) => [start + from, start + to] as const)
  let done = 0
  let column = 0
  while (column < length) {
    if (sameColumn(witnesses, units, ranges, column)) {
      column++
      continue
    }
    // A run of differing words is one point, cut where case-only turns into misreading.
    const kind = orthographicColumn(witnesses, units, ranges, column)
    let end = column + 1
    while (end < length && !sameColumn(witnesses, units, ranges, end) && orthographicColumn(witnesses, units, ranges, end) === kind) end++
    if (column > done) pushAgreement(out.segments, witnesses, units, slice(done, column))
    const variation = makeVariation(witnesses, units, baseIndex, slice(column, end))
    if (variation) out.segments.push(variation)
    done = end
    column = end
  }
  if (length > done) pushAgreement(out.segments, witnesses, units, slice(done, length))
}

/** Whether all witnesses have the same text (and strike-through) in unit `column` of their ranges. */
function sameColumn(witnesses: readonly WitnessTokens[], units: Units[], ranges: ReadonlyArray<readonly [number, number]>, column: number): boolean {
  // Nearly every column of an agreement is the same tokens letter for letter: say so without
  // building each witness's signature (a slice and a joined string a witness a word).
  return sameTokens(witnesses, units, ranges, column) || sameSignature(witnesses, units, ranges, column)
}

/** Whether all witnesses' tokens in unit `column` are pairwise the same text and strike-through (then their signatures are equal). */
function sameTokens(witnesses: readonly WitnessTokens[], units: Units[], ranges: ReadonlyArray<readonly [number, number]>, column: number): boolean {
  const firstStarts = units[0]?.starts ?? []
  const firstUnit = (ranges[0]?.[0] ?? 0) + column
  const from = firstStarts[firstUnit] ?? 0
  const count = (firstStarts[firstUnit + 1] ?? 0) - from
  const first = witnesses[0]?.tokens ?? []
  for (let index = 1; index < witnesses.length; index++) {
    const starts = units[index]?.starts ?? []
    const unit = (ranges[index]?.[0] ?? 0) + column
    const at = starts[unit] ?? 0
    if ((starts[unit + 1] ?? 0) - at !== count) return false
    const tokens = witnesses[index]?.tokens ?? []
    for (let offset = 0; offset < count; offset++) {
      const x = first[from + offset]
      const y = tokens[at + offset]
      if (!x || !y || x.text !== y.text || x.deleted !== y.deleted) return false
    }
  }
  return true
}

/** Whether all witnesses' tokens in unit `column` have one signature. */
function sameSignature(witnesses: readonly WitnessTokens[], units: Units[], ranges: ReadonlyArray<readonly [number, number]>, column: number): boolean {
  let first: string | undefined
  for (let index = 0; index < witnesses.length; index++) {
    const unit = (ranges[index]?.[0] ?? 0) + column
    const text = signature(tokensOf(witnesses, units, index, unit, unit + 1))
    if (first === undefined) first = text
    else if (text !== first) return false
  }
  return true
}

/** Whether the witnesses' words in unit `column` differ only in case or edge punctuation. */
function orthographicColumn(witnesses: readonly WitnessTokens[], units: Units[], ranges: ReadonlyArray<readonly [number, number]>, column: number): boolean {
  const first = tokensOf(witnesses, units, 0, (ranges[0]?.[0] ?? 0) + column, (ranges[0]?.[0] ?? 0) + column + 1)
  for (let index = 1; index < witnesses.length; index++) {
    const unit = (ranges[index]?.[0] ?? 0) + column
    if (!isOrthographic(first, tokensOf(witnesses, units, index, unit, unit + 1))) return false
  }
  return true
}

/** The exact text of tokens, strike-through included: what "the same reading" means. */
function signature(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.deleted ? deletedMark : '') + token.text).join('\u0002')
}

/** Tokens of witness `index` covering its units `[start, end)`. */
function tokensOf(witnesses: readonly WitnessTokens[], units: Units[], index: number, start: number, end: number): Token[] {
  const starts = units[index]?.starts ?? []
  return witnesses[index]?.tokens.slice(starts[start] ?? 0, starts[end] ?? 0) ?? []
}

/** A variation with readings grouped by exact text, or `undefined` when all witnesses read the same. */
function makeVariation(
  witnesses: readonly WitnessTokens[],
  units: Units[],
  baseIndex: number,
  ranges: ReadonlyArray<readonly [number, number]>
): Variation | undefined {
  const bySignature = new Map<string, Reading>()
  witnesses.forEach((witness, index) => {
    const [start, end] = ranges[index] ?? [0, 0]
    const tokens = tokensOf(witnesses, units, index, start, end)
    const key = signature(tokens)
    let reading = bySignature.get(key)
    if (!reading) {
      reading = { witnesses: [], tokens: {} }
      bySignature.set(key, reading)
    }
    reading.witnesses.push(witness.siglum)
    reading.tokens[witness.siglum] = tokens
  })
  const readings = [...bySignature.values()]
  if (readings.length < 2) return undefined
  const copyText = witnesses[baseIndex]?.siglum ?? ''
  const lemma = Math.max(0, readings.findIndex((reading) => reading.witnesses.includes(copyText)))
  return { kind: 'vary', type: 'substantive', readings, lemma, lemmaReason: 'copy-text' }
}

/** Append an agreement, extending the previous one when it is adjacent. */
function pushAgreement(
  segments: Segment[],
  witnesses: readonly WitnessTokens[],
  units: Units[],
  ranges: ReadonlyArray<readonly [number, number]>
): void {
  const previous = segments[segments.length - 1]
  const agreement: Agreement = previous?.kind === 'agree' ? previous : { kind: 'agree', tokens: {} }
  witnesses.forEach((witness, index) => {
    const [start, end] = ranges[index] ?? [0, 0]
    const tokens = tokensOf(witnesses, units, index, start, end)
    const list = agreement.tokens[witness.siglum]
    if (list) for (const token of tokens) list.push(token)
    else agreement.tokens[witness.siglum] = tokens
  })
  if (agreement !== previous) segments.push(agreement)
}

/** A witness's tokens, in order, read back from the segments (the inverse of collation). */
export function witnessTokensOf(segments: readonly Segment[], siglum: string): Token[] {
  const result: Token[] = []
  for (const segment of segments) {
    const tokens =
      segment.kind === 'agree'
        ? segment.tokens[siglum]
        : segment.readings.find((reading) => reading.witnesses.includes(siglum))?.tokens[siglum]
    if (tokens) for (const token of tokens) result.push(token)
  }
  return result
}

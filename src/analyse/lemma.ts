/**
 * The lemma text: what the edition reads, block by block. Facts (title, sender, dates…) are
 * read from it, never from one copy's raw OCR, so that a word one copy's scanner damaged
 * (`EARABAKH`) or a typist's mark one copy has (`YY`) cannot reach a title or a citation.
 */
import type { Reading, Token } from '../collate/types.ts'
import type { AppUnit, EditedText } from '../edition/model.ts'
import type { Block } from '../model/document.ts'
import type { Slot, WitnessStream } from '../tokenise/stream.ts'

/** A block as plain text: its kind from the transforms, its words as the edition reads them. */
export interface TextBlock {
  kind: Block['kind']
  name?: string
  inLetter: boolean
  /** Words with the whitespace between them; a line break in the source is `\n`. */
  text: string
}

/** The blocks of the lemma: the copy text's blocks, and any block a lemma reading brings from another copy. */
export function lemmaBlocks(text: EditedText, streams: readonly WitnessStream[], copyText: string): TextBlock[] {
  const base = streams.find((s) => s.siglum === copyText) ?? streams[0]
  if (!base) return []
  const bySiglum = new Map(streams.map((s) => [s.siglum, s]))
  const out: TextBlock[] = []
  const between = (apps: AppUnit[]): void => {
    for (const unit of apps) out.push(...readingBlocks(lemmaOf(unit), bySiglum))
  }
  between(text.leading)
  text.blocks.forEach((edited, index) => {
    const block = base.blocks[index] as Block
    const words: string[] = []
    for (const unit of edited.units) {
      if (unit.kind === 'word') words.push(spaced(base.slots[unit.token], words.length === 0))
      else {
        const reading = lemmaOf(unit)
        const sig = reading?.witnesses[0] ?? ''
        const stream = bySiglum.get(sig)
        for (const token of reading?.tokens[sig] ?? []) words.push(spaced(stream?.slots[token.index], words.length === 0))
      }
    }
    out.push(textBlock(block, words.join('')))
    between(edited.after)
  })
  return out
}

/**
 * The blocks of one witness's own text (for facts only that copy states, such as its own
 * number, and for the grouping's shingles). Made once a stream, as both read them; the
 * blocks are shared, never to be changed.
 */
export function witnessBlocks(stream: WitnessStream): readonly TextBlock[] {
  let blocks = made.get(stream)
  if (!blocks) made.set(stream, (blocks = blocksOf(stream)))
  return blocks
}

const made = new WeakMap<WitnessStream, readonly TextBlock[]>()

function blocksOf(stream: WitnessStream): TextBlock[] {
  const words = stream.blocks.map((): string[] => [])
  for (const slot of stream.slots) {
    const list = words[slot.block] as string[]
    list.push(spaced(slot, list.length === 0))
  }
  return stream.blocks.map((block, index) => textBlock(block, (words[index] ?? []).join('')))
}

function lemmaOf(unit: AppUnit): Reading | undefined {
  return unit.variation.readings[unit.variation.lemma]
}

/** Blocks of a reading that holds whole blocks of another copy. */
function readingBlocks(reading: Reading | undefined, streams: Map<string, WitnessStream>): TextBlock[] {
  const sig = reading?.witnesses[0] ?? ''
  const stream = streams.get(sig)
  const tokens: Token[] = reading?.tokens[sig] ?? []
  if (!stream || tokens.length === 0) return []
  const out: TextBlock[] = []
  let current = -1
  let words: string[] = []
  const flush = (): void => {
    if (current >= 0) out.push(textBlock(stream.blocks[current] as Block, words.join('')))
  }
  for (const token of tokens) {
    const slot = stream.slots[token.index]
    if (slot?.block !== current) {
      flush()
      current = slot?.block ?? -1
      words = []
    }
    words.push(spaced(slot, words.length === 0))
  }
  flush()
  return out
}

/** A word with the space before it (none for the first of a block; a line break as `\n`). */
function spaced(slot: Slot | undefined, first: boolean): string {
  if (!slot) return ''
  if (first) return slot.token.text
  const broken = slot.marks.some((mark) => mark.kind === 'lb' || mark.kind === 'pb')
  // Whitespace after a mark is kept on the mark: a word after it, or after page furniture, is a new word; a word the OCR's markup
  // touches on both sides is not (`ANTI-IMPERIALIST\"`, Markdown's escape before the quotation mark, is `ANTI-IMPERIALIST"`).
  const apart = slot.marks.some((mark) => mark.kind === 'space' || mark.kind === 'fw' || (mark.kind === 'artefact' && (mark.after ?? '') !== ''))
  const space = broken ? '\n' : slot.ws !== '' ? slot.ws : apart ? ' ' : ''
  return space + slot.token.text
}

function textBlock(block: Block, text: string): TextBlock {
  return { kind: block.kind, ...(block.name === undefined ? {} : { name: block.name }), inLetter: block.inLetter, text }
}

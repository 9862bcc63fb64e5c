import type { Token, WitnessTokens } from '../collate/types.ts'
import type { Block, Furniture, Witness } from '../model/document.ts'
import type { SourceFile } from '../source/read.ts'
import { pointAt } from '../source/read.ts'

/** What stands before a word in one witness and belongs to that witness only. */
export type Mark =
  | { kind: 'pb'; n: string }
  | { kind: 'fw'; furniture: Furniture }
  | { kind: 'artefact'; value: string; after?: string }
  | { kind: 'lb' }
  | { kind: 'space'; value: string }

/** A word of a witness with everything the TEI writer needs around it. */
export interface Slot {
  token: Token
  /** Whitespace before the word, as in the raw file. */
  ws: string
  /** Page breaks, furniture, OCR markup and line breaks before the word (after `ws`). */
  marks: Mark[]
  /** Index of the word's block in `WitnessStream.blocks`. */
  block: number
  /** True for the first word of its block. */
  opensBlock: boolean
}

/** A witness flattened for collation and for writing. */
export interface WitnessStream {
  siglum: string
  blocks: Block[]
  slots: Slot[]
  /** Marks before each block's first word that stand between blocks (block index → marks). */
  before: Record<number, Mark[]>
  /** Marks after the last word. */
  trailing: Mark[]
}

/**
 * The tokenise stage: flatten a witness into words, each carrying the marks before it (page
 * breaks, furniture, OCR markup, line breaks), so that collation sees words only and the
 * writers can put every mark back where it stood.
 */
export function toStream(witness: Witness, source: SourceFile): WitnessStream {
  const blocks: Block[] = []
  const slots: Slot[] = []
  const before: Record<number, Mark[]> = {}
  let pending: Mark[] = []
  let ws = ''
  const word = (text: string, offset: number, deleted: boolean, block: number, opens: boolean): void => {
    const at = pointAt(source, offset)
    slots.push({ token: { index: slots.length, text, deleted, line: at.line, column: at.column }, ws, marks: pending, block, opensBlock: opens })
    pending = []
    ws = ''
  }
  for (const item of witness.body) {
    if (item.kind === 'pb') pending.push({ kind: 'pb', n: item.n })
    else if (item.kind === 'fw') pending.push({ kind: 'fw', furniture: item.furniture })
    else {
      const index = blocks.push(item.block) - 1
      if (pending.length > 0) before[index] = pending
      pending = []
      // Words of two blocks never run together when a reading crosses the boundary.
      ws = slots.length > 0 ? '\n' : ''
      let opens = true
      for (const inline of item.block.inlines) {
        if (inline.kind === 'pb') pending.push({ kind: 'pb', n: inline.n })
        else if (inline.kind === 'fw') pending.push({ kind: 'fw', furniture: inline.furniture })
        else if (inline.kind === 'artefact') pending.push({ kind: 'artefact', value: inline.value })
        else if (inline.kind === 'lb') pending.push({ kind: 'lb' })
        else {
          eachWord(inline.value, (space, text, at) => {
            // Whitespace after a mark stays after it (`<orig>----</orig>` newline `INFO`).
            const last = pending[pending.length - 1]
            if (last?.kind === 'artefact' && space !== '') last.after = (last.after ?? '') + space
            else if (pending.length > 0 && space !== '') pending.push({ kind: 'space', value: space })
            else ws += space
            if (text === undefined) return
            word(text, inline.offset + at, inline.deleted, index, opens)
            opens = false
          })
        }
      }
      if (opens) {
        // A block without a word (only OCR markup): its marks travel on to the next word.
        pending = [...(before[index] ?? []), ...pending]
        delete before[index]
      }
    }
  }
  return { siglum: witness.siglum, blocks, slots, before, trailing: pending }
}

/**
 * The words of a text (runs of what `\S` matches), each with the white space before it and its
 * offset, then the white space after the last word (`text` undefined) if any: what
 * `/(\s*)(\S+)|(\s+)$/g` gives, scanned by character code, as every word of every copy goes
 * through here and a match object per word cost more than the rest of this stage.
 */
export function eachWord(value: string, visit: (space: string, text: string | undefined, at: number) => void): void {
  let at = 0
  while (at < value.length) {
    const start = at
    while (at < value.length && isSpace(value.charCodeAt(at))) at++
    if (at === value.length) {
      visit(value.slice(start), undefined, start)
      return
    }
    const word = at
    while (at < value.length && !isSpace(value.charCodeAt(at))) at++
    visit(value.slice(start, word), value.slice(word, at), word)
  }
}

const SPACE = /\s/

/** A UTF-16 code unit `\s` matches (ASCII by its codes; the Unicode spaces by the pattern). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return SPACE.test(String.fromCharCode(code))
}

/** The collation view of a stream. */
export function tokensOf(stream: WitnessStream): WitnessTokens {
  return { siglum: stream.siglum, tokens: stream.slots.map((slot) => slot.token) }
}

import type { Block, BodyItem, Inline } from '../src/model/document.ts'
import { fieldName } from '../src/vocabulary/fields.ts'
import { QUOTE_CLOSES, QUOTE_OPENS, REPEAT_INTRO } from '../src/vocabulary/repeats.ts'
import { readingText, splitInlines, textIndex } from './structure.ts'

/**
 * A telegram that repeats another (`FOLLOWING STATE 127892 DATED … IS BEING REPEATED FOR
 * YOUR ACTION. QUOTE: … UNQUOTE`) holds the repeated telegram whole: its own header lines,
 * paragraphs and signature. The blocks between `QUOTE` and `UNQUOTE` get the repeat's number
 * (`Block.repeat`), so the TEI writer can make them an embedded text (`floatingText
 * type="repeat"`, ENCODING.md). `QUOTE` and `UNQUOTE` often stand inside a line (`TALBOTT
 * UNQUOTE CHRISTOPHER`: the repeated telegram's signature, the mark, the repeating one's):
 * such blocks are split at the mark. A `QUOTE` opens a repeat only after an introduction, in
 * its block or one of the two before; a repeat without `UNQUOTE` runs to the end.
 */
export function markRepeats(items: BodyItem[]): BodyItem[] {
  const out: BodyItem[] = []
  let open = 0
  let count = 0
  let sinceIntro = Infinity
  for (const item of items) {
    if (item.kind !== 'block') {
      out.push(item)
      continue
    }
    let block: Block | undefined = item.block
    while (block) {
      const text = readingText(block.inlines)
      if (open === 0) {
        const intro = REPEAT_INTRO.exec(text)
        if (intro) sinceIntro = 0
        const from = intro ? intro.index : 0
        const quote = sinceIntro <= 2 ? matchFrom(QUOTE_OPENS, text, from) : undefined
        if (!quote) {
          out.push({ kind: 'block', block })
          sinceIntro++
          block = undefined
          continue
        }
        const [outside, inside] = cut(block, text, quote.index + quote.length)
        if (outside) out.push({ kind: 'block', block: outside })
        open = ++count
        sinceIntro = Infinity
        block = inside && reclassified(inside)
        continue
      }
      const close = matchFrom(QUOTE_CLOSES, text, 0)
      if (!close) {
        out.push({ kind: 'block', block: { ...block, repeat: open } })
        block = undefined
        continue
      }
      const [inside, outside] = cut(block, text, close.index)
      if (inside) out.push(...closing(inside).map((b): BodyItem => ({ kind: 'block', block: { ...b, repeat: open } })))
      open = 0
      block = undefined
      if (outside) out.push(...afterClose(outside))
    }
  }
  return out
}

function matchFrom(pattern: RegExp, text: string, from: number): { index: number; length: number } | undefined {
  const match = pattern.exec(text.slice(from))
  return match ? { index: from + match.index, length: match[0].length } : undefined
}

/** A block cut at a reading-text index; a part without text is none. */
function cut(block: Block, text: string, index: number): [Block | undefined, Block | undefined] {
  if (index <= 0) return [undefined, block]
  if (text.slice(index).trim() === '') return [block, undefined]
  const [head, tail] = splitInlines(block.inlines, textIndex(block.inlines, index))
  return [{ ...block, inlines: trimBreaks(head) }, { ...block, inlines: trimBreaks(tail) }]
}

/** Line breaks at the edges of a part cut from a block: the new block boundary stands for them. */
function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0
  let end = inlines.length
  while (start < end && inlines[start]?.kind === 'lb') start++
  while (end > start && inlines[end - 1]?.kind === 'lb') end--
  return inlines.slice(start, end)
}

/** What follows `QUOTE` on its line is the repeated telegram's first line: a field, or text. */
function reclassified(block: Block): Block {
  const field = fieldName(readingText(block.inlines))
  const { name: _name, ...rest } = block
  return field ? { ...rest, kind: 'field', name: field } : { ...rest, kind: 'p' }
}

/**
 * The last words before `UNQUOTE`, a lone name in capitals on their line, are the repeated
 * telegram's signature (`… MAY COME FROM." / CLINTON UNQUOTE CLINTON`).
 */
function closing(block: Block): Block[] {
  const text = readingText(block.inlines)
  const lastLine = text.lastIndexOf('\n')
  if (!isName(text.slice(lastLine + 1))) return [block]
  if (lastLine === -1) return [{ ...block, kind: 'signed' }]
  const [body, name] = cut(block, text, lastLine + 1)
  return [...(body ? [body] : []), ...(name ? [{ ...name, kind: 'signed' as const }] : [])]
}

/** `UNQUOTE CHRISTOPHER`: the mark ends the repeat, the name after it signs the repeating telegram. */
function afterClose(block: Block): BodyItem[] {
  const text = readingText(block.inlines)
  const mark = QUOTE_CLOSES.exec(text)
  const end = (mark?.index ?? 0) + (mark?.[0].length ?? 0)
  const rest = text.slice(end)
  if (!isName(rest)) return [{ kind: 'block', block: { ...block, kind: 'trailer' } }]
  const [head, tail] = splitInlines(block.inlines, textIndex(block.inlines, end))
  return [
    { kind: 'block', block: { ...block, kind: 'trailer', inlines: trimBreaks(head) } },
    { kind: 'block', block: { ...block, kind: 'signed', inlines: trimBreaks(tail) } }
  ]
}

function isName(text: string): boolean {
  return /^\s*[A-Z][A-Z'-]{2,}\s*$/.test(text)
}

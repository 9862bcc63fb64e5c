/**
 * The words of one block of the edited text as the edition reads them (the lemma), each with
 * where it stands in the model (a word of the copy text, or a token of an `app`'s lemma) and
 * its offsets in the block's text, the words joined by single spaces.
 */
import type { Token } from '../collate/types.ts'
import type { EditedBlock, SicMarks } from '../edition/model.ts'
import type { TokenMarks } from '../edition/token-marks.ts'
import type { WitnessStream } from '../tokenise/stream.ts'

export interface LemmaWord {
  /** Index of the unit in the block. */
  unit: number
  /** For a token of an `app`'s lemma, its index in that reading; undefined for a word of the copy text. */
  k?: number
  token: Token
  siglum: string
  /** As read: the editor's correction when there is one, else the token. */
  text: string
  /** A word the writer may cut (a name inside `(Yukalov)`): neither struck through nor marked `sic`. */
  plain: boolean
  start: number
  end: number
}

/** The lemma words of a block and its text (`sic`: the document's marks, src/edition/token-marks.ts). */
export function lemmaWords(block: EditedBlock, streams: ReadonlyMap<string, WitnessStream>, base: WitnessStream, sic: TokenMarks<SicMarks[string]>): { words: LemmaWord[]; text: string } {
  const words: LemmaWord[] = []
  let text = ''
  const push = (unit: number, k: number | undefined, token: Token, siglum: string): void => {
    const mark = sic(siglum, token.index)
    const value = mark?.corr ?? token.text
    if (text !== '') text += ' '
    const word: LemmaWord = { unit, token, siglum, text: value, plain: mark === undefined && !token.deleted, start: text.length, end: text.length + value.length }
    if (k !== undefined) word.k = k
    words.push(word)
    text += value
  }
  block.units.forEach((unit, index) => {
    if (unit.kind === 'word') {
      const slot = base.slots[unit.token]
      if (slot) push(index, undefined, slot.token, base.siglum)
      return
    }
    const reading = unit.variation.readings[unit.variation.lemma]
    const siglum = reading?.witnesses[0] ?? ''
    const stream = streams.get(siglum)
    ;(reading?.tokens[siglum] ?? []).forEach((token, k) => {
      if (stream?.slots[token.index]) push(index, k, token, siglum)
    })
  })
  return { words, text }
}

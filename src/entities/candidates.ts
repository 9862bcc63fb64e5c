/**
 * Names the authority file does not have yet, for the editor to add: runs of capitalised
 * words in the edited text of mixed-case blocks (in ALL-CAPS text every word is capitalised,
 * so nothing can be told there), outside the names already tagged. A single word that is an
 * ordinary English word (`Certainly`, `Both`) is not a name; a sentence's first word is
 * dropped when it is one (`The Minsk Group` → `Minsk Group`).
 */
import type { EditionModel } from '../edition/model.ts'
import { tokenMarks } from '../edition/token-marks.ts'
import { isEnglishWord } from '../suspects/lexicon.ts'
import { lemmaWords } from './words.ts'

export interface Candidate {
  name: string
  /** `file:line` of each occurrence, in corpus order. */
  places: string[]
}

/** A capitalised word (`Ghukasyan`, `Co-Chair`, `O'Brien`), its trailing punctuation apart. */
const CAPITALISED = /^(\p{Lu}[\p{L}'’-]*[\p{L}])([^\p{L}]*)$/u
/** Small words that may join the capitalised words of one name (`Ambassador-at-Large for the New Independent States`). */
const JOINERS = new Set(['of', 'for', 'the', 'de', 'al', 'bin', 'van', 'von', 'da', 'and'])

/** Untagged capitalised names of the models, most frequent first, then by name. */
export function candidates(models: readonly EditionModel[]): Candidate[] {
  const found = new Map<string, string[]>()
  for (const model of models) {
    const base = model.streams.find((s) => s.siglum === model.copyText) ?? model.streams[0]
    if (!base) continue
    const streams = new Map(model.streams.map((s) => [s.siglum, s]))
    const sic = tokenMarks(model.sic)
    model.text.blocks.forEach((block, index) => {
      const kind = base.blocks[index]?.kind
      if (kind !== 'p' && kind !== 'salute' && kind !== 'closer' && kind !== 'signed') return
      const { words, text } = lemmaWords(block, streams, base, sic)
      if (!/\p{Ll}/u.test(text)) return
      const tagged = new Set(model.entities.mentions.filter((m) => m.block === index).flatMap((m) => (m.span.in === 'block' ? range(m.span.from, m.span.to) : [m.span.unit])))
      let run: typeof words = []
      const flush = (): void => {
        while (run.length > 0 && JOINERS.has(run[run.length - 1]?.text ?? '')) run.pop()
        const first = run[0]
        const startsSentence = first !== undefined && (first === words[0] || /[.:;!?]["”)]*$/.test(words[words.indexOf(first) - 1]?.text ?? ''))
        if (startsSentence && first && isEnglishWord(clean(first.text).toLowerCase())) run.shift()
        while (run.length > 0 && JOINERS.has(run[0]?.text ?? '')) run.shift()
        const name = run.map((w, i) => (i === run.length - 1 ? clean(w.text) : w.text)).join(' ')
        const single = run.length === 1 && isEnglishWord(name.toLowerCase())
        if (run.length > 0 && !single && !shouted(run.map((w) => clean(w.text)))) {
          found.set(name, [...(found.get(name) ?? []), `${model.file}:${run[0]?.token.line}`])
        }
        run = []
      }
      for (const word of words) {
        const capital = CAPITALISED.exec(word.text)
        const joiner = run.length > 0 && JOINERS.has(word.text)
        if (tagged.has(word.unit) || (!capital && !joiner)) {
          flush()
          continue
        }
        run.push(word)
        // Punctuation after a word ends the name there (`Collins'`, `States,`).
        if (capital?.[2]) flush()
      }
      flush()
    })
  }
  return [...found.entries()]
    .map(([name, places]) => ({ name, places }))
    .sort((a, b) => b.places.length - a.places.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Capitals inside mixed-case text are a heading, a stamp or a caption more often than a name:
 * kept only as a short run with a word of four letters or more that is not English (`TALBOTT`).
 */
function shouted(words: readonly string[]): boolean {
  if (words.some((w) => /\p{Ll}/u.test(w))) return false
  return words.length > 3 || !words.some((w) => w.length >= 4 && !isEnglishWord(w.toLowerCase()))
}

function clean(word: string): string {
  return word.replace(/(?<![^\p{L}])[^\p{L}]+$/u, '').replace(/['’]s$/u, '')
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

import type { Segment } from '../collate/types.ts'
import type { SicMarks } from '../edition/model.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import { keptPerKey } from '../kept.ts'
import { isEnglishWord, longestEnglishWord, WORDS_KEPT } from '../suspects/lexicon.ts'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * A word every copy shares that is a typing error: not an English word, but one edit
 * (a letter dropped, added, changed, or two swapped: Damerau–Levenshtein distance 1,
 * https://doi.org/10.1145/363958.363994) away from one (`Embasssy` → `embassy`,
 * `wil` → `will`). Codes and the telegraphic vocabulary are left alone: words in capitals,
 * with digits, of fewer than three letters, or in `CABLE_WORDS`. A capitalised word may be
 * a name (`Boris` is one edit from `boras`), so it is flagged only for a doubled letter
 * whose removal gives an English word (`Embasssy`, `Embbassy`), the commonest typing slip.
 * The edition marks such words `<sic>`; it corrects them only where the sidecar says how.
 */
export const looksMistyped = keptPerKey(decideMistyped, WORDS_KEPT)

function decideMistyped(token: string): boolean {
  const word = token.replace(/^[^\p{L}]+|(?<![^\p{L}])[^\p{L}]+$/gu, '')
  // A run of letters longer than any word and one more is one edit from none (and its neighbours would be as many as long).
  if (word.length < 3 || word.length > longestEnglishWord() + 1 || !/^[A-Za-z]+$/.test(word) || word === word.toUpperCase()) return false
  const lower = word.toLowerCase()
  if (isEnglishWord(lower) || CABLE_WORDS.has(lower)) return false
  if (word[0] !== lower[0]) return undoubled(lower).some(isEnglishWord)
  return neighbours(lower).some(isEnglishWord)
}

/** Words of State Department telegrams that no English word list has. */
const CABLE_WORDS = new Set(['reftel', 'reftels', 'septel', 'deptel', 'embtel', 'demarche', 'demarches', 'demining', 'decaptioned', 'noforn', 'nodis', 'exdis', 'limdis', 'codel', 'staffdel', 'usdel', 'frg', 'gvn', 'mfa', 'mofa'])

/** The word with one letter of a doubled (or tripled) letter removed, at each such place. */
function undoubled(word: string): string[] {
  const out: string[] = []
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/** Every string one edit away from a lower-case word. */
function neighbours(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.push(head + tail.slice(1))
    if (tail.length > 1) out.push(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2))
    for (const letter of LETTERS) {
      out.push(head + letter + tail)
      if (tail) out.push(head + letter + tail.slice(1))
    }
  }
  return out
}

/**
 * Which tokens the edition marks `<sic>`, and which it corrects: errors every copy shares
 * (words in agreements; in a document of one copy, every word), apart from signatures,
 * which are names; and every word the editor listed in the sidecar's `corrections`, which
 * also gets its `<corr>`. Keys are `siglum:index`.
 */
export function sicMarks(streams: readonly WitnessStream[], segments: readonly Segment[], corrections: ReadonlyMap<string, string>): { marks: SicMarks; corrected: number } {
  const marks: SicMarks = {}
  let corrected = 0
  const names = new Set(streams.flatMap((s) => s.slots.filter((slot) => s.blocks[slot.block]?.kind === 'signed').map((slot) => slot.token.text)))
  for (const segment of segments) {
    if (segment.kind !== 'agree') continue
    for (const [siglum, tokens] of Object.entries(segment.tokens)) {
      for (const token of tokens) if (!names.has(token.text) && looksMistyped(token.text)) marks[`${siglum}:${token.index}`] = {}
    }
  }
  for (const stream of streams) {
    for (const slot of stream.slots) {
      const corr = corrections.get(slot.token.text)
      if (corr === undefined) continue
      marks[`${stream.siglum}:${slot.token.index}`] = { corr }
      corrected++
    }
  }
  return { marks, corrected }
}

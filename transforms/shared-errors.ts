import { isEnglishWord } from '../src/suspects/lexicon.ts'

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
export function looksMistyped(token: string): boolean {
  const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  if (word.length < 3 || !/^[A-Za-z]+$/.test(word) || word === word.toUpperCase()) return false
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

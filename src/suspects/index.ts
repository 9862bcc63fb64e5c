/**
 * Words that look like OCR or typing errors: the candidates for `<sic>` (TEI Guidelines
 * 3.5.1, https://tei-c.org/release/doc/tei-p5-doc/en/html/CO.html#COEDCOR) when every copy
 * shares them (`Embasssy`, `wil`), and the tie-breaker that picks the clean reading of OCR
 * noise in the apparatus.
 *
 * A word is suspect when it mixes scripts (Latin with a Cyrillic look-alike), is written in
 * a non-Latin script only, holds characters no English word has in that place, or is not in
 * the English word list. Numbers, short all-capital codes (`TAGS`, `PREL`, sigla) and the
 * caller's proper names are never suspect: a word list has no `Karabakh`.
 */
import { isEnglishWord } from './lexicon.ts'

/** Why a word is suspect. */
export type SuspectReason = 'mixed-script' | 'foreign-script' | 'odd-characters' | 'unknown-word'

/** A suspect word and where it is. */
export interface Suspect {
  text: string
  line: number
  column: number
  reasons: SuspectReason[]
}

/** What a word needs to be located. */
export interface Located {
  text: string
  line: number
  column: number
}

/** Options of `suspects`. */
export interface SuspectOptions {
  /** Proper names (and other known words) that are not errors, any case: `Karabakh`, `Nagorno-Karabakh`. */
  names?: Iterable<string>
  /** Whether a lower-case word is English (default: the `word-list` package plus a few). */
  isWord?: (word: string) => boolean
}

/** Options resolved for repeated use: names lower-cased in a Set. */
export interface WordCheck {
  names: ReadonlySet<string>
  isWord: (word: string) => boolean
}

const emptyOptions: SuspectOptions = {}

/** Resolve options once, for calling `wordReasons` many times. */
export function wordCheck(options?: SuspectOptions): WordCheck {
  const settings = options || emptyOptions
  return {
    names: new Set([...(settings.names ?? [])].map((name) => name.toLowerCase())),
    isWord: settings.isWord ?? isEnglishWord
  }
}

// Ordinary punctuation around a word: opening before, closing after.
const leading = /^["'([{‘“]+/u
const trailing = /(?<!["')\]},.;:!?’”])["')\]},.;:!?’”]+$/u
// Punctuation-only tokens that are ordinary in typed text.
const ordinaryMarks = /^(?:-{1,3}|[–—&§…]|\.{3})$/u
// Letters and digits, joined by the punctuation English words have inside them.
const wordShape = /^[\p{L}\p{N}]+(?:['’\-.&/][\p{L}\p{N}]+)*$/u
const latinLetter = /\p{Script=Latin}/u
const otherLetter = /[^\P{L}\p{Script=Latin}]/u
const anyLetter = /\p{L}/u
const digit = /\p{N}/u
const code = /^\p{Lu}{1,5}$/u

/** Why one word looks like an error (empty: it does not). */
export function wordReasons(text: string, check: WordCheck): SuspectReason[] {
  return reasonsOf(text, check)
}

/**
 * Why one word looks wrong by its characters alone (scripts, odd characters), not asking the
 * word list: for callers that never ask whether it is an English word (`unknown-word`), whose
 * look-ups are most of `wordReasons`' cost.
 */
export function shapeReasons(text: string): SuspectReason[] {
  return reasonsOf(text, undefined)
}

/** `wordReasons`, leaving out `unknown-word` when there is no `check`. */
function reasonsOf(text: string, check: WordCheck | undefined): SuspectReason[] {
  const core = text.replace(leading, '').replace(trailing, '')
  if (core === '') return ordinaryMarks.test(text) || /^[.,;:!?'"()]+$/.test(text) ? [] : ['odd-characters']
  if (!anyLetter.test(core)) return ordinaryMarks.test(core) || digit.test(core) ? [] : ['odd-characters']
  const reasons: SuspectReason[] = []
  const latin = latinLetter.test(core)
  const other = otherLetter.test(core)
  if (latin && other) reasons.push('mixed-script')
  else if (other) reasons.push('foreign-script')
  if (!wordShape.test(core) || hasLookAlikeDigit(core)) reasons.push('odd-characters')
  if (check && latin && !other && !isKnown(core, check)) reasons.push('unknown-word')
  return reasons
}

/**
 * A digit that stands for a letter it looks like, inside a word of letters: `0TTAWA`,
 * `PR0CESS`, `C1TY`. Codes keep their digits apart (`INSE-00`, `FY95`, `4E1A07`, `B5`): a
 * run counts only when it mixes letters with 0, 1, 5 or 8 alone, letters at least three and
 * twice the digits.
 */
function hasLookAlikeDigit(core: string): boolean {
  return (core.match(/[\p{L}\p{N}]+/gu) ?? []).some((run) => {
    if (!/^[\p{L}0158]+$/u.test(run)) return false
    const digits = run.replace(/\p{L}/gu, '').length
    const letters = run.length - digits
    return digits > 0 && letters >= 3 && letters >= 2 * digits
  })
}

/** Whether a word (punctuation stripped) is English, a name, a code or a number. */
function isKnown(core: string, check: WordCheck): boolean {
  const lower = core.toLowerCase()
  if (check.names.has(lower)) return true
  const bare = lower.replace(/['’]s$/u, '').replace(/s['’]$/u, 's')
  if (check.names.has(bare) || check.isWord(bare)) return true
  const parts = core.replace(/['’]s$/u, '').split(/['’\-.&/]+/u).filter((part) => part !== '')
  const compound = parts.length > 1
  return parts.every((part) => {
    if (digit.test(part) || code.test(part) || part.length === 1) return true
    const word = part.toLowerCase()
    // Parts of a compound may be short prefixes (`Co-Chairs`, `at` in `Ambassador-at-Large`).
    return check.names.has(word) || check.isWord(word) || (compound && word.length <= 2)
  })
}

/** The words of `tokens` that look like OCR or typing errors, with their place and reasons. */
export function suspects(tokens: Iterable<Located>, options?: SuspectOptions): Suspect[] {
  const check = wordCheck(options)
  const result: Suspect[] = []
  for (const token of tokens) {
    const reasons = wordReasons(token.text, check)
    if (reasons.length > 0) result.push({ text: token.text, line: token.line, column: token.column, reasons })
  }
  return result
}

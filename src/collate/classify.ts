/**
 * Rule-based typing of variation points (`app/@type`). The rules, in order:
 *
 * 1. Words in another order (`transpositions.ts`): `ocr` when one copy's order is the
 *    scanner's (`order.ts`: a sentence broken at a junction, or whole lines read in the wrong
 *    order, within `reorderWindow` words), else `transposition` (a real move or swap).
 * 2. When the readings are the same words after normalisation (`normalise.ts`):
 *    `orthographic` if they differ only in letter case or in punctuation at word edges
 *    (`IMMEDIATE` / `Immediate`, `BAKU,` / `BAKU`, `’` / `'`), else `ocr` (a look-alike letter
 *    of another script, a word hyphenated across a line break).
 * 3. `marking`: once classification markings (`(c)`, `(S)`, `(LOU)`) are set aside and
 *    strike-through is ignored, the readings are the same words.
 * 4. `ocr`: every difference is scanner noise: a word in a non-Latin script (homoglyphs), a
 *    small edit distance between words that are not both English words (`Karabakh` /
 *    `Karabaich`, `negotiations` / `neggtiations`), punctuation inside a word
 *    (`Nagorno'-Karabakh`), stray tokens with no letters or digits, or words split or joined
 *    differently.
 * 5. `substantive`: anything else: wording added, omitted or changed (`your` / nothing,
 *    `YY` / `ALBRIGHT`, `you` / `your`, both English words), and text a reviewer withheld
 *    (`B6` or `xxxxx` where another copy has the words): a mark of a cut is never noise.
 *
 * A variation point with several readings gets the weightiest type of any reading against the
 * copy text (substantive > marking > ocr > orthographic). An editor's override wins over all.
 */
import { diffArrays } from 'diff'
import { markedKey, normalise } from './normalise.ts'
import { isNearKey, ocrSkeleton } from './similar.ts'
import { shapeReasons } from '../suspects/index.ts'
import { EXEMPTION_TOKEN, REDACTION_MARK } from '../vocabulary/exemptions.ts'
import type { Settings } from './options.ts'
import type { Moved } from './transpositions.ts'
import type { Token, VariantType, Variation } from './types.ts'

/** Longest reading still compared word by word for OCR noise. */
const maxNoiseWords = 60

type PairType = Exclude<VariantType, 'transposition'>

// Real differences outrank noise: a marking struck in one copy and read as junk in another is a marking.
const rank: Record<PairType, number> = { orthographic: 0, ocr: 1, marking: 2, substantive: 3 }

/** What classification needs besides the variation itself. */
export interface ClassifyContext {
  settings: Settings
  isWord: (word: string) => boolean
  moved: Moved | undefined
  copyText: string
  /** The collation's `normalise` of a text (`keyMemo`). */
  keyOf: (text: string) => string
}

/** The type of a variation point by the rules above (overrides are applied by the caller). */
export function classify(variation: Variation, context: ClassifyContext): VariantType {
  if (context.moved) return context.moved.clean !== undefined ? 'ocr' : 'transposition'
  const base = variation.readings.find((reading) => reading.witnesses.includes(context.copyText)) ?? variation.readings[0]
  const baseTokens = base ? firstTokens(base.tokens, base.witnesses) : []
  let worst: PairType = 'orthographic'
  for (const reading of variation.readings) {
    if (reading === base) continue
    const type = classifyPair(firstTokens(reading.tokens, reading.witnesses), baseTokens, context)
    if (rank[type] > rank[worst]) worst = type
  }
  return worst
}

function firstTokens(tokens: Record<string, Token[]>, witnesses: readonly string[]): Token[] {
  return tokens[witnesses[0] ?? ''] ?? []
}

/** Type of the difference between two readings' tokens. */
export function classifyPair(x: readonly Token[], y: readonly Token[], context: ClassifyContext): PairType {
  const { settings } = context
  const words = (tokens: readonly Token[]): Token[] => tokens.filter((token) => !settings.markingPattern.test(token.text))
  const key = (token: Token): string => context.keyOf(token.text)
  // Aligned on normalised keys but not identical: case, punctuation, homoglyphs, hyphenation.
  const full = (tokens: readonly Token[]): string => tokens.map((token) => markedKey(key(token), token.deleted)).join('')
  if (full(x) === full(y)) return isOrthographic(x, y) ? 'orthographic' : 'ocr'
  const xs = words(x)
  const ys = words(y)
  const xk = xs.map(key)
  const yk = ys.map(key)
  if (sameList(xk, yk)) return 'marking'
  // A marking in one copy where the other has only a scanner's remains of it (struck: `4ei-`).
  const marked = xs.length !== x.length || ys.length !== y.length
  const clean = (tokens: Token[]): string[] => tokens.filter((token) => !isJunk(token.text) && !isGarbled(token.text)).map(key)
  if (marked && sameList(clean(xs), clean(ys))) return 'marking'
  if (lettersOf(xk) === lettersOf(yk) && lettersOf(xk) !== '') return isOrthographic(x, y) ? 'orthographic' : 'ocr'
  // Words split or joined where a letter was also misread (`OFrWINNING` / `OF WINNING`,
  // `POINTS_ABOUt_TRE_NEED` / `POINTS ABOUT THE NEED`); not two plain words (`proposals`).
  const joined = xk.length !== yk.length || [...xs, ...ys].some((token) => isJunk(token.text) || isGarbled(token.text))
  if (joined && Math.min(xk.length, yk.length) > 0 && Math.max(xk.length, yk.length) <= 4 && isNearKey(lettersOf(xk), lettersOf(yk))) return 'ocr'
  // Alignment cuts noise into short variation points; a long one is a change of wording
  // (and comparing it word by word would cost time quadratic in its length).
  if (Math.max(xk.length, yk.length) > maxNoiseWords) return 'substantive'
  return onlyNoise(xs, ys, xk, yk, context) ? 'ocr' : 'substantive'
}

/** Whether every word-level difference between two readings is OCR noise. */
function onlyNoise(xs: Token[], ys: Token[], xk: string[], yk: string[], context: ClassifyContext): boolean {
  let i = 0
  let j = 0
  const changes = diffArrays(xk, yk)
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]
    if (!change) continue
    if (!change.added && !change.removed) {
      i += change.count
      j += change.count
      continue
    }
    // A removal followed by an addition is a replacement: pair the words in order.
    const next = changes[index + 1]
    const removed = change.removed ? change.count : 0
    const added = change.added ? change.count : change.removed && next?.added ? next.count : 0
    if (change.removed && next?.added) index++
    const paired = Math.min(removed, added)
    for (let k = 0; k < paired; k++) {
      const a = xs[i + k]
      const b = ys[j + k]
      if (!a || !b || !isOcrPair(a.text, b.text, context)) return false
    }
    for (let k = paired; k < removed; k++) if (!isJunk(xs[i + k]?.text ?? '')) return false
    for (let k = paired; k < added; k++) if (!isJunk(ys[j + k]?.text ?? '')) return false
    i += removed
    j += added
  }
  return true
}

const nonLatinLetter = /[^\P{L}\p{Script=Latin}]/u

/**
 * Whether two readings differ only in letter case or in ordinary punctuation at the edges of
 * words (`. , ; : ! ? ' " ( )`, quotation-mark style, abbreviation points): word for word, the same letters in the
 * same script, struck through alike. How a copy was typed or transmitted (a telegram in
 * capitals), not what it says. Stray marks (`-AMBASSADOR`, `*IN`, `(>:4`) are the scanner's.
 */
export function isOrthographic(x: readonly Token[], y: readonly Token[]): boolean {
  if (x.length !== y.length) return false
  return x.every((token, index) => {
    const other = y[index]
    if (!other || other.deleted !== token.deleted) return false
    if (nonLatinLetter.test(token.text) || nonLatinLetter.test(other.text)) return false
    const key = orthographicKey(token.text)
    return key !== '' && key === orthographicKey(other.text)
  })
}

// Punctuation typists put at word edges; other marks there are a scanner's strays.
const ordinaryPunctuation = '.,;:!?\'"()‘’“”'

/**
 * A word without its case, ordinary edge punctuation, quotation-mark style and the points of
 * an abbreviation (`E.O.` = `EO`, `U.S.` = `US`); '' if nothing is left.
 */
function orthographicKey(text: string): string {
  const key = normalise(text, { homoglyphs: false, punctuation: ordinaryPunctuation }).replace(/(?<=^\p{L}|\.\p{L})\.(?=\p{L}(?:\.|$))/gu, '')
  return /[\p{L}\p{N}]/u.test(key) && !/[^\p{L}\p{N}'".,;:!?()\-/&]/u.test(key) ? key : ''
}

/** Whether two different words are the same word misread by a scanner. */
export function isOcrPair(a: string, b: string, context: ClassifyContext): boolean {
  // An English cable has no Cyrillic or Greek: such a letter is a misread Latin one.
  if (nonLatinLetter.test(a) || nonLatinLetter.test(b)) return true
  // Words against the mark of their cut (`Aliyev` / `B6`) were withheld, not misread.
  if (isWithheldMark(a) !== isWithheldMark(b)) return false
  const ka = context.keyOf(a)
  const kb = context.keyOf(b)
  if (lettersOf([ka]) === lettersOf([kb])) return true
  // Remains of a struck marking or a stain (`4G+` / `(„21.`): garbled on one side, no word on the other.
  if ((isGarbled(a) && !holdsWord(b, context)) || (isGarbled(b) && !holdsWord(a, context))) return true
  // Numbers that differ are different numbers (`14.` / `12.`: paragraphs renumbered).
  if (/^\p{N}[\p{N}.,/-]*$/u.test(ka) && /^\p{N}[\p{N}.,/-]*$/u.test(kb)) return false
  // Letters a scanner confuses (`rn` / `m`, `v` / `y`, `l` / `1`) make the same skeleton.
  if (ocrSkeleton(ka) === ocrSkeleton(kb)) return true
  const wa = ka.replace(/[^\p{L}]/gu, '')
  const wb = kb.replace(/[^\p{L}]/gu, '')
  // The same letters with a digit or a mark among them (`0POSSIBLE`).
  if (wa === wb && wa !== '') return true
  // Two real words (`you` / `your`) are a change of wording, however close; a word with a
  // mark inside (`SA/D`) is not a real word, whatever its letters spell.
  const plain = (key: string): boolean => /^[\p{L}'’-]+$/u.test(key) && context.isWord(key.replace(/['’-]/gu, ''))
  const words = Number(plain(ka)) + Number(plain(kb))
  if (words === 2) return false
  // Beside a real word, a non-word is its misreading if about a third of it differs
  // (`STNNG` / `STRONG`); two non-words (names) may differ by about a quarter.
  const longest = Math.max(ka.length, kb.length)
  return editDistance(ka, kb) <= Math.max(1, Math.floor(longest / (words === 1 ? 3 : 4)))
}

/**
 * A token with characters no word has in that place (`4G+`, `J.,.%)`), a stray hyphen at an
 * edge (`4-64-`, `-4-St`), or digits and letters mixed in a short token (`4G`, `O1`).
 */
function isGarbled(text: string): boolean {
  // The exemptions a reviewer printed at a cut (`B6`, `1.4(D)`) are a release's, not a scanner's.
  if (isWithheldMark(text)) return false
  if (shapeReasons(text).some((reason) => reason === 'odd-characters' || reason === 'mixed-script')) return true
  const core = text.replace(/^["'([]+|(?<!["')\].,;:!?])["')\].,;:!?]+$/gu, '')
  const mixed = core.length <= 6 && /\p{N}/u.test(core) && /\p{L}/u.test(core) && !/^\d+(?:st|nd|rd|th|s)$/iu.test(core)
  return /^-|-$/u.test(core) || mixed
}

/** A mark of text withheld on release: exemptions printed at the cut, or a run of `x`. */
function isWithheldMark(text: string): boolean {
  return EXEMPTION_TOKEN.test(text) || REDACTION_MARK.test(text)
}

/** Whether a token holds an English word of three letters or more. */
function holdsWord(text: string, context: ClassifyContext): boolean {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).some((word) => context.isWord(word))
}

/**
 * A token that carries no word: no letters and no digits (`~`, `'`, `.`), or the junk a
 * scanner makes of stains and struck marks (`4,3-+`, `461-`): marks no text has, or a stray
 * hyphen at an edge.
 */
export function isJunk(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true
  const core = text.replace(/^["'([]+|(?<!["')\].,;:!?])["')\].,;:!?]+$/gu, '')
  if (/[+*%{}<>|\\^~_=•►„]/u.test(core) || /^-|-$/u.test(core)) return true
  // A short garbled token without a word in it (`1,e1`).
  return core.length <= 8 && isGarbled(text) && !/\p{L}{3}/u.test(core)
}

function lettersOf(keys: readonly string[]): string {
  return keys.join('').replace(/[^\p{L}\p{N}]/gu, '')
}

function sameList(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((value, index) => value === y[index])
}

/** Optimal string alignment distance: Levenshtein plus swaps of adjacent letters (`Nagonro`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array<number>(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((d[(i - 1) * cols + j] ?? 0) + 1, (d[i * cols + j - 1] ?? 0) + 1, (d[(i - 1) * cols + j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1)
      }
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1] ?? 0
}

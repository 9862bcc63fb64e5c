/**
 * Normalisation for *comparison only*: tokens keep their diplomatic text; these keys decide
 * whether two words of two witnesses are "the same word".
 *
 * Steps, each switchable:
 * 1. Unicode NFKC, so compatibility forms (ligatures `ﬁ`, full-width letters) compare as
 *    their plain letters (https://unicode.org/reports/tr15/).
 * 2. Homoglyphs: Cyrillic and Greek letters that look Latin (`т е о а р с х у`) become the
 *    Latin letter they were mistaken for. The table is a hand-picked subset of Unicode's
 *    confusables (https://www.unicode.org/reports/tr39/#Confusable_Detection): only letters
 *    an OCR engine trained on several scripts actually emits in English text.
 * 3. Quotation marks: typographic `’ ‘ “ ”` become `'` and `"` (`Mongolia’s` = `Mongolia's`).
 * 4. Case folding (`(c)` and `(C)` are the same marking; OCR often confuses case).
 * 5. Punctuation at word edges (`view.` = `view`, `"whatever` = `whatever`): OCR adds and
 *    drops it freely, and word-level collation compares words, not their punctuation.
 *    Word-internal punctuation is kept (`Nagorno'-Karabakh` stays a variant).
 */

/** Which normalisation steps to apply when comparing words. */
export interface NormaliseOptions {
  /** Apply Unicode NFKC (default `true`). */
  unicode?: boolean
  /** Map Cyrillic/Greek look-alikes to Latin letters (default `true`). */
  homoglyphs?: boolean
  /** Fold typographic quotation marks to straight ones (default `true`). */
  quotes?: boolean
  /** Compare case-insensitively (default `true`). */
  caseFold?: boolean
  /** Characters stripped from both ends of a word (default `defaultPunctuation`; `''` keeps all). */
  punctuation?: string
}

/** Punctuation stripped at word edges by default (OCR strays `` ` ~ * # _ | `` included). */
export const defaultPunctuation = '.,;:!?()[]{}"\'‘’“”«»`~*#_|-–—/\\<>^'

/** The defaults, defined once. */
export const normaliseDefaults: Readonly<Required<NormaliseOptions>> = Object.freeze({
  unicode: true,
  homoglyphs: true,
  quotes: true,
  caseFold: true,
  punctuation: defaultPunctuation
})

const emptyOptions: NormaliseOptions = {}

// Cyrillic and Greek capitals and small letters whose glyphs are (nearly) identical to Latin
// ones in the fonts of 1990s cable printers and in OCR output.
const homoglyphPairs =
  // Cyrillic small
  'аa вb еe ԁd һh іi јj кk мm нh оo рp ԛq сc ѕs тt уy хx ԝw ѵv ӏl ' +
  // Cyrillic capital
  'АA ВB ЕE ІI ЈJ КK МM НH ОO РP СC ЅS ТT УY ХX ԜW ӀI ' +
  // Greek
  'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX αa εe ιi κk νv οo ρp τt υu χx'

/** Map from a look-alike letter to its Latin letter. */
export const homoglyphs: ReadonlyMap<string, string> = new Map(
  homoglyphPairs
    .split(' ')
    .filter((pair) => pair.length === 2)
    .map((pair): [string, string] => [pair.charAt(0), pair.charAt(1)])
)

const nonAscii = /[^\u0000-\u007F]/

/** Replace look-alike Cyrillic/Greek letters with Latin ones. */
export function foldHomoglyphs(text: string): string {
  if (!nonAscii.test(text)) return text
  let result = ''
  for (const char of text) result += homoglyphs.get(char) ?? char
  return result
}

/** Straight quotation marks for typographic ones: a matter of typing, not of wording. */
export function foldQuotes(text: string): string {
  return nonAscii.test(text) ? text.replace(/[‘’‛′]/gu, "'").replace(/[“”„″]/gu, '"') : text
}

/** Remove characters of `punctuation` from both ends of `text`, unless nothing would be left. */
export function stripEdgePunctuation(text: string, punctuation: string): string {
  if (punctuation === '') return text
  let start = 0
  let end = text.length
  while (start < end && punctuation.includes(text.charAt(start))) start++
  while (end > start && punctuation.includes(text.charAt(end - 1))) end--
  // A token made only of punctuation (`--`, `~`) keeps it: it is then its own key.
  return start === end ? text : text.slice(start, end)
}

/** The comparison key of one word: what two witnesses must share to agree on it. */
export function normalise(text: string, options?: NormaliseOptions): string {
  const settings = options || emptyOptions
  let result = text
  // Text in ASCII is its own NFKC form: most words skip the normalisation.
  if ((settings.unicode ?? normaliseDefaults.unicode) && nonAscii.test(result)) result = result.normalize('NFKC')
  if (settings.homoglyphs ?? normaliseDefaults.homoglyphs) result = foldHomoglyphs(result)
  if (settings.quotes ?? normaliseDefaults.quotes) result = foldQuotes(result)
  if (settings.caseFold ?? normaliseDefaults.caseFold) result = result.toLowerCase()
  return stripEdgePunctuation(result, settings.punctuation ?? normaliseDefaults.punctuation)
}

/** Prefix that makes a struck-through word differ from the same word not struck through. */
export const deletedMark = '\u2421'

/** Comparison key of a token: its normalised text, marked when it is struck through. */
export function tokenKey(token: { text: string; deleted: boolean }, options?: NormaliseOptions): string {
  return markedKey(normalise(token.text, options), token.deleted)
}

/** A normalised text as the key of a token struck through (`deleted`) or not. */
export function markedKey(key: string, deleted: boolean): string {
  return deleted ? deletedMark + key : key
}

/**
 * `normalise` remembered for the texts of one collation: copies share most of their words, and
 * collation asks for the same words' keys again and again (alignment, attested words,
 * classification). Each text is normalised once, and equal keys are then one string, so every
 * later comparison of two equal keys is a pointer check and every map hashes it once. Made per
 * collation and dropped with it, so nothing outlives one document.
 */
export function keyMemo(options?: NormaliseOptions): (text: string) => string {
  const keys = new Map<string, string>()
  const shared = new Map<string, string>()
  return (text) => {
    let key = keys.get(text)
    if (key === undefined) {
      const made = normalise(text, options)
      key = shared.get(made)
      if (key === undefined) shared.set(made, (key = made))
      keys.set(text, key)
    }
    return key
  }
}

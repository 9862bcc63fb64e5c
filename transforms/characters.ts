/**
 * Characters XML 1.0 cannot carry (https://www.w3.org/TR/xml/#charsets): C0 controls other
 * than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF. The TEI writer
 * records each as `<g type="control" n="U+0007"/>`; here each gets a warning with its place.
 */
export const ILLEGAL_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Every character ILLEGAL_XML_CHAR may match, and the surrogates of valid pairs besides. */
const MAYBE_ILLEGAL_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * Warn once per illegal character (at most 20 times, then once more with the count). A form
 * feed is no surprise: it is the page break of a text layer (transforms/pages.ts makes it one),
 * so it is recorded without a warning.
 */
export function checkCharacters(text: string, warn: (offset: number, message: string) => void): void {
  // Almost every file has none, nor a surrogate at all: a plain character class says so in one
  // pass, where the lookarounds that tell a lone surrogate from a pair took twice as long.
  if (!MAYBE_ILLEGAL_XML_CHAR.test(text)) return
  let count = 0
  for (const match of text.matchAll(ILLEGAL_XML_CHAR)) {
    if (match[0] === '\f') continue
    count++
    if (count <= 20) warn(match.index ?? 0, `character ${codePoint(match[0])} is not allowed in XML: recorded as <g type="control">`)
  }
  if (count > 20) warn(0, `${count - 20} more characters not allowed in XML were recorded as <g type="control">`)
}

/** `U+0007` notation of a character. */
export function codePoint(char: string): string {
  return 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

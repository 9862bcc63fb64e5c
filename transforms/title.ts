const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with'])

/**
 * A title for catalogues from an all-capitals SUBJECT line: words capitalised, short
 * function words lower-case, each part of a hyphenated name capitalised, codes of up to
 * three letters (`US`, `GVN`) kept. The SUBJECT itself stays as written in the text.
 */
export function titleCase(subject: string): string {
  if (subject !== subject.toUpperCase()) return subject
  let start = true
  return subject.replace(/[A-Za-z][A-Za-z']*/g, (word) => {
    const lower = word.toLowerCase()
    const result = word.length <= 3 && !SMALL.has(lower) && !/^[A-Z][a-z]/.test(word) && !start ? word : !start && SMALL.has(lower) ? lower : lower[0]?.toUpperCase() + lower.slice(1)
    start = false
    return result
  }).replace(/: ([a-z])/g, (_, c: string) => `: ${c.toUpperCase()}`)
}

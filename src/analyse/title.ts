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

/**
 * The document's title: the lemma's SUBJECT, title-cased; without one, the first words of the
 * lemma's first paragraph (a file name is never a title when the text has words).
 */
export function titleOf(facts: { subject?: string }, lemma: ReadonlyArray<{ kind: string; text: string }>): string {
  if (facts.subject) return titleCase(facts.subject)
  const first = lemma.find((b) => b.kind === 'p' && /\p{L}/u.test(b.text)) ?? lemma.find((b) => /\p{L}/u.test(b.text))
  if (!first) return 'Untitled document'
  const words = first.text.replace(/\s+/g, ' ').trim().split(' ')
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ')
}

/**
 * The model keeps marks on single tokens (`sic`, withheld-text gaps) keyed `siglum:index`, which
 * reads well in JSON and tests. Looking one up for every word of a document, though, made a
 * string and a dictionary lookup a word: some 45 % of the TEI writer's time. A writer that
 * looks up every word makes this lookup once per document (the marks as they are then: it sees
 * no mark added later).
 */

/** Each token's mark, or undefined. */
export type TokenMarks<T> = (siglum: string, index: number) => T | undefined

/** A lookup of the marks keyed `siglum:index`, by siglum and token index. */
export function tokenMarks<T>(marks: Readonly<Record<string, T>>): TokenMarks<T> {
  const bySiglum = new Map<string, Map<number, T>>()
  for (const [key, mark] of Object.entries(marks)) {
    const colon = key.lastIndexOf(':')
    const siglum = key.slice(0, colon)
    let own = bySiglum.get(siglum)
    if (!own) bySiglum.set(siglum, (own = new Map()))
    own.set(Number(key.slice(colon + 1)), mark)
  }
  return (siglum, index) => bySiglum.get(siglum)?.get(index)
}

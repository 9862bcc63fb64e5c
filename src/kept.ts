/**
 * An answer kept for each string it was asked of, for a pure function that the stages ask of
 * the same strings again and again (a word in every copy, a line in five stages). At most
 * `limit` answers are kept, then all are forgotten at once, so a thread's memory stays bounded
 * on any input.
 */
export function keptPerKey<T>(decide: (key: string) => T, limit: number): (key: string) => T {
  const kept = new Map<string, T>()
  return (key) => {
    const known = kept.get(key)
    // `has` only for an answer that is itself undefined.
    if (known !== undefined || kept.has(key)) return known as T
    const answer = decide(key)
    if (kept.size >= limit) kept.clear()
    kept.set(key, answer)
    return answer
  }
}

/**
 * Finding the listed spellings of names in a text: every spelling at every place, on word
 * boundaries, then the longest first, so that a name is never tagged inside another
 * (`Nagorno-Karabakh` before `Karabakh`). A text without lower-case letters (an ALL-CAPS
 * telegram) is matched by the capitals of each spelling, any other text by the spelling as
 * the editor wrote it. A spelling listed for two entries is ambiguous: it still holds its
 * place against shorter names, but is left untagged and reported.
 */
import type { Entity } from './authority.ts'

/** A stretch of a text and the entries its spelling is listed for (more than one: ambiguous). */
export interface Found {
  start: number
  end: number
  keys: string[]
}

/** Letters and digits, and a hyphen joining them: what a name may not touch. */
const BEFORE = '(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-\u2010])'
const AFTER = '(?![\\p{L}\\p{N}])(?![-\u2010][\\p{L}\\p{N}])'

/** Spellings of a set of entries, compiled once for mixed-case and for ALL-CAPS text. */
export class Spellings {
  private readonly exact: Matcher
  private readonly capitals: Matcher

  constructor(entities: readonly Entity[]) {
    this.exact = new Matcher(entities, (s) => s)
    this.capitals = new Matcher(entities, (s) => s.toUpperCase())
  }

  /** The names of a text, longest first, none inside another. */
  find(text: string): Found[] {
    const matcher = /\p{Ll}/u.test(text) ? this.exact : this.capitals
    return longestFirst(matcher.all(text))
  }
}

class Matcher {
  private readonly keys = new Map<string, Set<string>>()
  private readonly pattern: RegExp | undefined

  constructor(entities: readonly Entity[], form: (spelling: string) => string) {
    for (const entity of entities) {
      for (const spelling of entity.spellings) {
        const key = form(spelling)
        const set = this.keys.get(key) ?? new Set<string>()
        set.add(entity.key)
        this.keys.set(key, set)
      }
    }
    // Longest first, so that at any place the longest spelling that fits is the one found.
    const alternatives = [...this.keys.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escape)
    this.pattern = alternatives.length === 0 ? undefined : new RegExp(`${BEFORE}(?=(${alternatives.join('|')})${AFTER})`, 'gu')
  }

  /** Every place a spelling fits, with the longest spelling at each place. */
  all(text: string): Found[] {
    if (!this.pattern) return []
    const found: Found[] = []
    for (const match of text.matchAll(this.pattern)) {
      const spelling = match[1] ?? ''
      const start = match.index ?? 0
      found.push({ start, end: start + spelling.length, keys: [...(this.keys.get(spelling.replace(/\s+/g, ' ')) ?? [])].sort() })
    }
    return found
  }
}

/** Keep the longest of overlapping names (the earlier of two as long), in text order. */
export function longestFirst(found: readonly Found[]): Found[] {
  const kept: Found[] = []
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const candidate of byLength) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** A spelling as a pattern: its words separated by any space. */
function escape(spelling: string): string {
  return spelling.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')
}

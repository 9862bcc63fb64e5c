/** Test helpers: build witnesses from plain strings and from the sample cable's raw lines. */
import { readFileSync } from 'node:fs'
import type { Token, WitnessTokens } from '../../src/collate/types.ts'

/** Tokenise `lines` (1-based line numbers given by `firstLine`) by whitespace; `<del>…</del>` marks deleted words. */
export function tokenise(lines: ReadonlyArray<{ line: number; text: string }>): Token[] {
  const tokens: Token[] = []
  let deleted = false
  for (const { line, text } of lines) {
    for (const match of text.matchAll(/\S+/g)) {
      let word = match[0]
      let column = (match.index ?? 0) + 1
      while (word.startsWith('<del>')) {
        deleted = true
        word = word.slice(5)
        column += 5
      }
      let closes = false
      while (word.endsWith('</del>')) {
        closes = true
        word = word.slice(0, -6)
      }
      if (word !== '') tokens.push({ index: tokens.length, text: word, deleted, line, column })
      if (closes) deleted = false
    }
  }
  return tokens
}

/** A witness from one string per line (line numbers from 1). */
export function witness(siglum: string, ...lines: string[]): WitnessTokens {
  return { siglum, tokens: tokenise(lines.map((text, index) => ({ line: index + 1, text }))) }
}

const samplePath = new URL('../../corpus/FL-2017-13804-B-00002120004.txt', import.meta.url)

/**
 * The two copies of the sample cable, paragraph text only: A is raw lines 28–80 and B lines
 * 86–134 (both from `REF:` to `End Text.`), without the page furniture between pages (README
 * anatomy) and without copy A's FOIA stamp run into line 80.
 */
export function sampleWitnesses(): [WitnessTokens, WitnessTokens] {
  const raw = readFileSync(samplePath, 'utf8').split('\n')
  const furniture = new Set([40, 42, 44, 54, 56, 58, 68, 70, 72, 104, 106, 118, 120, 122])
  const pick = (from: number, to: number): Array<{ line: number; text: string }> => {
    const out: Array<{ line: number; text: string }> = []
    for (let line = from; line <= to; line++) {
      if (furniture.has(line)) continue
      let text = raw[line - 1] ?? ''
      if (line === 80) text = text.replace(/\s*FL-2017-13804.*$/, '')
      out.push({ line, text })
    }
    return out
  }
  return [
    { siglum: 'A', tokens: tokenise(pick(28, 80)) },
    { siglum: 'B', tokens: tokenise(pick(86, 134)) }
  ]
}

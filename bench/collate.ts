/**
 * Benchmarks of the collation engine: medians over several runs of
 * - two copies of 5,000 words with ~50 scattered edits,
 * - one single witness of 200,000 words,
 * - three copies of 5,000 words with ~50 edits each.
 * Run alone with `node --import tsx bench/collate.ts`; `benchCollate()` returns the medians (ms).
 */
import { readFileSync } from 'node:fs'
import { time } from './timing.ts'
import { fileURLToPath } from 'node:url'
import { collate } from '../src/collate/index.ts'
import type { Token, WitnessTokens } from '../src/collate/types.ts'

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const sample = new URL('../corpus/FL-2017-13804-B-00002120004.txt', import.meta.url)
let vocabulary: string[] | undefined

/** `count` words drawn from the sample cable's own words, so they repeat as real prose does. */
export function prose(count: number, seed: number): string[] {
  vocabulary ??= readFileSync(sample, 'utf8').split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const next = random(seed)
  const words = vocabulary
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)] ?? 'word')
}

/** A copy of `words` with `count` scattered edits: changed, omitted, added, misread and moved words. */
export function edited(words: readonly string[], count: number, seed: number): string[] {
  const next = random(seed)
  const out = [...words]
  for (let edit = 0; edit < count; edit++) {
    const at = Math.floor(next() * out.length)
    const kind = edit % 5
    if (kind === 0) out[at] = 'changed'
    else if (kind === 1) out.splice(at, 1)
    else if (kind === 2) out.splice(at, 0, 'added')
    else if (kind === 3) out[at] = (out[at] ?? '').replace(/e/, 'е') // Cyrillic е
    else out.splice(Math.floor(next() * out.length), 0, ...out.splice(at, 4))
  }
  return out
}

/** A witness of one word per token, ten words to a line. */
export function asWitness(siglum: string, words: readonly string[]): WitnessTokens {
  const tokens: Token[] = words.map((text, index) => ({ index, text, deleted: false, line: 1 + Math.floor(index / 10), column: 1 + (index % 10) * 12 }))
  return { siglum, tokens }
}

/** Median milliseconds of each scenario (keys end in `Ms`) and words per second (`WordsPerS`). */
export async function benchCollate(runs = 7): Promise<Record<string, number>> {
  const base = prose(5000, 1)
  const two = [asWitness('A', base), asWitness('B', edited(base, 50, 2))]
  const three = [...two, asWitness('C', edited(base, 50, 3))]
  const single = [asWitness('A', prose(200_000, 4))]
  const result: Record<string, number> = {}
  const scenarios: Array<[string, WitnessTokens[]]> = [
    ['twoCopies5k', two],
    ['singleWitness200k', single],
    ['threeCopies5k', three]
  ]
  for (const [name, witnesses] of scenarios) {
    const ms = time(() => collate(witnesses), runs)
    const words = witnesses.reduce((sum, witness) => sum + witness.tokens.length, 0)
    result[`${name}Ms`] = Math.round(ms * 100) / 100
    result[`${name}WordsPerS`] = Math.round(words / (ms / 1000))
  }
  return result
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchCollate()
  for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)
}

/**
 * The tokeniser's word scan (src/tokenise/stream.ts) splits text as the pattern it replaces,
 * `/(\s*)(\S+)|(\s+)$/g`: the same words at the same offsets, the same white space before each
 * and after the last, for every kind of white space JavaScript knows.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import fc from 'fast-check'
import { eachWord } from '../src/tokenise/stream.ts'

type Part = [space: string, text: string | undefined, at: number]

function byPattern(value: string): Part[] {
  return [...value.matchAll(/(\s*)(\S+)|(\s+)$/g)].map((match): Part =>
    match[2] === undefined ? [match[3] ?? '', undefined, match.index ?? 0] : [match[1] ?? '', match[2], (match.index ?? 0) + (match[1]?.length ?? 0)]
  )
}

function byScan(value: string): Part[] {
  const parts: Part[] = []
  eachWord(value, (space, text, at) => parts.push([space, text, at]))
  return parts
}

const PIECES = ['a', 'EMBASSY', '1.4(b)', '—', 'é', '😀', '\uD800', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085']

test('the word scan gives what the pattern gives, for every kind of white space', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      const value = pieces.join('')
      assert.deepEqual(byScan(value), byPattern(value))
    }),
    { numRuns: 1000 },
  )
})

test('words, the space before each, and the space after the last', () => {
  assert.deepEqual(byScan('  REF: A\u00a0B  '), [['  ', 'REF:', 2], [' ', 'A', 7], ['\u00a0', 'B', 9], ['  ', undefined, 10]])
  assert.deepEqual(byScan(''), [])
})

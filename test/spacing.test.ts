/**
 * The spacing check (transforms/spacing.ts) scans words by code point; it must find the words a
 * Unicode regular expression finds (`\p{L}[\p{L}'’]*`), in any script, with apostrophes, letters
 * outside the BMP and lone surrogates, and flag the same run-together words.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import fc from 'fast-check'
import { checkSpacing, isRunTogether, runTogetherWords } from '../transforms/spacing.ts'

/** The definition the scan follows, by regular expression. */
function wordsByPattern(text: string): Array<{ word: string; offset: number }> {
  return [...text.matchAll(/\p{L}[\p{L}'’]*/gu)].map((match) => ({ word: match[0], offset: match.index ?? 0 }))
}

const PIECES = ['a', 'Z', 'q', 'functionthatis', 'officeis', 'officeisno', 'internationalisation', 'é', 'Ä', 'ß', 'Ж', 'ω', '中', '𝐀', '😀', '\uD800', '\uDC00', "'", '’', ' ', '\n', '-', '1', '09', '.', 'don’t', "it's"]

test('the scan counts the words the Unicode pattern matches, and flags the same run-together words', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      const text = pieces.join('')
      const expected = wordsByPattern(text)
      const { words, joined } = runTogetherWords(text)
      assert.equal(words, expected.length)
      const long = expected.filter(({ word }) => word.length >= 10 && /^[A-Za-z]+$/.test(word))
      assert.deepEqual(joined, long.filter(({ word }) => isRunTogether(word.toLowerCase())))
    }),
    { numRuns: 500 },
  )
})

test('a text layer that lost its spaces is flagged once, at its first run-together word', () => {
  const warnings: Array<{ offset: number; message: string }> = []
  const text = 'Onefunctionthatis to come under myofficeisnow. Theministerwillsee theambassadortomorrow and theembassywillreport.'
  checkSpacing(text, (offset, message) => warnings.push({ offset, message }))
  assert.equal(warnings.length, 1)
  assert.equal(warnings[0]?.offset, 0)
  assert.match(warnings[0]?.message ?? '', /lost the spaces between words \(5 words such as "Onefunctionthatis"\)/)
})

test('names that split into English words are one word, and a name repeated is one: no text layer that lost its spaces', () => {
  // afghan-is-tan, turk-men-is-tan, washing-ton, copen-hagen: a country the TAGS name, a post's place.
  for (const name of ['AFGHANISTAN', 'Turkmenistan', 'WASHINGTON', 'COPENHAGEN', 'BANGLADESH', 'DECAPTIONED']) assert.equal(isRunTogether(name.toLowerCase()), false, name)
  const warnings: string[] = []
  const telegram = `${'THE DETAINEES AT GUANTANAMO WERE DISCUSSED. '.repeat(15)}AFGHANISTAN AND TURKMENISTAN TALKED TO WASHINGTON AND COPENHAGEN.`
  checkSpacing(telegram, (_, message) => warnings.push(message))
  assert.deepEqual(warnings, [])
  // Five different words run together still flag a layer, however often one of them recurs.
  const flagged: string[] = []
  checkSpacing(`${'Theministerwillsee '.repeat(10)}theambassadortomorrow and theembassywillreport onefunctionthatis myofficeisnow.`, (_, message) => flagged.push(message))
  assert.equal(flagged.length, 1)
})

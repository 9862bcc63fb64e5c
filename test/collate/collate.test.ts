import assert from 'node:assert/strict'
import test from 'node:test'
import { collate, CollationError, parseOverrides, witnessTokensOf } from '../../src/collate/index.ts'
import { APP_TYPE_DESCRIPTIONS } from '../../src/vocabulary/variant-types.ts'
import type { Segment, Variation, WitnessTokens } from '../../src/collate/types.ts'
import { witness } from './helpers.ts'

const variations = (segments: Segment[]): Variation[] => segments.filter((segment): segment is Variation => segment.kind === 'vary')
const words = (variation: Variation, siglum: string): string =>
  (variation.readings.find((reading) => reading.witnesses.includes(siglum))?.tokens[siglum] ?? []).map((token) => token.text).join(' ')
const lemmaText = (variation: Variation): string => {
  const reading = variation.readings[variation.lemma]
  return (reading?.tokens[reading.witnesses[0] ?? ''] ?? []).map((token) => token.text).join(' ')
}
const roundTrips = (segments: Segment[], witnesses: WitnessTokens[]): void => {
  for (const { siglum, tokens } of witnesses) assert.deepEqual(witnessTokensOf(segments, siglum), tokens, `tokens of ${siglum}`)
}

test('collate', async (t) => {
  await t.test('should return one agreement for one witness', () => {
    const a = witness('A', 'Thank you for your letter of October 27.')
    const segments = collate([a])
    assert.equal(segments.length, 1)
    assert.equal(segments[0]?.kind, 'agree')
    roundTrips(segments, [a])
  })

  await t.test('should return one agreement when copies are identical', () => {
    const a = witness('A', 'the basis of negotiations')
    const b = witness('B', 'the basis', 'of negotiations')
    assert.deepEqual(collate([a, b]).map((segment) => segment.kind), ['agree'])
  })

  await t.test('should find a changed word, substantive, with the copy text as lemma', () => {
    const a = witness('A', 'we would soon produce a document very similar to our proposals')
    const b = witness('B', 'we would soon produce a treaty very similar to our proposals')
    const segments = collate([a, b], { copyText: 'A' })
    const [only, ...rest] = variations(segments)
    assert.equal(rest.length, 0)
    assert.equal(only?.type, 'substantive')
    assert.equal(words(only!, 'A'), 'document')
    assert.equal(words(only!, 'B'), 'treaty')
    assert.equal(lemmaText(only!), 'document')
    assert.equal(only?.lemmaReason, 'copy-text')
    roundTrips(segments, [a, b])
  })

  await t.test('should default the copy text to the last witness', () => {
    const segments = collate([witness('A', 'a document here'), witness('B', 'a treaty here')])
    assert.equal(lemmaText(variations(segments)[0]!), 'treaty')
  })

  await t.test('should find an omitted sentence as one substantive variant', () => {
    const a = witness('A', 'Here is how I see it. Both Armenia and Azerbaijan have accepted our proposals. We take this as evidence.')
    const b = witness('B', 'Here is how I see it. We take this as evidence.')
    const [only, ...rest] = variations(collate([a, b]))
    assert.equal(rest.length, 0)
    assert.equal(only?.type, 'substantive')
    assert.equal(words(only!, 'A'), 'Both Armenia and Azerbaijan have accepted our proposals.')
    assert.equal(words(only!, 'B'), '')
  })

  await t.test('should group agreeing witnesses in one reading', () => {
    const a = witness('A', 'the leaders of Nagorno-Karabakh are the key to peace')
    const b = witness('B', 'the leaders of Nagorno-Karabakh are the door to peace')
    const c = witness('C', 'the leaders of Nagorno-Karabakh are the key to peace')
    const segments = collate([a, b, c], { copyText: 'A' })
    const [only, ...rest] = variations(segments)
    assert.equal(rest.length, 0)
    assert.deepEqual(only?.readings.map((reading) => reading.witnesses), [['A', 'C'], ['B']])
    assert.deepEqual(only?.readings[0]?.tokens.C?.map((token) => token.text), ['key'])
    roundTrips(segments, [a, b, c])
  })

  await t.test('should make one variation point where the differences of several witnesses overlap', () => {
    const a = witness('A', 'one two three four five six')
    const b = witness('B', 'one two THREE-X four five six')
    const c = witness('C', 'one two four five six')
    const segments = collate([a, b, c], { copyText: 'A' })
    const list = variations(segments)
    assert.equal(list.length, 1)
    assert.deepEqual(list[0]?.readings.map((reading) => reading.witnesses), [['A'], ['B'], ['C']])
    roundTrips(segments, [a, b, c])
  })

  await t.test('should find a transposition as two linked places, not an omission and an addition', () => {
    const moved = 'President Aliyev has advanced reservations'
    const middle = Array.from({ length: 20 }, (_, index) => `word${index}`).join(' ')
    const a = witness('A', `${moved} and then ${middle} and finally the end`)
    const b = witness('B', `and then ${middle} and finally ${moved} the end`)
    const segments = collate([a, b], { copyText: 'A' })
    const list = variations(segments)
    assert.equal(list.length, 2)
    assert.ok(list.every((variation) => variation.type === 'transposition'))
    assert.ok(list[0]?.transposition?.startsWith('tr-'))
    assert.equal(list[0]?.transposition, list[1]?.transposition)
    assert.equal(words(list[0]!, 'A'), moved)
    assert.equal(words(list[1]!, 'B'), moved)
    assert.equal(collate([a, b], { copyText: 'A' }).find((s) => s.kind === 'vary' && s.transposition)?.kind, 'vary')
    assert.equal(variations(collate([a, b], { copyText: 'A' }))[0]?.transposition, list[0]?.transposition, 'ids are stable')
    roundTrips(segments, [a, b])
  })

  await t.test('should not call a move of short common words a transposition', () => {
    const a = witness('A', 'of the and alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu')
    const b = witness('B', 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu of the and')
    const list = variations(collate([a, b]))
    assert.ok(list.every((variation) => variation.type !== 'transposition' && !variation.transposition))
  })

  await t.test('should type a phrase read out of order nearby as ocr', () => {
    const a = witness('A', 'its reservations with the same end in view. I am therefore confident that, if')
    const b = witness('B', 'its reservations I am therefore confident with the same end in view. that, if')
    const list = variations(collate([a, b]))
    assert.equal(list.length, 2)
    assert.ok(list.every((variation) => variation.type === 'ocr'))
    assert.equal(list[0]?.transposition, list[1]?.transposition)
  })

  await t.test('should type homoglyph and misspelling noise as ocr with the clean reading as lemma', () => {
    const a = witness('A', 'the peace process in Nagorno-Karabakh I share your conclusions about negotiations')
    const b = witness('B', 'the peacе process in Nagorno-Karabakh I share your conclusions about neggtiations')
    const list = variations(collate([a, b], { copyText: 'B' }))
    assert.deepEqual(list.map((variation) => variation.type), ['ocr', 'ocr'])
    assert.deepEqual(list.map(lemmaText), ['peace', 'negotiations'])
    assert.ok(list.every((variation) => variation.lemmaReason === 'clean-reading'))
    assert.equal(list[0]?.readings[list[0].lemma]?.witnesses[0], 'A', 'the lemma comes from whichever copy is clean')
  })

  // Issue 9: case and punctuation at word edges are how a copy was typed, not scanner noise.
  await t.test('should type a difference of edge punctuation only as orthographic, the copy text as lemma', () => {
    const a = witness('A', 'the peace process in Nagorno-Karabakh. I share your conclusions')
    const b = witness('B', 'the peace process in Nagorno-Karabakh I share your conclusions')
    const [only, ...rest] = variations(collate([a, b], { copyText: 'B' }))
    assert.equal(rest.length, 0)
    assert.equal(only?.type, 'orthographic')
    assert.equal(lemmaText(only!), 'Nagorno-Karabakh')
    assert.equal(only?.lemmaReason, 'copy-text')
  })

  await t.test('should type a scanner misreading of a name as ocr, a change of real words as substantive', () => {
    const a = witness('A', 'convincing the Karabakh leadership and your letter')
    const b = witness('B', 'convincing the Earabakh leadership and you letter')
    const list = variations(collate([a, b], { copyText: 'B', names: ['Karabakh'] }))
    assert.deepEqual(list.map((variation) => variation.type), ['ocr', 'substantive'])
    assert.equal(lemmaText(list[0]!), 'Karabakh')
    assert.equal(lemmaText(list[1]!), 'you')
  })

  await t.test('should type a difference of classification marking or strike-through as marking', () => {
    const a = witness('A', '1. (c) Embasssy should deliver')
    const b = witness('B', '1. <del>(C)</del> Embasssy should deliver')
    const [only, ...rest] = variations(collate([a, b]))
    assert.equal(rest.length, 0)
    assert.equal(only?.type, 'marking')
    assert.equal(only?.readings.find((reading) => reading.witnesses.includes('B'))?.tokens.B?.[0]?.deleted, true)
    assert.equal(variations(collate([witness('A', 'begin (S) text'), witness('B', 'begin text')]))[0]?.type, 'marking')
  })

  await t.test('should align a word hyphenated across a break with the whole word', () => {
    const a = witness('A', 'in the shortest possi-', 'ble space of time')
    const b = witness('B', 'in the shortest possible space of time')
    const segments = collate([a, b])
    const list = variations(segments)
    assert.equal(list.length, 1, 'only the hyphenated word differs')
    assert.equal(words(list[0]!, 'A'), 'possi- ble')
    assert.equal(words(list[0]!, 'B'), 'possible')
    assert.equal(list[0]?.type, 'ocr')
    assert.equal(lemmaText(list[0]!), 'possible')
    roundTrips(segments, [a, b])
  })

  await t.test('should give each variation a stable key from the copy text and apply overrides by it', () => {
    const a = witness('A', 'Thank you for your letter of October 27')
    const b = witness('B', 'Thank you for letter of October 27')
    const [first] = variations(collate([a, b], { copyText: 'A' }))
    assert.equal(first?.key, 'A:1:15')
    const overrides = parseOverrides(JSON.parse('{"A:1:15": "ocr"}'))
    const [changed] = variations(collate([a, b], { copyText: 'A', overrides }))
    assert.equal(changed?.type, 'ocr')
    assert.equal(changed?.lemmaReason, 'clean-reading')
    const [keyed] = variations(collate([a, b], { copyText: 'B' }))
    assert.equal(keyed?.key, 'A:1:15', 'an addition is keyed by the first witness that has words')
  })

  await t.test('should reject bad input with a CollationError that says what to do', () => {
    assert.throws(() => collate([]), CollationError)
    assert.throws(() => collate([witness('A', 'x'), witness('A', 'y')]), /used twice/)
    assert.throws(() => collate([witness('A', 'x')], { copyText: 'Z' }), /not a witness/)
    assert.throws(() => parseOverrides({ 'A:1:1': 'typo' }), /unknown type/)
  })

  await t.test('should describe every variant type in English', () => {
    for (const description of Object.values(APP_TYPE_DESCRIPTIONS)) assert.match(description, /^[A-Z].+\.$/)
  })
})

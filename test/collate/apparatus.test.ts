/**
 * Issue 9: the apparatus an editor expects. Alignment pairs misread words before exact matches
 * of common words, a reordering is one linked pair (or one point) typed by rule, and the
 * edited text never follows a scanner's reading order.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import { collate, witnessTokensOf } from '../../src/collate/index.ts'
import type { Segment, Variation, WitnessTokens } from '../../src/collate/types.ts'
import { witness } from './helpers.ts'

const variations = (segments: Segment[]): Variation[] => segments.filter((segment): segment is Variation => segment.kind === 'vary')
const words = (variation: Variation, siglum: string): string =>
  (variation.readings.find((reading) => reading.witnesses.includes(siglum))?.tokens[siglum] ?? []).map((token) => token.text).join(' ')
/** The edited text: agreements and lemmas, in order. */
const edited = (segments: Segment[], copyText: string): string =>
  segments
    .flatMap((segment) => {
      if (segment.kind === 'agree') return segment.tokens[copyText] ?? []
      const lemma = segment.readings[segment.lemma]
      return lemma?.tokens[lemma.witnesses[0] ?? ''] ?? []
    })
    .map((token) => token.text)
    .join(' ')
const roundTrips = (segments: Segment[], witnesses: WitnessTokens[]): void => {
  for (const { siglum, tokens } of witnesses) assert.deepEqual(witnessTokensOf(segments, siglum), tokens, `tokens of ${siglum}`)
}

test('apparatus an editor trusts', async (t) => {
  await t.test('should give an omitted sentence and the damaged word after it two entries, substantive and ocr', () => {
    // The common word (`Ambassador`) stands in the omitted sentence too: a plain diff pairs it.
    const a = witness('A', 'The talks went on. The Ambassador raised the treaty. Ambassadr Smith then said that the talks would go on.')
    const b = witness('B', 'The talks went on. Ambassador Smith then said that the talks would go on.')
    for (const copyText of ['A', 'B']) {
      const segments = collate([a, b], { copyText })
      const list = variations(segments)
      assert.deepEqual(list.map((variation) => variation.type), ['substantive', 'ocr'], `copy text ${copyText}`)
      assert.equal(words(list[0]!, 'A'), 'The Ambassador raised the treaty.')
      assert.equal(words(list[0]!, 'B'), '')
      assert.deepEqual([words(list[1]!, 'A'), words(list[1]!, 'B')], ['Ambassadr', 'Ambassador'])
      assert.match(edited(segments, copyText), /Ambassador Smith then said/, 'the lemma is the clean spelling')
      roundTrips(segments, [a, b])
    }
  })

  await t.test('should keep an OCR error beside a one-word omission its own entry', () => {
    const a = witness('A', 'Thank you for your lettr of October 27')
    const b = witness('B', 'Thank you for letter of October 27')
    const list = variations(collate([a, b], { copyText: 'B' }))
    assert.deepEqual(list.map((variation) => [words(variation, 'A'), words(variation, 'B'), variation.type]), [
      ['your', '', 'substantive'],
      ['lettr', 'letter', 'ocr']
    ])
  })

  await t.test('should pair rn/m, v/y and a Cyrillic т for I as misreadings', () => {
    const a = witness('A', 'I said the modern navy was very ready')
    const b = witness('B', 'т said the rnodern navy was yery ready')
    const list = variations(collate([a, b], { copyText: 'B' }))
    assert.deepEqual(list.map((variation) => [words(variation, 'A'), variation.type]), [['I', 'ocr'], ['modern', 'ocr'], ['very', 'ocr']])
  })

  await t.test('should give a swapped pair of names one transposition', () => {
    const a = witness('A', 'if it were up to Aliyev and Ter-Petrossian, serious negotiations would follow')
    const b = witness('B', 'if it were up to Ter-Petrossian and Aliyev, serious negotiations would follow')
    const segments = collate([a, b], { copyText: 'B' })
    const [only, ...rest] = variations(segments)
    assert.equal(rest.length, 0)
    assert.equal(only?.type, 'transposition')
    assert.equal(words(only!, 'A'), 'Aliyev and Ter-Petrossian,')
    assert.equal(words(only!, 'B'), 'Ter-Petrossian and Aliyev,')
    assert.equal(only?.lemmaReason, 'copy-text')
    roundTrips(segments, [a, b])
  })

  await t.test('should find a two-word move far away as one linked pair of places, typed transposition', () => {
    const middle = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ')
    const a = witness('A', `Lynn Pascoe will join ${middle} and meet them`)
    const b = witness('B', `will join ${middle} and meet Lynn Pascoe them`)
    const list = variations(collate([a, b], { copyText: 'A' }))
    assert.equal(list.length, 2)
    assert.ok(list.every((variation) => variation.type === 'transposition'))
    assert.equal(list[0]?.transposition, list[1]?.transposition)
    assert.equal(words(list[0]!, 'A'), 'Lynn Pascoe')
    assert.equal(words(list[1]!, 'B'), 'Lynn Pascoe')
  })

  await t.test('should call the shorter of two reordered passages the moved one, and read the clean order', () => {
    const a = witness('A', 'Azerbaijan has advanced its reservations with the same end in view. I am therefore confident that, if it were up to them')
    const b = witness('B', 'Azerbaijan has advanced its reservations I am therefore confident with the same end in view. that, if it were up to them')
    for (const copyText of ['A', 'B']) {
      const segments = collate([a, b], { copyText })
      const list = variations(segments)
      assert.equal(list.length, 2, `copy text ${copyText}`)
      assert.equal(list[0]?.transposition, list[1]?.transposition)
      assert.ok(list.every((variation) => variation.type === 'ocr'))
      assert.deepEqual(list.map((variation) => words(variation, 'A') || words(variation, 'B')), ['I am therefore confident', 'I am therefore confident'])
      assert.ok(edited(segments, copyText).includes('its reservations with the same end in view. I am therefore confident that, if'), `copy text ${copyText}`)
      roundTrips(segments, [a, b])
    }
  })

  await t.test('should type lines read in the wrong order as ocr, the lemma in the other copy’s order', () => {
    const draft = witness('A', '(U) DATE: SATURDAY, OCTOBER 19, 1996', '(U) TIME: 0656 EDT', 'PARTICIPANTS: THE DEPUTY SECRETARY')
    const telegram = witness('B', '(U) DATE:', '(U) TIME:', 'SATURDAY, OCTOBER 19, 1996', '0656 EDT', 'PARTICIPANTS: THE DEPUTY SECRETARY')
    const segments = collate([draft, telegram], { copyText: 'B' })
    const list = variations(segments)
    assert.equal(list.length, 2)
    assert.ok(list.every((variation) => variation.type === 'ocr' && variation.transposition === list[0]?.transposition))
    assert.match(edited(segments, 'B'), /^\(U\) DATE: SATURDAY, OCTOBER 19, 1996 \(U\) TIME: 0656 EDT/)
  })

  await t.test('should type a mixed-case draft against a telegram in capitals as orthographic, never ocr', () => {
    const draft = witness('A', 'Embassy should deliver the letter to Pastukhov (or Yukalov), who will reply.', 'Mamedov said he hoped to meet Mr. Talbott.')
    const telegram = witness('B', 'EMBASSY SHOULD DELIVER THE LETTER TO PASTUKHOV (OR YUKALOV) WHO WILL REPLY.', 'MAMEDOV SAID HE HOPED TO MEET MR. TALBOT.')
    const list = variations(collate([draft, telegram], { copyText: 'B' }))
    assert.ok(!list.some((variation) => variation.type === 'ocr' && words(variation, 'A').toUpperCase() === words(variation, 'B')), 'no ocr entry for case')
    assert.ok(list.filter((variation) => variation.type === 'orthographic').length <= 3, 'runs of case, not a note per word')
    const talbot = list.find((variation) => words(variation, 'B') === 'TALBOT.')
    assert.equal(talbot?.type, 'ocr', 'a misspelling stays apart from the case around it')
  })

  await t.test('should type a name against the exemption printed where it was cut as substantive, the copy text as lemma', () => {
    const full = witness('A', 'The Minister met Heydar Aliyev and then Yukalov in Baku.')
    const cut = witness('B', 'The Minister met Heydar B6 and then B6 in Baku.')
    const segments = collate([full, cut], { copyText: 'A' })
    const list = variations(segments)
    assert.deepEqual(list.map((variation) => [words(variation, 'A'), words(variation, 'B'), variation.type]), [
      ['Aliyev', 'B6', 'substantive'],
      ['Yukalov', 'B6', 'substantive']
    ])
    assert.match(edited(segments, 'A'), /Heydar Aliyev and then Yukalov in Baku/)
  })
})

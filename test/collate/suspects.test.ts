import assert from 'node:assert/strict'
import test from 'node:test'
import { suspects } from '../../src/suspects/index.ts'
import { sampleWitnesses, witness } from './helpers.ts'

const texts = (line: string, names?: string[]): string[] => suspects(witness('A', line).tokens, { names }).map((suspect) => suspect.text)

test('suspects', async (t) => {
  await t.test('should flag misspelt words with their place and reason', () => {
    const [first, second] = suspects(witness('A', 'The Embasssy should deliver', 'Armenia wil accept').tokens, { names: ['Armenia'] })
    assert.deepEqual(first, { text: 'Embasssy', line: 1, column: 5, reasons: ['unknown-word'] })
    assert.deepEqual(second, { text: 'wil', line: 2, column: 9, reasons: ['unknown-word'] })
  })

  await t.test('should flag mixed and foreign scripts and odd characters', () => {
    const found = suspects(witness('A', 'Аrmenia т suspect `lwhatever Nagorno\'-Karabakh').tokens, { names: ['Armenia', 'Nagorno', 'Karabakh'] })
    assert.deepEqual(
      found.map((suspect) => [suspect.text, suspect.reasons]),
      [
        ['Аrmenia', ['mixed-script']],
        ['т', ['foreign-script']],
        ['`lwhatever', ['odd-characters', 'unknown-word']],
        ["Nagorno'-Karabakh", ['odd-characters']]
      ]
    )
  })

  await t.test('should ignore numbers, short codes, names, punctuation and ordinary English', () => {
    assert.deepEqual(texts('TAGS: PREL, AM, AJ, RS 10/28/97, 7-9116 1.5 (b, d). -- "two administrations;" Co-Chairs Armenia\'s Mr. October', ['Armenia']), [])
    assert.deepEqual(texts('Pastukhov and Ghukasyan', ['pastukhov', 'Ghukasyan']), [])
    assert.deepEqual(texts('Pastukhov'), ['Pastukhov'])
  })

  await t.test('should find the errors of the sample cable', () => {
    const [a] = sampleWitnesses()
    const names = ['Boris', 'Nikolayevich', 'Pastukhov', 'Yukalov', 'Nagorno-Karabakh', 'Karabakh', 'Ter-Petrossian', 'Aliyev',
      'Ghukasyan', 'Azerbaijani', 'Shusha', 'Minsk', 'Jacques', 'Sestanovich', 'Yerevan', 'Baku', 'Stepanakert', 'Pascoe',
      'Yuri', 'Alekseyevich', 'Valentin', 'Vadimovich', 'Strobe', 'Talbott', 'Lynn', 'Moscow', 'Armenia', 'Azerbaijan', 'Caucasus', 'reftel',
      'Armenian', 'Russian', 'Jim', 'Stephen', 'Asia']
    const start = performance.now()
    const found = suspects(a.tokens, { names }).map((suspect) => suspect.text)
    assert.ok(performance.now() - start < 200)
    for (const word of ['Embasssy', 'wil', 'Nagonro-Karabakh,', 'Co-Chjairs']) assert.ok(found.includes(word), word)
    assert.deepEqual(found, ['Embasssy', 'wil', 'Co-Chjairs', 'Nagonro-Karabakh,'])
  })
})

import assert from 'node:assert/strict'
import test from 'node:test'
import { looksMistyped } from '../src/analyse/sic.ts'

test('looksMistyped', async (t) => {
  await t.test('should flag a word one edit from an English word', () => {
    for (const word of ['wil', 'communicattions', 'goverment', 'recieve']) assert.equal(looksMistyped(word), true, word)
  })
  await t.test('should flag a capitalised word only for a doubled letter', () => {
    assert.equal(looksMistyped('Embasssy'), true)
    assert.equal(looksMistyped('Embbassy,'), true)
    assert.equal(looksMistyped('Boris'), false)
    assert.equal(looksMistyped('Minsk'), false)
  })
  await t.test('should leave English words, codes, numbers and telegraphic words alone', () => {
    for (const word of ['embassy', 'will', 'PREL', 'STATE', '204310', 'reftel', 'Co-Chairs', 'a']) assert.equal(looksMistyped(word), false, word)
  })
})

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import test from 'node:test'
import wordListPath from 'word-list'
import { isEnglishWord } from '../src/suspects/lexicon.ts'

test('every word of the word list is an English word, the lines out of order included', () => {
  const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean)
  const missing = words.filter((word) => !isEnglishWord(word))
  assert.deepEqual(missing, [])
})

test('words the list lacks are not, and the supplement (months, contractions, one letter) is', () => {
  for (const word of ['embasssy', 'wil', 'reftel', 'aaa', 'zzzz', '', 'Embassy']) assert.equal(isEnglishWord(word), false, word)
  for (const word of ['a', 'i', 'dont', 'october', 'embassy', 'will', 'aa', 'zzzs', 'manlihood', 'sharrowed']) assert.equal(isEnglishWord(word), true, word)
})

/**
 * Line endings and encodings seen in releases (issue 8, deliver 6): a form feed ends a page of
 * a text layer; CRLF line endings and trailing spaces change nothing the edition reads; a text
 * layer that lost the spaces between its words is flagged, not failed.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { checkSpacing } from '../../transforms/spacing.ts'
import { elements, witnessWords } from '../helpers/tei.ts'
import { fromText, furnitureCount, layout, LAYOUTS, pages } from './helpers.ts'

const raw = readFileSync(join(LAYOUTS, 'form-feeds.txt'), 'utf8')

test('the fixture has CRLF endings, trailing spaces and form feeds', () => {
  assert.ok(raw.includes('\r\n') && !/[^\r]\n/.test(raw), 'CRLF only')
  assert.ok(/ \r\n/.test(raw), 'trailing spaces')
  assert.equal(raw.split('\f').length - 1, 2)
})

test('a form feed ends a page: at the head of a line of text, or alone on its line', () => {
  const { tree } = layout('form-feeds')
  assert.deepEqual(pages(tree), ['1', '2', '3'])
  assert.equal(furnitureCount(tree, 'form-feed'), 2)
})

test('the form feed is kept, as the control character XML cannot hold, and with no warning', () => {
  const { model, tree } = layout('form-feeds')
  const feeds = elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'form-feed').flatMap((fw) => elements(fw, 'g'))
  assert.deepEqual(feeds.map((g) => g.attributes.n), ['U+000C', 'U+000C'])
  assert.deepEqual(model.warnings, [])
})

test('CRLF, trailing spaces and form feeds read as the plain LF file does', () => {
  const plain = raw.replace(/\r\n/g, '\n').replace(/ +\n/g, '\n').replace(/\f/g, '')
  const crlf = layout('form-feeds')
  const lf = fromText(plain)
  for (const key of ['subject', 'telegram', 'dateTime', 'tags', 'eo', 'from', 'to', 'signature'] as const) {
    assert.deepEqual(crlf.model.facts[key], lf.model.facts[key], key)
  }
  assert.equal(crlf.model.title, 'Cyprus Talks in Vienna')
  assert.deepEqual(witnessWords(crlf.tree, 'A'), witnessWords(lf.tree, 'A'))
})

test('trailing spaces do not hide a field, a telegram line or a page number', () => {
  const { model, tree } = fromText('SUBJECT: GRAIN SALES   \nTAGS: EAGR, UR   \n\nC O N F I D E N T I A L MOSCOW 04417   \n\n1. The text of the telegram, long enough to be a paragraph.   \n\n- 2 -   \n\n2. The second page of the telegram, also long enough for prose.   \n')
  assert.equal(model.facts.subject, 'GRAIN SALES')
  assert.deepEqual(model.facts.tags, ['EAGR', 'UR'])
  assert.equal(model.facts.telegram, 'MOSCOW 04417')
  assert.deepEqual(pages(tree), ['1', '2'])
})

test('a text layer without spaces between words is flagged once, and its words kept as written', () => {
  const { model, tree } = layout('no-spaces')
  const flags = model.warnings.filter((w) => /lost the spaces between words/.test(w.message))
  assert.equal(flags.length, 1)
  assert.match(flags[0]?.message ?? '', /such as "DepartmentofStateCase"/)
  assert.ok(witnessWords(tree, 'A').includes('thatthereisno'))
})

test('ordinary text, long words and run-together compounds included, is not flagged', () => {
  const warnings: string[] = []
  checkSpacing(readFileSync(join(LAYOUTS, '..', 'real', '003-75TEHRAN2069.txt'), 'utf8'), (_, message) => warnings.push(message))
  checkSpacing('The internationalisation of the counterinsurgency programme was uncharacteristically quick.', (_, message) => warnings.push(message))
  assert.deepEqual(warnings, [])
})

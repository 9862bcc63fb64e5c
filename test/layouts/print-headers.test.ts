/**
 * The print headers of each era are page furniture, not text (issue 8, deliver 1): POEMS
 * (`POEMS Automated Telegram Handler`, `Item Subject:` on every page), PTP (`[STATE 233819] D
 * COPY 2 OF 11 Page 1 OF 3`, the print job `PTP0900`) and `Post: … MRN: … Printed by:`; the
 * telegram page headers of a received copy; the extractor's `[Page N]`.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { elements, textOf } from '../helpers/tei.ts'
import { fromText, furnitureCount, layout, LAYOUTS, pages } from './helpers.ts'

test('POEMS headers and Item Subject: lines are print furniture of every page', () => {
  const { tree } = layout('poems-print')
  const print = elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'print').map(textOf)
  assert.equal(print.filter((t) => /Automated Telegram Handler/.test(t)).length, 2)
  assert.equal(print.filter((t) => /tem Subject:/.test(t)).length, 2, 'also as OCR reads it: /tem Subject:')
  assert.ok(!elements(tree, 'p').some((p) => /Item Subject|Telegram Handler/.test(textOf(p))), 'no print header in the text')
})

test('without a SUBJECT line, the POEMS Item Subject: titles the telegram', () => {
  const raw = readFileSync(join(LAYOUTS, 'poems-print.txt'), 'utf8').replace(/^SUBJECT:.*\nCOVERAGE\n/m, '')
  const { model } = fromText(raw)
  assert.equal(model.facts.subject, "DEPUTY SECRETARY'S VISIT TO KYIV: PRESS")
  assert.deepEqual(model.provenance.subject, { witness: 'A' }, "read from the copy's furniture")
})

test('the PTP page head and print job are print furniture; its [STATE nnn] names the telegram', () => {
  const { model, tree } = layout('ptp-print')
  const print = elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'print').map(textOf)
  assert.deepEqual(print.map((t) => t.trim()), [
    'Thu Oct 3 18:02:11 1996 [STATE 204871] D COPY 2 OF 9 Page 1 OF 2',
    'PTP4417',
    'Thu Oct 3 18:02:11 1996 [STATE 204871] D COPY 2 OF 9 Page 2 OF 2'
  ])
  assert.equal(model.facts.telegram, 'STATE 204871')
})

test('Post: … MRN: … Printed by: is print furniture and names the telegram', () => {
  const { model, tree } = layout('routing-after-body')
  assert.equal(furnitureCount(tree, 'print'), 1)
  assert.equal(model.facts.telegram, 'STATE 240117')
})

test('telegram page headers, also split by OCR over two lines, are furniture', () => {
  const { tree } = layout('routing-after-body')
  const headers = elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'telegram').map((fw) => textOf(fw).trim())
  assert.deepEqual(headers, ['-PAGE 01', 'STATE 240117 180052Z'])
})

test('[Page N] lines are the pages, whatever the print inside them says', () => {
  const { tree } = layout('poems-print')
  assert.deepEqual(pages(tree), ['1', '2'])
  assert.equal(furnitureCount(tree, 'page-mark'), 2)
})

test('a number alone under a page\'s top furniture is its page number, not text', () => {
  const { tree } = fromText('[Page 1]\nUNCLASSIFIED U.S. Department of State Case No. F-2019-01234 Doc No. C05912341 Date: 04/02/2021\n1\nTHE TEXT OF THE FIRST PAGE.\n[Page 2]\nUNCLASSIFIED U.S. Department of State Case No. F-2019-01234 Doc No. C05912341 Date: 04/02/2021\n2\nTHE TEXT OF THE SECOND PAGE.\n')
  assert.equal(furnitureCount(tree, 'pageNum'), 2)
  assert.deepEqual(pages(tree), ['1', '2'])
})

test('the stamps of a document produced to the Benghazi committee are furniture, not its text', () => {
  const text = [
    'UNCLASSIFIED                              STATE DEPT. - PRODUCED TO HOUSE SELECT BENGHAZI COMM.',
    'U.S. Department of State       SUBJECT TO AGREEMENT ON SENSITIVE INFORMATION & REDACTIONS. NO FOIA WAIVER.',
    'Case No. F-2015-04841',
    'Doc No. C05739545',
    '',
    'From:                            Sullivan, Jacob J <SullivanJJ@example.gov>',
    'Sent:                            Wednesday, September 12, 2012 10:16 AM',
    'To:                              H',
    'Subject:                         FW: Wow',
    '',
    'What a wonderful, strong and moving statement by your boss.',
    '',
    'Doc No. C05739545                         STATE DEPT. - PRODUCED TO HOUSE SELECT BENGHAZI COMM.',
    'Date: 05/13/2015               SUBJECT TO AGREEMENT ON SENSITIVE INFORMATION & REDACTIONS. NO FOIA WAIVER.                 STATE-5CB0045247',
    ''
  ].join('\n')
  const { model, tree } = fromText(text)
  const inText = (words: string): boolean => model.streams[0]?.blocks.some((b) => b.inlines.some((i) => i.kind === 'text' && i.value.includes(words))) ?? false
  assert.equal(inText('BENGHAZI'), false)
  assert.equal(inText('NO FOIA WAIVER'), false)
  assert.equal(inText('STATE-5CB0045247'), false)
  assert.ok(inText('What a wonderful'))
  assert.ok(elements(tree, 'stamp').some((s) => textOf(s).includes('PRODUCED TO HOUSE SELECT BENGHAZI COMM.')), 'kept, as stamps')
  assert.equal(model.title, 'Wow')
})


/**
 * Date-time groups wherever a layout puts them (issue 8, deliver 1), machine-readable: the
 * precedence line of the routing (also printed after the body or on the last page, also with
 * the precedence O read as a zero), the seven-digit group OCR makes of `DDHHMMZ`, a SMART
 * `Date/DTG:` or a cover sheet's `DTG:` field, and a page header's short group completed with
 * the month and year of a full group elsewhere in the text.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import { isoOf, precedenceGroup } from '../../src/vocabulary/telegram.ts'
import { fromText, layout, sentWhen } from './helpers.ts'

test('a precedence line before the header gives the DTG (R 231412Z FEB 79)', () => {
  const { model, tree } = layout('subj-sections')
  assert.deepEqual(model.facts.dateTime, { text: '231412Z FEB 79', when: '1979-02-23T14:12:00Z' })
  assert.equal(sentWhen(tree), '1979-02-23T14:12:00Z')
})

test('a routing block printed after the body, its precedence O read as a zero (0 180048Z DEC 98)', () => {
  const { model } = layout('routing-after-body')
  assert.deepEqual(model.facts.dateTime, { text: '180048Z DEC 98', when: '1998-12-18T00:48:00Z' })
})

test('a group whose Z OCR read as 2 (O 1513302 MAR 73), after the body', () => {
  const { model } = layout('dtg-seven-digits')
  assert.deepEqual(model.facts.dateTime, { text: '1513302 MAR 73', when: '1973-03-15T13:30:00Z' })
})

test('a seven-digit group is a DTG only where the line says so: after a precedence letter', () => {
  assert.equal(precedenceGroup('O 1513302 MAR 73')?.day, 15)
  assert.equal(precedenceGroup('1513302 MAR 73'), undefined)
  assert.equal(precedenceGroup('OO RUEHC RUEHAM'), undefined)
})

test('a precedence line run into the print\'s control line before it gives the DTG, not the print\'s time', () => {
  assert.equal(precedenceGroup('S/S -33B220 160217Z /380 160214Z FEB 00 ZFF6')?.text, '160214Z FEB 00')
  assert.equal(precedenceGroup('SAS-00 /002W ------------------00B3A7 031716Z /38 O 031203Z JUL 01 FM AMEMBASSY VATICAN')?.text, '031203Z JUL 01')
  // The control line alone dates nothing.
  assert.equal(precedenceGroup('A82EB9 261739Z /38'), undefined)
  const { model } = fromText('S/S-0:MSKLECHESKI\nDESIRED DISTRIBUTION:\nS/NIS, S/S -33B220 160217Z /380 160214Z FEB 00 ZFF6\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW IMMEDIATE\nSTATE 027969\n\nSUBJECT: THE MEETING\n\n1. (C) TEXT.\n')
  assert.deepEqual(model.facts.dateTime, { text: '160214Z FEB 00', when: '2000-02-16T02:14:00Z' })
})

test('the SMART Date/DTG field', () => {
  const { model } = layout('smart-cable')
  assert.deepEqual(model.facts.dateTime, { text: '221455Z MAR 10', when: '2010-03-22T14:55:00Z' })
})

test('a cover sheet\'s POST: … DTG: … MRN: … line', () => {
  const { model } = fromText('INCOMING\nPOST: STATE DTG: 090302Z NOV 96\nMRN: 233819\nSUBJECT: TEST\n')
  assert.deepEqual(model.facts.dateTime, { text: '090302Z NOV 96', when: '1996-11-09T03:02:00Z' })
  assert.equal(model.facts.telegram, 'STATE 233819')
})

test('a page header\'s short group takes month and year from a full group elsewhere (032214Z, 032217Z OCT 96)', () => {
  const { model } = layout('ptp-print')
  assert.deepEqual(model.facts.dateTime, { text: '032214Z', when: '1996-10-03T22:14:00Z' })
})

test('a short group takes the month of its reference that puts it nearest, across a month end', () => {
  const group = precedenceGroup('P 310930Z')
  assert.ok(group)
  assert.equal(isoOf(group, '1994-11-01'), '1994-10-31T09:30:00Z')
  assert.equal(isoOf({ ...group, day: 1 }, '1994-10-30'), '1994-11-01T09:30:00Z')
  assert.equal(isoOf(group), undefined, 'without a reference: no @when')
})

test('a group that cannot be a time is no DTG', () => {
  assert.equal(precedenceGroup('O 322514Z MAR 73'), undefined)
  assert.equal(isoOf({ text: '310000Z FEB 96', day: 31, hour: 0, minute: 0, month: 2, year: 1996 }), undefined)
})

test('the precedence line wins over the print\'s receipt times', () => {
  const { model } = layout('poems-print')
  assert.equal(model.facts.dateTime?.when, '1995-06-13T14:02:00Z')
})

test('without a full group, a short group takes month and year from the day a PTP or POEMS printer printed the copy on receipt', () => {
  const ptp = fromText('Fri Nov 8 22:14:20 1996 [STATE 233819] D COPY 2 OF 11 Page 1 OF 3\nPAGE 01 STATE 233819 090306Z\nSUBJECT: TEST\n\n1. The text of the telegram, long enough to be a paragraph.\n')
  assert.deepEqual(ptp.model.facts.dateTime, { text: '090306Z', when: '1996-11-09T03:06:00Z' })
  const poems = fromText('POEMS Automated Telegram Handler - B26 SECRET 11/04/94 11:11 am Page: 1\nPAGE 01 STATE 296503 021934Z\nSUBJECT: TEST\n\n1. The text of the telegram, long enough to be a paragraph.\n')
  assert.deepEqual(poems.model.facts.dateTime, { text: '021934Z', when: '1994-11-02T19:34:00Z' })
})

import assert from 'node:assert/strict'
import test from 'node:test'
import { compareIdentities, identityOf } from '../../src/corpus/identity.ts'
import { sourceFromText } from '../../src/source/read.ts'

const identity = (text: string): ReturnType<typeof identityOf> => identityOf(sourceFromText('x.txt', text))
const numbers = (text: string): string[] => identity(text).numbers.map((n) => `${n.post} ${n.number}${n.year ? `/${n.year}` : ''}`)

test('identity: should read the number from each era’s print of it', () => {
  assert.deepEqual(numbers('PAGE 01 STATE 233819 090306Z\n'), ['STATE 233819'], 'telegram page header')
  assert.deepEqual(numbers('Fri Nov 8 22:14:20 1996 [STATE 233819] D COPY 2 OF 11 Page 1 OF 3\n'), ['STATE 233819'], 'PTP print header')
  assert.deepEqual(numbers('SECRETSTATE 233819 \n'), ['STATE 233819'], 'classification run into the post')
  assert.deepEqual(numbers('S E C R E T STATE 127892\n'), ['STATE 127892'], 'letter-spaced classification')
  assert.deepEqual(numbers('-21-E-e-R-T-T STATE 220605 \n'), ['STATE 220605'], 'a struck marking read as junk')
  assert.deepEqual(numbers('MRN:                        11 RABAT 1210\n'), ['RABAT 1210/11'], 'SMART MRN with its year')
  assert.deepEqual(numbers('POST: STATE DTG: 230003Z OCT 96 MRN: 220605\n'), ['STATE 220605'], 'cover sheet MRN, post from POST:')
  assert.deepEqual(numbers('POST: STATE DTG: 090302Z NOV 96\nMRN: 233819\n'), ['STATE 233819'], 'MRN on the line after POST:')
  assert.deepEqual(numbers('09ULAANBAATAR234\n'), ['ULAANBAATAR 234/09'], 'Cablegate reference id')
})

test('identity: should not take routing serials, years or body text for a number', () => {
  assert.deepEqual(numbers('TO SECSTATE WASHDC IMMEDIATE 8868\n'), [])
  assert.deepEqual(numbers('THE PRESIDENTIAL ELECTIONS 1995\n'), [])
  assert.deepEqual(numbers('FORMER PM ROMAN\'S UNION OF SOCIAL DEMOCRATS (DP-FSN) 13\n'), [])
  assert.deepEqual(numbers('REF: STATE 106206 CIRCULAR\n'), [], 'a reference names another telegram')
})

test('identity: should read the date-time group it was sent under, not one a line merely mentions', () => {
  assert.deepEqual(identity('O 090302Z NOV 96 ZFF4\n').dateTimes, [{ time: '090302Z', month: 'NOV', year: '96' }])
  assert.deepEqual(identity('Date/DTG:                   Nov 26, 2011 / 261556Z NOV 11\n').dateTimes, [{ time: '261556Z', month: 'NOV', year: '11' }])
  assert.deepEqual(identity('FOLLOWING STATE 127892 DATED 150910Z DEC 09 SENT ACTION RIGA\n').dateTimes, [])
})

test('identity: a cover sheet says what it is', () => {
  assert.equal(identity('NODIS MERCURY MEMCON COVER SHEET\n').coverSheet, true)
  assert.equal(identity('This NODIS message will be automatically decaptioned after 5 years\n').coverSheet, true)
  assert.equal(identity('1. THE AMBASSADOR MET THE MINISTER.\n').coverSheet, false)
  // The Executive Secretariat's clearance form alone is one; sent with the draft it clears (its TAGS, the colon read `'`), the file is the telegram's copy.
  const form = 'EXECUTIVE SECRETARIAT\nFOR CLEARANCE\nS/S DOCUMENT NO.\nTELEGRAM TO\nPLEASE RETURN ORIGINAL TO S/S, RM 7224\n'
  assert.equal(identity(form).coverSheet, true)
  assert.equal(identity(`${form}APPR: ST\nDRAFT: ANC\nIMMEDIATE ULAANBAATAR\nE.O. 12958: DECL: 09/13/2010\nTAGS'RELi PGOVi KDEMr MG\nSUBJECT: DEPUTY SECRETARY TALBOTT MEETING\n`).coverSheet, false)
  assert.equal(identity('NODIS MERCURY MEMCON COVER SHEET\nO 121915Z OCT 94\nFM SECSTATE WASHDC\nTO AMEMBASSY BUDAPEST\n').coverSheet, false)
})

test('compareIdentities: one telegram, two telegrams, or no evidence', () => {
  const telegram = identity('PAGE 01 ABIDJA 12224 030914Z NOV 94\nO 030914Z NOV 94\nCONrIDDNTIALABIDJAN 012224\n')
  assert.equal(compareIdentities(telegram, identity('CONFIDENTIAL ABIDJAN 012224\nO 030914Z NOV 94\n')), 'same', 'a post cut to six letters, leading zeros')
  assert.equal(compareIdentities(telegram, identity('PAGE 01 ABIDJA 12224\n')), 'same', 'no date-time group on one side')
  assert.equal(compareIdentities(telegram, identity('PAGE 01 ABIDJA 12224\nR 081527Z SEP 09\n')), 'other', 'same number, another date-time group')
  assert.equal(compareIdentities(telegram, identity('PAGE 01 STATE 296503 021934Z\n')), 'other')
  assert.equal(compareIdentities(telegram, identity('1. A DRAFT WITHOUT A NUMBER.\n')), 'unknown')
  assert.equal(compareIdentities(identity('MRN: 11 RABAT 1210\n'), identity('MRN: 12 RABAT 1210\n')), 'other', 'numbers restart each year')
})

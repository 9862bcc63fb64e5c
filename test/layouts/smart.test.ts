/**
 * SMART cables (2009–): the header `MRN:`, `Date/DTG:`, `From:`, `Action:`, `E.O.:`, `TAGS:`,
 * `Captions:`, `Reference:`, `Subject:` and the trailer `Signature:`, `Drafted By:` …, as a
 * release prints them inside an e-mail (issue 8, deliver 1).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { fromText, furnitureCount, keywords, LAYOUTS, layout, mainTitle } from './helpers.ts'

const smart = layout('smart-cable')

test('Subject: of the SMART header titles the cable, not the e-mail\'s FW: subject', () => {
  assert.equal(smart.model.facts.subject, 'BRAZIL: ETHANOL TALKS MOVE AHEAD')
  assert.equal(mainTitle(smart.tree), 'Brazil: Ethanol Talks Move Ahead')
})

test('MRN: is kept as written and gives the telegram number', () => {
  assert.equal(smart.model.facts.mrn, '10 BRASILIA 412')
  assert.equal(smart.model.facts.telegram, 'BRASILIA 412')
})

test('From: and Action: are the sender and the addressee; Info: the information addressee', () => {
  assert.equal(smart.model.facts.from, 'AMEMBASSY BRASILIA')
  assert.deepEqual(smart.model.facts.to, ['SECSTATE WASHDC'])
  assert.deepEqual(smart.model.facts.info, ['MERCOSUR COLLECTIVE'])
})

test('E.O.:, TAGS: and Captions: reach the header', () => {
  assert.equal(smart.model.facts.executiveOrder, '13526')
  assert.deepEqual(keywords(smart.tree), ['ENRG', 'ETRD', 'EAGR', 'BR'])
  assert.deepEqual(smart.model.facts.captions, ['SENSITIVE'])
})

test('Reference: continued on the next lines keeps every reference', () => {
  assert.equal(smart.model.facts.ref, 'A) 10 BRASILIA 377 B) 10 STATE 19022')
})

test('Signature: is the signer; Approved By: the approver', () => {
  assert.equal(smart.model.facts.signer, 'SHANNON')
  assert.equal(smart.model.facts.approver, 'BRASILIA:Lindgren, Paul S')
})

test('the SMART fields are fields of the text, the e-mail headers around them furniture', () => {
  const fields = smart.model.streams[0]?.blocks.filter((b) => b.kind === 'field').map((b) => b.name)
  assert.deepEqual(fields?.slice(0, 9), ['mrn', 'dtg', 'from', 'action', 'eo', 'tags', 'captions', 'ref', 'subject'])
})

test('several Action: and Info: addressees apart by semicolons are each an addressee; the posts of XMT: are none', () => {
  const raw = readFileSync(join(LAYOUTS, 'smart-cable.txt'), 'utf8')
    .replace(/^Action:.*$/m, 'Action:                     WASHDC, SECSTATE ROUTINE; USUN NEW YORK, USMISSION ROUTINE')
    .replace(/^Info:.*$/m, 'Info:                        MERCOSUR COLLECTIVE ROUTINE; MONTEVIDEO, AMEMBASSY ROUTINE\nXMT:                         AMEMBASSY ASUNCION')
  const { model } = fromText(raw, 'smart-lists.txt')
  assert.deepEqual(model.facts.to, ['SECSTATE WASHDC', 'USMISSION USUN NEW YORK'])
  assert.deepEqual(model.facts.info, ['MERCOSUR COLLECTIVE', 'AMEMBASSY MONTEVIDEO'])
})

test('an empty XMT: line and what follows it (an e-mail\'s Attachments:) name no addressee', () => {
  const raw = readFileSync(join(LAYOUTS, 'smart-cable.txt'), 'utf8').replace(/^Info:.*$/m, '$&\nXMT:\nAttachments:                 Metadata.dat')
  assert.deepEqual(fromText(raw, 'smart-xmt.txt').model.facts.info, ['MERCOSUR COLLECTIVE'])
})

test('an older telegram in the archive\'s SMART print, as a systematic review releases it: its stamp, its page counts, the name above its trailer', () => {
  const pad = (line: string): string => (line === '' ? '' : `               ${line}`)
  const body = ['MRN:                      85 PORT MORESBY 199', 'Date/DTG:                 Jan 28, 1985 / 280000Z Jan 85', 'From:                     AMEMBASSY PORT MORESBY', 'Action:                   USCINCPAC ROUTINE', 'TAGS:                     MARR, PP', 'Subject:                  PAPUA NEW GUINEA INQUIRY RE OVERFLIGHTS', '', 'LIMITED OFFICIAL USE', '', 'O 280653Z JAN 85', 'FM AMEMBASSY PORT MORESBY', 'TO USCINCPAC HONOLULU HI IMMEDIATE', 'INFO SECSTATE WASHDC 1694', '', 'LIMITED OFFICIAL USE PORT MORESBY 00199', '', 'E.O. 12356: N/A', 'TAGS: MARR, PP', 'SUBJECT: PAPUA NEW GUINEA INQUIRY RE OVERFLIGHTS', '', '1. EMBASSY JANUARY 28 RECEIVED INFORMAL INQUIRY CONCERNING', 'REPORTED SIGHTINGS OF HIGH-ALTITUDE AIRCRAFT OVER PNG.', 'GARDNER', '', '', 'LIMITED OFFICIAL USE', '', 'NNN', ''].map(pad)
  const stamp = '                                      CSP-2025-00040    B-00002707027   "UNCLASSIFIED"   3/2/20 26'
  const text = ['UNCLASSIFIED', '', stamp, '', ...body, 'UNCLASSIFIED                                                       Page 2 of 3', 'UNCLASSIFIED', '', stamp, '', pad('Dissemination Rule:      Archive Copy'), '', 'UNCLASSIFIED                                                       Page 3 of 3', ''].join('\n')
  const { model, tree } = fromText(text)
  assert.deepEqual([model.facts.signer, model.facts.telegram, model.facts.foiaCase, model.facts.foiaDoc], ['GARDNER', 'PORT MORESBY 00199', 'CSP-2025-00040', 'B-00002707027'])
  assert.equal(furnitureCount(tree, 'pageNum'), 2)
})

test('a SMART header the OCR read by columns (its labels, then their values): each label takes the next value of its shape', () => {
  const head = 'MRN:\nDate/DTG:\nFrom:\nAction:\nE.O:\nTAGS:\nCaptions:\nReference:\nSubject:\n23 MEXICO 2544\nSep 16, 2023 / 160150Z SEP 23\nAMEMBASSY MEXICO\nWASHDC, SECSTATE Routine\n13526\nPGOV, PREL, MX\nNOFORN\nA) 23 MEXICO 2468\nB) 23 MEXICO 2166\n(U) Mexico: Weekly Political Blotter, Sep 11-15\n1. (SBU) This edition of the Political Blotter features the week\'s news.\n'
  const { model } = fromText(head)
  const { mrn, telegram, dateTime, from, to, executiveOrder, tags, captions, ref, subject } = model.facts
  assert.deepEqual(
    { mrn, telegram, dateTime: dateTime?.when, from, to, executiveOrder, tags, captions, ref, subject },
    // A reference list goes on a line per reference, lettered in turn; the paragraph's marking after it, `(U)`, is the subject's.
    { mrn: '23 MEXICO 2544', telegram: 'MEXICO 2544', dateTime: '2023-09-16T01:50:00Z', from: 'AMEMBASSY MEXICO', to: ['SECSTATE WASHDC'], executiveOrder: '13526', tags: ['PGOV', 'PREL', 'MX'], captions: ['NOFORN'], ref: 'A) 23 MEXICO 2468 B) 23 MEXICO 2166', subject: 'Mexico: Weekly Political Blotter, Sep 11-15' }
  )
  assert.equal(model.title, 'Mexico: Weekly Political Blotter, Sep 11-15')
  // A field the print left empty (no E.O. number, no captions) has no line among the values; the subject is the header's, whole, where a page break cut the telegram's own.
  const moscow = fromText('MRN:\nDate/DTG:\nFrom:\nAction:\nE.O.:\nTAGS:\nCaptions:\nReference:\nSubject:\n01 MOSCOW 13169\nOct 30, 2001 / 300000Z Oct 01\nAMEMBASSY MOSCOW\nWASHDC, SECSTATE ROUTINE\nPREL, MARR, RS\n(A) MOSCOW 13072 (B) TBILISI 3087\nUFOS OVER GEORGIA: STRANGE ENCOUNTERS OF AN MFA KIND\n\nSUBJECT: UFOS OVER GEORGIA: STRANGE ENCOUNTERS OF AN MFA\n\n1. (C) SUMMARY: THE MINISTRY DESCRIBED THE ENCOUNTERS.\n').model.facts
  assert.deepEqual([moscow.executiveOrder, moscow.tags, moscow.ref, moscow.subject], [undefined, ['PREL', 'MARR', 'RS'], '(A) MOSCOW 13072 (B) TBILISI 3087', 'UFOS OVER GEORGIA: STRANGE ENCOUNTERS OF AN MFA KIND'])
  // Values that do not fit their labels (TAGS lost) are read from no column: the telegram's own SUBJECT line titles it.
  const unfit = fromText(`${head.replace('PGOV, PREL, MX\n', '')}\nSUBJECT: MEXICO: WEEKLY POLITICAL BLOTTER\n`).model.facts
  assert.deepEqual([unfit.subject, unfit.tags, unfit.dateTime], ['MEXICO: WEEKLY POLITICAL BLOTTER', [], undefined])
  // A trailer read by columns: its first value is the signature; the approver's label alone has none.
  const trailer = fromText(`${head}\nSignature:\nDrafted By:\nCleared By:\nApproved By:\nSALAZAR\nMEXICO: Moreno, Sergio A\nPOL: Cortazar, Eduardo\n`).model.facts
  assert.deepEqual([trailer.signer, trailer.approver], ['SALAZAR', undefined])
  // A record of the file a program put before the text titles nothing.
  assert.equal(fromText('{"collection": "Archive", "pages": 1}\n\nThe Ambassador will call on the Minister next week.\n').model.title, 'The Ambassador will call on the Minister next week.')
})

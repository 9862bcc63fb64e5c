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

test("a POEMS print's signature stands before the print's distribution and routing after the text; the distribution is routing, not text", () => {
  const { model, tree } = layout('poems-print')
  assert.equal(model.facts.signer, 'MILLER')
  assert.ok(elements(tree, 'ab').some((ab) => ab.attributes.type === 'routing' && /^@INFO: D\(00\)/.test(textOf(ab))), 'the distribution is a routing block')
  assert.ok(!elements(tree, 'p').some((p) => /@INFO|MILLER/.test(textOf(p))), 'neither the name nor the distribution is in a paragraph')
})

test("what a print or a release puts after a telegram's signature leaves it the signature", () => {
  const signer = (foot: string): string | undefined =>
    fromText(`SUBJECT: DEPUTY SECRETARY'S MEETING WITH MFA\n\n1. THE MINISTER THANKED THE DEPUTY SECRETARY FOR HIS VISIT.\n${foot}\n\nP 131402Z JUN 95\nFM AMEMBASSY KIEV\nTO SECSTATE WASHDC PRIORITY 4410\nCONFIDENTIALKIEV 006120\nE.O. 12356: DECL: OADR\nTAGS: PREL, UP\n`).model.facts.signer
  // The classification at the foot, struck through and read as junk; withholding codes; a copy's note; a print's job line.
  assert.equal(signer('KAUZLARICH \n-8FteRe\'r-'), 'KAUZLARICH')
  assert.equal(signer('PERKINS \nCECRrir \ng r 1'), 'PERKINS')
  assert.equal(signer('COLLINS \nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S) \nCONFIDENTIAL'), 'COLLINS')
  assert.equal(signer('HOLBROOKE \n1.4(B)\n1.4(D)'), 'HOLBROOKE')
  assert.equal(signer('CHRISTOPHER \nCONFIDENTIAL \nC NrIDENTIAL PTP8421'), 'CHRISTOPHER')
  // Before the distribution's office codes wrapped to a line of their own, and under what is left of a page header.
  assert.equal(signer('IN IRAN. LAMBERTSON \n-GetiPteerprnm—\n\nORIGIN EAP-01\nINFO LOG-00 AMAD-01 CIAE-00\n\nEB-01 TEDE-00 INR-00 ADS-00\nDRL-09 /012w'), 'LAMBERTSON')
  assert.equal(signer("SECRETARY'S DELEGATION. \nMONDALE \nUNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06694631 Date: 07/25/2019\n\n[Page 5]\nPTP6172\nTOKYO 01089 00 OF 03 270946Z'\n@INFO: CIAE(00) DODE(00) E(00)\nACTION SS-00"), 'MONDALE')
  assert.equal(signer("OF SOME NOSTALGIA IN RUSSIA IS ANDROPOV, NOT GORBACHEV.\nALBRIGHT\nUNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06815091 Date: 11/18/2020\n\n[Page 4]\n8INFO: CA(01} D(01) E {01) IO(01) MA(01}\nSCT (01) SSO (01) SSS (01) UNW (01)"), 'ALBRIGHT')
  assert.equal(signer("KIWIS DECIDE NOT TO PURCHASE THE F-16'S.\nALBRIGHT\nUNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06815076 Date: 11/18/2020\n\n[Page 3]\nE (01)\nM (01)\nSS (01)\nSINFO: D(01) EB (00) EB (01) EDIT (01}"), 'ALBRIGHT')
  // Before a print's job line, a name alone on its line after a list of participants.
  assert.equal(signer('IHOR SLENZAK, INTERPRETER \nUKRAINIAN NOTETAKER \nMILLER \nPTP6584-'), 'MILLER')
  // The quoted end, then the name and the junk of the struck marking.
  assert.equal(signer('2. END TEXT. \nTALBOTT \nencnur '), 'TALBOTT')
  assert.equal(signer('SWING \nLIMITED OFFICIAL USE PTP1444'), 'SWING')
  assert.equal(signer('ALBRIGHT \nNTIAL'), 'ALBRIGHT')
  // The marking with a letter lost (`C NFID`), or mangled before the print's caption and number; a page header the OCR broke.
  assert.equal(signer('SARAJEVO MINIMIZE CONSIDERED. \nBLINKEN \nC NFID \n-eivittrmtmrrxr- PTP5495 '), 'BLINKEN')
  assert.equal(signer("CLEARED BY DEPUTY SECRETARY TALBOTT. \nBLINKEN \nIDENTIAL \nPAGE 01 BUDAPE' 10578 072116Z "), 'BLINKEN')
  assert.equal(signer("PARTY. \nBURNS \nBT \n#2176 \nNNNN \nrnmFIDENTIAL  EXDIS ATHENS 02176 . "), 'BURNS')
  // A paragraph's marking after the name is text, no foot.
  assert.equal(signer('THE NAME OF THE SAME GROUP.\n(SECRET//REL Armenia) YOVANOVITCH'), 'YOVANOVITCH')
  assert.equal(signer('16. (U) MESSAGE CLEARED BY DEPUTY SECRETARY TALBOTT. \nBANDLER \nEXDIS \nCONrIDENTIAL PTP5026 '), 'BANDLER')
  assert.equal(signer('MINISTRY ANALYST. \nTALBOTT \nIAL '), 'TALBOTT')
  assert.equal(signer("RUSSIA CAN'T GO IT ALONE.\nALBRIGHT\nUNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06815087 Date: 11/18/2020\n\n[Page 4]\n9ACTION: D(01)"), 'ALBRIGHT')
  assert.equal(signer("QUICKLY. \nTALBOTT \nCONF1DhNiii-u, \n•I', \nit \nq 4, "), 'TALBOTT')
  assert.equal(signer('STABILIZATION AND RECOVERY OF SIERRA LEONE. WITH BEST \nREGARDS-HIRSCH \n-2aTZTILULTIAL. PTP0804'), 'HIRSCH')
  // Captions and addressees a print put among its routing, no signature (`EXDIS`), between the text and its routing.
  assert.equal(signer('CONSIDER THIS OFFER.\nCHRISTOPHER\n\n@INFO: CMS(00) D(00)\n\nEXDIS\n\nORIGIN SS-00\nINFO LOG-00 OASY-00 ADS-00 /000R'), 'CHRISTOPHER')
  assert.equal(signer('CONSIDER THIS OFFER.\nHORAN\n\nORIGIN SS-00\nINFO LOG-00 OASY-00\n\nEXDIS\nTO AMEMBASSY MOSCOW IMMEDIATE\nAMEMBASSY ADDIS ABABA\nWHITE HOUSE WASHDC'), 'HORAN')
  // A name alone in its paragraph above its foot.
  assert.equal(signer("6. (U) END TEXT. \n\nALBRIGHT \n• \n..: 0: 1' \n: "), 'ALBRIGHT')
  // A line with a name or a word is no junk: the name is none of the foot (`3. Koenig`), and the text's last line is no signature.
  assert.equal(signer('3. Koenig'), 'Koenig')
  assert.equal(signer('DECL: OADR \nZ.. \nAy.'), undefined)
})

test("a POEMS print's routing after the text leaves the signature before it, however the OCR broke the routing", () => {
  const signer = (foot: string): string | undefined =>
    fromText(`SUBJECT: DEPUTY SECRETARY'S MEETING WITH MFA\n\n1. THE MINISTER THANKED THE DEPUTY SECRETARY FOR HIS VISIT.\n${foot}\n\nP 131402Z JUN 95\nFM SECSTATE WASHDC\nTO AMEMBASSY KIEV PRIORITY 4410\nCONFIDENTIALSTATE 006120\nE.O. 12356: DECL: OADR\nTAGS: PREL, UP\n`).model.facts.signer
  // Three capitals under the name, what is left of the struck marking, between the print's job lines.
  assert.equal(signer('READY FOR SUBMISSION. \nTALBOTT \nPTP5242 \nNTT \nPAGE 01 STATE 276139 120413Z \nPTP5242 \n\n@INFO: CMS(00) D(00) MR(00)'), 'TALBOTT')
  // The end of a page header on a line of its own, under the caption, above the print's job line.
  assert.equal(signer("DIRECTOR DON KURSCH \nTARNOFF \nEXDIS \n04/18/96 10:03 am Page: 5 \n-eeltrITSITTTIM -\n-15151WPI'MWTTRV —  PTP1703 \nPAGE 01 STATE 079331 170316Z \n\n@INFO: CA(01) CIAE(00)"), 'TARNOFF')
  // Between the text and the routing: the page header's end, the desired distribution with the control line, Washington
  // addressees with a precedence the OCR broke, a page header whose POEMS the OCR lost, the smudges of a scan.
  const routing = [
    '@INFO: CMS(00) D(00)',
    'EXDIS \n04/13/96 09v57 am Page: 5 ',
    'DRAFTED BY: EUR/NB: JKUNSTADTER: JWK',
    'D, EUR/NB, EUR/RPM, EUR/RUS \n2ECA6E 160145Z /38 ',
    'WHITEHOUSE WASHDC /MEDIATE \nDEPTTREAS WASHDC IMMEDIATE ',
    'emis Automated Telegram Handler - B26 CONrIDDNTIAL 04/12/96 10:24 am Page: 3 I ',
    '- 7 ,04 r ,„ A 1-.1•4:?. \nA \n• '
  ]
  for (const block of routing) assert.equal(signer(`IN NEW YORK. \nCHRISTOPHER \n\n@INFO: D(00) SS(00)\n\n${block}`), 'CHRISTOPHER', block)
  // A name or a sentence there is no print's: the name before it is no signature.
  assert.notEqual(signer('IN NEW YORK. \nCHRISTOPHER \n\n@INFO: D(00) SS(00)\n\n- "I MTV,. .7=C: \nLEE'), 'CHRISTOPHER')
  assert.equal(signer('IN NEW YORK. \nCHRISTOPHER \n\n@INFO: D(00) SS(00)\n\nTHE MINISTER AGREED.'), undefined)
})

test('a quoted text closes however the OCR read its end (a stray sign, END-TEXT, END. TEXT, {U), a struck marking), and the name after it signs', () => {
  const signer = (end: string): string | undefined =>
    fromText(`SUBJECT: DEPUTY SECRETARY'S CALL TO FM PETERSEN\n\n1. (U) THIS CABLE CONTAINS A DRAFT MEMORANDUM OF CONVERSATION.\n2. (U) BEGIN TEXT:\n3. (U) THE DEPUTY SECRETARY THANKED THE MINISTER.\n${end}`).model.facts.signer
  assert.equal(signer("'8. (U) END TEXT. \nALBRIGHT "), 'ALBRIGHT')
  assert.equal(signer('11. (U) END-TEXT. \nALBRIGHT \nOF 2 '), 'ALBRIGHT')
  assert.equal(signer('8. {U) END. TEXT.\nPICKERING\nBElSZ~'), 'PICKERING')
  assert.equal(signer('4. 464--END TEXT. \nCHRISTOPHER '), 'CHRISTOPHER')
  assert.equal(signer('5. END TEXT. \nTALBOTT \n T '), 'TALBOTT')
  assert.equal(signer('- s 4. END TEXT. \nCHRISTOPHER \n-frEeRST-'), 'CHRISTOPHER')
  // Run into the paragraph before it, its signs OCR'd as underscores.
  assert.equal(signer('10. (U) THE CALL ENDED AT 1226 EST. \n5_ END TEXT_ CHRISTOPHER \n/ '), 'CHRISTOPHER')
  assert.equal(signer('8. (U) THE CALL ENDED AT 1228 EST. \nEND TEXT. \nCHRISTOPHER \n1.4(B) \n1.4(D) \nB1 '), 'CHRISTOPHER')
})

test('where a publisher lowered the text, a word in small letters after a name is text, not the foot of a signature', () => {
  const { model } = fromText('R 141433Z JUN 09\nFM SECSTATE WASHDC\nTO AMEMBASSY ASHGABAT\n\nC o n f i d e n t i a l state 063812\n\nSubject: election observers\n\n1. (c) we appreciate your reporting on the elections.\nBest,\nJeff\nclinton\n')
  assert.notEqual(model.facts.signer, 'Jeff')
})

test("a print's TO and INFO lines after the text, under a caption and a print header, are its addressees", () => {
  const { model } = fromText("SUBJECT: ALEKSANDR LEBED'S NOVEMBER 21 MEETING\n\n1. (C) THE MEETING WENT WELL.\n\nO P 300223Z NOV 96\nFM SECSTATE WASHDC\n\nEXDIS\nItem Subject: ALEKSANDR LEBED'S NOVEMBER 21 MEETING IN THE STATE DEPARTMENT\nTO AMEMBASSY MOSCOW IMMEDIATE\nINFO EUROPEAN POLITICAL COLLECTIVE PRIORITY\nCIS COLLECTIVE\n\nC O N F I D E N T I A L STATE 246438\n")
  assert.deepEqual([model.facts.to, model.facts.info], [['AMEMBASSY MOSCOW'], ['EUROPEAN POLITICAL COLLECTIVE', 'CIS COLLECTIVE']])
})

test("an outgoing telegram's drafting form that a print puts after its text leaves the signature before it", () => {
  const { model } = fromText("SUBJECT: DEPUTY SECRETARY TALBOTT'S MEETING WITH ROMANIAN FOREIGN MINISTER\n\n10. ON UKRAINE, TALBOTT STRESSED THE IMPORTANCE OF\nWORKING CLOSELY WITH UKRAINE.\nCHRISTOPHER\n\nORIGIN EUR-01\nINFO LOG-00 AMAD-01 CIAE-00\n\nSOURCE: KODAKC.290143\nDRAFTED BY: EUR : MPADAIR : KIC\nAPPROVED BY: THE ACTING SECRETARY\nS/S: ADWOLFF\nDESIRED DISTRIBUTION:\nEUR, D, EUR/NCE\nS/S-0: CJHOH\nO 291953Z OCT 96\nFM SECSTATE WASHDC\nTO AMEMBASSY BUCHAREST IMMEDIATE\nSTATE 225167\nE.O. 12958: DECL: 11/1/96\nTAGS: PREL, RO\n")
  assert.equal(model.facts.signer, 'CHRISTOPHER')
})

test("a subject whose first line the OCR lost opens with the POEMS print's Item Subject:; a PTP print's head without its counts names the telegram", () => {
  const { model } = fromText("[Page 1]\nPOEMS Automated Telegram Handler - B26 CONFIDENTIAL 10/03/94 10:02 am Page: 1\nItem Subject: HAITI DOMINATES FIRST MEETING BETWEEN DEPSEC\nPAGE 01 STATE 266016 302003Z SEP 94\nSUBJECT: AND NEW OAS SECRETARY GENERAL GAVIRIA\n1. ENTIRE TEXT.\n2. THE DEPUTY SECRETARY MET GAVIRIA.\n")
  assert.equal(model.title, 'Haiti Dominates First Meeting Between Depsec and New OAS Secretary General Gaviria')
  const ptp = fromText('[Page 1]\nRELEASE IN\nFULL\nWed Mar 12 22:08:35 1997 [MOSCOW 5954] PRT COPY\nPTP6946\nPAGE 01. MOSCOW 05954 00 OF 03 130255Z\n\nDEPARTMENT FOR D\n1. (C) THE MEETING WENT WELL.\n')
  assert.equal(ptp.model.facts.telegram, 'MOSCOW 5954')
  assert.ok(!/Wed Mar 12/.test(ptp.model.title), ptp.model.title)
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


test("Cablegate's page line inside a line, where the publisher joined a paragraph's lines: a page break there, the text on either side one paragraph, nothing added", () => {
  const head = 'R 131510Z JUL 09\nFM AMCONSUL ISTANBUL\nTO SECSTATE WASHDC 9149\nBT\nC O N F I D E N T I A L ISTANBUL 000336\n\nE.O. 12958: DECL: 7/13/2019\nTAGS: PGOV, IR\nSUBJECT: IRAN: AN INVISIBLE GENERAL STRIKE\n\n'
  const { tree, model } = fromText(`${head}5. (C) A growing portion of the Iranian workforce was ISTANBUL 00000336 002 OF 003 engaged in an invisible general strike. It would not last.\n\n6. (C) Comment: the strike is hard to measure. End Comment. ISTANBUL 00000336 003 OF 003 HEARNE\n`)
  assert.deepEqual(pages(tree), ['1', '2', '3'])
  const paragraph = elements(tree, 'p').find((p) => p.attributes.n === '5')
  assert.ok(paragraph, 'paragraph 5 is one paragraph')
  assert.equal(elements(paragraph, 'pb').length, 1, 'the page breaks inside it')
  assert.deepEqual(elements(paragraph, 'fw').map((fw) => textOf(fw)), ['ISTANBUL 00000336 002 OF 003'])
  assert.equal(textOf(paragraph).replace('ISTANBUL 00000336 002 OF 003', ''), '5. (C) A growing portion of the Iranian workforce was  engaged in an invisible general strike. It would not last.')
  // The name after the page line is the signature; the page line is furniture, not the post's name in the text.
  assert.equal(model.facts.signer, 'HEARNE')
  // A line of capitals before a serial that is no post (`THE 00000336 …`) stays text.
  assert.equal(elements(fromText(`${head}5. (C) THE SERIES 00000336 002 OF 002 WAS CITED.\n`).tree, 'fw').filter((fw) => fw.attributes.subtype === 'telegram').length, 0)
})

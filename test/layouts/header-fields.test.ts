/**
 * Header fields in every layout (issue 8, deliver 1): SUBJECT spelled and spaced as releases
 * have it, continued on the next line, after a typed or a struck classification marking; TAGS
 * with or without colon and commas; each E.O. number; REF lines; SECTION n OF m; the telegram
 * line; and the fallback of a layout this tool does not know.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { fieldName } from '../../src/vocabulary/fields.ts'
import { telegramLine } from '../../src/vocabulary/telegram.ts'
import { addressees, isAddresseeLine } from '../../src/vocabulary/posts.ts'
import { metadataOf, readMetadata } from '../../src/render/index.ts'
import { subjectOf } from '../../src/analyse/facts.ts'
import { titleCase } from '../../src/analyse/title.ts'
import { emailParties, type EmailParties } from '../../src/analyse/email.ts'
import { subtitle } from '../../src/edition/describe.ts'
import { chicago } from '../../src/site/citation.ts'
import { markingLines } from '../../src/vocabulary/classifications.ts'
import { teiCorpusMember } from '../../src/site/tei-corpus.ts'
import { toTei } from '../../src/tei/document.ts'
import { elements, parseTei, textOf } from '../helpers/tei.ts'
import { fromText, furnitureCount, furnitureKinds, keywords, layout, mainTitle } from './helpers.ts'

test('SUBJ: with two spaces titles the telegram, title-cased', () => {
  const { model, tree } = layout('subj-sections')
  assert.equal(model.facts.subject, 'PARLIAMENTARY DEBATE ON THE AGRARIAN REFORM LAW')
  assert.equal(mainTitle(tree), 'Parliamentary Debate on the Agrarian Reform Law')
})

test('TAGS without colon or commas give every code', () => {
  const { model, tree } = layout('subj-sections')
  assert.deepEqual(model.facts.tags, ['PGOV', 'PINT', 'PO'])
  assert.deepEqual(keywords(tree), ['PGOV', 'PINT', 'PO'])
})

test('SECTION 01 OF 02 in the telegram line is the section, and the telegram number is read beside it', () => {
  const { model } = layout('subj-sections')
  assert.deepEqual(model.facts.section, { n: 1, of: 2 })
  assert.equal(model.facts.telegram, 'LISBON 01502')
})

test('a Subject: continued on the next line is one subject, in its own case', () => {
  const { model, tree } = layout('subject-continued')
  assert.equal(model.facts.subject, 'Lithuania presses the Commission on the power bridge to Sweden')
  assert.equal(mainTitle(tree), 'Lithuania presses the Commission on the power bridge to Sweden')
})

test('REFS: continued on the next line keep both references', () => {
  const { model } = layout('subject-continued')
  assert.equal(model.facts.ref, 'A) VILNIUS 151 B) STATE 20119')
})

test('a typed marking (C) before the subject is no part of the title', () => {
  const { model } = layout('subject-typed-marking')
  assert.equal(model.facts.subject, 'BORDER INCIDENT AT MANDERA')
  assert.equal(model.title, 'Border Incident at Mandera')
})

test('a struck marking read as junk (SUBJECT:-4e+-THE …) is no part of the title', () => {
  const { model } = layout('subject-struck-marking')
  assert.equal(model.facts.subject, "THE DEPUTY SECRETARY'S TALKS WITH THE INDIAN FOREIGN SECRETARY")
  assert.equal(model.title, "The Deputy Secretary's Talks with the Indian Foreign Secretary")
})

test('a subject does not run on into a paragraph of prose', () => {
  const { model } = fromText('SUBJECT: Visit of the trade delegation\nThe delegation arrives on Monday and will meet the Minister of Commerce.\n')
  assert.equal(model.facts.subject, 'Visit of the trade delegation')
})

test('a subject in capitals runs on for two more lines at most', () => {
  const { model } = fromText('SUBJECT: ONE\nTWO\nTHREE\nFOUR AND FIVE\n')
  assert.equal(model.facts.subject, 'ONE TWO THREE')
})

for (const [line, order] of [
  ['E.O. 11652: GDS', '11652'],
  ['E.O. 12065: GDS 2/23/85 (WELLS, R.T.) OR-P', '12065'],
  ['E.O. 12356: DECL: OADR', '12356'],
  ['EO 12958 DECL: 06/03/08', '12958'],
  ['E.o. 12958: decl: 08/13/2034', '12958'],
  ['E.O.:                       13526', '13526']
] as const) {
  test(`the E.O. line "${line}" names Executive Order ${order}`, () => {
    const { model } = fromText(`${line}\nTAGS: PREL\nSUBJECT: TEST\n\n1. The text of the telegram, long enough to be a paragraph.\n`)
    assert.equal(model.facts.executiveOrder, order)
    assert.equal(model.facts.eo, line.replace(/\s+/g, ' '))
  })
}

test('the declassification date of an E.O. line is machine-readable, also in parentheses or lower case', () => {
  assert.equal(layout('subject-continued').model.facts.declassify?.when, '2018-03-04')
  assert.equal(layout('ptp-print').model.facts.declassify?.when, '2006-10-03')
  assert.equal(fromText('E.o. 12958: decl: 08/13/2034\n').model.facts.declassify?.when, '2034-08-13')
  // A date the calendar does not have (a drafter's slip, `9/31/2009`) is kept as written, with no machine-readable date (TEI's @when would be invalid); a leap day is a date.
  assert.deepEqual(fromText('E.O. 12958: DECL: 9/31/2009\n').model.facts.declassify, { text: '9/31/2009' })
  assert.deepEqual(fromText('E.O. 12958: DECL: 2/29/2009\n').model.facts.declassify, { text: '2/29/2009' })
  assert.equal(fromText('E.O. 12958: DECL: 2/29/2008\n').model.facts.declassify?.when, '2008-02-29')
})

test('TAGS in lower case, or with a stray point after the colon, are codes in capitals', () => {
  assert.deepEqual(fromText('Tags: prel, pgov, mops, knnp, mg\n').model.facts.tags, ['PREL', 'PGOV', 'MOPS', 'KNNP', 'MG'])
  assert.deepEqual(fromText('TAGS:. PREL, PGOV\n').model.facts.tags, ['PREL', 'PGOV'])
})

test('every TAGS line counts: a print\'s metadata may list fewer codes than the telegram', () => {
  const { model } = fromText('TAGS:     PREL, EPET\nSubject:  OIL\n\n1. Text of the print, long enough to be a paragraph of prose.\n\nTAGS PREL, EPET, JO, MO\nSUBJECT: OIL\n')
  assert.deepEqual(model.facts.tags, ['PREL', 'EPET', 'JO', 'MO'])
})

test('a line of prose in capitals under the TAGS is no line of codes, its short words no codes', () => {
  const tags = (after: string): string[] => fromText(`SUBJECT: AS PREDICTED, ITALY'S HUMAN RIGHTS REPORT\nE.O. 12958: DECL: 03/05/2007\nTAGS: PREL, PGOV\n${after}\n\n1. THE TALKS WENT WELL.\n`).model.facts.tags
  assert.deepEqual(tags('ESTABLISHED IN THESE MEETINGS, URGING ALL'), ['PREL', 'PGOV'])
  // Held-out 02ROME1196, whose line the codes' pattern tried to cut into codes in every way it could.
  assert.deepEqual(tags('ESTABLISHED IN THESE MEETINGS, URGING ALL TO AVOID INFERENCES, PARTICULARLY CONCERNING E'), ['PREL', 'PGOV'])
  assert.deepEqual(tags('SNAR, SMIG; MARR KPAO'), ['PREL', 'PGOV', 'SNAR', 'SMIG', 'MARR', 'KPAO'])
})

test('TAG: with its colon is the TAGS field; REFTEL: is the reference field, which ends a subject', () => {
  assert.equal(fieldName('TAG: PTER, MOPS, PINS, PREL, PGOV, PHUM, CO'), 'tags')
  assert.equal(fieldName('REFTEL: STATE 218789'), 'ref')
  assert.equal(fromText('SUBJECT: S/DAS PERINA OCTOBER 25 MEETING WITH CROATIAN\nAMBASSADOR ZUZUL\nREFTEL: STATE 218789\n1. classified by rudolf V. perina.\n').model.title, 'S/DAS Perina October 25 Meeting with Croatian Ambassador Zuzul')
  const { model } = fromText('S E C R E T BOGOTA 000243 SIPDIS NOFORN\nE.O. 12958: DECL: 2035/02/12\nTAG: PTER, MOPS, CO\nSUBJECT: QUESTIONS ABOUND\n\n1. (S/NF) Post has received disparate accounts of an air strike.\n')
  assert.deepEqual([model.facts.telegram, model.facts.tags], ['BOGOTA 000243', ['PTER', 'MOPS', 'CO']])
})

test('a TAGS label typed twice is no code', () => {
  const { model } = fromText('E.O. 12356: DECL: OADR\nTAGS: TAGS: PREL, OVIP (TALBOTT, STROBE),- PARM, KNNP, US; PK\nSUBJECT: TALKS\n\n1. Text of the telegram.\n')
  assert.deepEqual(model.facts.tags, ['PREL', 'OVIP', 'PARM', 'KNNP', 'US', 'PK'])
})

test('keywords Cablegate put after the codes are no codes, the codes among them are', () => {
  const tags = (line: string): string[] | undefined => fromText(`${line}\nSUBJECT: TALKS\n\n1. Text of the telegram.\n`).model.facts.tags
  assert.deepEqual(tags('TAGS: PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS IRAQI FREEDOM'), ['PREL', 'PGOV', 'CVIS', 'IT'])
  assert.deepEqual(tags('TAGS: OVIP STEINBERG JAMES PREL MNUC SN CH KN'), ['OVIP', 'PREL', 'MNUC', 'SN', 'CH', 'KN'])
  assert.deepEqual(tags('TAGS PINR, KCRM, PGOV, EINV, ECON, KCOR, BU, Organized Crime'), ['PINR', 'KCRM', 'PGOV', 'EINV', 'ECON', 'KCOR', 'BU'])
  // A code of five letters stays, next to a keyword or not.
  assert.deepEqual(tags('TAGS: PREF, UNHCR, SU, REFUGEES'), ['PREF', 'UNHCR', 'SU'])
  assert.deepEqual(tags('TAGS: PINR PREL PTER YE COUNTER TERRORISM'), ['PINR', 'PREL', 'PTER', 'YE'])
})

test('a long code the TAGS give keeps its capitals in the title; handwriting after a subject in capitals is none of it', () => {
  const { model } = fromText("E.O. 12958: DECL: 03/01/10\nTAGS: AORC, UNHCR, PREL, JO, UN\nSUBJECT: UNHCR: DEPUTY SECRETARY'S MEETING WITH FORMER\nCROWN PRINCE HASSAN OF JORDAN P po&\nCLASSIFIED BY IO/ESA DIRECTOR STEVE BLODGETT.\n1. (C) TEXT.\n")
  assert.equal(model.title, "UNHCR: Deputy Secretary's Meeting with Former Crown Prince Hassan of Jordan")
  // A short TAGS code may be a word of the subject: Australia's AS.
  assert.equal(fromText('TAGS: PREL, AS\nSUBJECT: AUSTRALIA AS A PARTNER\n\n1. (C) TEXT.\n').model.title, 'Australia as a Partner')
})

test('text on the line under a field, opening with a paragraph\'s marking, is a paragraph, and its name signs; a list of references in capitals stays the field', () => {
  const { model, tree } = fromText('EO 12958 N/A\nTAGS PREL, PHUM, UNGA, MY\nSUBJECT: DEMARCHE: US-EU PRISONERS OF CONSCIENCE DECLARATION\nREF: STATE 40380\n (SBU) Poloff delivered reftel demarche and nonpaper to the MFA on April 21.\nKEITH\n')
  assert.equal(model.facts.signer, 'KEITH')
  assert.equal(textOf(elements(tree, 'ab').find((ab) => ab.attributes.subtype === 'ref')!), 'REF: STATE 40380')
  assert.ok(elements(tree, 'p').some((p) => textOf(p).startsWith('(SBU) Poloff delivered')))
  const refs = fromText('SUBJECT: READOUTS\nREFS: (A) DOHERTY-VERSHBOW 2/1/00 E-MAIL;\n(B) BEYRLE-KOSTELANCIK 2/1/00 TELCON;\n(C) KROL-VERSHBOW 2/2/00 TELCON\n1. (C) TEXT.\n')
  assert.match(textOf(elements(refs.tree, 'ab').find((ab) => ab.attributes.subtype === 'ref')!), /\(C\) KROL-VERSHBOW/)
})

test('a memorandum without a subject is titled by whom its heading is for, under a distribution slip\'s labels', () => {
  const { model } = fromText('a CONFIDENTIAL\nWO PER S/SfGUESTI\nEUR\nIO _ SUBJECT,: USUN/W\nS/S\nNATIONAL SECURITY COUNCIL\nWASHINGTON. D.0 20506\nMEMORANDUM FOR MR. KENNETH C. BRILL\nExecutive Secretary\nDepartment of State\nPlease transmit the Memorandum of Telephone Conversation at Tab A to Secretary Christopher.\n')
  assert.deepEqual([model.facts.kind, model.title], ['Memorandum', 'Memorandum to Mr. Kenneth C. Brill'])
})

test('a memorandum\'s subject that ends on a minister\'s title goes on to the name on the next line', () => {
  const { model } = fromText("S/S\nINFORMAL MEMORANDUM OF CONVERSATION\nSubject: Secretary Albright's One-On-One With FM\nPrimakov; Osobnyak, Moscow; February 20, 1997\nParticipants:\nThe Secretary\n")
  assert.equal(model.title, "Secretary Albright's One-On-One With FM Primakov; Osobnyak, Moscow; February 20, 1997")
  // The classification's authority under a subject is none of it.
  assert.equal(fromText('SUBJECT: Scenesetter for the Opening of the Defense Bilateral Working\nGroup, Washington, D.C., February 1\nDERIVED FROM: DSCG 05-1 B, D\n\n1. (S) Summary: text.\n').model.title, 'Scenesetter for the Opening of the Defense Bilateral Working Group, Washington, D.C., February 1')
  // A bullet the OCR read before the label.
  assert.equal(fromText("RELEASE IN FULL\n• SUBJECT: BELGIUM: DEPUTY SECRETARY TALBOTT'S CALL ON FM\nDERYCKE\nREF: BRUSSELS 1170\n1. (C) TEXT.\n").model.title, "Belgium: Deputy Secretary Talbott's Call on FM Derycke")
  // A date alone on the next line goes on a subject that needs more.
  assert.equal(fromText('SUBJECT: DEPSEC MEETING WITH GERMAN FORMIN FISCHER ON\n2/4\nCLASSIFIED BY ACTING DCM JOSEPH SALOOM.\n1. (C) TEXT.\n').model.title, 'Depsec Meeting with German Formin Fischer on 2/4')
  assert.equal(fromText('SUBJECT: MEETING WITH THE FM\n\n1. (C) THE SECRETARY MET THE FM.\n').model.title, 'Meeting with the FM')
})

test('a drafting date the OCR misread into the future of the release that printed it (PROG 08/28/46 for 96, released 2019) dates nothing', () => {
  const { model } = fromText('[Page 1]\nC O6 6 9 8 3 1 5=1ED U.S. Department of State Case No. F-2017-13804 Doc No. C06698315 Date: 07/25/2019\nPROG 08/28/46\nDCM:TGWESTON\nAMEMBASSY OTTAWA\nSECSTATE WASHDC, IMMEDIATE\nTAGS: NATO, PREL, CA\nSUBJECT: TALKS\n1. (C) TEXT.\n')
  assert.deepEqual([model.facts.drafted?.text, model.facts.drafted?.when, model.facts.released?.when], ['08/28/46', undefined, '2019-07-25'])
  assert.equal(subtitle(model.facts), 'Telegram from AMEMBASSY OTTAWA to SECSTATE WASHDC')
})

test('the page stamp as the OCR read its Doc No. (Doe No.) is the stamp: its UNCLASSIFIED is the release\'s, not the document\'s classification', () => {
  const { model, tree } = fromText('[Page 1]\nCO {38 1 g Q 95=IED U.S. Departmentof StateCase No. F-2017-13804 Doc No. C06815098 Date: 11/18/2020\nClassifiedby the Deputy Secretary.Reasons: para. 1.5\nSUBJECT: TALKS\n1. TEXT OF THE TELEGRAM.\nUNCLASSIFIED U.S. Departmentof StateCase No. F-2017-13804 Doe No. C06815098 Date: 11/18/202Q\n')
  assert.equal(model.facts.classification, undefined)
  assert.equal(furnitureCount(tree, 'page-stamp'), 2)
})

test('the page stamp whose date the OCR misread (2Q20, 12i23i2020) is the stamp, between the pages, and its date is read back', () => {
  const { model, tree } = fromText('[Page 1]\nUNCLASSIFIED U.S. Departmentof StateCase No. F-2017-13804 Doc No. C06815079 Date: 11/18/2Q20\nSUBJECT: TALKS WITH THE PRIME MINISTER\n1. THE TEXT OF THE TELEGRAM ON ITS FIRST PAGE\n[Page 2]\n("„O Qg j Qo /cIolFIED U.S. Departmentof StateCase No. F-2017-13804 Doc No. C06815079 Date: 12i23i2020\nAND ITS SECOND PAGE.\n')
  assert.equal(furnitureCount(tree, 'page-stamp'), 2)
  assert.equal(model.facts.released?.when, '2020-11-18')
  assert.equal(model.facts.released?.text, '11/18/2Q20')
  // A release decision whose last L the OCR read as I is the stamp too, and titles nothing.
  const fuli = fromText('[Page 1]\nNODIS\nRELEASE IN FULI\nDEAR BORIS:\nI AM WRITING TO ACCEPT YOUR INVITATION.\n')
  assert.deepEqual(elements(fuli.tree, 'stamp').map(textOf), ['RELEASE IN FULI'])
  assert.equal(fuli.model.facts.release, 'RELEASE IN FULI')
  assert.notEqual(fuli.model.title, 'Release in FULI')
})

test('a post\'s drafting form of an outgoing telegram (PROG …) gives the draft\'s date and drafter, the post that sends it and its addressee', () => {
  const { model } = fromText('[Page 1]\nCONFIDENTIAL\nPROG 09/17/96\nAMB:TRPICKERING\nAMB:TRPICKERING:CG\nDCM:JFTEFFT\nNODI\nAMEMBASSY MOSCOW\nSECSTATE WASHDC =MEDIATE\nNODIS\nE.O. 12958: DECL: 09/16/06\nTAGS: PREL, US, RS\nSUBJECT: PRIMAKOV: RUSSIAN DIFFERENCES WITH THE U.S.\n1. (C) TEXT.\n')
  assert.deepEqual([model.facts.from, model.facts.to, model.facts.drafted?.name, model.facts.drafted?.when], ['AMEMBASSY MOSCOW', ['SECSTATE WASHDC'], 'TRPICKERING', '1996-09-17'])
  assert.equal(subtitle(model.facts), 'Telegram from AMEMBASSY MOSCOW to SECSTATE WASHDC, 1996-09-17')
  // The draft's date without leading zeros (`PROG 2/2/99`).
  const short = fromText('[Page 1]\nCONFIDENTIAL\nPROG 2/2/99\nPOL:JSMITH\nAMEMBASSY ISLAMABAD\nSECSTATE WASHDC IMMEDIATE\nE.O. 12958: DECL: 02/02/09\nTAGS: PREL, PK\nSUBJECT: TALKS\n1. (C) TEXT.\n')
  assert.deepEqual([short.model.facts.from, short.model.facts.to, short.model.facts.drafted?.when], ['AMEMBASSY ISLAMABAD', ['SECSTATE WASHDC'], '1999-02-02'])
})

test('"TAGS" opening a sentence of prose is no field', () => {
  assert.equal(fieldName('Tags are the codes of the Traffic Analysis by Geography and Subject.'), undefined)
  assert.equal(fieldName('TAGS PREL PGOV'), 'tags')
  // Nor "SUBJECT TO", though a subject line whose colon the OCR lost is one.
  assert.equal(fieldName('SUBJECT TO NATIONALIST ATTACKS, THE GOVERNMENT WILL NOT YIELD.'), undefined)
  // Nor a line of prose in capitals that opens with the word (`… ON THE` / `SUBJECT BECAUSE OF THE CHICANERY …`, `SUBJECT OF DEMOCRACY AND HAITI …`).
  for (const line of ['SUBJECT BECAUSE OF THE CHICANERY WHICH HAS BEEN ASSOCIATED', 'SUBJECT OF DEMOCRACY AND HAITI THAT WE HOPED WOULD ACHIEVE', 'SUBJECT THAT HAS BROUGHT US BACK INTO TOUCH WITH']) assert.equal(fieldName(line), undefined, line)
  assert.equal(fieldName("SUBJECT DEPUTY SECRETARY'S MEETING WITH LEBED"), 'subject')
  assert.equal(fieldName("SUBJECT DEPUTY SECRETARY'S MEETING WITH THE PRIME MINISTER"), 'subject')
  // A stray mark before the label (`'SUBJECT:`, `` `SUBJECT: ``).
  assert.equal(fieldName("'SUBJECT: DEPUTY SECRETARY TALBOTT'S MEETING WITH FOREIGN"), 'subject')
  assert.equal(fromText("`SUBJECT: AMBASSADOR HOLBROOKE'S DISCUSSIONS WITH ARGENTINE FM\nAND UK PERMREP ON FALKLAND ISLANDS SETTLEMENT\nCOMMENTS:\n").model.facts.subject, "AMBASSADOR HOLBROOKE'S DISCUSSIONS WITH ARGENTINE FM AND UK PERMREP ON FALKLAND ISLANDS SETTLEMENT")
})

test('the telegram line in its release spellings', () => {
  const read = (line: string): string | undefined => {
    const t = telegramLine(line)
    return t && `${t.post} ${t.number}`
  }
  assert.equal(read('C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097 '), 'CAPE TOWN 00097')
  assert.equal(read('SECRETSTATE 233819'), 'STATE 233819')
  assert.equal(read('CONrIDDNTIALABIDJAN 012224'), 'ABIDJAN 012224')
  assert.equal(read('-21-E-e-R-T-T STATE 220605'), 'STATE 220605')
  assert.equal(read('S e c r e t ulaanbaatar 000234'), 'ULAANBAATAR 000234')
  assert.equal(read('UNCLAS SANTIAGO 000355'), 'SANTIAGO 000355')
  assert.equal(read('LONDON 017145'), 'LONDON 017145')
  // A post of three words with DE in it; USNATO's own numbers; a marking struck down to one letter.
  assert.equal(read('UNCLAS SECTION 01 OF 02 RIO DE JANEIRO 001238'), 'RIO DE JANEIRO 001238')
  assert.equal(read('S E C R E T SECTION 01 OF 03 USNATO 000464'), 'USNATO 000464')
  assert.equal(read('T STATE 236019'), 'STATE 236019')
  assert.equal(read('E T STATE 086413'), 'STATE 086413')
  // A post of two words after a letter-spaced marking.
  assert.equal(read('C O N F I D E N T I A L LA PAZ 000033'), 'LA PAZ 000033')
  // The level the marking names, when it names one.
  assert.equal(telegramLine('SECRETSTATE 233819')?.classification, 'SECRET')
  assert.equal(telegramLine('UNCLAS SANTIAGO 000355')?.classification, 'UNCLASSIFIED')
  assert.equal(telegramLine('-21-E-e-R-T-T STATE 220605')?.classification, undefined)
  // Signs the OCR put after the serial, on a line a marking opens.
  assert.equal(read('CMNFIDENTIALPORT AU PRINCE 002849„,_____'), 'PORT AU PRINCE 002849')
  assert.equal(telegramLine('CMNFIDENTIALPORT AU PRINCE 002849„,_____')?.classification, 'CONFIDENTIAL')
  assert.equal(read('CONFIDENTIALHARARE 012949,'), 'HARARE 012949')
  // The end of a marking before a post's whole name, the lowest level that ends so.
  assert.deepEqual(telegramLine('IDENTIALLONDON 002339'), { post: 'LONDON', number: '002339', classification: 'CONFIDENTIAL' })
  assert.equal(telegramLine('CRETSTATE 012345')?.classification, 'SECRET')
  assert.equal(read('CONFIDENTIAL.MOSCOW 004141'), 'MOSCOW 004141')
  // Captions a print put after the serial.
  assert.equal(read('S E C R E T BOGOTA 000243 SIPDIS NOFORN'), 'BOGOTA 000243')
})

test('lines that only look like a telegram line are not one', () => {
  for (const line of ['ELECTIONS IN 1995', 'THE TALKS OF 2002.', 'STATE 099063.', 'L 000666', 'TO SECSTATE WASHDC 4417', 'AMEMBASSY RABAT 0279', 'INFO RUEHAM/AMEMBASSY AMMAN 0446', 'B) 11 RABAT 393', 'AIT TAIPEI PRIORITY 0000', 'WASHINGTON. D C 20506', 'NEW YORK. N.Y. 10128', 'WASHINGTON, D.C. 20520', 'USDOC WASHDC 0000']) {
    assert.equal(telegramLine(line), undefined, line)
  }
})

test('a layout without a subject line: a warning, and the first line of text as the title', () => {
  const { model } = layout('unknown-layout')
  assert.equal(model.title, 'Meeting with the Czech Ambassador, February 3, 1995')
  const warning = model.warnings.find((w) => /no subject line/.test(w.message))
  assert.ok(warning, 'a warning says the layout is unknown')
  assert.match(warning.message, /read from the text .*, "Meeting with the Czech Ambassador, February 3, 1995"/)
  // A first line in capitals is cased as a subject is, its codes and captions kept; one in small letters stays as written.
  assert.equal(fromText('COMMON ELEMENTS FOR THE CONDUCT OF A NATO-RUSSIA DIALOGUE\nNATO and the Government of the Russian Federation agree to work\ntoward a Charter.\n').model.title, 'Common Elements for the Conduct of a NATO-Russia Dialogue')
  assert.equal(fromText('NODIS BRIEFING PAPERS FOR THE SECRETARY\nThe papers for the meeting are attached.\n').model.title, 'NODIS Briefing Papers for the Secretary')
  assert.equal(fromText('that goa participation would keep malaysia from\nthe talks altogether.\n').model.title, 'that goa participation would keep malaysia from')
})

test('a file with a subject line is titled by it, never by its file name', () => {
  const { model } = fromText('SUBJECT: GRAIN SALES\n\n1. Text.\n', '017-STATE-123.txt')
  assert.equal(model.title, 'Grain Sales')
  assert.equal(model.warnings.filter((w) => /no subject line/.test(w.message)).length, 0)
})

test('a subject wrapped to a print\'s value column runs on, whatever its case', () => {
  const { model } = fromText('MRN:                        11 RABAT 1210\nSubject:                    Morocco Elections: Provisional Results Show the PJD Ahead in\n                            Both the Cities and the Countryside\n\n1. (SBU) Summary: the text of the cable, long enough to be a paragraph.\n')
  assert.equal(model.facts.subject, 'Morocco Elections: Provisional Results Show the PJD Ahead in Both the Cities and the Countryside')
})

test('a record that is no telegram is not called one: a memorandum for the record, a letter, a text that says nothing of itself', () => {
  assert.equal(layout('unknown-layout').model.facts.kind, 'Memorandum')
  const letter = fromText('The Honorable Warren Christopher\nSecretary of State\n\nDear Mr. Secretary:\n\nThank you for your letter of March 3 about the fisheries talks, which I read with great interest.\n\nSincerely,\n\nJohn Smith\n')
  assert.equal(letter.model.facts.kind, 'Letter')
  assert.equal(fromText('Some notes on how the consular section kept its files in the years before the reading room was automated.\n').model.facts.kind, 'Document')
  // A letter quoted in a telegram leaves it a telegram; so does the cover sheet a file opens with before its telegram.
  assert.equal(layout('smart-cable').model.facts.kind, 'Telegram')
  assert.equal(layout('cover-sheet').model.facts.kind, 'Telegram')
})

test('a record that is no telegram is dated by its own date line: a DATE: line first, a whole date only, never a guess', () => {
  const memo = (text: string): string | undefined => fromText(text).model.facts.written?.when
  assert.equal(memo('MEMORANDUM OF CONVERSATION\nParticipants: The Deputy Secretary\nDATE: October 12, 1994, 2:30 PM\n\nThe Deputy Secretary said the visit of March 3, 1993 went well.\n'), '1994-10-12')
  assert.equal(memo('MEMORANDUM FOR THE RECORD\n\n12 Sept 1995\n\nThe meeting was short.\n'), '1995-09-12')
  // A date the OCR damaged, or no such day.
  assert.equal(memo('MEMORANDUM FOR THE RECORD\n\nFebruary I, 1993\n\nThe meeting was short.\n'), undefined)
  assert.equal(memo('MEMORANDUM FOR THE RECORD\n\nFebruary 30, 1993\n\nThe meeting was short.\n'), undefined)
  // A telegram is dated by its date-time group, not by a date in its text.
  assert.equal(layout('smart-cable').model.facts.written, undefined)
})

test('the memcon of a telephone call: its DATE: line dates the TEI (creation) and the page', () => {
  const { model, tree } = layout('../foia-F-2017-13804/C06694720')
  const creation = elements(tree, 'creation')[0]
  assert.equal(creation && elements(creation, 'date')[0]?.attributes.when, '1994-10-12')
  assert.equal(metadataOf(model).date, '1994-10-12')
  assert.deepEqual(readMetadata(tree, model.id).date, '1994-10-12')
})

test('Cablegate routing: routing indicators name no addressee, INFO lines of their own each add one, and "for reasons" ends the classifier', () => {
  const { facts } = layout('cablegate-routing').model
  assert.equal(facts.from, 'AMEMBASSY LONDON')
  assert.deepEqual(facts.to, ['SECSTATE WASHDC'])
  assert.deepEqual(facts.info, ['AMEMBASSY BRUSSELS', 'AMEMBASSY PARIS', 'NSC WASHDC', 'SECDEF WASHDC', 'USMISSION USUN NEW YORK'])
  assert.equal(facts.classifiedBy, 'Political Counselor Rick Mills')
  assert.equal(facts.classificationReason, '1.4 (b) and (d)')
  assert.deepEqual(facts.section, { n: 1, of: 2 })
  assert.equal(facts.telegram, 'LONDON 001234')
  // ZEN/, an addressee served by other means, is no addressee either; a range of serials (one per section) is a serial.
  const zen = fromText('O 270333Z SEP 08\nFM SECSTATE WASHDC\nTO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279\nRUEHKV/AMEMBASSY KYIV NIACT IMMEDIATE 7881-7884\nZEN/AMEMBASSY MOSCOW NIACT IMMEDIATE 4778-4781\nINFO ZEN/AMEMBASSY ADDIS ABABA IMMEDIATE 5844-5847\nZEN/CNO WASHINGTON DC IMMEDIATE\nBT\nS E C R E T STATE 103511\n\nSUBJECT: NOTIFICATION OF AFFECTED STATES\n\n1. (S) TEXT.\n').model.facts
  assert.deepEqual([zen.to, zen.info], [['AMEMBASSY BELMOPAN', 'AMEMBASSY KYIV', 'AMEMBASSY MOSCOW'], ['AMEMBASSY ADDIS ABABA', 'CNO WASHINGTON DC']])
})

test("a transcription's YAML front matter titles the text that types no subject: its subject, else its title, unquoted", () => {
  const head = '---\ntitle: "Wheat Problem: Refs (A) La Paz 173"\nauthor: "Stedman"\ndate: "January 16, 1974"\ncable-subject: "(U) Wheat Problem: Refs (A) La Paz 173 and (B) State 5614"\n---\n\n# DEPARTMENT OF STATE TELEGRAM\n\n1. Econoffs met with the Minister of Industry and Commerce.\n'
  assert.equal(fromText(head).model.facts.subject, 'Wheat Problem: Refs (A) La Paz 173 and (B) State 5614')
  assert.equal(fromText(head.replace(/cable-subject: .*\n/, '')).model.title, 'Wheat Problem: Refs (A) La Paz 173')
  assert.equal(fromText("---\nagency: DOS\ncomments: ''\ntitle: MEMORANDUM\nto_name: CHIEF, USSS\n---\n## Page 1\n\nThe memorandum of the meeting follows.\n").model.title, 'Memorandum')
  // The text's own SUBJECT line comes first; two such lines are no front matter.
  assert.equal(fromText(`${head}\nSUBJECT: WHEAT SALES\n`).model.facts.subject, 'WHEAT SALES')
  assert.equal(fromText('place: the ministry\ntitle: none given\n\nThe Minister said the talks would go on.\n').model.facts.subject, undefined)
})

test('a telegram whose lines a corpus joined into one: a block from each field, numbered paragraph, the telegram line and the name, where two spaces or more end them', () => {
  const { model, tree } = layout('joined-lines')
  const { telegram, classification, tags, ref, subject, signer, section } = model.facts
  assert.deepEqual(
    { telegram, classification, tags, ref, subject, signer, section },
    { telegram: 'VALLETTA 02211', classification: 'SECRET', tags: ['PREL', 'MT', 'LY'], ref: 'STATE 104422', subject: 'MALTA WEIGHS ITS TREATY WITH LIBYA', signer: 'HOLMES', section: { n: 1, of: 2 } }
  )
  // Four numbered paragraphs; two spaces after a sentence's full stop cut none of them.
  assert.deepEqual(elements(tree, 'p').filter((p) => p.attributes.n !== undefined).map((p) => p.attributes.n), ['1', '2', '3', '4'])
  assert.ok(elements(tree, 'p').some((p) => textOf(p).includes('SERVED MALTA WELL.  HE ADDED')))
  // A paragraph a publisher stored as one long line, two spaces after its sentences, stays one paragraph.
  const prose = `SUBJECT: TEST\n\n1.(C) ${'The Minister said the talks would go on.  He hoped for progress.  '.repeat(8)}END SUMMARY.  ALL SIDES AGREED.\n`
  assert.equal(elements(fromText(prose).tree, 'p').filter((p) => p.attributes.n !== undefined).length, 1)
})

test('Cablegate text dumps: the publisher\'s head is its furniture, and the telegram line run into the last addressee or the publisher\'s note is read apart', () => {
  const { model, tree } = layout('cablegate-record-head')
  // The head: reference id, title, the day as a program printed it, classification, origin; none of it titles or dates the telegram.
  assert.equal(furnitureCount(tree, 'publisher'), 5)
  assert.equal(mainTitle(tree), 'Malta Weighs a New Migration Centre, Asks for EU Help with Returns')
  assert.equal(model.facts.dateTime?.text, '131530Z MAR 09')
  // `RUEHBS/USEU BRUSSELS 0456C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000123`: the addressee, then the telegram line.
  assert.deepEqual(model.facts.info, ['AMEMBASSY ROME', 'AMEMBASSY TUNIS', 'USEU BRUSSELS'])
  assert.equal(model.facts.telegram, 'VALLETTA 000123')
  assert.deepEqual(model.facts.section, { n: 1, of: 2 })
  const line = elements(tree, 'ab').find((ab) => ab.attributes.subtype === 'telegram')
  assert.equal(line && textOf(line), 'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000123')
  // After a serial, after a post's last letters, after the publisher's note of a partial extract.
  const serial = fromText('R 190529Z NOV 90\nFM AMEMBASSY JAKARTA\nTO SECSTATE WASHDC 9005UNCLAS JAKARTA 16523\n\nE.O. 12356: N/A\nTAGS: PTER\nSUBJECT: ANNUAL TERRORISM REPORT\n\n1. THERE WERE NO TERRORIST ACTS IN 1990.\n').model.facts
  assert.deepEqual([serial.to, serial.telegram, serial.classification], [['SECSTATE WASHDC'], 'JAKARTA 16523', 'UNCLASSIFIED'])
  const letters = fromText('O 091055Z DEC 94\nFM AMEMBASSY PHNOM PENH\nTO SECSTATE WASHDC IMMEDIATE 1234\nINFO USCINCPAC HONOLULU HIC O N F I D E N T I A L PHNOM PENH 04053\n\nSUBJECT: HUN SEN\'S CURRENT VIEWS\n\n1. (C) TEXT OF THE TELEGRAM.\n').model.facts
  assert.deepEqual([letters.info, letters.telegram], [['USCINCPAC HONOLULU HI'], 'PHNOM PENH 04053'])
  const extract = fromText('This record is a partial extract of the original cable. The full text of the original cable is not available.UNCLAS SECTION 01 OF 02 HALIFAX 000027\n\nSUBJECT: ATLANTIC CANADA AND BORDER SCREENING\n\n1. Text of the telegram in a paragraph of prose.\n')
  assert.equal(extract.model.facts.telegram, 'HALIFAX 000027')
  assert.equal(furnitureCount(extract.tree, 'publisher'), 1)
  // An extract with no date-time group is dated by the day the publisher's head states.
  const dated = fromText('05VALLETTA456\n\nWed Sep 14 00:00:00 +0200 2005\nUNCLASSIFIED\nEmbassy Valletta\nThis record is a partial extract of the original cable. The full text of the original cable is not available.UNCLAS VALLETTA 000456\n\nSUBJECT: MALTA AND THE IAEA\n\n1. Text of the telegram in a paragraph of prose.\n')
  assert.deepEqual(dated.model.facts.written, { text: 'Wed Sep 14 00:00:00 +0200 2005', when: '2005-09-14' })
  assert.equal(subtitle(dated.model.facts), 'Telegram VALLETTA 000456, 2005-09-14')
  assert.equal(furnitureCount(dated.tree, 'publisher'), 5)
  assert.equal(layout('cablegate-record-head').model.facts.written, undefined)
  // A letter alone before the marking is its first letter doubled (`SS E C R E T`), and prose is never cut: no addressee, no telegram line.
  const doubled = fromText('FM AMCONSUL PESHAWAR\nTO SECSTATE WASHDC 7857\nSS E C R E T PESHAWAR 000041\n\nSUBJECT: SECURITY IN PESHAWAR\n\n1. (S) TEXT.\n')
  assert.deepEqual(elements(doubled.tree, 'ab').filter((ab) => ab.attributes.subtype === 'telegram').map(textOf), ['SS E C R E T PESHAWAR 000041'])
  const prose = fromText('SUBJECT: TEST\n\n1. (U) The Ambassador met the Minister of the InteriorUNCLAS MANAMA 000930\n').model.facts
  assert.equal(prose.telegram, undefined)
  // After the bracket or the strokes closing an address's office, and after an extract's date-time group.
  const office = fromText('R 080800Z DEC 92\nFM AMCONSUL IZMIR\nTO AMEMBASSY ANKARA//6318//\nINFO AMCONSUL ADANA//4251//\nAMCONSUL ISTANBUL//5890//UNCLAS IZMIR 0819\n\nSUBJ: TERRORISTS KILL FOUR POLICEMEN\n\n1. TEXT OF THE TELEGRAM.\n').model.facts
  assert.deepEqual([office.info, office.telegram], [['AMCONSUL ADANA', 'AMCONSUL ISTANBUL'], 'IZMIR 00819'])
  assert.equal(fromText('INFO AMEMBASSY DUBLIN\nAMCONSUL EDINBURGH POUCH)C O N F I D E N T I A L SECTION 01 OF 04 LONDON 16998\n\nSUBJECT: NORTHERN IRELAND\n\n1. TEXT.\n').model.facts.telegram, 'LONDON 16998')
  const grouped = fromText('This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n171637Z Feb 05UNCLAS SECTION 01 OF 02 QUEBEC 000025\n\nSUBJECT: AMBASSADOR\'S FAREWELL VISIT TO QUEBEC CITY\n\n1. Text of the telegram in a paragraph of prose.\n').model.facts
  assert.deepEqual([grouped.telegram, grouped.dateTime?.when], ['QUEBEC 000025', '2005-02-17T16:37:00Z'])
  // A page header's group without month and year takes them from the head's day, the nearest (a day off by its zone: `Fri Jan 18 00:00:00 +0100 2002`, `190706Z`).
  const short = fromText('02VATICAN298\nVATICAN REPORTS EYES ON GUANTANAMO\nFri Jan 18 00:00:00 +0100 2002\nCONFIDENTIAL\nEmbassy Vatican\nThis record is a partial extract of the original cable. The full text of the original cable is not available.C O N F I D E N T I A L VATICAN 000298\n\nSUBJECT: VATICAN REPORTS EYES ON GUANTANAMO\n\n1. (C) Text of the telegram in a paragraph of prose.\n\nPAGE 02        VATICA  00298  190706Z\n\n2. (C) The second page of the telegram, also in prose.\n').model.facts
  assert.equal(short.dateTime?.when, '2002-01-19T07:06:00Z')
  // A post and serial without a marking whose block goes on with addressees is one of them (`USEC BRUSSELS 0080`), no telegram line.
  const listed = fromText('R 042251Z JAN 93\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC 4660\nINFO AMEMBASSY BOGOTA\nAMEMBASSY OTTAWA\nUSEC BRUSSELS 0080\nUSAFSO HOWARD AFB PM\nUSCINCSO QUARRY HEIGHTS PM\n\nC O N F I D E N T I A L SECTION 01 OF 04 LIMA 00056\n\nSUBJECT: THE CCD, POVERTY AND THE SENDERO\n\n1. (U) TEXT.\n').model.facts
  assert.equal(listed.telegram, 'LIMA 00056')
  // A cables.csv dump: the labels of the record's fields, the line after its routing and the last line are the publisher's; its record mark after the name (`ZAJAC##`) is no part of the name.
  const dump = fromText('id: 594\ndate: 1/4/1993 22:51\nrefid: 93LIMA56\norigin: Embassy Lima\nclassification: CONFIDENTIAL\ndestination: \nheader:\nR 042251Z JAN 93\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC 4660\n\n----------------- header ends ----------------\n\nC O N F I D E N T I A L LIMA 00056\n\nSUBJECT: THE CCD, POVERTY AND THE SENDERO\n\n1. (C) TEXT OF THE TELEGRAM.\n\nBRAYSHAW##\n\n=======================CABLE ENDS============================\n')
  assert.equal(furnitureCount(dump.tree, 'publisher'), 9)
  assert.deepEqual([dump.model.facts.from, dump.model.facts.telegram, dump.model.facts.signer], ['AMEMBASSY LIMA', 'LIMA 00056', 'BRAYSHAW'])
  assert.equal(furnitureCount(fromText('id: 594\nSUBJECT: TEST\n\n1. (U) Text of the telegram follows here.\n').tree, 'publisher'), 0)
  // A reference id on the first line without the head's day under it is no head.
  assert.equal(furnitureCount(fromText('09VALLETTA123\nSUBJECT: TEST\n\n1. (U) Text of the telegram follows here.\n').tree, 'publisher'), 0)
})

test('the handling an unclassified telegram line names after its marking (`E F T O`) is no part of its post', () => {
  assert.deepEqual(telegramLine('UNCLAS E F T O SECTION 01 OF 02 DILI 000210'), { post: 'DILI', number: '000210', section: { n: 1, of: 2 }, classification: 'UNCLASSIFIED' })
  assert.deepEqual(telegramLine('UNCLAS EFTO ROME 001234'), { post: 'ROME', number: '001234', classification: 'UNCLASSIFIED' })
  // Without a marking, two letters are no post: the National Archives' record number on a page's foot (`NW 50953`).
  assert.equal(telegramLine('NW 50953'), undefined)
  assert.deepEqual(telegramLine('ROME 01234'), { post: 'ROME', number: '01234' })
})

test('a sentence in capitals is no addressee; lines in capitals holding sentences, cut by a page break, are a paragraph whose TO lines address no one', () => {
  assert.equal(isAddresseeLine('STRENGTHEN THIS EFFORT BY SENDING TECHNICAL ADVISORS'), false)
  assert.equal(isAddresseeLine('SOUTHERN AFRICAN DEVELOPMENT COMMUNITY'), true)
  assert.equal(isAddresseeLine('AFSOUTH NAPLES IT'), true)
  const { model, tree } = fromText('Heading: GABORO 2421 CONFIDENTIAL PRIORITY\nSUBJECT: U.S.-SADC FORUM: DIALOGUE WAS REAL\nSUMMARY\nTHE MAY 10-11 U.S.-SADC FORUM IN MAPUTO GENERATED GENUINE\nDIALOGUE AND AGREEMENT ON FOLLOW-ON ACTIONS. SADC ALSO WELCOMED\nTHE U.S. OFFER TO CONVENE A POST-FLOOD SEMINAR\nTO HELP SHAPE PLANS FOR STRENGTHENING DISASTER\nMANAGEMENT CAPABILITIES IN THE REGION. RECOGNIZING THE\nFORUM AS THE PRIMARY VEHICLE FOR\n[Page 2]\nTO STRENGTHEN THIS EFFORT BY SENDING TECHNICAL ADVISORS\nTO THE SECRETARIAT.\n\nP 180631Z MAY 00\nFM AMEMBASSY GABORONE\nTO SECSTATE WASHDC PRIORITY 5541\nINFO OAU COLLECTIVE\n')
  assert.deepEqual([model.facts.to, model.facts.info], [['SECSTATE WASHDC'], ['OAU COLLECTIVE']])
  assert.ok(elements(tree, 'p').some((p) => textOf(p).includes('TO HELP SHAPE PLANS')), 'the sentences are a paragraph')
  assert.ok(!elements(tree, 'ab').some((ab) => ab.attributes.type === 'routing' && textOf(ab).includes('TO STRENGTHEN')), 'the TO opening a page of prose opens no routing')
})

test('a post\'s own distribution (ACTION: DCM / INFO: AMB) addresses no one; a post by its place alone does (INFO BONN)', () => {
  const own = fromText('OFFICIAL INFORMAL SECSTATE 29851\nBEIJISVA:\nACTION: DCM\nINFO: AMB\n\nO 180132Z FEB 00\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW IMMEDIATE\n\nSUBJECT: OFFICIAL INFORMAL\n\n1. TEXT.\n').model.facts
  assert.deepEqual([own.to, own.info], [['AMEMBASSY MOSCOW'], []])
  assert.deepEqual(fromText('FM SECSTATE WASHDC\nTO AMEMBASSY WARSAW\nINFO BONN, LONDON\n\nSUBJECT: TALKS\n\n1. TEXT.\n').model.facts.info, ['BONN', 'LONDON'])
})

test('the classifier ends before ", Reasons" and "-FOR REASONS" too', () => {
  const by = (line: string): string | undefined => fromText(`SUBJECT: TEST\n\n${line}\n\n1. (C) Text of the telegram follows here in a paragraph of prose.\n`).model.facts.classifiedBy
  assert.equal(by('Classified By: Political Counselor Andrew K. Covington, Reasons 1.4 (b) and (d)'), 'Political Counselor Andrew K. Covington')
  assert.equal(by('Classified By: ACTING EUR A/S NANCY MCELDOWNEY -FOR REASONS 1.4(B) AND (D)'), 'ACTING EUR A/S NANCY MCELDOWNEY')
  assert.equal(by('Classified by: EUR/UMB Director K. L. Petrakis. Reason: 1.5 (b), (d).'), 'EUR/UMB Director K. L. Petrakis')
})

test('a signature on the line right after the last sentence is the signature; office codes after ACTION are no addressee', () => {
  const { model, tree } = layout('central-files-print')
  assert.equal(model.facts.signer, 'STOESSEL')
  assert.deepEqual(elements(tree, 'signed').map((s) => s.children.length > 0), [true])
  assert.deepEqual(model.facts.to, ['SECSTATE WASHDC'])
  assert.deepEqual(model.facts.info, ['AMEMBASSY BONN', 'AMEMBASSY LONDON', 'USMISSION NATO'])
  assert.equal(model.facts.telegram, 'MOSCOW 12345')
})

test('a released e-mail that carries no telegram is an e-mail, dated by its first Sent: line and titled by its subject', () => {
  const { model } = layout('email-no-telegram')
  assert.equal(model.facts.kind, 'E-mail')
  assert.equal(model.facts.written?.when, '2011-11-27')
  assert.equal(model.title, "Notes for tomorrow's call with the Foreign Minister")
  // An e-mail that carries a telegram is the telegram's document.
  assert.equal(layout('email-chain').model.facts.kind, 'Telegram')
})

test("an e-mail header whose labels lost their colons (Sent    …, Subject    …) is the latest message's, not a quoted one's", () => {
  const { model } = fromText("      UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05766078 Date: 08/31/2015\n\nFrom:                             Feltman, Jeffrey D <FeltmanJD@state.gov>\nSent                              Saturday, December 12, 2009 11:29 AM\nTo:                               H; Koh, Harold Hongju\nSubject                           Re: Guinea\n\nI have left a message on the phone number of my French counterpart.\n\nFrom: H <hrod17@clintonemail.com>\nSent: Saturday, December 12, 2009 10:02 AM\nTo: Feltman, Jeffrey D; Koh, Harold Hongju\nSubject: Guinea\n\nWhat do we know?\n")
  assert.equal(subtitle(model.facts), 'E-mail from Feltman, Jeffrey D to H; Koh, Harold Hongju, 2009-12-12')
  assert.equal(model.title, 'Guinea')
})

test("an e-mail's people are its latest header's: the sender the TEI, the subtitle, the page and the citation name", () => {
  const { model, tree } = layout('email-no-telegram')
  assert.deepEqual(model.facts.email, { from: 'Sullivan, Jacob J', to: ['H'], cc: [] }, 'not the forwarded message\'s Valliani')
  const metadata = readMetadata(tree, model.id)
  assert.equal(metadata.subtitle, 'E-mail from Sullivan, Jacob J to H, 2011-11-27')
  assert.deepEqual(metadata.authors, ['Sullivan, Jacob J'])
  assert.deepEqual(metadata.to, ['H'])
  // The page reads from the TEI what the model says: one pipeline.
  const made = metadataOf(model)
  assert.deepEqual([made.kind, made.subtitle, made.authors, made.to, made.cc], [metadata.kind, metadata.subtitle, metadata.authors, metadata.to, metadata.cc])
  // A member of the corpus file, its ids prefixed by its own, still says what it is.
  const member = parseTei(teiCorpusMember(toTei(model)))
  assert.equal(readMetadata(member, model.id).kind, 'E-mail')
  // Cited as an e-mail by its sender, never as a bare `to H`.
  const cited = chicago({ metadata, editionTitle: 'E', publisher: 'P', version: '1', url: 'u', teiUrl: 't' })
  assert.equal(cited.slice(0, cited.indexOf(' In E')), "Sullivan, Jacob J. “Notes for tomorrow's call with the Foreign Minister.” E-mail to H. FOIA case F-2014-20439, doc. C05790001, November 27, 2011.")
})

/** [an e-mail's header lines, the parties read from them]. */
const EMAIL_HEADERS: ReadonlyArray<readonly [string[], EmailParties | undefined]> = [
  // Outlook's order, a list of recipients and an address in brackets.
  [['From: Mills, Cheryl D <MillsCD@state.gov>', 'Sent: Monday, April 13, 2009 8:13 AM', 'To: H; Abedin, Huma', 'Cc: Sullivan, Jacob J <SullivanJJ@state.gov>; \'Toiv, Nora F\'', 'Subject: Re: Notes'],
    { from: 'Mills, Cheryl D', to: ['H', 'Abedin, Huma'], cc: ['Sullivan, Jacob J', 'Toiv, Nora F'] }],
  // A BlackBerry's order (Sent: last); the next message's header is no part of the first's.
  [['From: H <hrod17@clintonemail.com>', 'To: \'millscd@state.gov\'', 'Sent: Mon Apr 13 08:13:05 2009', 'Subject: Re: Notes', 'From: Kennedy, Patrick F', 'To: Mills, Cheryl D'],
    { from: 'H', to: ['millscd@state.gov'], cc: [] }],
  // A sender quoted with mailto in brackets; the recipient withheld (B6): nobody is named.
  [['From: Brose, Christian (Armed Services) [mailto:Christian_Brose@armed-services.senate.gov]', 'Sent: Wednesday, September 12, 2012 10:09 AM', 'To:', 'Subject: Wow'],
    { from: 'Brose, Christian (Armed Services)', to: [], cc: [] }],
  // A line of OCR noise run into the To: field names nobody.
  [['From: H', 'Sent: Monday, April 13, 2009 8:13 AM', `To: ${'Wittes, Tamara C Halus Andrew Cary Jeffrey J Bartels Katharine V Leone Ava G NEA Staff Assistants DL'}`],
    { from: 'H', to: [], cc: [] }],
  // The exemption the release printed at the far end of the sender's line is no part of the name.
  [[`From:                              jake.sullivan${' '.repeat(64)}B6`, 'Sent:                              Saturday, June 13, 2009 11:32 PM', 'To:', 'Subject:                            Re: UN/Georgia'],
    { from: 'jake.sullivan', to: [], cc: [] }],
  // No header at all.
  [['UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05790001 Date: 11/30/2015'], undefined]
]

test('an e-mail header names its people without their addresses, each entry of a list', () => {
  for (const [lines, parties] of EMAIL_HEADERS) assert.deepEqual(emailParties(lines), parties, lines.join(' | '))
})

test('a routing block the OCR ran into one line gives its sender, addressees and INFO posts', () => {
  const { model } = fromText([
    'O 252358Z APR 96 ZFF6 FM SECSTATE WASHDC TO AMEMBASSY ASUNCION IMMEDIATE INFO AMEMBASSY BRASILIA IMMEDIATE AMEMBASSY MONTEVIDEO IMMEDIATE',
    'E T STATE 086413',
    'E.O. 12958: DECL: 04/23/26',
    'TAGS: PREL, PGOV',
    'SUBJECT: (C) CONVERSATION WITH THE SECRETARY GENERAL',
    '',
    '1. (U) THE ACTING SECRETARY CALLED THE SECRETARY GENERAL ON APRIL 23.',
    ''
  ].join('\n'))
  assert.equal(model.facts.from, 'SECSTATE WASHDC')
  assert.deepEqual(model.facts.to, ['AMEMBASSY ASUNCION'])
  assert.deepEqual(model.facts.info, ['AMEMBASSY BRASILIA', 'AMEMBASSY MONTEVIDEO'])
  assert.equal(model.facts.telegram, 'STATE 086413')
})

test('an INFO list goes on through an address of no prefix with its serial (USIA WASHDC 8090) and an office of any signs (//DHO-5//), each address once, to its XMT line; a subject ends at a section heading (SUMMARY)', () => {
  const { model } = fromText([
    'O 131914Z DEC 89',
    'FM AMEMBASSY PANAMA',
    'TO SECSTATE WASHDC IMMEDIATE 1234',
    'INFO SECDEF WASHDC',
    'USIA WASHDC 8090',
    'AIT TAIPEI 5038',
    'NSC WASHDC 0968',
    'RHEFDIA/DIA WASHINGTON DC//DHO-5// IMMEDIATE',
    'RUMIAAA/CDR USSOUTHCOM MIAMI FL IMMEDIATE',
    'RUMIAAA/CDR USSOUTHCOM MIAMI FL//CINC/POLAD// IMMEDIATE',
    'AMEMBASSY BOGOTA',
    'XMT AMCONSUL STRASBOURG',
    '',
    'S E C R E T SECTION 01 OF 05 PANAMA 08545',
    'SUBJECT: MEETING AND LUNCH WITH THE PRIME MINISTER:',
    'NON-PROLIFERATION, HUMAN RIGHTS',
    'SUMMARY DECLASSIFIED',
    '1. (S) DURING A TWO HOUR LUNCH THE AMBASSADOR RAISED THE ELECTIONS.',
    ''
  ].join('\n'))
  // A precedence as the OCR read it (`PRIOR/TY`), or run into the address (`MOSCOW_IMMEDIATE`), is none of an address.
  // A stray mark before TO (`' TO SECSTATE WASHDC IMMEDIATE 9877`), a comma before FM.
  const marked = fromText("O 191649Z FEB 99\n,FM AMEMBASSY BONN\n' TO SECSTATE WASHDC IMMEDIATE 9877\nINFO NATO EU COLLECTIVE\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n").model.facts
  assert.deepEqual([marked.from, marked.to], ['AMEMBASSY BONN', ['SECSTATE WASHDC']])
  const misread = fromText('P 240100Z MAR 97\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW_IMMEDIATE\nINFO AMEMBASSY BUENOS AIRES, PRIOR/TY\nAMEMBASSY CARACAS, PRIORITY\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n').model.facts
  assert.deepEqual([misread.to, misread.info], [['AMEMBASSY MOSCOW'], ['AMEMBASSY BUENOS AIRES', 'AMEMBASSY CARACAS']])
  // Points the OCR read into addresses: for the space between two words (`SECSTATE.WASHDC`, `INFO.AMEMBASSY`), after a word (`CIA. WASHDC.`, `ZAGREB PRIORITY.`).
  const pointed = fromText('O 061902Z APR 99\nFM SECSTATE.WASHDC\nTO AMEMBASSY TIRANA IMMEDIATE\nINFO.AMEMBASSY BRUSSELS IMMEDIATE\nNSC WASHDC\nCIA. WASHDC.\nDIA WASHDC\nAMEMBASSY ZAGREB PRIORITY.\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n').model.facts
  assert.deepEqual([pointed.from, pointed.to, pointed.info], ['SECSTATE WASHDC', ['AMEMBASSY TIRANA'], ['AMEMBASSY BRUSSELS', 'NSC WASHDC', 'CIA WASHDC', 'DIA WASHDC', 'AMEMBASSY ZAGREB']])
  // A sentence in capitals with its full stop addresses no one.
  assert.equal(isAddresseeLine('PRIMAKOV CONSPIRACIES THE DEPUTY SECRETARY NOTED.'), false)
  // A letter of it read small (`PRIORItY`).
  assert.deepEqual(fromText('O 251842Z MAY 00\nFM SECSTATE WASHDC\nTO AMEMBASSY BRUSSELS PRIORItY\nINFO NATO EU COLLECTIVE\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n').model.facts.to, ['AMEMBASSY BRUSSELS'])
  assert.deepEqual(fromText('O 090946Z APR 99\nFM AMEMBASSY ATHENS\nTO SECSTATE*WASHDC IMMEDIATE 2968\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n').model.facts.to, ['SECSTATE WASHDC'])
  // An addressee in Washington with a serial that opens with 0 (`NSC WASHDC 0968`) is no telegram line.
  assert.deepEqual(model.facts.info, ['SECDEF WASHDC', 'USIA WASHDC', 'AIT TAIPEI', 'NSC WASHDC', 'DIA WASHINGTON DC', 'CDR USSOUTHCOM MIAMI FL', 'AMEMBASSY BOGOTA'])
  assert.equal(model.facts.telegram, 'PANAMA 08545')
  assert.equal(model.facts.subject, 'MEETING AND LUNCH WITH THE PRIME MINISTER: NON-PROLIFERATION, HUMAN RIGHTS')
})

test('a received print: TAGS without the drafting form run into them, a subject without the section line under it, To as the OCR read it', () => {
  const { model } = fromText([
    '0 200409Z FEB 00',
    "FM USDEL SECRETARY'S AIRCRAFT",
    'To SECSTATE WASHDC IMMEDIATE',
    'INFO AMEMBASSY BERLIN IMMEDIATE',
    'E.O. 12958: DECL: 02/18/10',
    'TAGS: PREL, PGOV, ASEC, SNAR, TI, IR',
    'INITIALS',
    'APPR: STA',
    'DRAFT: DFA',
    'SUBJECT: LUNCH WITH YUMASHEV',
    "' SECTION 01 OF 02 SECTO 6003",
    '1. (C) THE SECRETARY MET THE FOREIGN MINISTER OVER LUNCH.',
    ''
  ].join('\n'))
  assert.deepEqual(model.facts.tags, ['PREL', 'PGOV', 'ASEC', 'SNAR', 'TI', 'IR'])
  // A line of codes alone goes on with the TAGS, with or without a comma before it.
  assert.deepEqual(fromText('TAGS: PREL PGOV MNUC PARM KRAD ENRG\nLY\nSUBJECT: LIBYAN MFA BRIEFED\n\n1. (S) Text.\n').model.facts.tags, ['PREL', 'PGOV', 'MNUC', 'PARM', 'KRAD', 'ENRG', 'LY'])
  assert.equal(model.facts.subject, 'LUNCH WITH YUMASHEV')
  assert.deepEqual(model.facts.to, ['SECSTATE WASHDC'])
  assert.deepEqual(model.facts.info, ['AMEMBASSY BERLIN'])
})

test('a subject run into the TAGS line of a block of two lines is a field of its own; a caption in the telegram line and a mark after a serial are no part of a post', () => {
  const { model } = fromText([
    'O 071302Z APR 99',
    'FM AMEMBASSY ATHENS',
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2937 '",
    'INFO RUEHTI/AMEMBASSY TIRANA 2462',
    'BT',
    'CONFIDENTIAL EXDIS ATHENS 02176',
    'E.O. 12958: DECL: 04/20/29',
    "TAGS: PREL, PGOV SUBJECT:4g)- DEPUTY SECRETARY'S APRIL 20 CONVERSATION WITH",
    'MACEDONIAN DEPUTY FM TRAJKOVSKI',
    '1. (U) NODIS MERCURY.',
    ''
  ].join('\n'))
  assert.deepEqual(model.facts.tags, ['PREL', 'PGOV'])
  assert.equal(model.title, "Deputy Secretary's April 20 Conversation with Macedonian Deputy FM Trajkovski")
  assert.deepEqual(model.facts.to, ['SECSTATE WASHDC'])
  assert.equal(model.facts.telegram, 'ATHENS 02176')
})

test("a fax machine's header (FROM WHITE HOUSE SITUATION ROOM … P 3) is furniture, no telegram's sender", () => {
  const { model, tree } = fromText("[Page 1]\nFROM WHITE HOUSE S I TUAT I ON ROOM A (TUE) 4. 20' 99 17 : 08/ST. 17 : 07/NO. 3760619177 P 3\nTHE WHITE HOUSE\nMEMORANDUM OF TELEPHONE CONVERSATION\nSUBJECT: Telephone Conversation with Albanian\nPresident Meidani\nPARTICIPANTS: The President\n")
  assert.ok(furnitureKinds(tree).includes('fax'))
  assert.equal(model.facts.from, undefined)
  assert.equal(model.facts.kind, 'Memorandum of conversation')
})

test('Cablegate as WikiLeaks prints it: a pilcrow before each paragraph\'s number (¶1. (S/NF)), a number run into its marking (¶2.(U)); the paragraphs in capitals are paragraphs, numbered, not the routing', () => {
  const { model, tree } = layout('cablegate-pilcrows')
  const paragraphs = elements(tree, 'p').filter((p) => p.attributes.n !== undefined).map((p) => p.attributes.n)
  assert.deepEqual(paragraphs, ['1', '2'])
  assert.ok(elements(tree, 'p').some((p) => textOf(p).startsWith('¶1. (S/NF) WASHINGTON ANALYSTS')), 'the pilcrow stays in the text')
  assert.equal(model.facts.signer, 'RICE')
  // A number run into its marking without a pilcrow, too.
  assert.equal(elements(fromText('SUBJECT: TALKS\n\n1.(C) SUMMARY. The talks went well.\n').tree, 'p').find((p) => textOf(p).startsWith('1.(C)'))?.attributes.n, '1')
})

test('a telegram in capitals whose paragraphs bear no number (or a letter): its sentences after the subject are its paragraphs, not routing, and its signature is read', () => {
  const head = 'O 101200Z MAR 75\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 1234\nBT\nC O N F I D E N T I A L MOSCOW 01234\n\nE.O. 11652: GDS\nTAGS: PFOR, UR\nSUBJECT: GROMYKO ON THE SUMMIT\n\n'
  const plain = fromText(`${head}THE AMBASSADOR MET GROMYKO TODAY. GROMYKO SAID THE SOVIET SIDE WAS READY.\n\nTHE AMBASSADOR REPLIED THAT WASHINGTON WOULD CONSIDER IT.\n\nSTOESSEL\nBT\n`)
  assert.deepEqual(elements(plain.tree, 'p').map((p) => textOf(p).trim()).filter((t) => t.startsWith('THE AMBASSADOR')), ['THE AMBASSADOR MET GROMYKO TODAY. GROMYKO SAID THE SOVIET SIDE WAS READY.', 'THE AMBASSADOR REPLIED THAT WASHINGTON WOULD CONSIDER IT.'])
  assert.equal(plain.model.facts.signer, 'STOESSEL')
  const lettered = fromText(`${head}A. THE AMBASSADOR MET GROMYKO TODAY.\n\nB. GROMYKO SAID THE SOVIET SIDE WAS READY.\n\nSTOESSEL\n`)
  assert.equal(lettered.model.facts.signer, 'STOESSEL')
  // Header lines after the subject stay header lines: a passing instruction, a caption.
  const passing = fromText(`${head}DEPT PASS TO USDA\n\nLIMDIS\n\n1. THE AMBASSADOR MET GROMYKO TODAY.\n`)
  assert.deepEqual(passing.model.streams[0]?.blocks.filter((b) => b.kind === 'p').map((b) => b.name), ['1'])
})

test('a memorandum read by columns, its labels before their values (SUBJECT: / PARTICIPANTS: / DATE, TIME / AND PLACE:), is titled by its heading, not by a label', () => {
  const { model } = fromText('[Page 1]\nCONFIDENTIAL\nTHE WHITE HOUSE\nWASHINGTON\nMEMORANDUM OF TELEPHONE CONVERSATION\nSUBJECT:\nPARTICIPANTS:\nDATE, TIME\nAND PLACE:\nPresident Clinton:\nPresident Yeltsin:\nConversation with President Boris Yeltsin of\nRussia (U)\nThe President\nPresident Boris Yeltsin\nClassified by: Andrew D. Sens\nReason: 1.5 (b)\n')
  assert.equal(model.title, 'Memorandum of Telephone Conversation')
})

test("an NSC transmittal memorandum's subject under its tracking numbers and stamps (SUBJECT: / 9617437 / 9617437/1 / DECAPTIONED / 6572) is its title, not the numbers", () => {
  const { model } = fromText('NATIONAL SECURITY COUNCIL\nWASHINGTON, D.C. 20504\nMEMORANDUM FOR MR. WILLIAM J. BURNS\nEXECUTIVE SECRETARY\nDepartment of State\nSUBJECT:\n9617437\n9617437/1\nDECAPTIONED\n6572\nRELEASE IN FULL\nMemorandum of Conversation Between the President\nand Russian Foreign Minister Yevgeniy Primakov\n(U)\nThe attached Memorandum of Conversation is provided for the information of the Secretary.\n')
  assert.equal(model.title, 'Memorandum of Conversation Between the President and Russian Foreign Minister Yevgeniy Primakov')
})

test("a fax machine's page number on a line of its own is furniture, no page break and no part of a subject; a fax's cover sheet is a cover sheet", () => {
  const { model, tree } = fromText('[Page 1]\n09/17/96 12:06 AMEMBASSY MOSCOW\nAMEMBASSY MOSCOW\nSECSTATE WASHDC IMMEDIATE\nE.O. 12958: DECL: 09/16/06\nTAGS: PREL, US, RS\nSUBJECT: PRIMAKOV: RUSSIAN DIFFERENCES WITH THE\nU.S.\nP. 01\n1. (U) CLASSIFIED BY THOMAS R. PICKERING, AMBASSADOR.\n')
  assert.equal(model.title, 'Primakov: Russian Differences with the U.S.')
  assert.ok(furnitureKinds(tree).includes('fax-page'))
  assert.equal(elements(tree, 'pb').length, 1, 'one page')
  const cover = fromText('[Page 1]\nEMBASSY OF THE\nUNITED STATES OF AMERICA\nMOSCOW\nOFFICE OF THE AMBASSADOR\nSeptember 17, 1996\nTO:\nFAX NO:\nFROM:\nDS - Eric Edelmann, c/o The Operations Center\nThe Office of Ambassador Pickering, Moscow, Russia\nRush Cable for DS Talbott\'s Review\nNo. of Pages:\n(Including This One)\nMESSAGE\n')
  assert.deepEqual([cover.model.facts.kind, cover.model.title], ['Cover sheet', 'Fax cover sheet'])
  // The Deputy Secretary's office's form, its heading and its count of pages as the OCR read them.
  const office = fromText('[Page 1]\nDEPARTMENT OF STATE "\nOFFICE OF THE DEPUTY SECRETARY\nFacsInille TransmIsslon\nDate: I 1- q<1 Pages:  3 -\nTO: Mk. Jo\nTEL: FAX:\nMESSAGE:\nFROM:  n1 -rk\n')
  assert.deepEqual([office.model.facts.kind, office.model.title], ['Cover sheet', 'Fax cover sheet'])
  assert.equal(fromText('DEPARTMENT OF STATE\nDate:  12 -6--9\nTO: Mk. Jo\nPages:  a (lncl. cover)\nFROM: Talbott\n').model.title, 'Fax cover sheet')
})

test('a level named in a sentence classifies nothing: an UNCLAS telegram about a TOP SECRET clearance is UNCLASSIFIED', () => {
  const { model } = fromText([
    'O 081757Z DEC 06',
    'FM AMEMBASSY BRIDGETOWN',
    'TO AMEMBASSY PORT OF SPAIN IMMEDIATE',
    '',
    'UNCLAS BRIDGETOWN 002164',
    '',
    'SUBJECT: COUNTRY CLEARANCE REQUEST',
    '',
    '1. MR. DONALD HAS A TOP SECRET CLEARANCE; PLEASE PASS TO SECRET SERVICE.',
    ''
  ].join('\n'))
  assert.equal(model.facts.classification, 'UNCLASSIFIED')
})

/** [a line of text, whether it holds a classification marking]. */
const MARKING_LINES: ReadonlyArray<readonly [string, boolean]> = [
  ['SECRET//NOFORN', true],
  ['S E C R E T SECTION 01 OF 02 STATE 123456', true],
  ['CLASSIFICATION: SECRET//NOFORN', true],
  ['Heading: STATE 198014 CONFIDENTIAL PRIORITY', true],
  // A page's banner the OCR ran into the last line of a paragraph.
  ['REMAINED IN CONTROL OF THE GOVERNMENT BUT BROUGHT IN  CONFIDENTIAL', true],
  ['2. MR. DONALD HAS A TOP SECRET CLEARANCE; DIPLOMATIC PASSPORT NO.', false],
  ['FACILITIES -- PUBLIC, PRIVATE, SECRET - AS REQUIRED.', false],
  ['These military plans are classified at the NATO SECRET level.', false]
]

test('a classification is a marking where it opens a line, follows a label or closes the line after a gap', () => {
  for (const [line, marking] of MARKING_LINES) assert.equal(markingLines(line).length === 1, marking, line)
})

test('UNCLAS in the telegram line is UNCLASSIFIED; the release stamp alone classifies nothing', () => {
  assert.equal(layout('email-chain').model.facts.classification, 'UNCLASSIFIED')
  assert.equal(layout('email-no-telegram').model.facts.classification, undefined)
})

test('an older telegram without a subject line is titled by its number, not by its form\'s heading', () => {
  const { model } = fromText(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cables', 'secret-nodis-memo.txt'), 'utf8'), 'secret-nodis-memo.txt')
  assert.equal(model.title, 'Telegram VIENNA 2214')
  assert.ok(model.warnings.some((w) => w.message === 'no subject line: the title is the telegram number, "Telegram VIENNA 2214"'))
})

/** [subject line as written, the subject]: markings go, the subject's own parentheses and quotation marks stay. */
const SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  // A marking with a dissemination control of several words.
  ['(S/REL NATO) BALTIC CONTINGENCY PLANNING', 'BALTIC CONTINGENCY PLANNING'],
  ['(C//REL TO USA, GBR) FISHERIES TALKS', 'FISHERIES TALKS'],
  ['(S//NF) IRAN: NEXT STEPS', 'IRAN: NEXT STEPS'],
  ['(U) NATO (SHAPE) EXERCISE', 'NATO (SHAPE) EXERCISE'],
  // An opening quotation mark the subject closes is the subject's; a mark no quotation answers is junk of a struck marking.
  ['“GREEN” POPE SUPPORTS US PATH FORWARD FROM COPENHAGEN', '“GREEN” POPE SUPPORTS US PATH FORWARD FROM COPENHAGEN'],
  ["'PAKISTAN: D/S TALBOTT WORLDNET DIALOGUE", 'PAKISTAN: D/S TALBOTT WORLDNET DIALOGUE'],
  // So is a bracket the subject closes (a publisher's note of what it removed).
  ['[SOURCE REMOVED] OUTLINES IRC’S AUXILIARY ROLE', '[SOURCE REMOVED] OUTLINES IRC’S AUXILIARY ROLE'],
  // An office's letters joined by a slash open a subject as its own (`S/DAS`, `UK/ESDP`).
  ['S/DAS PERINA OCTOBER 25 MEETING', 'S/DAS PERINA OCTOBER 25 MEETING'],
  ['UK/ESDP: HMG AGREES', 'UK/ESDP: HMG AGREES'],
  // A struck marking read as letters and a digit, small letters before a subject in capitals; a subject's own word of letters and a digit stays.
  ["7trIr ACTING SECRETARY TALBOTT'S CONVERSATION", "ACTING SECRETARY TALBOTT'S CONVERSATION"],
  ['G7 SUMMIT: NEXT STEPS', 'G7 SUMMIT: NEXT STEPS'],
  // The junk glued to the subject's first word; a name's own small letters stay.
  ["4.etwTHE DEPUTY SECRETARY'S APRIL 16 CONVERSATION", "THE DEPUTY SECRETARY'S APRIL 16 CONVERSATION"],
  ["-i7t!.T-THE ACTING SECRETARY'S MAY 6 CONVERSATION", "THE ACTING SECRETARY'S MAY 6 CONVERSATION"],
  ['McDONALD VISIT TO KIEV', 'McDONALD VISIT TO KIEV'],
  // Signs and a letter or two of a struck marking before a space; an abbreviation is no junk.
  ["—(-EH THE ACTING SECRETARY'S FEBRUARY 19 CONVERSATION", "THE ACTING SECRETARY'S FEBRUARY 19 CONVERSATION"],
  ["A/S FRAZER'S JUNE 13 MEETING", "A/S FRAZER'S JUNE 13 MEETING"],
  // A struck marking read as digits before an official's title; a number that counts something stays.
  ["44 DEPUTY SECRETARY'S MARCH 24 CONVERSATION WITH FINNISH FM HOLANEN", "DEPUTY SECRETARY'S MARCH 24 CONVERSATION WITH FINNISH FM HOLANEN"],
  ["46-4 THE ACTING SECRETARY'S CONVERSATION", "THE ACTING SECRETARY'S CONVERSATION"],
  ["17E9 DEPUTY SECRETARY'S CONVERSATION WITH SLOVENIAN PM DRNOVSEK", "DEPUTY SECRETARY'S CONVERSATION WITH SLOVENIAN PM DRNOVSEK"],
  ['20 YEARS OF THE HELSINKI ACCORDS', '20 YEARS OF THE HELSINKI ACCORDS'],
  // A bullet the OCR read between two words; a few small letters of handwriting after a subject in capitals.
  ['TAJIKISTAN PRESIDENT RAHMONOV MEETING WITH DEPUTY • SECRETARY TALBOTT', 'TAJIKISTAN PRESIDENT RAHMONOV MEETING WITH DEPUTY SECRETARY TALBOTT'],
  ['MEETING WITH PRESIDENTS MERI OF ESTONIA, ULMANIS OF LATVIA AND BRAZAUSKAS OF LITHUANIA an', 'MEETING WITH PRESIDENTS MERI OF ESTONIA, ULMANIS OF LATVIA AND BRAZAUSKAS OF LITHUANIA'],
  ['Meeting with the Foreign Minister in Rome', 'Meeting with the Foreign Minister in Rome'],
  ['3/17 MEETING WITH MAMEDOV', '3/17 MEETING WITH MAMEDOV'],
  // A publisher lowered the text, the marking at the end.
  ['spanish metal merchant supplies syrian entities of proliferation concern (s)', 'spanish metal merchant supplies syrian entities of proliferation concern']
]

for (const [line, subject] of SUBJECTS) {
  test(`the subject of "${line}" is "${subject}"`, () => assert.equal(subjectOf(line), subject))
}

test('a subject quoted from an e-mail of the chain is read without its FW: or RE:', () => {
  const { model } = fromText('From: Mills, Cheryl D\nSent: Monday, April 13, 2009 10:45 AM\nTo: H\n\nSubject: FW: Note for Secretary re Office of Overseas Buildings\n\nThe note is below; Patsy is ready when you are.\n')
  assert.equal(model.facts.subject, 'Note for Secretary re Office of Overseas Buildings')
})

test('an e-mail\'s parties and subject as a release prints them: a recipient cut under B6 names nobody, FVV: is FW:, and an e-mail without a subject is titled by its text', () => {
  const cut = fromText('From: Mills, Cheryl D <MillsCD@state.gov>\nSent: Wednesday, September 12, 2012 12:44 PM\nTo: B6\nCc: Daniel Baer \u2022\nSubject: FVV: Cairo Condemnation - Final\n\nPlease see below.\n')
  assert.deepEqual(cut.model.facts.email, { from: 'Mills, Cheryl D', to: [], cc: ['Daniel Baer'] })
  assert.equal(cut.model.title, 'Cairo Condemnation - Final')
  const bare = fromText("From: H <hrod17@clintonemail.com>\nSent: Thursday, January 7, 2010 10:08 PM\nTo: 'millscd@state.gov'\nSubject: Re:\n\n\nOriginal Message\nFrom: Mills, Cheryl D <MillsCD@state.gov>\nTo: H\nSent: Thu Jan 07 21:58:59 2010\nSubject: FW\n\nThoughts on the appointment before we answer?\n")
  assert.equal(bare.model.title, 'Thoughts on the appointment before we answer?')
  // A message system's page head under the subject (`Thursday 05/19/94 05:25 pm Page: 1`) is no part of it.
  assert.equal(fromText('VS OFFICE\nTo: Victoria Nuland\nFrom: John Malott\nSubject: Advice pls\nThursday 05/19/94 05:25 pm Page: 1\n7220\nSecurity: General\n\nToria I agree with you.\n').model.title, 'Advice pls')
  // A speck the OCR read after the label's colon (`Subject:.`) is no part of the subject.
  const speck = fromText("From: H <hrod17@clintonemail.com >\nSent: Thursday, June 11, 2009 7:34 AM\nTo: 'millscd@state.gov'\nSubject:.                        Re: Short-Term Jobs in Haiti\n\nIs there something we should do about this?\n")
  assert.equal(speck.model.title, 'Short-Term Jobs in Haiti')
  // Quotation marks as the OCR read them, or one of them, a full stop after an address, and an address after a name outside its brackets, are none of the parties.
  const quoted = fromText("From: H ehrod17@clintonemailcom\nSent: Saturday, April 23, 2011 7:52 AM\nTo: `abedinh@stategov; 'ValmoroU@state.gov.; 'Laurenjiloty\nSubject: McCain update\n\nPls print.\n")
  assert.deepEqual(quoted.model.facts.email, { from: 'H', to: ['abedinh@stategov', 'ValmoroU@state.gov', 'Laurenjiloty'], cc: [] })
})

test('an e-mail header the OCR read by columns (its labels, then their values) names the parties, the subject and the date; a date that lost its spaces is read', () => {
  const { model, tree } = fromText("Cynkin,Thomas Nl.\nFrom:\nSent:\nTo:\nSubject:\nLunstead,JeffreyJ\nThursday,January20,2000 2:26 PM\nBarks-RugglesEricaJ.;Cynkin,Thomas M.\nInderfurthmeetingwith Shamshad Ahmed\nRELEASEIN FULL\nfyihere is the sectionof today's cable on Rick'smeeting with FonSec Shamshad Ahmed. The meeting was at his request.\n")
  assert.equal(model.facts.kind, 'E-mail')
  assert.deepEqual(model.facts.email, { from: 'Lunstead,JeffreyJ', to: ['Barks-RugglesEricaJ.', 'Cynkin,Thomas M.'], cc: [] })
  assert.equal(model.facts.subject, 'Inderfurthmeetingwith Shamshad Ahmed')
  assert.equal(model.facts.written?.when, '2000-01-20')
  assert.ok(elements(tree, 'p').some((p) => textOf(p).includes('fyihere is the section')), 'the text after the header is text')
})

test('an e-mail header in a BlackBerry\'s order (From:, To:, Cc:, Sent:, Subject:) is furniture like the others', () => {
  const text = [
    'From:                             H <hrod17@example.com>',
    'Sent:                             Monday, April 13, 2009 11:09 AM',
    'To:                               Mills, Cheryl D',
    'Subject:                          Re: Note for Secretary re Office of Overseas Buildings',
    '',
    "Let's do Patsy. I'm ready.",
    '',
    '    Original Message',
    'From: Mills, Cheryl D <MillsCD@example.com>',
    'To: H',
    'Cc: Abedin, Huma <AbedinH@example.com>',
    'Sent: Mon Apr 13 08:13:05 2009',
    'Subject: FW: Note for Secretary re Office of Overseas Buildings',
    '',
    'Print for HRC',
    ''
  ].join('\n')
  const { model } = fromText(text)
  assert.deepEqual(model.streams[0]?.blocks.filter((b) => b.kind === 'field').map((b) => b.name), [])
  assert.equal(model.title, 'Note for Secretary re Office of Overseas Buildings')
  // A memorandum's own FROM:, TO:, DATE: stay its text.
  const memo = fromText('MEMORANDUM\n\nFROM: S/P - James Steinberg\nTO: The Deputy Secretary\nDATE: March 9, 1993\n\n1. The coordination of assistance needs a strategy of its own.\n')
  const inText = (words: string): boolean => memo.model.streams[0]?.blocks.some((b) => b.inlines.some((i) => i.kind === 'text' && i.value.includes(words))) ?? false
  assert.ok(inText('James Steinberg') && inText('March 9, 1993'))
})

test('a signature capitalised on the line after the last sentence of a text a publisher lowered, before a lowered end mark', () => {
  const telegram = (end: string): string | undefined => fromText(`P 141433Z FEB 08\nFM SECSTATE WASHDC\nTO AMEMBASSY BERLIN PRIORITY\n\nS e c r e t state 015220\n\nSubject: (s) further scheming by german firm\n\n1. (S) Embassy should deliver the points in paragraph 2 to the\nforeign office and report its answer.\n${end}`).model.facts.signer
  assert.equal(telegram('Rice\n\n\nNnnn\n'), 'Rice')
  assert.equal(telegram('Camp\n'), 'Camp')
  // A capitalised word after a sentence on the same line opens the next sentence: no signature; a name there is the signature.
  assert.equal(telegram('Embassy should also report. Later\n'), undefined)
  assert.equal(telegram('He has not taken a single vacation. Randt\n'), 'Randt')
  assert.equal(telegram('WHA (45,o/4-1-0 , Approval:\n6j) READ - . ExecSec\n'), undefined)
})

test('a surname that is an English word too signs alone on the last line; a name after a closing quotation mark, or before a stray mark of the print or end marks, signs', () => {
  const telegram = (end: string): { signer?: string; tree: ReturnType<typeof fromText>['tree'] } => {
    const { model, tree } = fromText(`R 252133Z FEB 08\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC 1234\n\nC O N F I D E N T I A L BOGOTA 000683\n\nSUBJECT: GOC TO MEET FRENCH, SPANISH, SWISS\n\n1. (C) Spain believes the OAS could assume such a role,\nmaking it important to preserve OAS interest and credibility.\n${end}`)
    return { signer: model.facts.signer, tree }
  }
  assert.equal(telegram('\nBrownfield\n').signer, 'Brownfield')
  assert.equal(telegram('White\n').signer, 'White')
  // A word a text closes with names nobody.
  assert.equal(telegram('\nComment\n').signer, undefined)
  assert.equal(telegram('Thanks\n').signer, undefined)
  assert.equal(telegram('2. (U) He said it is not “aimed” at any other country.” CLINTON\n').signer, 'CLINTON')
  // Capitalised after a quotation that closes a sentence, on its line.
  assert.equal(telegram('9. (U) Please see the film “Taxi to the Dark Side.” Stroum\n').signer, 'Stroum')
  // After the rule of stars under Cablegate's website line; after an end of text that names the text; a surname of two letters.
  assert.equal(telegram('You can also access this site through the Classified SIPRNET website. ***************************** ******************** KURTZER\n').signer, 'KURTZER')
  assert.equal(telegram('\nEND TEXT OF TALKING POINTS FOR GCC STATES.\nCLINTON\n').signer, 'CLINTON')
  assert.equal(telegram('2. (C) Iran "simply cannot go on like this."\nLu\n').signer, 'Lu')
  assert.equal(telegram('2. (C) Iran "simply cannot go on like this."\nIt\n').signer, undefined)
  const stray = telegram('2. (U) A/S RICE HAS CLEARED THIS MESSAGE.\nMCDONALD\n>\n')
  assert.equal(stray.signer, 'MCDONALD')
  assert.ok(elements(stray.tree, 'p').some((p) => textOf(p).trim() === '>'), 'the stray mark is kept as text after the signature')
  assert.equal(telegram('secrets in Khartoum.\nWhitehead\n...\n').signer, 'Whitehead')
  // On the line of the last sentence, a word that is English too is a name where the text gives it a chief of mission's title.
  assert.equal(telegram('2. (C) Ambassador Brownfield met the Army Commander.\n3. (C) The ROEs are to be final by the end of May. Brownfield\n').signer, 'Brownfield')
  assert.equal(telegram('2. (C) The Embassy will report. Later\n').signer, undefined)
  assert.equal(telegram('2. (C) We ask that you deliver the points.\nEnd Talking Points\nCLINTON\n').signer, 'CLINTON')
  // End marks and a database print's redaction after the name, in the name's paragraph.
  const ended = telegram('31. Full Appendix with sourcing available upon request. CLINTON\nNNNN\nEnd Cable Text\n XXXXXXXXXXXX\n')
  assert.equal(ended.signer, 'CLINTON')
  assert.ok(elements(ended.tree, 'p').some((p) => /NNNN\s*End Cable Text\s*XXXXXXXXXXXX/.test(textOf(p))), 'what follows the name is kept as text')
})

test('a signature under a text cut before its last full stop, under a line Cablegate redacted, or after an end of text with specks of the scan', () => {
  const cable = (end: string): string | undefined => fromText(`R 302314Z NOV 07\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC 5757\n\nS E C R E T LA PAZ 003153\n\nSUBJECT: EVO AND CHAVEZ\n\n1. (C) The opposition fears that if Chavez wins, he will embolden\nEvo to push ahead with his own referendum.\n\n${end}`).model.facts.signer
  // A surname in capitals under a paragraph in small letters, where the text was cut before its last full stop.
  assert.equal(cable('9. (C) The opposition fears that if Chavez wins, he will embolden Evo to\npush ahead\nGOLDBERG\n'), 'GOLDBERG')
  // Not an acronym that is a word, nor the classification the OCR mangled under a cover sheet's closing.
  assert.equal(cable('9. (C) The opposition fears that Venezuela will take the matter to\nNATO\n'), undefined)
  assert.equal(cable('When this document is no longer needed, the recipient is\nresponsible for supervising its destruction.\nExecutive Secretary\nSLICRET\n'), undefined)
  assert.equal(cable('When this document is no longer needed, the recipient is\nresponsible for supervising its destruction.\nExecutive Secretary\nLUMYILAMIA\n'), undefined)
  // A link Cablegate redacted to `xxxxx`, on a line of its own; an end of text said in words.
  assert.equal(cable('7. (U) Track Munich reporting at\nxxxxx\nNELSON\n'), 'NELSON')
  assert.equal(cable('begin text:\nThe Secretary General met the Ambassador.\n\nEnd of text.\n\nxxxxx\nJohnson\n'), 'Johnson')
  // The OCR's specks after END TEXT, and a print's foot under the name, which is no second signature.
  assert.equal(cable('9. (U) THE CALL ENDED 1343 EST.\n10. (U) END TEXT.,----=-7-=\nALBRIGHT\nSE\n'), 'ALBRIGHT')
})

test('a subject keeps two capitals a hyphen joins to its first word; a name\'s part after its hyphen is a name; Cablegate\'s labelled record line and a redacted paragraph close the text', () => {
  const cable = (subject: string, text: string, end = ''): ReturnType<typeof fromText>['model'] => fromText(`R 060724Z JUL 06\nFM AMEMBASSY ZAGREB\nTO SECSTATE WASHDC 6637\n\nUNCLAS ZAGREB 000815\n\nSUBJECT: ${subject}\n\n1. ${text}\n${end}`).model
  assert.equal(cable('NJ-BASED BARR LABS IN BIDDING WAR FOR CROATIA’S PLIVA', 'The offer of Barr Labs for Pliva is the largest.').title, 'NJ-Based Barr Labs in Bidding War for Croatia’s Pliva')
  assert.equal(cable('US-IRAN RELATIONS', 'The team was refused.').title, 'US-Iran Relations')
  // A long code the text spells out before it in brackets is a code; initials in brackets prove nothing.
  assert.equal(cable('UNODC COSTA BRIEFS NATO', 'The Executive Director of the UN Office of Drugs and Crime (UNODC) briefed at NATO.').title, 'UNODC Costa Briefs NATO')
  assert.equal(cable('TALKS AT THE HIGHEST LEVELS', 'He met the Ambassador (AT) and the Minister (PLEASE).').title, 'Talks at the Highest Levels')
  // A struck marking before the subject is still none of it.
  assert.equal(cable('TS-THE MEETING', 'The meeting went well.').facts.subject, 'THE MEETING')
  assert.equal(cable('THE "GAMBLER" CHEN SHUI-BIAN', 'Lee characterized President Chen Shui-bian as a "gambler".').title, 'The "Gambler" Chen Shui-Bian')
  assert.equal(cable('HOLY SEE BACKS U.S. UNGA PRIORITIES', 'Parolin said the Holy See agreed.', '\nHARDT\nNNNN\n 2004VATICA03213 - Classification: CONFIDENTIAL\n').facts.signer, 'HARDT')
  assert.equal(cable('ALLEGED NUCLEAR SMUGGLING', 'This case fits the profile of typical scams.', '\n7. XXXXXXXXXXXX\n MOLLER\n').facts.signer, 'MOLLER')
})

test('a subject a print cut with the section line runs on after it; a note\'s salutation and BEGIN TEXT end a subject; a memorandum\'s FROM: line names no telegram\'s sender', () => {
  const across = fromText('O 092055Z JAN 97\nFM THE WHITE HOUSE WASHINGTON DC\nTO AMEMBASSY KIEV IMMEDIATE\n\nC O N F I D E N T I A L WHITEHOUSE 92055\n\nSUBJECT: MEMORANDUM OF CONVERSATION BETWEEN VICE PRESIDENT\nSECTION 01 OF 03 WHITEHOUSE 92055\nGORE AND UKRAINIAN PRESIDENT LEONID KUCHMA\nBEGIN TEXT:\nDECEMBER 11, 1996\n\n1. THE MEETING WENT WELL.\n')
  assert.equal(across.model.title, 'Memorandum of Conversation Between Vice President Gore and Ukrainian President Leonid Kuchma')
  // A subject whole before the section line does not take the text after it.
  const whole = fromText('O 031000Z FEB 00\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE\n\nC O N F I D E N T I A L MOSCOW 3025\n\nSUBJECT: MEETING WITH VOLOSHIN\nSECTION 01 OF 02 MOSCOW 3025\nESPECIALLY IN THE SOUTH CAUCASUS, END SUMMARY\n')
  assert.equal(whole.model.title, 'Meeting with Voloshin')
  const note = fromText('MEMORANDUM\nTo: John Tefft\nFrom: Lynch\nSubject: Jakarta Meeting\nJohn,\nI\'m not sure what you may have heard about the Jakarta meeting,\nor from whom.\n')
  assert.equal(note.model.facts.subject, 'Jakarta Meeting')
  // A subject that ends on a possessive goes on; the scan's dashes after its last word are none of it.
  assert.equal(fromText("Executive Secretary\nDepartment of State\nSUBJECT: Memorandum of Conversation from the President's\nMeeting with Prime Minister Dzurinda of Slovakia\nSeptember 21, 1999 (U)\nAttached is the Memorandum of Conversation from the President's meeting.\n").model.facts.subject, "Memorandum of Conversation from the President's Meeting with Prime Minister Dzurinda of Slovakia September 21, 1999")
  assert.equal(fromText("SUBJECT: AMBASSADOR BIEHL'S AUGUST 5 MEETING WITH THE\nDEPUTY SECRETARY - -\nRELEASE IN FULL\n1. (C) TEXT.\n").model.facts.subject, "AMBASSADOR BIEHL'S AUGUST 5 MEETING WITH THE DEPUTY SECRETARY")
  // Across the section line, a subject in capitals goes on only in capitals, not into a stamp's wrapped lines.
  assert.equal(fromText("SUBJECT: DEPUTY SECRETARY'S\nSECTION 01 OF 03 PHNOM 393\nW. Chapman, Senior Reviewer,\nA/GIS/IPS 5/15/2019\nTRIP REPORT 1/28/95\n").model.facts.subject, "DEPUTY SECRETARY'S")
  // A line a publisher joined runs on, longer than a telegram's width, where a subject in capitals needs more.
  assert.equal(fromText('TAGS PHUM, PREL, UNGA\nSUBJECT:   UNGA64:  EU AND EFTA MEMBER STATES WELCOME AND \nSUPPORT NEW U.S. PRIORITIES: REPORT PREPARED BY AREA ADVISOR FOR WESTERN EUROPE ROBERT SMOLIK\nClassified By: Ambassador Rosemary DiCarlo for reasons 1.4 (d)\nSUMMARY AND INTRODUCTION\n').model.facts.subject, 'UNGA64: EU AND EFTA MEMBER STATES WELCOME AND SUPPORT NEW U.S. PRIORITIES: REPORT PREPARED BY AREA ADVISOR FOR WESTERN EUROPE ROBERT SMOLIK')
  // A subject behind a stray quotation mark, or behind a release stamp on its line (the stamp is furniture); not the print's cut Item Subject.
  const poems = (line: string): ReturnType<typeof fromText> => fromText(`EXDIS\n02/20/97 07:59 am Page: 1\nItem Subject: THE DEPUTY SECRETARY'S FEBRUARY 5 MEETING WITH GERMAN MFA STATE MINIS\n\n${line}GERMAN MFA STATE MINISTER WERNER HOYER\n1. Classified by the Deputy Secretary, Reason 1.5 (d).\n2. THE MEETING WENT WELL.\n`)
  assert.equal(poems('" SUBJECT: THE DEPUTY SECRETARY\'S FEBRUARY 5 MEETING WITH\n').model.title, "The Deputy Secretary's February 5 Meeting with German MFA State Minister Werner Hoyer")
  const stamped = poems('RELEASE IN FULL SUBJECT: THE DEPUTY SECRETARY\'S FEBRUARY 5 MEETING WITH\n')
  assert.equal(stamped.model.title, "The Deputy Secretary's February 5 Meeting with German MFA State Minister Werner Hoyer")
  assert.ok(elements(stamped.tree, 'fw').some((fw) => fw.attributes.subtype === 'release' && textOf(fw).trim() === 'RELEASE IN FULL'), 'the stamp is furniture')
  // A reviewer's DECAPTIONED with its bracket read as a letter under a subject is a stamp, none of the subject.
  const decaptioned = fromText("SUBJECT: SECRETARY'S SECOND MEETING WITH YEVGENIY PRIMAKOV;\nRUSSIAN FOREIGN MINISTER, FEBRUARY 21, 1997, MOSCOW\nDECAPTIONEDJ'\n1. (U) CLASSIFIED BY JOHN CAMPBELL.\n")
  assert.equal(decaptioned.model.facts.subject, "SECRETARY'S SECOND MEETING WITH YEVGENIY PRIMAKOV; RUSSIAN FOREIGN MINISTER, FEBRUARY 21, 1997, MOSCOW")
  assert.ok(elements(decaptioned.tree, 'stamp').some((stamp) => textOf(stamp).startsWith('DECAPTIONEDJ')), 'the stamp is kept, as a stamp')
  const memo = fromText('TO: S/NIS - Rich Kauzlarich\nFROM: EUR/ISCA - Janet Speck\nRE: Russian ATM system\nAttached is a draft letter to Westinghouse for your signature\nand the final copies of the letters to Russian officials.\n')
  assert.equal(memo.model.facts.kind, 'Memorandum')
  assert.equal(memo.model.facts.from, undefined)
})

test('a signature beside the page stamp, or above capitals without a vowel; a PTP page head whose post of two words was cut', () => {
  const cable = (end: string): ReturnType<typeof fromText> => fromText(`Mon Apr 1 05:14:44 1996 [THE HA 1587] D COPY 1 OF 13 Page 1 OF 2\nO 011001Z APR 96\nFM AMEMBASSY THE HAGUE\nTO SECSTATE WASHDC IMMEDIATE 4977\n\nC O N F I D E N T I A L THE HAGUE 001587\n\nSUBJECT: MESSAGE RE RELEASE OF KRSMANOVIC\n\n5. (U) DEPARTMENT PLEASE REPEAT TO SARAJEVO, USNATO, BELGRADE, ZAGREB, AND USUN.\n${end}`)
  const stamped = cable('DECLASSIFIED\nDORNBUSH UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06697294 Date: 05/29/2019\n')
  assert.equal(stamped.model.facts.signer, 'DORNBUSH')
  assert.ok(elements(stamped.tree, 'fw').some((fw) => fw.attributes.subtype === 'page-stamp' && textOf(fw).includes('Case No. F-2017-13804')), 'the stamp is the page stamp')
  assert.ok(elements(stamped.tree, 'fw').some((fw) => fw.attributes.subtype === 'print' && textOf(fw).includes('[THE HA 1587]')), 'the PTP page head is the print\'s furniture')
  // A marking the stamp is printed beside is no signature.
  assert.equal(cable('DECLASSIFIED UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06697294 Date: 05/29/2019\n').model.facts.signer, undefined)
  assert.equal(cable('TALBOTT\nCCCRDT\n').model.facts.signer, 'TALBOTT')
  // After a quotation's end, above a form's INCOMING; after a quoted text's end in brackets closing its line; above a POEMS print's distribution run into the paragraph.
  assert.equal(cable('7. TALBOTT WAS JOINED BY SPECIAL ASSISTANT FITZPATRICK. TALBOTT\nEND QUOTE\nCAO-GARCIA\nINCOMING\n').model.facts.signer, 'CAO-GARCIA')
  assert.equal(cable('BEGIN TEXT:\nYELTSIN SAID, "IT\'S NOW CLEAR THAT WE HAVE AT LEAST AN AGREEMENT TO\nDISAGREE ON THIS POINT." (END TEXT)\nMILES\nRET\n').model.facts.signer, 'MILES')
  assert.equal(cable("8. TALBOTT CLOSED THE DISCUSSION.\nALBRIGHT\n/\n-PAGE 01'TATE 049876, 162129Z\n8INFO: C (01) CMS (01) D (01') EUR(01) G (01)\nINR(00) INR(01) MA(01) P (01) S (01) '.\nSNIS(01) SS(01) SSO(01)\n161705L MAR 00 GKH (TOTAL COPIES: 012)\n").model.facts.signer, 'ALBRIGHT')
  // After a letter's end named in words, above a POEMS print's routing run into the paragraph (`SINFO: SWO(QQ)`, `ORIGIN NODS-00`, the number alone).
  assert.equal(cable('BEGIN TEXT:\nDEAR MINISTER:\nMADELEINE HAS ASKED ME TO SEND YOU HER VERY BEST\nREGARDS.\nWITH PERSONAL, BEST WISHES,\nEND TEXT OF LETTER\nTALBOTT\n-PAGE 01 STATE, 189880 301609Z\n8INFO: C (01) D(01) P(01) S (01) SNIS(01)\nSP(01) SS(01) SSO(01) SSOX(01) T(01)\n301222L SEP 00 KHM (TOTAL COPIES:010)\nSINFO: SWO(QQ)\n301610Z SEP 00 STePS (TOTAL COPIES:000)\nORIGIN NODS-00\nINFO LOG-00 CCOE-00 SAS-00 /QQQR\n189880\n').model.facts.signer, 'TALBOTT')
  // Above the telegram's number and the outgoing form's first row the OCR misread (`SOORCE:`).
  assert.equal(cable("6. HE HOPED TO VISIT AGAIN SOON.\nTALBOTT\n\nACDA-08 ACDE-00 INLB-01 AGRE-00 AID-00\nDSCC-00 DRL-02 G-00 SSAS-00 SAS-00 /029R\n\n234299\nSOORCE: KODAKB.021050'\n\nO 212315Z DEC 98\nFM SECSTATE WASHDC\nTO AMEMBASSY CHISINAU PRIORITY\n").model.facts.signer, 'TALBOTT')
  // The struck marking read as a word under the name after END TEXT is no part of it, and no second signature.
  const struck = cable('(U) THE CALL ENDED AT 1210 EST.\n\n5. END TEXT.\nCHRISTOPHER\nCDCIZET\n')
  assert.equal(struck.model.facts.signer, 'CHRISTOPHER')
  assert.ok(elements(struck.tree, 'p').some((p) => textOf(p).trim() === 'CDCIZET'), 'the struck marking is kept as text')
  // The telegram line the last page repeats at its foot, after the end marks and the scan's smudges, leaves the name the signature.
  assert.equal(cable('8. THE DEPUTY SECRETARYS PARTY CLEARED THIS MESSAGE.\nLANEY\nBT\n#0658\nNNNN\nr•\n\n7. a ;\n_ . - _ -\n\nLOAFI D E N T I A L SEOUL 00658\n').model.facts.signer, 'LANEY')
  // The ends this session's held-out rounds showed, each with the signer it gives.
  const ends: ReadonlyArray<readonly [string, string | undefined]> = [
    // Nothing after the end of message is the telegram's: a SMART print's trailer the OCR misread (`Io nature`, its `Signature:`) and a page's line in the same paragraph.
    ['13. (U) MINIMIZE CONSIDERED.\nJACOBSON\nBT\n#1028\nNNNN\nIo nature\nJACOBSON\n', 'JACOBSON'],
    ['INSISTED THAT HE WILL TAKE "RADICAL" ACTION AGAINST THEM.\nALBRIGHT\nALBRIGHT\nBT\n#1446\nNNNN\nC O N F I D E N T I A L SECSTATE 21446 Page 6 of 6\n', 'ALBRIGHT'],
    // A Secretary or chief of mission the text names so, alone on the last line under a sentence the scan cut; not a form's `Executive Secretary` above the struck marking under it.
    ['3. (U) U.S. PARTICIPANTS: SECRETARY ALBRIGHT, DEPUTY SECRETARY TALBOTT.\n\n19. THE SECRETARY PASSED TO THE RUSSIANS U.S. PAPERS ON\nECONOMIC COOPERATION, ABM/TMD AND START\nALBRIGHT\n', 'ALBRIGHT'],
    ['3. THE SECRETARY PASSED U.S. PAPERS.\n\nWhen this document is no longer needed, the recipient is\nresponsible for supervising its destruction.\nExecutive Secretary\nLUMYILAMIA\n', undefined],
    // After a sentence and the scan's dashes, above a print's job line the OCR put a sign in, after the banner it mangled (`SONLIPBNTIXI7-77i PTP297-6,`).
    ['34. THEY LEFT NO DOUBT THAT THE ADMINISTRATION REMAINS FULLY COMMITTED TO HAITI AND ITS ECONOMIC-\nDEVELOPMENT. - - \nSWING\nPTP2976\nSONLIPBNTIXI7-77i PTP297-6,\n', 'SWING'],
    // A list's last item in its bracket names a country, nobody who signs; a sentence's number before a name does not make a list (`in paragraph` / `3. Koenig`).
    ['4. (U) The countries that have cleared the statement:\n1) Algeria\n2) Bahrain\n10) Tunisia\n', undefined],
    ['4. (SBU) ACTION REQUEST: Post requests guidance on the request in paragraph\n\n3. Koenig\n', 'Koenig'],
    // A surname with its particle.
    ['2. (C) COMMENT: THIS EFFORT SEEMS BLIND TO THE FACT. END COMMENT.\n\nVAN VOORST\n', 'VAN VOORST'],
    // A name with a publisher's end mark under it, the page's banner between them, is no struck marking.
    ['1.  THE GOVERNMENT HAS SUSPENDED THE ACCREDITATION.\n\nHOOKS \n\n          UNCLASSIFIED \n\n>\n', 'HOOKS'],
    // A word of capitals, no English one, under the name on the text's last line is the struck marking the OCR read; a name under a redaction is the name.
    ['2. THE TWO AGREED TO OPEN A QUIET DIALOGUE ON PROLIFERATION ISSUES.\nTARNOFF\nCECUT\n', 'TARNOFF'],
    ['4. (C) COMMENT: THE MINISTER WAS CANDID.\nXXXXXXXXXXXX\nPURNELL\n', 'PURNELL']
  ]
  for (const [end, signer] of ends) assert.equal(cable(end).model.facts.signer, signer, end)
  // A marking whose end the OCR mangled in capitals names nobody.
  assert.equal(cable('6. THEY ASKED TO CONVEY AGAIN THAT THEY ARE NOT\nmiracle workers.\nCONFIDENTM\n').model.facts.signer, undefined)
  // A drafter's initials after END TEXT name nobody.
  assert.equal(cable('10. (U) THE CALL ENDED AT 1009 EST.\nEND TEXT.\nTPV\n').model.facts.signer, undefined)
  const dashed = cable('6. TALBOTT WAS ACCOMPANIED BY EXECUTIVE\nASSISTANT NULAND. - \nTALBOTT\nCCCRDT\n')
  assert.equal(dashed.model.facts.signer, 'TALBOTT')
  // The line break after the last sentence (and the spaces before it) stays with the sentence: the signature is the name alone.
  const signature = [...elements(dashed.tree, 'ab'), ...elements(dashed.tree, 'signed')].find((element) => textOf(element).trim() === 'TALBOTT')
  assert.ok(signature && elements(signature, 'lb').length === 0 && textOf(signature) === 'TALBOTT', 'the signature holds the name alone')
})

test('a draft\'s addressees by place on the lines its form\'s rows ran into, before its subject', () => {
  const draft = fromText("-CONTIVENTI-kb—\nS/NIS/RA:PNREMLER:PNR\n02/28/97, 7-9116\nTHE DEPUTY SECRETARY\nS/NIS:JHERBST\nS/S -0:\nINITIALS\nAPPR: ST\nDRAFT: PNR\nOTHER: SMY\nOTHER: JH\n[RELEASE IN FULL\n[DECLASSIFIED]\nPRIORITY YEREVAN, BAKU PRIORITY, MOSCOW PRIORITY, PARIS\nPRIORITY\nROUTINE ANKARA, BONN,\nUSVIENNA\nEXDIS\nVIENNA FOR USDEL OSCE\nE.O. 12958: DECL: 2/28/02\nTAGS: PREL, PARM, OSCE, AJ, AM\nSUBJECT: DEPUTY SECRETARY'S MEETING WITH ARMENIAN\nFOREIGN MINISTER ARZOUMANYAN\n1. Summary: The Deputy Secretary met Arzoumanyan.\n")
  assert.deepEqual(draft.model.facts.to, ['YEREVAN', 'BAKU', 'MOSCOW', 'PARIS', 'ANKARA', 'BONN', 'USVIENNA'])
  assert.equal(draft.model.facts.from, 'SECSTATE WASHDC')
  // Lines of the text after the subject that open with a precedence are no addressees.
  assert.deepEqual(fromText('SUBJECT: THE MEETING\n\nIMMEDIATE ACTION WAS TAKEN BY\nTHE MINISTER.\n').model.facts.to, [])
})

test('a signature above a print\'s column of office counts, after a telephone call\'s end, or above a newspaper\'s print track', () => {
  const opening = 'O 161910Z JUL 96\nFM SECSTATE WASHDC\nTO AMEMBASSY WARSAW IMMEDIATE\n\nC O N F I D E N T I A L STATE 147470\n\nSUBJECT: PRESIDENT\'S CALL TO PRESIDENT KWASNIEWSKI\n\n'
  // A POEMS print's routing after the text, its offices counted one a line, the control and telegram numbers among them.
  const counted = fromText(`${opening}12. (U) Participating on the U.S. side were D Special Assistant Bass\nand desk officer Connell (Notetaker)\nALBRIGHT\n\nOMB-01\nSP-00\nSA-01\nNFAT-O.O\nPRS-00\n/027R\nSCT-00\nPRM-01\n054816\n\nR 252137Z MAR 99\nFM SECSTATE WASHDC\nTO AMEMBASSY TASHKENT\n`)
  assert.equal(counted.model.facts.signer, 'ALBRIGHT')
  // Two office counts are no column: a paragraph's text is never taken for one.
  assert.equal(fromText(`${opening}1. (C) TEXT OF THE PARAGRAPH.\nALBRIGHT\n\nOMB-01\nThe rest of a paragraph in small letters.\n`).model.facts.signer, undefined)
  assert.equal(fromText(`${opening}THE PRESIDENT: IT WAS GOOD TO TALK TO YOU. (U)\n-- END OF CONVERSATION --\nCHRISTOPHER\n—CCINFIDENTI-kb—\n`).model.facts.signer, 'CHRISTOPHER')
  const printed = fromText(`${opening}2. Op-ed states: "On the political front the\neffort at rapprochement from both sides is visible....."\nWHITE\n\nTrack impresión: asegovia @ Sat Dec 4 19:20:36 2010. Este documento es propiedad de EL PAÍS\nID:\t187536\n`)
  assert.equal(printed.model.facts.signer, 'WHITE')
  assert.deepEqual(elements(printed.tree, 'fw').filter((fw) => fw.attributes.subtype === 'publisher').map((fw) => textOf(fw).trim()), ['Track impresión: asegovia @ Sat Dec 4 19:20:36 2010. Este documento es propiedad de EL PAÍS', 'ID:\t187536'])
  // An official-informal telegram's draft closed by END TEXT, the name after it above the teletype's end and the channel the print repeats at the foot.
  // A print's routing after the text, its passing instructions a line each under it: the name before the routing signs.
  assert.equal(fromText(`${opening}13. (U) FINALLY, THE SPECIAL REP THANKS THE EMBASSY.\nCELESTE\n\nP 180631Z MAY 00\nFM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC PRIORITY 4841\n\nC O N F I D E N T I A L NEW DELHI 001364\n\nSTATE FOR D AND AF\nNSC FOR AFRICA DIRECTORATE\nSTATE PASS USAID FOR AFR/SA AND BHR/OFDA\nSECDEF,FOR OSD ISA/AF - DAS MCCONNELL\n`).model.facts.signer, 'CELESTE')
  // A received copy's end mark of three letters (`NNN`) signs nothing: the name above it does.
  assert.equal(fromText(`${opening}1. (C) TEXT.\n\nUNQUOTE\nYOUNG\n\nCONFIDENTIAL\n\nNNN\n`).model.facts.signer, 'YOUNG')
  const channel = fromText('FM AMEMBASSY MUSCAT\nTO AMEMBASSY SKOPJE IMMEDIATE 0021\nBT\nNODIS/SIERRA\nMUSCAT 001094\nSUBJECT: OFFICIAL INFORMAL\nPLEASE CLEAR THE FOLLOWING DRAFT.\nBEGIN TEXT:\n1. (C) SULTAN QABOOS NOTED TO THE DEPUTY SECRETARY THAT OMAN WAS HELPING.\n2. (C) COMMENT: WE WILL REPORT FURTHER. END COMMENT.\nEND TEXT.\nCOOK\nBT\n#1094\nNNNN\nNODIS OFFICIAL INFORMAL . MUSCAT-01094\n')
  assert.equal(channel.model.facts.signer, 'COOK')
  assert.equal(fromText(`${opening}1. (C) TEXT.\nTALBOTT\nOFFICIAL INFORMAL SECSTATE 29851 Page 3 of 3\n`).model.facts.signer, 'TALBOTT')
})

test('a quoted text closed at its last paragraph\'s end, or a diplomatic note by its courtesy, gives the telegram back: the name after it signs', () => {
  const opening = 'O 111940Z JAN 08\nFM SECSTATE WASHDC\nTO AMEMBASSY BRASILIA PRIORITY\n\nUNCLAS STATE 003557\n\nSUBJECT: DEFENSE COOPERATION AGREEMENT\n\n'
  const closed = fromText(`${opening}1. THE MESSAGE FOLLOWS. BEGIN TEXT:\n\n2. BROTHER KING HUSSEIN, WE HOPE WE WILL ACHIEVE UNITY. SIGNED: YOUR BROTHER, COLONEL QADHAFI.  END TEXT.\n\nSUDDARTH\n`)
  assert.equal(closed.model.facts.signer, 'SUDDARTH')
  const courtesy = 'The Embassy of the United States of America avails itself of this opportunity to renew to the Government of Brazil the assurance of its highest consideration.'
  const note = fromText(`${opening}3. (SBU) Embassy should provide the note below to the GOB.\n\nBegin text:\n\nThe Embassy of the United States of America presents its compliments to the Ministry.\n\n${courtesy}\n\n4. (SBU) The Department will lead a team to Brasilia.\n\n5. (U) Embassy's assistance is greatly appreciated.\nRICE\n`)
  assert.equal(note.model.facts.signer, 'RICE')
  const quoted = elements(note.tree, 'floatingText')
  assert.equal(quoted.length, 1)
  assert.ok(quoted.every((text) => !textOf(text).includes('Department will lead')), 'the numbered paragraph after the courtesy is the telegram\'s')
  // A note signed after its courtesy keeps its signature until END TEXT.
  const signed = fromText(`${opening}2. (SBU) Begin Text:\n\nThe Permanent Mission of Malta presents its compliments.\n\n${courtesy}\n\n//s//\n\nSavior F. Borg\nAmbassador\n\nEnd Text.\n\n3. (SBU) Post requests guidance.\nKMIEC\n`)
  assert.equal(signed.model.facts.signer, 'KMIEC')
  assert.ok(elements(signed.tree, 'floatingText').some((text) => textOf(text).includes('Savior F. Borg')), 'the note\'s signature is the note\'s')
})

test('a subject ends before a line of exemption codes and the number they withheld (2329 B4); a form\'s SIGNATURE label signs nothing', () => {
  const { model } = fromText('MEMORANDUM\nTO: S/S-EX - Toni Hawkins\nFROM: D - Helen M. Ellis\nSUBJECT: Representational Dinner Reimbursement\n2329 B4\nRELEASE IN PART\nB4,B6\nThe Acting Secretary hosted the following dinner. Would you please arrange for his reimbursement.\nAPPROVED FOR PAYMENT\nDATE ) SIGNATURE\n')
  assert.equal(model.title, 'Representational Dinner Reimbursement')
  assert.equal(model.facts.signer, undefined)
})

test('a subject ends before a line that opens with a paragraph marking; a release stamp closing a line is no part of the title', () => {
  const official = fromText('SUBJECT: OFFICIAL INFORMAL: TALBOTT-LEVITTE CONVERSATION\nON HAITI\n(U) FOLLOWING IS DRAFT REPORTING CABLE ON TALBOTT\nDELEGATION\'S MARCH 4 DISCUSSION OF HAITI.\n\n1. (C) Text of the telegram in a paragraph of its own.\n')
  assert.equal(official.model.facts.subject, 'OFFICIAL INFORMAL: TALBOTT-LEVITTE CONVERSATION ON HAITI')
  // The reviewer's DECLASSIFIED run into a line in capitals: the channel's subject, then what it carries.
  const channel = fromText("SUBJECT: OFFICIAL-INFORMAL DECLASSIFIED\nFOLLOWING, FOR YOUR CLEARANCE, IS THE DRAFT CABLE REPORTING ON\nTHE DEPUTY SECRETARY'S MEETING AND LUNCH WITH PM BHUTTO.\nBEGIN TEXT:\nE.O. 12356: DECL:OADR\nTAGS: PREL, PK\nSUBJECT: DEPUTY SECRETARY'S MEETING AND LUNCH WITH PM BHUTTO\n1. THE MEETING WENT WELL.\n")
  assert.equal(channel.model.facts.subject, 'OFFICIAL-INFORMAL')
  assert.equal(channel.model.title, "Official-Informal: Deputy Secretary's Meeting and Lunch with PM Bhutto")
  assert.ok(elements(channel.tree, 'stamp').some((s) => textOf(s) === 'DECLASSIFIED'), 'the stamp is kept, as a stamp')
  // A sentence in small letters may say it.
  assert.ok(!elements(fromText('1. The paper was declassified\nlast year.\n').tree, 'stamp').some((s) => textOf(s) === 'declassified'))
  // A release stamp broken after its IN, its rest at the end of the subject's line; the subject runs on past it.
  const broken = fromText("DECAPTIONED\nRELEASE IN\nSUBJECT: MATERIAL FOR THE AMBASSADOR'S JULY 28 MEETING FULL\nWITH DEPUTY FOREIGN MINISTER MAMEDOV +\nCLASSIFIED BY AMBASSADOR STEPHEN SESTANOVICH.\n1. (C) TEXT.\n")
  assert.equal(broken.model.title, "Material for the Ambassador's July 28 Meeting with Deputy Foreign Minister Mamedov")
  assert.ok(elements(broken.tree, 'fw').some((fw) => fw.attributes.subtype === 'release' && textOf(fw).trim() === 'FULL'), 'the rest of the stamp is the stamp')
  // A subject that needs more words runs on past the stamp; the stamp's brackets as the OCR read them.
  const bracketed = fromText('SUBJECT: FYROM FOREIGN MINISTER FRCKOVSKI MEETING WITH [RELEASE IN FULLI\nDEPUTY SECRETARY TALBOTT, OCTOBER 1, 1996.\n[DECLASSIFIED1\n1. Classified by EUR/SCE Director Swigert. Reason 1.5 (d).\n')
  assert.equal(bracketed.model.title, 'Fyrom Foreign Minister Frckovski Meeting with Deputy Secretary Talbott, October 1, 1996')
  assert.ok(elements(bracketed.tree, 'stamp').some((s) => textOf(s) === '[RELEASE IN FULLI'), 'the stamp is kept, as a stamp')
  // A release stamp broken after its IN, its start at the end of the subject's line, its rest alone; DECONTROLLED (run into DECLASSIFIED) is a stamp.
  const opened = fromText("SUBJECT: DFM BERDENNIKOV'S MEETING WITH S/NIS SESTANOVICH ON N-K RELEASEIN\nFULL\nDECLASSIFIED'ECONTROLLED\n2. (SBU) S/NIS SESTANOVICH MET WITH DFM BERDENNIKOV.\n")
  assert.equal(opened.model.title, "DFM Berdennikov's Meeting with S/NIS Sestanovich on N-K")
  assert.deepEqual(elements(opened.tree, 'fw').map((fw) => [fw.attributes.subtype, textOf(fw).trim()]), [['release', 'RELEASEIN'], ['release', 'FULL'], ['classification', "DECLASSIFIED'ECONTROLLED"]])
  assert.ok(elements(fromText('DEAR YEVGENIY MAXIMOVICH, DECONTROLLED\n\nThank you for your letter.\n').tree, 'stamp').some((s) => textOf(s) === 'DECONTROLLED'))
  // The reviewer's DECLASSIFIED as the OCR spaced it, closing the subject's line; DECAPTIONED after a caption (`EKDZS`) addresses no one.
  assert.equal(fromText('SUBJECT: OFFICIAL-INFORMAL: READOUTS ON HIGH-LEVEL\nU.S.-RUSSIAN DISCUSSIONS DEC LASS IFI ED\nREFS: (A) DOHERTY-VERSHBOW 2/1/00 E-MAIL\n1. (C) TEXT.\n').model.title, 'Official-Informal: Readouts on High-Level U.S.-Russian Discussions')
  assert.deepEqual(fromText('O 020105Z MAR 00\nFM SECSTATE WASHDC\nTO AMEMBASSY AMMAN PRIORITY\nUSMISSION GENEVA PRIORITY\nEKDZS DECAPTIONED\nSTATE 038268\n\nSUBJECT: UNHCR\n\n1. (C) TEXT.\n').model.facts.to, ['AMEMBASSY AMMAN', 'USMISSION GENEVA'])
  // A precedence the OCR misread beyond a letter, cut or ran into the post, and a colon after the address, are none of it.
  assert.deepEqual(addressees('AMEMBASSY TALLINN IMMDDIATE'), ['AMEMBASSY TALLINN'])
  assert.deepEqual(addressees('AMEMBASSY PORT AU PRINCE IMNFDIATE'), ['AMEMBASSY PORT AU PRINCE'])
  assert.deepEqual(addressees('AMEMBASSY MOSCOW-IM'), ['AMEMBASSY MOSCOW'])
  assert.deepEqual(addressees('AMEMBASSY COPENHAGEN:'), ['AMEMBASSY COPENHAGEN'])
  assert.deepEqual(addressees('AMEMBASSY PARIS PRIORIT'), ['AMEMBASSY PARIS'])
  // A post's name that ends like one is the post's (`AMEMBASSY ROME`, `USMISSION USUN NEW YORK`).
  assert.deepEqual(addressees('AMEMBASSY ROME, USMISSION USUN NEW YORK'), ['AMEMBASSY ROME', 'USMISSION USUN NEW YORK'])
  // The scan's dashes between the sender and TO on one line part them.
  const dashed = fromText('O 112132Z MAR 97\nFM SECSTATE WASHDC ---TO USMISSION.USNATO IMMEDIATE\nAMEMBASSY MOSCOW IMMEDIATE\nSTATE 045678\n\nSUBJECT: NATO/RUSSIA\n\n1. (C) TEXT.\n').model.facts
  assert.equal(dashed.from, 'SECSTATE WASHDC')
  assert.deepEqual(dashed.to, ['USMISSION USNATO', 'AMEMBASSY MOSCOW'])
  assert.deepEqual(fromText('O 291200Z APR 99\nFM AMEMBASSY BONN\nTO SECSTATE WASHDC IMMEDIATE\nINFO ALL NATO POST COLLECTIVE IMMEDIATE\nUSMISSION USUN NEW YORK\nEXDIS OCAPTIONED\nBONN 002342\n\nSUBJECT: UNSC\n\n1. (C) TEXT.\n').model.facts.info, ['ALL NATO POST COLLECTIVE', 'USMISSION USUN NEW YORK'])
  // The reviewer's DECLASSIFIED in a bracket, closing a line of the subject.
  assert.equal(fromText('SUBJECT: DEPUTY SECRETARY TALBOTT MEETING WITH NORWEGIAN [DECLASSIFIED\nFOREIGN MINISTER VOLLEBAEK\n1. (C) TEXT.\n').model.title, 'Deputy Secretary Talbott Meeting with Norwegian Foreign Minister Vollebaek')
  // A precedence left alone beside a broken release stamp (`PRIORITY RELEASE IN` / `FULL`) is none of it.
  assert.equal(fromText("SUBJECT: THE ACTING SECRETARY'S MEETING WITH NEW ZEALAND\nFOREIGN MINISTER GOFF ON SEPTEMBER 12, 2000\nPRIORITY RELEASE IN\nFULL\n1. (C) TEXT.\n").model.title, "The Acting Secretary's Meeting with New Zealand Foreign Minister Goff on September 12, 2000")
  // The first paragraph's statement of the classification ends a subject, however the OCR read its number and marking; a label whose B the OCR read H is the label.
  assert.equal(fromText("SUHJECT: ACTING ASSISTANT SECRETARY DAVIDOW'S MAY 9 MEETING WITH\nARGENTINE DEPUTY FOREIGN MINISTER PETRELLA\nI. C HFIDENTIAL ENTIRE TEXT -- CLASSIFIED BY JEFFREY\nR. DAVIDOW, REASON 1.5(B).\n2. SUMMARY: PETRELLA PAID AN INTRODUCTORY CALL.\n").model.title, "Acting Assistant Secretary Davidow's May 9 Meeting with Argentine Deputy Foreign Minister Petrella")
  assert.equal(fromText('SUBJECT: TALKS WITH THE DANES ON\n1. CONFIDENTIAL - ENTIRE TEXT.\n2. THE TALKS WENT WELL.\n').model.facts.subject, 'TALKS WITH THE DANES ON')
  // A release stamp with a bracket read as a letter after it (`RELEASEIN FULL i`) is a line of stamps, no title.
  const paper = fromText('[Page 1]\nRELEASEIN FULL i\n1. Russia is going through a rather precarious moment in its\nhistory.\n')
  assert.ok(elements(paper.tree, 'fw').some((fw) => fw.attributes.subtype === 'release' && textOf(fw).includes('RELEASEIN FULL')))
  assert.ok(!paper.model.title.includes('RELEASE'), paper.model.title)
  // A received print's control line under the subject (`A82EB9 261739Z /38`) is no part of it.
  assert.equal(fromText("SUBJECT: ARGENTINE DFM CISNEROS' MEETING WITH THE DEPUTY'\nSECRETARY REGARDING THE FALKLANDS/MALVINAS, 2/19/99\nA82EB9 261739Z /38\n1. (C) TEXT.\n").model.title, "Argentine DFM Cisneros' Meeting with the Deputy' Secretary Regarding the Falklands/Malvinas, 2/19/99")
  const memo = fromText('MEMORANDUM FOR THE PRESIDENT\n\nYour meeting with Boris Yeltsin (II) RELEASE IN FULL\n\nYou will want to raise the summit agenda with him first.\n')
  assert.equal(memo.model.title, 'Your meeting with Boris Yeltsin (II)')
  assert.ok(elements(memo.tree, 'stamp').some((s) => s.attributes.type === 'release'), 'the stamp is kept, as a stamp')
})

test('a cover sheet without a subject line is titled by the telegram it names', () => {
  const { model } = fromText('U.S. DEPARTMENT OF STATE\nINCOMING\nNODIS COVER SHEET\n\nPOST: STATE DTG: 162205Z JAN 97 MRN: 009383\n\nS/S AUTHORIZATION: DATE/TIME:\n\nThis NODIS message will be automatically decaptioned after 5 years.\n')
  assert.equal(model.facts.kind, 'Cover sheet')
  assert.equal(model.title, 'Cover sheet of telegram STATE 009383')
})

test('forms a catalogue names by their kind: the Executive Secretariat clearance form, a memcon cover sheet whose heading the OCR misread', () => {
  const slip = 'RELEASE IN FULL\nDEPARTMENT OF STATE\nEXECUTIVE SECRETARIAT\nTO:\nFOR CLEARANCE\nS/S DOCUMENT NO.\nTELEGRAM TO\nDUE DATE\nPLEASE RETURN ORIGINAL TO S/S, RM 7224\nOR, IF COPY, PHONE CLEARANCE TO: x75301\nRemarks:\n'
  const alone = fromText(slip)
  assert.equal(alone.model.facts.kind, 'Cover sheet')
  assert.equal(alone.model.title, 'Executive Secretariat clearance form')
  assert.ok(alone.model.warnings.some((w) => w.message === 'no subject line: the title is the form it is, "Executive Secretariat clearance form"'))
  const memcon = fromText("DECAPTIONED /NODIS\n\n-NOLIS ,MEMCON - COVER SHEET\n(DEPUTY SECRETARY)\nTHE DEPUTY SECRETARY'S CONVERSATION WITH titry\nDATE: 0 (1 I 0 //V? TIME: 0 1 4' COMMENTS:\n\nOps Center forwards draft memcon to ExecSec.\n")
  assert.equal(memcon.model.facts.kind, 'Cover sheet')
  assert.equal(memcon.model.title, 'Memcon cover sheet')
  const lost = fromText("DECAPTIONED .NopIs .,mEmcom,:covErt\n•, (DEPUTY SECRETAgY).\nTHE DEPUTY SECRETARY'S CONVERSATION WITH. Fi ll/\\ Utryc...\n\n/505- DLSbps Center forwards draft memcon to ExecSec.\nExecSec reviews draft and proposed distribution and forwards\n")
  assert.deepEqual([lost.model.facts.kind, lost.model.title], ['Cover sheet', 'Memcon cover sheet'])
  const action = fromText('DEPARTMENT OF STATE\nEXECUTIVE SECRETARIAT\nACTION ASSIGNED TO:\nDATE DUE:\n(S/S CONTROL NO.)\nACTION REQUESTED: HIGH PRIORITY ITEM\nSTATE TRANSMITTAL FORM\nTO NSC OVP\n')
  assert.equal(action.model.title, 'Executive Secretariat action slip')
  // The form sent with the draft it clears: the draft's TAGS (the colon and commas OCR'd as letters) make it the telegram.
  const draft = fromText(`${slip}\nINITIALS\nAPPR: ST\nDRAFT: ANC\n\nIMMEDIATE ULAANBAATAR\n\nE.O. 12958: DECL: 09/13/2010\nTAGS'PREL PGOVi KDEMr MG\nSUBJECT: DEPUTY SECRETARY TALBOTT MEETING WITH MONGOLIAN\nFOREIGN MINISTER\n\n1. (U) CLASSIFIED BY DEPUTY SECRETARY STROBE TALBOTT.\n`)
  assert.equal(draft.model.facts.kind, 'Telegram')
  assert.deepEqual(draft.model.facts.tags, ['PREL', 'PGOV', 'KDEM', 'MG'])
  assert.equal(draft.model.title, 'Deputy Secretary Talbott Meeting with Mongolian Foreign Minister')
})

test('a mission after USMISSION is one addressee and the post after it another; a stray letter after the sender is no part of it', () => {
  const { model } = fromText('O 220929Z APR 99\nFM SECSTATE WASHDC r\nTO AMEMBASSY OSLO IMMEDIATE USMISSION USNATO IMMEDIATE AMEMBASSY BUDAPEST IMMEDIATE USMISSION USOSCE VIENNA IMMEDIATE\nBT\nS E C R E T STATE 074454\n\nSUBJECT: THE DEPUTY SECRETARY\'S APRIL 16 CONVERSATION\n\n1. (U) NODIS MERCURY.\n')
  assert.equal(model.facts.from, 'SECSTATE WASHDC')
  assert.deepEqual(model.facts.to, ['AMEMBASSY OSLO', 'USMISSION USNATO', 'AMEMBASSY BUDAPEST', 'USMISSION USOSCE VIENNA'])
})

test('a repeat to the Secretary\'s delegation: FM and INFO on one line, the reviewer\'s stamp split over two lines, a stray full stop before E.O.', () => {
  const { model, tree } = fromText("O 121915Z OCT 94 ZFF5\nFM SECSTATE WASHDC INFO USDEL SECRETARY IMMEDIATE\nSECRET STATE 276618 TOSEC 230145\n\nTHE FOLLOWING STATE 276618, DATED 12 OCT 94, SENT ACTION BUDAPEST, IS BEING REPEATED FOR YOUR INFORMATION.\nQUOTE:\n\nSECRET STATE 276618\nNODIS\nDeclassification Authority: Geoffrey W. Chapman, Senior\nReviewer, A/GIS/IPS 5/8/2019\n.E.O. 12356: DECL: OADR TAGS: PREL, MARR, HU SUBJECT: UNGA BILATERAL: DEPUTY SECRETARY TALBOTT'S MEETING WITH HUNGARIAN FOREIGN MINISTER KOVACS\n\n1. SECRET ENTIRE TEXT.\n\n2. THE DEPUTY SECRETARY MET THE FOREIGN MINISTER ON SEPTEMBER 30.\n\nUNQUOTE TALBOTT\n")
  assert.equal(model.facts.from, 'SECSTATE WASHDC')
  assert.deepEqual(model.facts.info, ['USDEL SECRETARY'])
  assert.deepEqual(model.facts.tags, ['PREL', 'MARR', 'HU'])
  assert.equal(model.title, "UNGA Bilateral: Deputy Secretary Talbott's Meeting with Hungarian Foreign Minister Kovacs")
  assert.ok(elements(tree, 'stamp').some((s) => textOf(s).startsWith('Reviewer, A/GIS/IPS')), 'the stamp\'s second line is a stamp')
})

test('a memorandum headed To:, From:, Re:, Date: keeps its text: only a Date: with a time is an e-mail header, and a header without Subject: is its fields', () => {
  const memo = fromText('[Page 1]\nC 0 6 6 8 9 8 3 671ED U.S. Departrnent of State Case No. F-2017-13804 Doc No. C06689836 Date: 06/16/2021\nEMQRAN D\nTo: Strobe Talbott\nFrom: Ziam,,,pan.3.-Ion\nRe: Attached Memo,\nDate: March 29, 1993\nHarold Ickes has forwarded the attached proposal to my\nattention.\nThanks for your help.\n')
  assert.equal(memo.model.facts.kind, 'Memorandum')
  assert.ok(!furnitureKinds(memo.tree).includes('email'), 'no e-mail header')
  assert.ok(elements(memo.tree, 'p').some((p) => textOf(p).includes('Harold Ickes has forwarded')), 'the text is a paragraph')
  // The page stamp with its m read as rn is furniture; a name the OCR made noise of is no party.
  assert.ok(elements(memo.tree, 'stamp').some((s) => s.attributes.type === 'foia'))
  assert.equal(memo.model.title, 'Memorandum to Strobe Talbott')
  const email = fromText('From: Sullivan, Jacob J <SullivanJJ@state.gov>\nDate: Fri, 13 May 2011 10:22:33\nTo: H\nFyi. The note is below, and it is not part of the header.\n')
  assert.equal(elements(email.tree, 'fw').filter((fw) => fw.attributes.subtype === 'email').length, 3)
  assert.ok(elements(email.tree, 'p').some((p) => textOf(p).includes('The note is below')))
  const fax = fromText('WASHFAX RECEIPT\nDEPARTMENT OF STATE\nMESSAGE NO. CLASSIFICATION No. Pages\nFROM: FII -7441%eft 64/ -g 9\n(Officer name) (Office symbol) (Extension) (Room number)\nTO: (Agency)\nDELIVER TO:\n')
  assert.deepEqual([fax.model.facts.kind, fax.model.title], ['Cover sheet', 'WASHFAX receipt'])
})

test('addressees after a TO the print made part of its page header, and with a range of serial numbers, are read', () => {
  const headed = fromText('P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z\nALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITY\n\nS E C R E T STATE 015113\n\nSUBJECT: REQUEST FOR INFORMATION: CRITICAL FOREIGN DEPENDENCIES\n\n1. (U//FOUO) This is an action request.\n')
  assert.deepEqual(headed.model.facts.to, ['ALL DIPLOMATIC POSTS COLLECTIVE', 'AMEMBASSY TRIPOLI'])
  const ranged = fromText('O 242145Z MAR 09\nFM SECSTATE WASHDC\nTO RUEHAK/AMEMBASSY ANKARA IMMEDIATE 7721-7722\nINFO RUEHCV/AMEMBASSY CARACAS IMMEDIATE 0298-0299\n\nS E C R E T STATE 028302\n\nSUBJECT: SHIPMENT OF UAVS FROM IRAN TO VENEZUELA\n\n1. (S) This is an action request.\n')
  assert.deepEqual([ranged.model.facts.to, ranged.model.facts.info], [['AMEMBASSY ANKARA'], ['AMEMBASSY CARACAS']])
  // A month before a post's serial (La Paz numbers so) is no part of the address.
  const monthly = fromText('R 272141Z FEB 07\nFM AMEMBASSY BUENOS AIRES\nTO RUEHC/SECSTATE WASHDC 7403\nINFO RUEHAC/AMEMBASSY ASUNCION 6024\nRUEHLP/AMEMBASSY LA PAZ FEB 4470\nRUEHMN/AMEMBASSY MONTEVIDEO 6309\n\nC O N F I D E N T I A L BUENOS AIRES 000376\n\nSUBJECT: ARGENTINE RELATIONS\n\n1. (C) Summary.\n')
  assert.deepEqual(monthly.model.facts.info, ['AMEMBASSY ASUNCION', 'AMEMBASSY LA PAZ', 'AMEMBASSY MONTEVIDEO'])
})

test('header fields a publisher lowered, run into one line (E.o. … Tags: … Subject: …), give the codes and a title-cased subject, the date-time group alone on its line the date; name particles are words', () => {
  const { model } = fromText('This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n201247Z Jan 04\n\nC o n f i d e n t i a l section 01 of 04 ankara 000348\n\nSipdis\n\nE.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington: how strong a leader?\n\n1. (C) Summary: P.M. Erdogan expects Washington to focus on Cyprus. End summary.\n')
  assert.deepEqual(model.facts.tags, ['PREL', 'PGOV', 'PINS', 'TU'])
  assert.equal(model.title, 'Turkish P.M. Erdogan Goes to Washington: How Strong a Leader?')
  // An extract without its routing is subtitled by its number.
  assert.equal(subtitle(model.facts), 'Telegram ANKARA 000348, 2004-01-20')
  // The extract's date-time group, on a line of its own, also as the publisher wrote it out.
  assert.equal(model.facts.dateTime?.when, '2004-01-20T12:47:00Z')
  const written = fromText('This record is a partial extract of the original cable. The full text of the original cable is not available.\n\nTuesday, 20 January 2004, 09:44\nS E C R E T RANGOON 000088\nSIPDIS\nSUBJECT: BURMA: RUMORS OF CONSTRUCTION\n1. (S/NF) An expatriate businessman volunteered the rumor.\n')
  assert.deepEqual([written.model.facts.dateTime?.text, written.model.facts.dateTime?.when], ['Tuesday, 20 January 2004, 09:44', '2004-01-20T09:44:00Z'])
  assert.equal(titleCase("EU COMMISSIONER DE GUCHT'S TRIP TO ZIMBABWE"), "EU Commissioner De Gucht's Trip to Zimbabwe")
})

test('a telegram line whose post lost its first letters (TATE 156356) takes the post of its print header; SUB JECT \' as the OCR spaced it; a subject ends at a numbered paragraph\'s marking', () => {
  const { model } = fromText("O 152143Z AUG 00\nFM SECSTATE WASHDC\nTO AMEMBASSY COPENHAGEN IMMEDIATE\nTATE 156356\n\nE.O. 12958: DECL: 08/15/30\nTAGS: PREL, PGOV\nSUB JECT ' THE DEPUTY SECRETARY'S AUGUST 10, 2000\nCONVERSATION WITH DANISH FOREIGN MINISTER HELVEG PETERSEN\n1, (U) NODIS CLASSIFIED BY KRISTIE A. KENNEY\n\n2. (S) THIS CABLE CONTAINS A MEMORANDUM.\n\n-PAGE 01 STATE 156356 152146Z\n\n3. (S) THE CALL ENDED.\n")
  assert.equal(model.facts.telegram, 'STATE 156356')
  assert.equal(model.title, "The Deputy Secretary's August 10, 2000 Conversation with Danish Foreign Minister Helveg Petersen")
  // Letters of a struck marking run into the post, a letter misread: the print header's post; never towards a header's misreading.
  const telegram = (line: string, header: string): string | undefined => fromText(`O 291958Z OCT 96\nFM SECSTATE WASHDC\nTO AMEMBASSY BRATISLAVA IMMEDIATE\n${line}\n\nE.O. 12958: DECL: 10/29/06\nTAGS: PREL, LO\nSUBJECT: THE DEPUTY SECRETARY'S MEETING\n1. (C) TEXT.\n\n-PAGE 01 ${header} 292001Z\n\n2. (C) MORE TEXT.\n`).model.facts.telegram
  assert.equal(telegram('LSTATE 225170', 'STATE 225170'), 'STATE 225170')
  assert.equal(telegram('V II STATE 225278', 'STATE 225278'), 'STATE 225278')
  assert.equal(telegram('LoINFIDENTIALCTATE 261677', 'STATE 261677'), 'STATE 261677')
  assert.equal(telegram('RIGA 001930', 'RXGA 01930'), 'RIGA 001930')
  // A marking's remains before STATE, a word of their own or run into it with a letter misread.
  assert.equal(telegram('ILAL STATE 154133', 'STATE 154133'), 'STATE 154133')
  assert.equal(telegram('C NFIDENTT ATSTATE 094921', 'STATE 094921'), 'STATE 094921')
  // Not the Department's address with a serial (`OFFICIAL INFORMAL SECSTATE 29851`, a channel's running head).
  assert.equal(telegramLine('OFFICIAL INFORMAL SECSTATE 29851'), undefined)
  // A message system's print heads the telegram `Heading: STATE 154142 …`: its post for a line that lost letters (`ATE 154142`).
  assert.equal(fromText("[Page 1]\nSoltis,MarjorieA.\nHeading: STATE 154142 L NODIS IMMEDIATE\nSUBJECT: G8 MINISTERIAL: NAM BREAKFAST\n1. CLASSIFIED BY THE DEPUTY SECRETARY.\n\nO 111827Z AUG 00\nFM SECSTATE WASHDC\nTO AMEMBASSY TOKYO IMMEDIATE\nATE 154142\n\n2. (C) TEXT.\n").model.facts.telegram, 'STATE 154142')
  assert.equal(telegram('C NFIDENTIADSTATE 153140', 'STATE 153140'), 'STATE 153140')
  // A short level with two letters misread run into STATE (`SCCRCTSTATE`, `CECRIETBANGKOK`): the level, and the post.
  const struck = fromText('O 010035Z NOV 00\nFM SECSTATE WASHDC\nTO AMEMBASSY BEIJING IMMEDIATE\nSCCRCTSTATE 209768\n\nE.O. 12958: DECL: 10/31/10\nTAGS: PARM, PREL, CH\nSUBJECT: TALKS\n1. (S) TEXT.\n').model.facts
  assert.deepEqual([struck.telegram, struck.classification], ['STATE 209768', 'SECRET'])
  assert.equal(telegram('CECRIETBANGKOK 25948', 'BANGKOK 25948'), 'BANGKOK 25948')
  // A digit the OCR read for the space after an address's prefix.
  assert.deepEqual(fromText('P 250054Z JUL 96\nFM SECSTATE WASHDC\nTO AMEMBASSY2CARACAS PRIORITY\nAMEMBASSY PORT AU PRINCE PRIORITY\n\nSUBJECT: TALKS\n\n1. (C) TEXT.\n').model.facts.to, ['AMEMBASSY CARACAS', 'AMEMBASSY PORT AU PRINCE'])
})

test('a received print: TO with a comma, a release decision broken over two lines, a subject before a passing instruction', () => {
  const { model, tree } = fromText("P 140103Z NOV 98\nFM SECSTATE WASHDC\nTO,AMEMBASSY TOKYO PRIORITY\nAMEMBASSY ISLAMABAD PRIORITY\nSTATE 212133\n\nE.O. 12958: DECL: 11/10/08\nTAGS: MNUC, PARM, PREL, JA, IN, PK\nSUBJECT: AEGEAN CONFIDENCE BUILDING MEASURES -\nTALBOTT/SOLANA MEETING.\nUSNATO PASS TO DEPSEC TALBOTT FOR USE IN MEETING WITH SYG\nRELEASE IN\nFULL\n\n1. (C) THE DEPUTY SECRETARY MET THE AMBASSADOR.\n")
  assert.deepEqual(model.facts.to, ['AMEMBASSY TOKYO', 'AMEMBASSY ISLAMABAD'])
  assert.equal(model.title, 'Aegean Confidence Building Measures - Talbott/Solana Meeting')
  // A full stop the OCR read into a subject ends nothing; a section line with a stray mark (`SECTION 01 'OF 07`) does.
  assert.equal(fromText("SUBJECT: DEPUTY SECRETARY'S MEETING WITH MOSCOW.\nMAYOR YURIY LUZHKOV ON FEBRUARY 22\n1. (U) CLASSIFIED BY PHILLIP.\n").model.title, "Deputy Secretary's Meeting with Moscow. Mayor Yuriy Luzhkov on February 22")
  assert.equal(fromText("SUBJECT: TALBOTT/DEUTCH/BERGER MEETING WITH\nPRESIDENT ARISTIDE, DECEMBER 6\nSECTION 01 'OF 07 PORT AU PRINCE 9490\n1. (C) ENTIRE TEXT.\n").model.title, 'Talbott/Deutch/Berger Meeting with President Aristide, December 6')
  assert.deepEqual(elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'release').map((fw) => textOf(fw).trim()), ['RELEASE IN', 'FULL'])
})

test('an INFO list ends at a passing instruction (HELSINKI PASS ST…), and a mark after an address or its serial is none of it', () => {
  const { model } = fromText('P R 021655Z MAR 99\nFM SECSTATE WASHDC\nTO AMEMBASSY TALLINN PRIORITY 6492 \u2022\nINFO AMEMBASSY RIGA -\nAMEMBASSY VILNIUS\nUSMISSION USNATO\nHELSINKI PASS ST\n\nSTATE 038293\n\nSUBJECT: DEPUTY SECRETARY\'S MEETING WITH ESTONIAN PARLIAMENTARY SPEAKER\n\n1. (C) THE SPEAKER CALLED ON THE DEPUTY SECRETARY.\n')
  assert.deepEqual(model.facts.to, ['AMEMBASSY TALLINN'])
  assert.deepEqual(model.facts.info, ['AMEMBASSY RIGA', 'AMEMBASSY VILNIUS', 'USMISSION USNATO'])
})

test('a subject typed below its label with a stamp between, run on after a word that needs more or a comma; handwriting under a form\'s label is no subject', () => {
  const memo = fromText('NATIONAL SECURITY COUNCIL\nWASHINGTON, D.C. 20504\nApril 20, 1999\nMEMORANDUM FOR MS. KRISTIE A. KENNEY\nSUBJECT:\nRELEASE IN FULL\nMemoranda of Telephone Conversations with\nAlbanian President Meidani, Bulgarian Prime\n\nThe attached Memoranda of Telephone Conversations are provided for the information of the Secretary.\n')
  assert.equal(memo.model.title, 'Memoranda of Telephone Conversations with Albanian President Meidani, Bulgarian Prime')
  const dated = fromText("SUBJECT: OFFICIAL-INFORMAL FOR D STAFF ONLY MEMCON: DEPUTY\nSECRETARY'S MEETING WITH UKRAINIAN PARLIAMENT CHAIRMAN\nOLEKSANDR MOROZ, JULY 17, 1996,\nKIEV, UKRAINE\n\n1. (C) THE CHAIRMAN RECEIVED THE DEPUTY SECRETARY.\n")
  assert.equal(dated.model.title, "Official-Informal for D Staff Only Memcon: Deputy Secretary's Meeting with Ukrainian Parliament Chairman Oleksandr Moroz, July 17, 1996, Kiev, Ukraine")
  // A typed subject does not run on into what the OCR made of handwriting under it.
  assert.equal(fromText('MEMORANDUM OF TELEPHONE CONVERSATION\nDATE: August 25, 1994\nSUBJECT: Safehaven for Cubans\naii0 44froi6\n\nActing Secretary Talbott called Costa Rican President Figueres to ask for assistance.\n').model.title, 'Safehaven for Cubans')
  const fax = fromText('WHITE HOUSE\nSITUATION ROOM\nCLASSIFICATION: RELEASER:\nFROM:\nSUBJECT:\n(ea c-oi,u6r-gq PH: Igo —7/6/ ROOM: 374/ 06.4g\nPLEASE DELIVER TO:\nSPECIAL DELIVERY INSTRUCTIONS/REMARKS:\n')
  assert.deepEqual([fax.model.facts.kind, fax.model.title], ['Cover sheet', 'White House Situation Room transmittal sheet'])
})

test('a cover sheet read by columns (SUBJECT: / COMMENTS: / its value), TO with an apostrophe, a numbered marking with a stray mark, MEPACON', () => {
  const cover = fromText("U.S. DEPARTMENT OF STATE\nINCOMING\nDTG: 140021Z MAY 96\nSUBJECT:\nCOMMENTS:\n-i€9--THE DEPUTY SECRETARY'S CONVERSATION WITH\nCANADIAN DEPUTY FOREIGN MINISTER GORDON SMITH\nS/S AUTHORIZATION: DATE/TIME:\nThis NODIS message will be automatically decaptioned after 5 years.\n")
  assert.equal(cover.model.title, "The Deputy Secretary's Conversation with Canadian Deputy Foreign Minister Gordon Smith")
  const sent = fromText("O 252221Z APR 96\nFM SECSTATE WASHDC\nTO'AMEMBASSY BRASILIA IMMEDIATE\nINFO AMEMBASSY ASUNCION IMMEDIATE\nBT\nSTATE 086411\n\nSUBJECT: DEPUTY SECRETARY'S MARCH 24 CONVERSATION WITH FM LINDH\n1.' (U) NODIS MERCURY. CLASSIFIED BY: KRISTIE A. KENNEY.\n")
  assert.deepEqual(sent.model.facts.to, ['AMEMBASSY BRASILIA'])
  // An address of no known post, with its precedence and serial; the S of SECSTATE lost.
  const usia = fromText('O 010900Z DEC 98\nFM AMEMBASSY ISLAMABAD\nTO USIA WASHDC IMMEDIATE 9529\nSECSTATE WASHDC IMMEDIATE 1967\nINFO AMCONSUL KARACHI\nBT\nSUBJECT: TALKS\n1. (C) TEXT.\n')
  assert.deepEqual(usia.model.facts.to, ['USIA WASHDC', 'SECSTATE WASHDC'])
  assert.deepEqual(fromText("P 290040Z SEP 00\nFM AMEMBASSY WELLINGTON\nTO'ECSTATE WASHDC PRIORITY 3653\nINFO AMEMBASSY CANBERRA\nBT\nSUBJECT: TALKS\n1. (C) TEXT.\n").model.facts.to, ['ECSTATE WASHDC'])
  // INFO with its separator OCR'd as an apostrophe, on a page of its own after the text: the addressees, and the name before them signs.
  const athens = fromText("SUBJECT: FM PAPANDREOU PROVIDES FURTHER INFORMATION\n4. (S) COMMENT: WE ARE NOT IN A POSITION TO JUDGE.\nBURNS\nSECRET\n-PAGE 01 ATHENS 02119 051429Z\n@ACTION: TF1(01)\n@INFO: C(01) CMS(01) D(O1)\nACTION SS-00\nINFO LOG-00 ADS-00 SAS-00 /000W\n B7C76A 051429Z /38\n.0 051518Z APR 99\nFM AMEMBASSY ATHENS\nTO SECSTATE WASHDC IMMEDIATE 2895\n\nINFO'SECDEF WASHDC IMMEDIATE\nJOINT STAFF WASHDC IMMEDIATE\nUSMISSION USNATO IMMEDIATE\n\nSECRETATHENS 002119\nEXDIS DECAPTIONED\nE.O. 12958: DECL: 04/05/09\nTAGS: PREL, MARR, NATO, GR, US, SR\n").model.facts
  assert.deepEqual([athens.info, athens.signer], [['SECDEF WASHDC', 'JOINT STAFF WASHDC', 'USMISSION USNATO'], 'BURNS'])
  // A print's ACTION line names an office, no addressee; the routing run into one line, its TO OCR'd TO', a mark before a word.
  const white = fromText("@ACTION: SWO(00)\nACTION NODSLOO\nINFO LOG-00 CCOE-00 /000W.\nO 092158Z JAN 97 ZFF 1/4 FM THE 'WHITE HOUSE WASHINGTON DC TO'ANEMBASSY BUCHAREST SECDEF WASH DC SECSTATE WASH DC\n\nSUBJECT: MEMORANDUM OF CONVERSATION\n1. (C) TEXT.\n").model.facts
  assert.deepEqual([white.from, white.to], ['THE WHITE HOUSE WASHINGTON DC', ['ANEMBASSY BUCHAREST', 'SECDEF WASH DC', 'SECSTATE WASH DC']])
  assert.equal(sent.model.title, "Deputy Secretary's March 24 Conversation with FM Lindh")
  assert.equal(fromText('DECAPTIONED\nNODIS MERCURY MEPACON COVER SHEET\n(DEPUTY SECRETARY)\nTHE DEPUTY SECRETARY\'S CONVERSATION WITH x7 ru\n').model.title, 'Memcon cover sheet')
})

test('a subject without its colon, ending before a post\'s passing instruction; a marking misread and run into the post; a release stamp misread at its end; COVER SHE ET', () => {
  const { model } = fromText("O 291946Z MAR 99\nFM SECSTATE WASHDC\nTO AMEMBASSY VILNIUS IMMEDIATE\nBT\nCONFIDEINTIALABIDJAN 012221\nSUBJECT DEPUTY SECRETARY'S MEETING WITH LITHUANIAN PRIME\nMINISTER VAGNORIUS\nHELSINKI PASS ST PETERSBURG\n1. (C) SUMMARY: THE PRIME MINISTER MET THE DEPUTY SECRETARY.\n")
  assert.equal(model.title, "Deputy Secretary's Meeting with Lithuanian Prime Minister Vagnorius")
  assert.equal(model.facts.telegram, 'ABIDJAN 012221')
  const slip = fromText("[RELEASE IN FULL1.\nDeputy Secretary's One-on-One April 23 Meeting with President Shevardnadze\nPENDING APPROVAL 05/04/1999 5:13 PM\n")
  assert.equal(slip.model.title, "Deputy Secretary's One-on-One April 23 Meeting with President Shevardnadze")
  assert.equal(fromText('NODIS MERCURY MEMCON COVER SHE ET(THE D EPUTy SECRETARY IN WASHINGTON D.C.)\nDATE: TIME:\n').model.title, 'Memcon cover sheet')
})

test('a post a print header cut to six letters is the one place it begins (NEW DE, PORT A, USUN N), also for a telegram line that lost its first letters (ERRA)', () => {
  const number = (text: string): string | undefined => fromText(text).model.facts.telegram
  assert.equal(number('PAGE 01 NEW DE 01364 181240Z\n\nSUBJECT: THE MOOD IN DELHI AFTER ROUND EIGHT\n\n1. (C) SUMMARY: OPTIMISM.\n'), 'NEW DELHI 01364')
  assert.equal(number('PAGE 01 PORT A 09490 091556Z\n\nSUBJECT: TALBOTT MEETING WITH PRESIDENT ARISTIDE\n\n1. (C) ENTIRE TEXT.\n'), 'PORT AU PRINCE 09490')
  assert.equal(number('PAGE 01 CANBER 00603 030637Z\nP 030633Z FEB 95\nFM AMEMBASSY CANBERRA\nTO SECSTATE WASHDC PRIORITY 7933\nERRA 000603\n\nSUBJECT: OFFICIAL-INFORMAL\n\n1. (C) ENTIRE TEXT.\n'), 'CANBERRA 000603')
  assert.equal(number('PAGE 01 PORT O 00418 030637Z\n\nSUBJECT: A VISIT TO THE ISLAND NATION\n\n1. (C) ENTIRE TEXT.\n'), 'PORT OF SPAIN 00418')
  // One that begins no place the edition knows stays as printed.
  assert.equal(number('PAGE 01 HANGHA 00621 030637Z\n\nSUBJECT: A VISIT TO THE CITY\n\n1. (C) ENTIRE TEXT.\n'), 'HANGHA 00621')
})

test('a memcon headed by its parties (TALBOTT/CHUBAIS MEMCON), not a memo listing one (Tab A Memcon); a cover sheet\'s POST:, its subject before a form\'s next row in any case', () => {
  const memcon = fromText("DECAPTIONED\nTALBOTT/CHUBAIS MEMCON\nRELEASE IN FULL\nST: I have a personal request. Steve Pifer represents the White House on our delegation.\nC. I'll try. How is it going?\n")
  assert.deepEqual([memcon.model.facts.kind, memcon.model.title], ['Memorandum of conversation', 'Talbott/Chubais Memcon'])
  const memo = fromText('NATIONAL SECURITY COUNCIL\nMEMORANDUM FOR MR. WILLIAM J. BURNS\nSUBJECT: Memorandum of Meeting Between the President and Foreign Minister Primakov\n\nThe attached Memorandum of Conversation is provided for the information of the Secretary.\n\nAttachment\nTab A Memcon\n')
  assert.equal(memo.model.facts.kind, 'Memorandum')
  const cover = fromText("U.S. DEPARTMENT OF STATE\nINCOMING\nPOST:, STATE\nMRN: 44248\nDTG: 110148Z MAR 97\nSUBJECT: NATO/RUSSIA: DEPUTY SECRETARY'S MARCH 10\nCONVERSATION WITH UK, FRG POLDIRS\ncOMMENTS: E:O. COLLINS (PER S/S)\nS/S AUTHORIZATION: DATE/TIME:\nThis NODIS message will be automatically decaptioned after 5 years.\n")
  assert.deepEqual([cover.model.facts.telegram, cover.model.title], ['STATE 44248', "NATO/Russia: Deputy Secretary's March 10 Conversation with UK, FRG Poldirs"])
})

test('a subject typed in mixed case whose rest a publisher put after a blank line runs on; a section line or a paragraph after it does not', () => {
  const cable = (after: string): string => fromText(`S E C R E T STATE 030049\n\nE.O. 12958: DECL: 03/27/2019\nTAGS: OVIP, PREL, AS\nSUBJECT: (U) Secretary Clinton’s March 24, 2009\n\n${after}\n\nClassified By: EAP Acting A/S Alexander Arvizu\n\n1. (C) The Secretary met the Prime Minister.\n`).model.title
  assert.equal(cable('Conversation with Australian Prime Minister Kevin Rudd'), 'Secretary Clinton’s March 24, 2009 Conversation with Australian Prime Minister Kevin Rudd')
  assert.equal(cable('SECTION 01 OF 03 STATE 030049'), 'Secretary Clinton’s March 24, 2009')
  assert.equal(cable('The Secretary met the Prime Minister in the afternoon.'), 'Secretary Clinton’s March 24, 2009')
})

test('SUJBECT: as the OCR swapped it; a memo of a telephone conversation headed over two lines; SECRETARY DEPTO is no telegram line', () => {
  assert.equal(fromText("SECRET BANGKOK 26382\nE.O. 12356: DECL:OADR\nTAGS: OVIP (TALBOTT, STROBE)\nSUJBECT: DEPUTY SECRETARY'S BILAT WITH FOREIGN MINISTER HAN\n1. (S) ENTIRE TEXT.\n").model.title, "Deputy Secretary's Bilat with Foreign Minister Han")
  const telcon = fromText('Telephone Conversation Between Acting Secretary Talbott\nand Russian Deputy Foreign Minister Mamedov\nRELEASE IN FULL\nFriday, September 6, 9:15 a.m.\nDeputy Foreign Minister Mamedov opened the call by noting that he had a message.\n')
  assert.deepEqual([telcon.model.facts.kind, telcon.model.title], ['Memorandum of conversation', 'Telephone Conversation Between Acting Secretary Talbott and Russian Deputy Foreign Minister Mamedov'])
  const depto = fromText("PAGE 01 PHNOM 00393 280917Z\nEYES ONLY FOR SECRETARY FROM THE DEPUTY\nSECRETARY DEPTO 0001\nE.O. 12356: DECL:OADR\nTAGS: OVIP (TALBOTT, STROBE)\nSUBJECT: DEPUTY SECRETARY'S TRIP REPORT\nSECTION 01 OF 03 PHNOM 393\n\n1. (S) ENTIRE TEXT.\n")
  assert.equal(depto.model.facts.telegram, 'PHNOM PENH 00393')
})

test('a short word of a subject in capitals that the text writes as a name is a name (ZUMA, WU YI), one it writes in capitals among small letters a code (ROK)', () => {
  const cable = (subject: string, text: string): string => fromText(`C O N F I D E N T I A L PRETORIA 001712\n\nSUBJECT: ${subject}\n\n1. (C) ${text}\n`).model.title
  assert.equal(cable('LIMPOPO PROVINCE SPLIT OVER ZUMA AND MBEKI', 'The province is split between supporters of Zuma and of the President.'), 'Limpopo Province Split Over Zuma and Mbeki')
  assert.equal(cable('WU YI INTERVENES IN THE CASE', 'Vice Premier Wu Yi intervened, contacts said.'), 'Wu Yi Intervenes in the Case')
  assert.equal(cable('DR. GAO CASE LAYS BARE DISCORD', 'The case of Dr. Gao Yaojie shows it.'), 'Dr. Gao Case Lays Bare Discord')
  assert.equal(cable('ANC YOUTH LEAGUE AND ZUMA', 'The ANC Youth League backs him. Zuma spoke.'), 'ANC Youth League and ZUMA')
  // A short word the text writes in capitals among words in small letters is a code, an English word too.
  assert.equal(cable('ROK REACTIONS TO DPRK MISSILE LAUNCHES', 'Officials of the ROK government reacted calmly.'), 'ROK Reactions to DPRK Missile Launches')
  assert.equal(cable('ROK REACTIONS TO DPRK MISSILE LAUNCHES', 'Officials reacted calmly.'), 'Rok Reactions to DPRK Missile Launches')
})

test('a draft is addressed as its drafting form lists the posts, with their precedence before or after each', () => {
  const draft = (lines: string): string[] => fromText(`INITIALS\nAPPR: STA\nDRAFT: KMO\nCLR 1: RWI\nEUR/CACEN:KMORENSKI:KM\n04/30/99 7-6740\n${lines}\nE.O. 12958: DECL: 04/20/08\nTAGS: PREL, EPET, PGOV, TX, AF\nSUBJECT: DEP SEC 4/21 MEETING WITH TURKMEN FM SHIKHMURADOV\n\n1. (C) SUMMARY: IN APRIL 21 MEETING WITH DEP SEC TALBOTT, THE FM ASKED FOR MORE.\n`).model.facts.to
  assert.deepEqual(draft('IMMEDIATE ASHGABAT\nIMMEDIATE MOSCOW\nIMMEDIATE PESHAWAR'), ['ASHGABAT', 'MOSCOW', 'PESHAWAR'])
  assert.deepEqual(draft('IMMEDIATE ULAANBAATAR\nPRIORITY BEIJING, SEOUL PRIORITY, TOKYO PRIORITY,\nMOSCOW PRIORITY'), ['ULAANBAATAR', 'BEIJING', 'SEOUL', 'TOKYO', 'MOSCOW'])
  assert.deepEqual(draft("IMMEDIATE HELSINKI, USNATO IMMEDIATE, USOSCE VIENNA\nPRIORITY ALMATY,'ASHGABAT, USUN NEW YORK\nALMATY FOR DUSHANBE"), ['HELSINKI', 'USNATO', 'USOSCE VIENNA', 'ALMATY', 'ASHGABAT', 'USUN NEW YORK'])
  // Words after a precedence that name no post are no addressees.
  assert.deepEqual(draft('ROUTINE PATROL OBSTRUCTED, INCIDENT ESCALATED'), [])
  // The drafting form after a memcon cover sheet in the same file, with no blank line before it: the draft's addressees and date.
  const covered = fromText("NODIS MEMCON COVER SHEET\n(DEPUTY SECRETARY)\n1. Ops Center delivers draft to ExecSec.\n2. ExecSec reviews draft and proposed distribution and forwards to\nD staff.\nAPPR: KAK\nDRAFT: KCK\nCLR 1: TK\nSSO:KCKELLY\n08/10/00;EXT. 71512\nIMMEDIATE COPENHAGEN\nE.O. 12958: DECL: 08/10/30\nTAGS: PREL, PGOV\nSUBJECT: THE DEPUTY SECRETARY'S AUGUST 10, 2000, CONVERSATION\n\n1. (U) NODIS MERCURY.\n")
  assert.deepEqual([covered.model.facts.kind, covered.model.facts.to, covered.model.facts.drafted?.when], ['Telegram', ['COPENHAGEN'], '2000-08-10'])
  // The drafter's line without initials still dates the draft.
  const { model } = fromText("SSO:AKFUGATE\n04/08/99; EXT. 71512\nS/S:KAKENNEY\nIMMEDIATE THE HAGUE, USNATO IMMEDIATE\n\nE.O. 12958: DECL: 04/08/29\nTAGS: PREL, PGOV\nSUBJECT: DEPUTY SECRETARY'S APRIL 8 CONVERSATION WITH DUTCH FM VAN AARTSEN\n\n1. (U) NODIS MERCURY.\n")
  assert.equal(model.facts.drafted?.when, '1999-04-08')
  assert.equal(model.facts.drafted?.name, 'AKFUGATE')
  // A form that addresses posts by their place is the Department's: its telegram goes from SECSTATE WASHDC.
  assert.equal(model.facts.from, 'SECSTATE WASHDC')
  // The drafter's line with the draft's file after the name.
  const filed = fromText('INITIALS\nAPPR: D\nDRAFT: SKI\nEAP/CM:SKIM(O/POL/OTHERCOUNTRIES/D-SHA-SA.DOC)\n01/14/99 7-6813\nTHE DEPUTY SECRETARY\nPRIORITY BEIJING, NEW DELHI PRIORITY, ISLAMABAD PRIORITY\nE.O. 12958: DECL: 01/14/09\nTAGS: PREL, PARM, CH\nSUBJECT: DEPUTY SECRETARY DISCUSSES SOUTH ASIA\n\n1. (C) TEXT.\n').model.facts
  assert.deepEqual([filed.drafted?.name, filed.drafted?.when, filed.from], ['SKIM', '1999-01-14', 'SECSTATE WASHDC'])
})

test('a signature typed with a stray full stop (MURRAY ., .FARRAR), or capitalised alone where a publisher lowered the text', () => {
  const telegram = (end: string): string | undefined => fromText(`O 251846Z FEB 09\nFM USEU BRUSSELS\nTO SECSTATE WASHDC PRIORITY\n\nC O N F I D E N T I A L BRUSSELS 000269\n\nSUBJECT: GUANTANAMO: AMBASSADOR CONFERS WITH EU OFFICIALS\n\n12. (U) Ambassador Williamson has cleared on this telegram.\n${end}`).model.facts.signer
  assert.equal(telegram('MURRAY .\n'), 'MURRAY')
  assert.equal(telegram('\nVillarosa\n'), 'Villarosa')
  // A stray full stop before the name at the end of the last paragraph; a database print's `End Cable Text` after it.
  assert.equal(telegram('13. (C) The Ambassador will follow up. .FARRAR\n'), 'FARRAR')
  assert.equal(telegram('\nMURRAY\n\nEnd Cable Text\n'), 'MURRAY')
  // A name with a capital inside on the line after the last sentence; a redacted signature names nobody.
  assert.equal(telegram('13. (S) COMMENT: The regime is brittle. END COMMENT.\nMcMullen\n'), 'McMullen')
  assert.equal(telegram('\nXXXXXXXXXXXX\n'), undefined)
  // After END COMMENT, which closes the last paragraph without a full stop.
  assert.equal(telegram('\nEND COMMENT \nDELL\n'), 'DELL')
})

test('a signature before the struck classification at the foot of a telegram (TARNOFF / -isc-c-Rp) is read, the junk kept as text', () => {
  const telegram = (end: string): ReturnType<typeof fromText> => fromText(`O 172148Z MAY 96\nFM SECSTATE WASHDC\nTO AMEMBASSY WELLINGTON IMMEDIATE\n\nSTATE 103475\n\nSUBJECT: (C) DEPUTY SECRETARY'S CONVERSATION WITH NEW ZEALAND FM\n\n1. (U) NODIS MERCURY.\n\n3. BEGIN TEXT:\n\nMEMORANDUM OF TELEPHONE CONVERSATION\n\n9. THE CALL ENDED AT 1935 EDT.\n${end}`)
  const struck = telegram('10. END TEXT.\nTARNOFF\n-isc-c-Rp\n')
  assert.equal(struck.model.facts.signer, 'TARNOFF')
  assert.ok(textOf(struck.tree).includes('-isc-c-Rp'), 'the junk is kept')
  assert.equal(telegram('<9. (U) END TEXT.\nALBRIGHT\nPATES 0\'\n').model.facts.signer, 'ALBRIGHT')
  assert.equal(telegram('10. END TEXT.\n\nALBRIGHT\n\nisEekrr-\n').model.facts.signer, 'ALBRIGHT')
  // A line that names someone is no junk.
  assert.equal(telegram('10. END TEXT.\n\n3. Koenig\n').model.facts.signer, 'Koenig')
})

test('a signature after a Cablegate post\'s line pointing to its website, or printed twice, is the one name', () => {
  const telegram = (end: string): string | undefined => fromText(`O 251846Z FEB 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC PRIORITY\n\nC O N F I D E N T I A L LONDON 002770\n\nSUBJECT: UK: TRADE UNIONS AND THE LABOUR PARTY\n\n5. (C) Fifteen trade unions are affiliated to the Labour Party.\n${end}`).model.facts.signer
  assert.equal(telegram("Visit London's Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom\nSusman\n"), 'Susman')
  assert.equal(telegram("Visit Embassy Singapore's Classified website: http://www.state.sgov.gov/p/eap/singapore/ind ex.cfm\nSHIELDS\n"), 'SHIELDS')
  assert.equal(telegram('\nSIBERELL SIBERELL\n'), 'SIBERELL')
  assert.equal(telegram('\nHuntsman\nhuntsman\n'), 'Huntsman')
  assert.equal(telegram('End Comment.\nSIBERELL SIBERELL\n'), 'SIBERELL')
  assert.equal(telegram('6. (U) The Deputy Secretary cleared this message.\nHuntsman\nhuntsman\n'), 'Huntsman')
  // A surname its publisher lowered with the whole text, on the line after the website's link or in a block of its own after it, or after END COMMENT: the name, capitalised.
  assert.equal(telegram("Visit London's Classified Website:\nhttp://www.state.sgov.gov/p/eur/london/index. cfm\ntuttle\n"), 'Tuttle')
  assert.equal(telegram("Visit Kuwait's Classified Website: \nhttp://www.state.sgov.gov/p/nea/kuwait/ \n\njones\n"), 'Jones')
  assert.equal(telegram('6. (C) Comment: he has devoted his career to it. END COMMENT\ncurran\n'), 'Curran')
  // A surname with its suffix (`TIMKEN JR`), on the line after the last sentence or alone.
  assert.equal(telegram('15. (U) This cable has been coordinated with Consulates General Munich and Frankfurt.\nTIMKEN JR\n'), 'TIMKEN JR')
  assert.equal(telegram('\nTIMKEN JR\n'), 'TIMKEN JR')
  // Not a word in small letters after a sentence, nor a closing's word.
  assert.equal(telegram('6. (C) He has devoted his career to it.\ncurran\n'), undefined)
  assert.equal(telegram("Visit Kuwait's Classified Website: \nhttp://www.state.sgov.gov/p/nea/kuwait/ \n\nregards\n"), undefined)
  // Two different names on the signature's line, or a word after a link in the same line, are no signature read.
  assert.equal(telegram('\nBERRY GOLDRICH\n'), undefined)
  assert.equal(telegram('See http://www.state.gov PAGE\n'), undefined)
  // The name after the website's address on its line, where the publisher joined the lines, the address cut by a space or not.
  assert.equal(telegram("6. S/CT funds would cover travel costs.\nVisit London’s Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom LEBARON\n"), 'LEBARON')
  assert.equal(telegram("adership on a widely supported international issue. Visit London's Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle\n"), 'Tuttle')
  assert.equal(telegram("Visit London's Classified Website: http://www.state.sgov.gov/p/eur/london/index.cfm Comment\n"), undefined)
})

test('a Cablegate subject stops where the classifier\'s line was run into it; addressees on one line each lose the serial of the one before', () => {
  const { model } = fromText('C O N F I D E N T I A L SECTION 01 OF 03 BRASILIA 002017\n\nE.O. 12958: DECL: 08/09/2014\nTAGS: ETRD KIPR BR IPR\n\nSUBJECT: GSP: FIRST US-BRAZIL IPR WORKING GROUP MEETING Classified By: Economic Officer Janice Fair for reasons 1.4, (b) and (d )\n\n1. (C) The meeting went well.\n')
  assert.equal(model.title, 'GSP: First US-Brazil IPR Working Group Meeting')
  const vatican = fromText('------------------00B3A7 031716Z /38 O 031203Z JUL 01 FM AMEMBASSY VATICAN TO SECSTATE WASHDC IMMEDIATE 0000 WHITEHOUSE WASHDC IMMEDIATE\n\nSUBJECT: THE VATICAN-- THE SUPRANATIONAL POWER\n\n1. (U) THE HOLY SEE IS A SUPRANATIONAL ENTITY.\n').model.facts
  assert.deepEqual(vatican.to, ['SECSTATE WASHDC', 'WHITEHOUSE WASHDC'])
})

/** The title of a telegram of one subject line and one paragraph. */
const titleOf = (subject: string): string => fromText(`SUBJECT: ${subject}\n\n1. (C) THE MEETING WENT WELL.\n`).model.title

test('the reviewer\'s DECLASSIFIED in its brackets is none of a subject, at its end or read into a word it was stamped over', () => {
  assert.equal(titleOf("ACTING SECRETARY TALBOTT'S MEETING WITH \nHUNGARIAN DEPUTY PRIMEMINISTER KUNCZE [DECLASSIFIED] "), "Acting Secretary Talbott's Meeting with Hungarian Deputy Primeminister Kuncze")
  assert.equal(titleOf("THE DEPUTY SECRETARY'S APRIL 4 MEETING WITH IDECLASSIFIED1NIZHEGOROD GOVERNOR BORIS NEMTSOV"), "The Deputy Secretary's April 4 Meeting with Nizhegorod Governor Boris Nemtsov")
  // The word itself in a subject is a word.
  assert.equal(titleOf('DECLASSIFIED DOCUMENTS ON CHILE RELEASED'), 'Declassified Documents on Chile Released')
})

test('a word in capitals before a resolution\'s number is a code in the title; a month before a day is a word', () => {
  assert.equal(titleOf('DEMARCHE TO BRUNEI ON UNSCR 1747 AND IRAN SANCTIONS'), 'Demarche to Brunei on UNSCR 1747 and Iran Sanctions')
  assert.equal(titleOf("DEPUTY SECRETARY TALBOTT'S SEOUL CONSULTATIONS ANUARY 26-27"), "Deputy Secretary Talbott's Seoul Consultations Anuary 26-27")
  assert.equal(titleOf('FOREIGN MINISTER TO VISIT AUGUST 2009'), 'Foreign Minister to Visit August 2009')
})

test('a telegram whose subject names only its channel (OFFICIAL INFORMAL) is titled by the subject of the message it carries', () => {
  const head = 'R 151323Z MAR 98\nFM AMEMBASSY MUSCAT\nTO AMEMBASSY SKOPJE 0004\nBT\nCONFIDENTIAL SECTION 01 OF 04 MUSCAT 01075\n\nTAGS: AMGT\nSUBJECT: OFFICIAL INFORMAL\n\n1. (U) FOLLOWING IS THE TEXT OF A PROPOSED MESSAGE. PLEASE CABLE CONCURRENCE.\n\nBEGIN TEXT:\n\n'
  const carried = fromText(`${head}SUBJECT: DEPUTY SECRETARY TALBOTT AND SULTAN QABOOS\nDISCUSS REGIONAL ISSUES\n\n1. (C) THE SULTAN RECEIVED THE DEPUTY SECRETARY ON MARCH 14.\n\nEND TEXT.\n`)
  assert.equal(carried.model.facts.subject, 'OFFICIAL INFORMAL')
  assert.equal(carried.model.title, 'Official Informal: Deputy Secretary Talbott and Sultan Qaboos Discuss Regional Issues')
  // A page of the print that repeats the channel's subject before its text says nothing more.
  const repeated = fromText(`${head}SUBJECT: OFFICIAL INFORMAL\nIN THE AREA RATHER THAN TURNING THE CONVERSATION\n\nEND TEXT.\n`)
  assert.equal(repeated.model.title, 'Official Informal')
})

test('titles keep abbreviations joined by a slash and spell months as words; the Cablegate record line closing a cable is furniture', () => {
  assert.equal(titleCase('PRESIDENT SALEH TO A/S BLOOMFIELD: NO NEW MANPADS'), 'President Saleh to A/S Bloomfield: No New Manpads')
  assert.equal(titleCase("EUR PDAS VOLKER'S FEB 3 MEETING"), "EUR PDAS Volker's Feb 3 Meeting")
  // A title abbreviated before a name is a word; a code's possessive is written small.
  assert.equal(titleCase('DR. KISSINGER AND AMB. COLLINS ON LT. GEN. SMITH'), 'Dr. Kissinger and Amb. Collins on Lt. Gen. Smith')
  assert.equal(titleCase("SHEVARDNADZE SUPPORTS NATO'S ACTIONS"), "Shevardnadze Supports NATO's Actions")
  // A publisher's note in small letters in a subject in capitals stays as written; one in capitals is cased with it.
  assert.equal(titleCase('IRAN POST-ELECTION: [Source removed] CALLS'), 'Iran Post-Election: [Source removed] Calls')
  assert.equal(titleCase('[SOURCE REMOVED] OUTLINES AUXILIARY ROLE'), '[Source Removed] Outlines Auxiliary Role')
  assert.equal(titleCase('PM BHUTTO AND DR ABDULLAH'), 'PM Bhutto and DR Abdullah')
  // A short word right after a person's title is a name, not a code (`KONO`, `PHIL`, `YU`); an office after `DEPUTY` stays one, and so does a word the text writes as a code.
  assert.equal(titleCase('MEETING WITH JAPANESE FOREIGN MINISTER KONO'), 'Meeting with Japanese Foreign Minister Kono')
  assert.equal(titleCase('NEW ZEALAND FOREIGN MINISTER PHIL GOFF; FM YU; U/SYG KOFI ANNAN; SHEIKH SAUD NASIR'), 'New Zealand Foreign Minister Phil Goff; FM Yu; U/SYG Kofi Annan; Sheikh Saud Nasir')
  // The prefix CO- is a word's, not Colombia's code.
  assert.equal(titleCase('SLOVENIA LIKELY TO CO-SPONSOR CUBA CHR RESOLUTION'), 'Slovenia Likely to Co-Sponsor Cuba CHR Resolution')
  // After a title abbreviated with its full stop, too.
  assert.equal(titleCase('BRAZIL SCENESETTER: DR. TODD STERN, SPECIAL ENVOY; AMB. JOHN SMITH'), 'Brazil Scenesetter: Dr. Todd Stern, Special Envoy; Amb. John Smith')
  assert.equal(titleCase('DEPUTY NSA FROMAN MEETS SPD LEADER'), 'Deputy NSA Froman Meets SPD Leader')
  // The articles of names are words (`EL SALVADOR`, `LA PAZ`, `AL-MASRI`).
  assert.equal(titleCase('EL SALVADOR AND LA PAZ ON THE AL-MASRI CASE'), 'El Salvador and La Paz on the Al-Masri Case')
  assert.equal(titleCase('THE SECRETARY AND NATO', new Set(), new Set(['nato'])), 'The Secretary and NATO')
  assert.equal(titleCase('BRIEFING FOR THE SECRETARY NATO MEETING', new Set(), new Set(['nato'])), 'Briefing for the Secretary NATO Meeting')
  // Words a slash joins are words; an abbreviation, and what a slash joins to one, as written.
  assert.equal(titleCase('GERMANY/BAVARIA: COALITION QUARRELS'), 'Germany/Bavaria: Coalition Quarrels')
  assert.equal(titleCase('TURKMENISTAN/IRAN: WEAPONS FOUND'), 'Turkmenistan/Iran: Weapons Found')
  assert.equal(titleCase('EXBS: DOE/INECP REPORTING CABLE FOR D/SACEUR'), 'EXBS: DOE/INECP Reporting Cable for D/SACEUR')
  assert.equal(titleCase('A/UNDERSECRETARY HOLUM MEETING'), 'A/Undersecretary Holum Meeting')
  // A name after a letter and an apostrophe is capitalised; French d' and l' inside a title stay small; a possessive is no name.
  assert.equal(titleCase("TREASURY A/S O'BRIEN ENGAGES GOK OFFICIALS IN N'DJAMENA"), "Treasury A/S O'Brien Engages GOK Officials in N'Djamena")
  assert.equal(titleCase("TALBOTT'S MARCH 1 TOUR D'HORIZON WITH THE CHARGE D'AFFAIRES"), "Talbott's March 1 Tour d'Horizon with the Charge d'Affaires")
  assert.equal(titleCase("D'ALEMA'S VISIT"), "D'Alema's Visit")
  const { model } = fromText('C O N F I D E N T I A L CARACAS 002200\n\nSUBJECT: CHAVEZ\'S FORMER PARTNER\n\n1. (C) HE DISCUSSED MANY OF HIS INITIATIVES.\nMCFARLAND\n\nNNNN\n2004CARACA02200 - CONFIDENTIAL\n')
  assert.equal(model.facts.signer, 'MCFARLAND')
})

test('a letter is titled by who signed it, the name after its last closing, and whom it greets', () => {
  const letter = (foot: string): string => fromText(`STANFORD UNIVERSITY\nOFFICE OF THE PROVOST\nJanuary 3, 1994\nDear Strobe,\nI was delighted to hear of your appointment as Deputy Secretary of State.\nWell, all the best.\n${foot}`).model.title
  assert.equal(letter('Sincerely,\nCondoleezza\nProvost\n'), 'Letter from Condoleezza to Strobe')
  assert.equal(letter("As ever,\nYours sincerely,\nFritz Stern '\nUniversity Professor\n"), 'Letter from Fritz Stern to Strobe')
  assert.equal(letter('Sincerely,\nCharles McC. Mathias\nCMM/afd\n'), 'Letter from Charles McC. Mathias to Strobe')
  // Past a pen's stroke or a withheld signature between the closing and the typed name.
  assert.equal(letter('Sincerely,\n1-\nCharles Z. Wick\n'), 'Letter from Charles Z. Wick to Strobe')
  assert.equal(letter('Sincerely,\nB6\nCharles Z. Wick\n'), 'Letter from Charles Z. Wick to Strobe')
  // The writer signs the letter: the TEI's sender, the page's and the citation's author.
  const signed = fromText('STANFORD UNIVERSITY\nJanuary 3, 1994\nDear Strobe,\nI was delighted to hear of your appointment as Deputy Secretary of State.\nSincerely,\nCondoleezza\nProvost\n')
  assert.equal(signed.model.facts.signer, 'Condoleezza')
  assert.ok(elements(signed.tree, 'correspAction').some((a) => a.attributes.type === 'sent' && textOf(a).includes('Condoleezza')), 'the sender in correspDesc')
  const cited = chicago({ metadata: readMetadata(signed.tree, signed.model.id), editionTitle: 'E', publisher: 'P', version: '1', url: 'u', teiUrl: 't' })
  assert.ok(cited.startsWith('Condoleezza. “Letter from Condoleezza to Strobe.”'), cited)
  assert.equal(letter('Very cordially yours,\nMost Reverend Theodore E. McCarrick\nArchbishop of Newark\n'), 'Letter from Most Reverend Theodore E. McCarrick to Strobe')
  // What the OCR made of a handwritten signature, and an address after the closing, name nobody.
  assert.equal(letter('Sincerely,\nCarolpeqleiffiiKe\nPeace Corps,\n'), 'Letter to Strobe')
  assert.equal(letter('Sincerely,\nThe Honorable Strobe Talbott\n'), 'Letter to Strobe')
})

test('a salutation whose space the OCR read as a comma greets; a memorandum\'s TO that ends on a word that needs more goes on to its next line', () => {
  const letter = fromText('United States Department of State\nAmbassador-at-Large\nWashington, D.C. 20520\nJanuary 24, 1994\nDear,Mr. Miyazawa:\nI must begin by apologizing for my delay in responding to your kind letter.\nSincerely,\nStrobe Talbott\n')
  assert.equal(letter.model.title, 'Letter from Strobe Talbott to Mr. Miyazawa')
  const memo = fromText('December 13, 1993\nMEMORANDUM\nTO: Those interested in reform of the\nUnited Nations Charter\nFROM: Richard Hudson\nRE: Change of game plan\nThe original draft of the resolution provided that the General Assembly calls upon the Secretary-General.\n')
  assert.equal(memo.model.title, 'Memorandum from Richard Hudson to Those interested in reform of the United Nations Charter')
})

test('a letter whose salutation the OCR ran into the block of its letterhead and address is a letter', () => {
  const { model } = fromText('ZBIGNIEW BRZEZINSKI\n1800 K Street, N.W.\nWashington, D.C. 20006\nDecember 23, 1993\nThe Honorable Strobe Talbott\nDear Strobe:\nThank you for your note about the Moscow trip, which I read with great interest.\n\nSincerely,\n')
  assert.equal(model.facts.kind, 'Letter')
  assert.equal(model.facts.written?.when, '1993-12-23')
})

test('TAG (singular) on the E.O. line gives the codes; a signature LeBaron alone where the text is in mixed case', () => {
  const { model } = fromText('S E C R E T STOCKHOLM 000194\n\nE.O. 12958:  DECL: 03/20/2019 TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP, SW\nSUBJECT: SWEDEN: CI/KR RESPONSE FOR S/CT\n\n1. (S) Embassy Stockholm delivered the points to the Ministry of Defence and reports its answer below.\n\nLeBaron\n')
  assert.deepEqual(model.facts.tags, ['PTER', 'PGOV', 'ASEC', 'EFIN', 'ENRG', 'KCIP', 'SW'])
  assert.equal(model.facts.signer, 'LeBaron')
  // Prose that speaks of a tag is no field.
  assert.equal(fieldName('Tag the files before the inspection, as the Ministry asked.'), undefined)
})

test('a telegram line whose marking lost letters and ran into the post: C NFIDENTIALLONDON 001493', () => {
  const line = telegramLine('C NFIDENTIALLONDON 001493')
  assert.deepEqual(line && [line.post, line.number, line.classification], ['LONDON', '001493', 'CONFIDENTIAL'])
  assert.deepEqual(telegramLine('CONFIDENTIALROME 001234')?.post, 'ROME')
})

test('a letter without a subject is titled by its salutation, a memorandum by its From: and To: lines, not by a letterhead', () => {
  const letter = fromText('[Page 1]\nC 0 6 6 9 0 2 3 9IFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06690239 Date: 06/16/2021\nUnited States Department of State\nWashington, D.C. 20520\nDear Mr. Usery:\nI read with interest your letter of March 3 detailing the project and its work.\n')
  assert.equal(letter.model.facts.kind, 'Letter')
  assert.equal(letter.model.title, 'Letter to Mr. Usery')
  // Cited without its kind again, and undated with one full stop.
  const cited = chicago({ metadata: readMetadata(letter.tree, letter.model.id), editionTitle: 'E', publisher: 'P', version: '1', url: 'u', teiUrl: 't' })
  assert.equal(cited.slice(0, cited.indexOf(' In E')), '“Letter to Mr. Usery.” FOIA case F-2017-13804, doc. C06690239, n.d.')
  const memo = fromText('[Page 1]\nRELEASE IN FULL\nJanuary 21, 1993\nTo: Peter Tarnoff\nFrom: Strobe Talbott\nAs we discussed after lunch on Tuesday, I will write you occasional memos.\n')
  assert.equal(memo.model.facts.kind, 'Memorandum')
  assert.equal(memo.model.title, 'Memorandum from Strobe Talbott to Peter Tarnoff')
})

test('a line a scanner made of handwriting is no title, nor a page stamp whose overprinted number the OCR read with small letters', () => {
  const { model, tree } = fromText('[Page 1]\ng068] 5070=IED U.S. Departmentof StateCase No. F-2017-138Q4 Doc No. CQ6815070 Date: 11/18/202Q\nwo f/~~~ wsc:\nPotus-Putin Working Lunch at Brunei\nNov 15, 2000\n')
  assert.equal(model.title, 'Potus-Putin Working Lunch at Brunei')
  assert.deepEqual(furnitureKinds(tree).includes('page-stamp'), true)
  assert.equal(fromText('[Page 1]\nQQ gggg74QFIED U.S. Departmentof StateCase No. F-2017-13804 Doc No. C06835745 Date: 12/28/2020\nPROPOSED\nTalking Points to Selected Europeans\n').model.title, 'Talking Points to Selected Europeans')
})

test("a fax machine's header without a page mark is furniture; a title is without the signs a print frames its heading with", () => {
  const fax = fromText('[Page 1]\nrIAR-05-1993 14:06 FROM CLEA, DCUSA\nFax Cover Sheet\nClifford L. Brody Associates\n')
  assert.ok(furnitureKinds(fax.tree).includes('fax'))
  assert.equal(fax.model.title, 'Fax Cover Sheet')
  assert.equal(fromText('11/23/94 17:03\n*** ACTIVITY REPORT *******$$$$$$$$\nTRANSMISSION OK\n').model.title, 'Activity Report')
})

test('titles keep initials (A.Q. Khan) and spell RE- as a word', () => {
  assert.equal(titleCase('POSSIBLE RELEASE OF A.Q. KHAN'), 'Possible Release of A.Q. Khan')
  assert.equal(titleCase('SENATE PRESIDENT RE-ELECTED'), 'Senate President Re-Elected')
  // An apostrophe typed as an acute accent is one.
  assert.equal(titleCase('TAKING SHAPE AS CHINA´S LEADER'), 'Taking Shape as China´s Leader')
  // Markdown's escape before a quotation mark parts no word from it.
  assert.equal(fromText('SUBJECT: OCTOBER 25 \\"ANTI-IMPERIALIST\\" DEMONSTRATIONS\n\n1. THE MARCH WAS PEACEFUL.\n').model.title, 'October 25 "Anti-Imperialist" Demonstrations')
})

test("a subject that opens with a collection requirement's code keeps it whole (C-NE4-01083), no junk of a struck marking", () => {
  const subject = (line: string): string | undefined => fromText(`S E C R E T SECTION 01 OF 03 TEL AVIV 001593\n\nE.O. 12958: DECL: 03/14/2015\nTAGS: PARM PREL\nSUBJECT: ${line}\n\n1. (S) SUMMARY: Israel sees Iran as the primary threat.\n`).model.title
  assert.equal(subject('C-NE4-01083: ISRAELI INTENTIONS REGARDING THE IRANIAN NUCLEAR PROGRAM'), 'C-NE4-01083: Israeli Intentions Regarding the Iranian Nuclear Program')
  assert.equal(subject('C-RE9-02710 REQUEST FOR INFORMATION'), 'C-RE9-02710 Request for Information')
  assert.equal(subject("4-64-DEPUTY SECRETARY'S CONVERSATION WITH TURKISH FM"), "Deputy Secretary's Conversation with Turkish FM")
})

test("titles keep a code's letters against its digits, and an ordinal's ending small", () => {
  assert.equal(titleCase('REQUEST FOR INFORMATION ON THE PLOT (C-RE9-02710)'), 'Request for Information on the Plot (C-RE9-02710)')
  assert.equal(titleCase('G7 SUMMIT AND THE 3RD ROUND'), 'G7 Summit and the 3rd Round')
  assert.equal(titleCase('DEPUTY SECRETARY1 5 JANUARY 13 CONVERSATION'), 'Deputy Secretary1 5 January 13 Conversation')
  // A publisher's redaction in a lowered subject stays as written.
  assert.equal(titleCase('germany requests release of xxxxxxxxxxxx nonpaper'), 'Germany Requests Release of xxxxxxxxxxxx Nonpaper')
  // A lowered redaction before a subject in capitals tells nothing of the subject's case.
  assert.equal(titleCase('xxxxxxxxxxxx ON IRANIAN THREATS'), 'xxxxxxxxxxxx on Iranian Threats')
  // Initials a publisher lowered are capitals again; a time's stay small.
  assert.equal(titleCase('meeting at 10 a.m. with u.s. envoy a.q. khan'), 'Meeting at 10 a.m. with U.S. Envoy A.Q. Khan')
  assert.equal(titleCase("TAJIKISTAN'S NEW SYNAGOGUE: BUSINESS, CENTRAL ASIA STYLE"), "Tajikistan's New Synagogue: Business, Central Asia Style")
})

test('a subject runs on to no line without a word nor to a form label alone; signs after its last word are no part of it', () => {
  const title = (lines: string): string => fromText(`${lines}\n1. (U) NODIS MERCURY. CLASSIFIED BY: WILLIAM J. BURNS.\n`).model.title
  assert.equal(title("SUBJECT: AMBASSADOR HOLBROOKE'S DISCUSSIONS WITH\nFM AND UK PERMREP ON FALKLAND ISLANDS SETTLEMENT\n/ N\nARGENTINE"), "Ambassador Holbrooke's Discussions with FM and UK Permrep on Falkland Islands Settlement")
  assert.equal(title("SUBJECT: THE DEPUTY SECRETARY'S CONVERSATION WITH\nTURKISH FOREIGN MINISTER TANSU CILLER\nOUTGOING"), "The Deputy Secretary's Conversation with Turkish Foreign Minister Tansu Ciller")
  assert.equal(title("SUBJECT: THE DEPUTY SECRETARY'S CONVERSATION WITH\nTURKISH MFA UNDER SECRETARY OYMEN -"), "The Deputy Secretary's Conversation with Turkish MFA Under Secretary Oymen")
  assert.equal(title('SUBJECT: RUSSIAN TROOP WITHDRAWAL: MEETING WITH THE DEPUTY SECRETARY-'), 'Russian Troop Withdrawal: Meeting with the Deputy Secretary')
  // A year, an abbreviation's letters, are words of a subject.
  assert.equal(title('SUBJECT: IRAN REGIONAL PRESENCE OFFICE--WINDOW ON IRAN--APRIL 22,\n2009'), 'Iran Regional Presence Office--Window on Iran--April 22, 2009')
  assert.equal(title('SUBJECT: PRIMAKOV: RUSSIAN DIFFERENCES WITH THE\nU.S.'), 'Primakov: Russian Differences with the U.S.')
  // The classifier's line the OCR ran into the subject with its paragraph's number, or on the next line misread, is none of it.
  assert.equal(title('SUBJECT: SECRETARY\'S MEETING WITH YEVGENIY M. PRIMAKOV,\nRUSSIAN FOREIGN MINISTER, FEBRUARY 20, 1997, MOSCOW 1. CLASSIFIED BYgO"PENZCAMPBELL, DEPUTY EXECUTIVE'), "Secretary's Meeting with Yevgeniy M. Primakov, Russian Foreign Minister, February 20, 1997, Moscow")
  assert.equal(title("SUBJECT: FEB 27 VISIT OF NATIONAL SECURITY ADVISER BERGER\nAND DEPUTY SECRETARY TALBOTT TO HAITI\nCLASSIFIED Br! 'ANBASSADOR WILLIAM LACY SWING"), 'Feb 27 Visit of National Security Adviser Berger and Deputy Secretary Talbott to Haiti')
})

test("a cable drafting form's Subject Line: is the subject", () => {
  const { model } = fromText('MESSAGE/HEADER INFORMATION\nTAGS: PREL, MARR, JA\nSubjectLine:TALBOTT- YANAI\nMEETING ON CH-53D\nDEPLOYMENT\nReference:TOKYO 5814\nMessage Text:\n1. (U) CLASSIFIED BY EAP THOMAS HUBBARD.\n')
  assert.equal(model.title, 'Talbott- Yanai Meeting on CH-53D Deployment')
})

test('a subject runs on to a line of a telegram\'s width, never to a paragraph the OCR ran into one line', () => {
  const { model } = fromText('E.O. 12356: DECL:OADR\nTAGS: AMGT SUBJECT: OFFICIAL-INFORMAL\nHEREWITH A DRAFT ON THE CUBA PORTION FOR YOUR COMMENTS AND CLEARANCE. WE SUGGEST IT GO TO STATE, INFO USINT HAVANA AND AMEMBASSY MEXICO.\n\n1. (C) Text.\n')
  assert.equal(model.facts.subject, 'OFFICIAL-INFORMAL')
})

test('a subject line that repeats its label (SUBJECT: SUBJECT: …) is the subject without either', () => {
  const { model } = fromText('C O N F I D E N T I A L SECTION 01 OF 07 BRUSSELS 000183\n\nTAGS EAID, ECON\nSUBJECT: SUBJECT: DEPUTY NSA MICHAEL FROMAN VISIT TO\nBRUSSELS, JANUARY 27, 2010\n\n1. (C) The Deputy National Security Adviser met the Commission.\n')
  assert.equal(model.title, 'Deputy NSA Michael Froman Visit to Brussels, January 27, 2010')
})

test('the visitor named after OVIP in the TAGS line is no code', () => {
  const { model } = fromText('CONFIDENTIAL KINSHASA 06529\n\nE.O. 12356: DECL: OADR\nTAGS: OVIP (TALBOTT, STROBE), PREL, CG\nSUBJECT: DEPUTY SECRETARY\'S STOP IN KINSHASA\n\n1. (C) The Deputy Secretary met the Prime Minister for an hour and discussed the transition.\n')
  assert.deepEqual(model.facts.tags, ['OVIP', 'PREL', 'CG'])
  // Its bracket OCR'd as a brace.
  assert.deepEqual(fromText('TAGS PREL PGOV ~ OVIP {ALBR IGHT ~ MADELE INE K )\nSUBJECT: MEETING\n\n1. (C) Text.\n').model.facts.tags, ['PREL', 'PGOV', 'OVIP'])
})

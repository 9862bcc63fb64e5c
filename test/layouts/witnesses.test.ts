/**
 * One released document is one witness unless it really holds several copies (issue 8,
 * deliver 2). Page stamps (also OCR-mangled, spaced, twice at a page break), the e-mail
 * headers of a released message chain, cover sheets, `[Page N]` lines, fax headers and the
 * next SECTION of the telegram belong to the one copy; a file that holds several copies (the
 * sample; the sample's split first page; three copies) still splits. The decision is
 * described in transforms/witnesses.ts: a candidate copy must repeat an earlier copy's body.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { editionOfFile } from '../../src/pipeline.ts'
import { fromText, furnitureCount, furnitureKinds, layout, pages } from './helpers.ts'
import { elements } from '../helpers/tei.ts'

const cables = join(import.meta.dirname, '..', 'fixtures', 'cables')

test('the next SECTION of a telegram, with its header again, is the same copy', () => {
  const { model } = layout('subj-sections')
  assert.equal(model.descriptions.length, 1)
  assert.deepEqual(model.descriptions[0]?.lines, [[1, 41]], 'every line, to the end of the file')
})

test('page stamps, OCR-mangled, run together and twice at a page break, are page furniture of one copy', () => {
  const { model, tree } = layout('page-stamps')
  assert.equal(model.descriptions.length, 1)
  assert.equal(furnitureCount(tree, 'page-stamp'), 6)
  assert.deepEqual(pages(tree), ['1', '2', '3'], 'a stamp printed at the foot of one page and the head of the next is one page break')
  assert.equal(model.facts.foiaDoc, 'C05770122')
  assert.equal(model.facts.released?.when, '2017-02-14')
})

test('the declassification authority\'s stamp and its date on the next line are stamps', () => {
  const { tree } = layout('page-stamps')
  assert.equal(furnitureCount(tree, 'release'), 3, 'RELEASE IN PART, the authority, its date')
})

test('the e-mail headers of a released message chain are furniture of the one copy they carry', () => {
  const { model, tree } = layout('email-chain')
  assert.equal(model.descriptions.length, 1)
  assert.equal(furnitureCount(tree, 'email'), 11, 'From, Sent, To (two lines), Cc, Subject, Importance; From, Sent, To, Subject')
  assert.equal(model.title, 'Chile: Government Announces Earthquake Reconstruction Plan')
})

test('the messages of an e-mail chain that share their long lists of addressees are one copy, not copies of one text', () => {
  // A list the release cut with B6 over more lines than a header's fields take.
  const to = "To: Anderson, Brooke D (USUN); DiCarlo, Rosemary A (USUN); Barks-Ruggles, Erica J; Cenzer, Matthew A (USUN);\n'DRussel                                         'JBader                                       Steinberg, James B;             B6\n'mmcfau                                           ; 'spower                                       ; Burns, William J;\nHarris, Grant T;\n<Michele.Flournol              'tdonilon                                         'mspence\n                           Grant, William K (USUN); Sullivan, Jacob J; Brimmer, Esther D; Campbell, Kurt M; Black, Joshua\nJ (USUN); Scola, Lindsay D; Smith, Keenan J\n"
  const quoted = (sent: string, subject: string, body: string): string => `    Original Message\nFrom: Rice, Susan E (USUN)\n${to}Sent: ${sent}\nSubject: ${subject}\n\n${body}\n\n`
  const chain = fromText(`From:                             Sullivan, Jacob J <SullivanJJ@state.gov>\nSent:                             Saturday, December 18, 2010 1:54 PM\nTo:\nSubject:                          Fw: Emergency session of UNSC\n\nFyi below, including recommendation that you call Lavrov.\n\n${quoted('Sat Dec 18 13:52:02 2010', 'Re: Emergency session of UNSC', 'Pls advise asap.')}\f${quoted('Sat Dec 18 09:32:21 2010', 'Emergency session of UNSC', 'Russians have called an emergency session of Council today on Korea.')}\f${quoted('Fri Dec 17 13:33:40 2010', 'Russians on ROK LFX', 'Susan')}`)
  assert.equal(chain.model.descriptions.length, 1)
  assert.equal(chain.model.facts.kind, 'E-mail')
})

test('an e-mail without a cable is titled by its own subject, without FW:', () => {
  const { model } = fromText('From: Marsh, Helen T\nSent: Friday, June 4, 2010 6:02 PM\nTo: Abedin, Huma\nSubject: FW: Schedule for Monday\n\nPlease see the changes below, and let me know by noon whether they work.\n')
  assert.equal(model.facts.subject, 'Schedule for Monday')
  assert.equal(model.descriptions.length, 1)
  // The exemptions the release put beside the subject's line are none of it; a subject withheld to its codes is none.
  const email = (subject: string): ReturnType<typeof fromText>['model'] => fromText(`From:                              Mills, Cheryl D\nSent:                              Friday, October 7, 2011 2:05 PM\nTo:                                H\nSubject:                           ${subject}\n\nPlease see the note below, and let me know by noon whether it works.\n`).model
  assert.equal(email('Re: Invitation for the Secretary                                  B6').facts.subject, 'Invitation for the Secretary')
  assert.equal(email('                                                                            1.4(D)').facts.subject, undefined)
})

test('a SMART cable inside e-mails, its pages ended by form feeds, is one copy', () => {
  const { model, tree } = layout('smart-cable')
  assert.equal(model.descriptions.length, 1)
  assert.deepEqual(pages(tree), ['1', '2', '3'])
  assert.deepEqual(furnitureKinds(tree).sort(), ['banner', 'email', 'form-feed', 'page-stamp', 'release'].sort())
})

test('a cover sheet before the telegram is the same copy', () => {
  const { model, tree } = layout('cover-sheet')
  assert.equal(model.descriptions.length, 1)
  assert.deepEqual(pages(tree), ['1', '2'])
  assert.equal(model.facts.telegram, 'STATE 239901')
})

test('fax headers are furniture that start each faxed page', () => {
  const { model, tree } = layout('fax-header')
  assert.equal(model.descriptions.length, 1)
  assert.equal(furnitureCount(tree, 'fax'), 3)
  assert.deepEqual(pages(tree), ['1', '2', '3'])
})

test('a routing block printed after the body is the same copy, in its place', () => {
  const { model } = layout('routing-after-body')
  assert.equal(model.descriptions.length, 1)
  assert.deepEqual(model.descriptions[0]?.lines, [[1, 34]], 'every line, in file order')
})

test('a memorandum quoted in the telegram, with its own SUBJECT, is the same copy', () => {
  const text = 'SUBJECT: TELEPHONE CALL\n1. THE DEPUTY SECRETARY SPOKE TO THE MINISTER ON MONDAY.\n2. BEGIN TEXT:\nMEMORANDUM OF TELEPHONE CONVERSATION\nSUBJECT: THE ELECTIONS\n3. THE MINISTER CALLED THE DEPUTY SECRETARY WITH THE FIRST RESULTS.\n4. END TEXT.\n'
  const { model } = fromText(text)
  assert.equal(model.descriptions.length, 1)
  assert.equal(model.facts.subject, 'TELEPHONE CALL')
})

test('a quoted memorandum closed by a numbered END TEXT ends there: the routing printed after it is the telegram\'s', () => {
  const text = 'SUBJECT: TELEPHONE CALL\n1. THE DEPUTY SECRETARY SPOKE TO THE MINISTER ON MONDAY.\n2. BEGIN TEXT:\nMEMORANDUM OF TELEPHONE CONVERSATION\n3. THE MINISTER CALLED THE DEPUTY SECRETARY WITH THE FIRST RESULTS.\n4. (U) END TEXT.\nALBRIGHT\nO 302121Z MAR 98 ZFF4\nFM SECSTATE WASHDC\nTO AMEMBASSY WARSAW IMMEDIATE\n'
  const { model } = fromText(text)
  assert.equal(model.descriptions[0]?.label, 'Telegram as transmitted')
  assert.equal(model.facts.from, 'SECSTATE WASHDC')
  assert.deepEqual(model.facts.to, ['AMEMBASSY WARSAW'])
  assert.equal(model.facts.signer, 'ALBRIGHT', 'the signature after the numbered END TEXT')
})

test("Cablegate's page line (PRISTINA 00000183 002 OF 002) is a page break with its header, inside the paragraph it cuts; the signature after it is read", () => {
  const text = 'C O N F I D E N T I A L PRISTINA 000183\n\nSUBJECT: SCENESETTER FOR THE VISIT OF VICE PRESIDENT BIDEN\nTO KOSOVO, MAY 21, 2009\nPRISTINA 00000183 001.2 OF 002\nClassified By: AMBASSADOR TINA KAIDANOW FOR REASONS 1.4 (B) AND (D)\n\n1. (C) The Vice President will find a country that has made\nPRISTINA 00000183 002 OF 002\nprogress since independence. KAIDANOW\n'
  const { model, tree } = fromText(text)
  assert.equal(model.facts.subject, 'SCENESETTER FOR THE VISIT OF VICE PRESIDENT BIDEN TO KOSOVO, MAY 21, 2009')
  assert.deepEqual(elements(tree, 'pb').map((pb) => pb.attributes.n), ['1', '2'])
  assert.deepEqual(elements(tree, 'fw').filter((fw) => fw.attributes.subtype === 'telegram').length, 2)
  assert.equal(elements(tree, 'p').filter((p) => p.attributes.n === '1').length, 1, 'one paragraph across the page')
  assert.equal(model.facts.signer, 'KAIDANOW')
})

test('the sample still splits: a drafting copy, and the telegram whose first page the scan put last', () => {
  const model = editionOfFile(join(import.meta.dirname, '..', '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'))
  assert.deepEqual(model.descriptions.map((w) => w.label), ['Drafting copy', 'Telegram as transmitted'])
  assert.deepEqual(model.descriptions[1]?.lines, [[138, 156], [82, 137]], 'the first page joins the telegram, in front')
})

test('three copies in one file still split, and so do two with a moved first page', () => {
  assert.equal(editionOfFile(join(cables, 'lou-three-copies.txt')).descriptions.length, 3)
  const moved = editionOfFile(join(cables, 'moved-first-page.txt'))
  assert.equal(moved.descriptions.length, 2)
  assert.deepEqual(moved.descriptions[1]?.lines, [[79, 96], [49, 78]])
})

test('two copies of a telegram in one release, e-mail headers between them, are two witnesses', () => {
  const cable = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'layouts', 'email-chain.txt'), 'utf8')
  const body = cable.slice(cable.indexOf('O 041955Z'))
  const { model } = fromText(`${body}\nFrom: Reines, Philippe I\nSent: Saturday, June 5, 2010 9:10 AM\nTo: Marsh, Helen T\nSubject: RE: CHILE\n\nSame cable, sent again:\n\n${body}`)
  assert.equal(model.descriptions.length, 2)
})

test('the routing block printed after the body, with the passing lines of the first page, is no second copy', () => {
  const header = 'CONFIDENTIAL BUDAPEST 010579\nUSVIENNA FOR USDEL OSCE\nDEPT FOR EUR, EUR/RPM\nE.O. 12958: DECL: 12/07/2005\nTAGS: OSCE, PREL, HU, SZ\n'
  const text = `${header}SUBJECT: SWISS CONSIDER PROPOSING CANDIDATES FOR OMBUDSMAN\n\n1. (C) SUMMARY: THE SWISS ARE CONSIDERING WHOM TO PROPOSE FOR THE POST OF HUMAN RIGHTS OMBUDSMAN IN BOSNIA AND WILL SUPPORT THE CANDIDATES OF THE CHAIRMAN. END SUMMARY.\n\n2. (C) THE SWISS DELEGATION TOLD US THAT IT HAD NOT YET DECIDED ON A NAME.\n\n[Page 2]\nO 072120Z DEC 95\nFM AMEMBASSY BUDAPEST\nTO SECSTATE WASHDC IMMEDIATE 9248\n${header}`
  assert.equal(fromText(text).model.descriptions.length, 1)
})

/**
 * Acceptance of issue 8 on the shared real sets, as copied into test/fixtures (`real/`,
 * `foia-F-2017-13804/`; their READMEs give sources and anatomy): every file gives valid,
 * lossless TEI; every file that has a subject line is titled by it; every date-time group is
 * machine-readable; every TAGS code is in the header; each released document is one witness.
 * The checks are bench/layouts.ts's, so `npm run bench` reports the same as shares. The table
 * below states what a reader of each file finds: its title, DTG, telegram number and TAGS.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import test from 'node:test'
import { checkRealSets, REAL_SETS } from '../../bench/layouts.ts'
import { editionOfFile } from '../../src/pipeline.ts'
import { subtitle } from '../../src/edition/describe.ts'
import { toTei } from '../../src/tei/document.ts'
import { elements, parseTei, textOf } from '../helpers/tei.ts'

/** [file, title, DTG as ISO, telegram number, TAGS], checked by hand against the raw files. */
const EXPECTED: ReadonlyArray<readonly [string, string, string | null, string | null, readonly string[]]> = [
  ['real/001-66BUENOSAIRES2481.txt', "Extended National Jurisdictions Over High Seas", "1966-12-28T18:48:00Z", "BUENOS AIRES 02481", ["EFIS","PBTS","AR"]],
  ['real/003-75TEHRAN2069.txt', "Iranian Resurgence Party Created by Shah", "1975-03-04T11:25:00Z", "TEHRAN 02069", ["PINT","IR"]],
  ['real/005-86MADRID5480.txt', "Qadhafi Retaliates Against Spanish Expulsions", "1986-05-12T17:58:00Z", "MADRID 05480", ["PTER","PINR","PREL","SP","LY"]],
  ['real/007-90CAPETOWN97.txt', "ESSA Moosa Talks About Mandela and Other Topics", "1990-01-17T15:12:00Z", "CAPE TOWN 00097", ["PGOV","PHUM","SF"]],
  ['real/008-96STATE099063-repeat-FOIA-C06697823.txt', "NZ Foreign Minister's Meeting with the Deputy Secretary, April 25", "1996-05-15T00:15:00Z", "STATE 099063", ["PREL","MARR","PARM","PINR","APECO","EALD","XV","NZ","US"]],
  ['real/011-99LONDON02669-FOIA-C06771124.txt', "Talbott Meets UK Secdef Robertson", "1999-03-25T10:50:00Z", "LONDON 2669", []],
  ['real/013-03ABUDHABI2641.txt', "UAE to Support Jordan Oil Needs for Three More Months, Provided $40 Million to Rabat After Terror Attacks", "2003-06-03T12:50:00Z", "ABU DHABI 02641", ["PREL","EPET","EAID","PGOV","JO","MO","SA","KU","TC"]],
  ['real/015-09STATE127892.txt', "NATO Contingency Planning for Our Baltic Allies", "2009-12-15T10:50:00Z", "STATE 127892", ["NATO","MARR","MCAP","PREL","EN","LG","LH","PL"]],
  // The first subject line of copy A is cut short in the file itself.
  ['real/016-09ULAANBAATAR234-copyA-redacted.txt', "Mongolia's Consultations with DPRK Vice Foreign", "2009-08-13T08:54:00Z", "ULAANBAATAR 000234", ["PREL","PGOV","MOPS","KNNP","MG"]],
  // Copy B stands under another telegram's routing (CHISINAU 694, see the README): its DTG is that header's.
  ['real/017-09ULAANBAATAR234-copyB-in-09CHISINAU694-page.txt', "Mongolia’s Consultations with DPRK Vice Foreign Minister Kim", "2009-09-08T15:27:00Z", "ULAANBAATAR 000234", ["PREL","PGOV","MOPS","KNNP","MG"]],
  ['real/020-11RABAT1210-copy1-C05784978.txt', "Morocco Elections: Provisional Results Show PJD in a Big Win", "2011-11-26T15:56:00Z", "RABAT 1210", ["PGOV","PHUM","PREL","KDEM","MO"]],
  ['real/021-11RABAT1210-copy2-C05784979.txt', "Morocco Elections: Provisional Results Show PJD in a Big Win", "2011-11-26T15:56:00Z", "RABAT 1210", ["PGOV","PHUM","PREL","KDEM","MO"]],
  ['real/023-11KAMPALA2020-copy1-C05782687.txt', "Uganda: Civil Society Sues Uganda Over Maternal Deaths", "2011-10-05T11:27:00Z", "KAMPALA 2020", ["PHUM","PGOV","PREL","SOCI","EAID","AID","UG"]],
  // The page header's `291400Z` dated by the publisher's `291359Z Nov 00`.
  ['real/024-00HARARE6677.txt', "Assistant Secretary Meets with Zimbabwe", "2000-11-29T13:59:00Z", "HARARE 006677", ["PGOV","PREL","ECON","PINR","ZI","SA"]],
  ['real/025-05RIODEJANEIRO1238.txt', "Druglord Orders Rio Bus Burned", null, "RIO DE JANEIRO 001238", ["ASEC","SNAR","KCRM","CASC","BR"]],
  // Lowered by the publisher: the subject title-cased, its `(s)` marking left out.
  ['real/026-08STATE15220.txt', "Further Scheming by German Firm to Export Test Chamber to Iranian Ballistic Missile Program", "2008-02-14T14:33:00Z", "STATE 015220", ["PARM","PREL","ETTC","MTCRE","KSCA","GM","IR"]],
  // A struck marking before the subject (`(C)` typed, `-444--` read) is no part of the title; the telegram line `E T STATE 086413` struck to two letters.
  ['real/029-96STATE086413-FOIA-C06697377.txt', "Acting Secretary's Conversation with OAS Secretary General Gaviria", "1996-04-25T23:58:00Z", "STATE 086413", ["PREL","PGOV","OAS","PA"]],
  ['real/030-06BRIDGETOWN2164.txt', "Country Clearance Request for Blackwood and Donald to Travel to Tobago", "2006-12-08T17:57:00Z", "BRIDGETOWN 002164", ["OTRA","ASEC","EAID","TD","XL"]],
  ['real/031-96STATE103475-FOIA-C06697780.txt', "Deputy Secretary's Conversation with New Zealand FM Don Mckinnon", "1996-05-17T21:48:00Z", "STATE 103475", ["PREL","PGOV"]],
  // An e-mail: its subject from a header the OCR read by columns.
  ['real/032-00email-FOIA-C06815166.txt', "Inderfurthmeetingwith Shamshad Ahmed", null, null, []],
  // A draft after its memcon cover sheet: no number or date-time group yet.
  ['real/033-00draft-FOIA-C06815119.txt', "The Deputy Secretary's August 10, 2000, Conversation with Danish Foreign Minister Helveg Petersen", null, null, ["PREL","PGOV"]],
  // A received POEMS print: the telegram line's marking misread and signs after its serial (`CMNFIDENTIALPORT AU PRINCE 002849„,_____`).
  ['real/034-95PORTAUPRINCE2849-FOIA-C06694621.txt', "Deputy Secretary's Visit to Haiti March 6-7", "1995-04-21T22:37:00Z", "PORT AU PRINCE 002849", ["PREL","PGOV","EAID","HA"]],
  // An outgoing print: `V II STATE 225278` (a struck marking run into the line) is STATE 225278, the page header's; `S/DAS` and `REFTEL:` close the subject.
  ['real/035-96STATE225278-FOIA-C06698726.txt', "S/DAS Perina October 25 Meeting with Croatian Ambassador Zuzul", "1996-10-29T21:14:00Z", "STATE 225278", ["HR","SR","PREL","PGOV","UNSC"]],
  // No subject line: the heading that makes it a memorandum of conversation titles it. Its second page, exemption codes only, is no second copy.
  ['real/028-96-telcon-FOIA-C06698312.txt', "Memorandum of Telephone Conversation", null, null, []],
  ['real/027-09USNATO464.txt', "Action Request: Baltic Contingency Planning: Some Ideas", "2009-10-20T16:58:00Z", "USNATO 000464", ["MARR","MCAP","PREL","NATO","ZB","RS"]],
  ['foia-F-2017-13804/C06694678.txt', "Deputy Secretary's Public Support of Regional Peacekeeping and Democracy Resonates with Ivorians", "1994-11-03T09:14:00Z", "ABIDJAN 012224", ["PREL","MARR","KDEM","IV"]],
  ['foia-F-2017-13804/C06694700.txt', "Official-Informal: Deputy Secretary's Public Support of Regional Peacekeeping and Democracy Resonates W/TH Ivorians", "1994-11-02T19:34:00Z", "STATE 296503", ["AMGT"]],
  ['foia-F-2017-13804/C06694704.txt', "Deputy Secretary Talbott's Meeting with FCO Minister of State Antony Baldry", "1994-10-31T09:30:00Z", "LONDON 017145", ["PREL","PREF","HA","CU","UK"]],
  ['foia-F-2017-13804/C06694720.txt', "Memorandum of Conversation", null, null, []],
  ['foia-F-2017-13804/C06698642.txt', "The Deputy Secretary's Conversatidn with Turkish Foreign.Ministry Under Secretary Oymen", "1996-11-27T20:23:00Z", "STATE 245206", ["PREL","PGOV","PBTS","TU","AJ","AM"]],
  ['foia-F-2017-13804/C06698683.txt', "The Deputy Secretary's Conversation with Romanian Foreign Minister Melescanu", "1996-11-09T03:02:00Z", "STATE 233819", ["PREL","PGOV"]],
  ['foia-F-2017-13804/C06698745.txt', "The Deputy Secretary's Conversation with Russian Deputy Foreign Minister Mamedov", "1996-10-23T00:03:00Z", "STATE 220605", ["PREL","PGOV"]],
  ['foia-F-2017-13804/C06698954.txt', 'Memcon cover sheet', null, null, []],
  ['foia-F-2017-13804/C06698958.txt', "The Deputy Secretary's Conversation with Romanian Foreign Minister Melescanu", null, null, ["PREL","PGOV"]],
  ['foia-F-2017-13804/C06698960.txt', "The Deputy Secretary's Conversation with Romanian Foreign Minister Melescanu", null, null, ["PREL","PGOV"]],
  ['foia-F-2017-13804/C06698962.txt', "The Deputy Secretary's Conversation with Romanian Foreign Minister Melescanu", "1996-11-09T03:02:00Z", "STATE 233819", []],
  ['foia-F-2017-13804/C06698972.txt', 'Memcon cover sheet', null, null, []],
  ['foia-F-2017-13804/C06698975.txt', "The Deputy Secretary's Conversation with Russian Deputy Foreign Minister Mamedov", null, null, ["PREL","PGOV"]],
  ['foia-F-2017-13804/C06698981.txt', "The Deputy Secretary's Conversation with Russian Deputy Foreign Minister Mamedov", "1996-10-23T00:03:00Z", "STATE 220605", []],
  ['foia-F-2017-13804/C06814969.txt', "Talbott - Shahbaz Sharif on Non-Pro, DPRK", "1998-12-18T00:48:00Z", "STATE 232714", ["PREL","MNUC","PARM","ECON","PHUM","PK","KN"]],
  // No subject line: a memorandum by its From: and To: lines (the OCR's `Talbotty7` as read), not by its letterhead's address.
  ['foia-F-2017-13804/C06835993.txt', "Memorandum from Strobe Talbotty7 to The Deputy Secretary", null, null, []],
  ['foia-F-2017-13804/C09000002.txt', "D$ /9, git", null, null, []],
]

const fixtures = join(REAL_SETS[0] ?? '', '..')

for (const [file, title, when, telegram, tags] of EXPECTED) {
  test(`${file}: one witness, titled, dated, numbered and tagged as the text says`, () => {
    const model = editionOfFile(join(fixtures, file))
    assert.equal(model.descriptions.length, 1, 'one released document, one witness')
    assert.equal(model.title, title)
    assert.equal(model.facts.dateTime?.when ?? null, when)
    assert.equal(model.facts.telegram ?? null, telegram)
    assert.deepEqual(model.facts.tags, tags)
    const unknown = model.warnings.some((w) => /no subject line/.test(w.message))
    assert.equal(unknown, model.facts.subject === undefined, 'a warning exactly when no subject line was found')
  })
}

test('the real sets: valid and lossless TEI, titled by the subject line, DTGs machine-readable, TAGS in the header, one witness each', async () => {
  const { checks, invalid } = await checkRealSets()
  assert.equal(checks.length, EXPECTED.length)
  assert.deepEqual(invalid, [], 'valid against tei_all')
  for (const key of ['lossless', 'titled', 'dated', 'tagged', 'oneWitness'] as const) {
    assert.deepEqual(checks.filter((c) => c[key] === false).map((c) => c.file), [], key)
  }
  assert.ok(checks.filter((c) => c.titled !== undefined).length >= 25, 'most files have a subject line')
  assert.ok(checks.filter((c) => c.dated !== undefined).length >= 20, 'most files have a DTG')
})

/** [file, sender, addressees, information addressees], checked by hand against the routing lines or SMART fields of the raw files. */
const ROUTING: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
  // `TO RUEHC/SECSTATE WASHDC IMMEDIATE 0227`: RUEHC/ is a routing indicator, no addressee.
  // Its INFO addressees on lines of their own, each after its routing indicator; `//CCJ2/POLAD//` is an office of the last.
  ['real/013-03ABUDHABI2641.txt', 'AMEMBASSY ABU DHABI', ['SECSTATE WASHDC'], ['AMEMBASSY AMMAN', 'AMEMBASSY RABAT', 'AMEMBASSY RIYADH', 'AMEMBASSY KUWAIT', 'NSC WASHINGTON DC', 'CIA WASHINGTON DC', 'DIA WASHDC', 'USCINCCENT MACDILL AFB FL']],
  // INFO addressees of no known prefix (`PACOM JIOC HONOLULU HI PRIORITY`) continue the list.
  ['real/016-09ULAANBAATAR234-copyA-redacted.txt', 'AMEMBASSY ULAANBAATAR', ['SECSTATE WASHDC'], ['AMEMBASSY BEIJING', 'AMEMBASSY MOSCOW', 'AMEMBASSY SEOUL', 'AMEMBASSY TOKYO', 'PACOM JIOC HONOLULU HI', 'SECDEF WASHINGTON DC', 'NSC WASHINGTON DC']],
  ['real/017-09ULAANBAATAR234-copyB-in-09CHISINAU694-page.txt', 'AMEMBASSY CHISINAU', ['SECSTATE WASHDC'], ['EUROPEAN POLITICAL COLLECTIVE']],
  // SMART's `Info: MAGHREB COLLECTIVE ROUTINE` / `XMT: AMEMBASSY TRIPOLI`: Tripoli is the post left out.
  ['real/020-11RABAT1210-copy1-C05784978.txt', 'AMEMBASSY RABAT', ['SECSTATE WASHDC'], ['MAGHREB COLLECTIVE']],
  ['real/023-11KAMPALA2020-copy1-C05782687.txt', 'AMEMBASSY KAMPALA', ['SECSTATE WASHDC'], ['AFRICAN UNION COLLECTIVE']],
  // The routing in one block with the office distribution under the publisher's note; an INFO addressee of no prefix.
  ['real/024-00HARARE6677.txt', 'AMEMBASSY HARARE', ['SECSTATE WASHDC'], ['NSC WASHDC', 'SOUTHERN AFRICAN DEVELOPMENT COMMUNITY', 'AMEMBASSY NAIROBI']],
  // `USMISSION USUN NEW YORK` is one post, though USUN is a prefix of its own.
  ['foia-F-2017-13804/C06694678.txt', 'AMEMBASSY ABIDJAN', ['SECSTATE WASHDC'], ['ECOWAS COLLECTIVE', 'USMISSION USUN NEW YORK', 'AMEMBASSY ACCRA', 'AMEMBASSY LILONGWE', 'AMEMBASSY HARARE']],
  // The routing block the OCR ran into one line: `O 252358Z APR 96 ZFF6 FM SECSTATE WASHDC TO AMEMBASSY ASUNCION IMMEDIATE INFO …`.
  ['real/029-96STATE086413-FOIA-C06697377.txt', 'SECSTATE WASHDC', ['AMEMBASSY ASUNCION'], ['AMEMBASSY BRASILIA', 'AMEMBASSY BUENOS AIRES', 'AMEMBASSY MONTEVIDEO']],
  // A received print of a NODIS MERCURY telegram: its routing after the print's distribution lines.
  ['real/031-96STATE103475-FOIA-C06697780.txt', 'SECSTATE WASHDC', ['AMEMBASSY WELLINGTON'], ['AMEMBASSY LAGOS']],
  // The routing a print put after the text and its distribution.
  ['real/034-95PORTAUPRINCE2849-FOIA-C06694621.txt', 'AMEMBASSY PORT AU PRINCE', ['SECSTATE WASHDC'], ['JCS WASHDC', 'SECDEF WASHDC', 'NSC WASHDC']],
  ['real/035-96STATE225278-FOIA-C06698726.txt', 'SECSTATE WASHDC', ['AMEMBASSY ZAGREB'], ['IFOR COLLECTIVE']],
  // An embassy's telegram to another embassy, the Department informed.
  ['real/030-06BRIDGETOWN2164.txt', 'AMEMBASSY BRIDGETOWN', ['AMEMBASSY PORT OF SPAIN'], ['AMEMBASSY SANTO DOMINGO', 'SECSTATE WASHDC']],
  // The list as typed, its last line `STATE GRNC` included.
  ['real/001-66BUENOSAIRES2481.txt', 'AMEMBASSY BUENOS AIRES', ['SECSTATE WASHDC'], ['USCINCSO', 'CINCLANT', 'AMEMBASSY RIO DE JANEIRO', 'AMEMBASSY SANTIAGO', 'AMEMBASSY MONTEVIDEO', 'AMEMBASSY QUITO', 'AMEMBASSY LIMA', 'AMEMBASSY MEXICO', 'AMEMBASSY OTTAWA', 'AMEMBASSY LONDON', 'STATE GRNC']],
]

for (const [file, from, to, info] of ROUTING) {
  test(`${file}: sender and addressees as the routing names them`, () => {
    const { facts } = editionOfFile(join(fixtures, file))
    assert.deepEqual({ from: facts.from, to: facts.to, info: facts.info }, { from, to, info })
  })
}

/** [file, what the document is], as the folder's README describes it: the subtitle opens with it. */
const KINDS: ReadonlyArray<readonly [string, string]> = [
  ['foia-F-2017-13804/C06694720.txt', 'Memorandum of conversation'],
  ['real/028-96-telcon-FOIA-C06698312.txt', 'Memorandum of conversation'],
  ['foia-F-2017-13804/C06698954.txt', 'Cover sheet'],
  ['foia-F-2017-13804/C06698972.txt', 'Cover sheet'],
  // The NODIS incoming cover sheet names its telegram's number and date-time group, and is no telegram.
  ['foia-F-2017-13804/C06698962.txt', 'Cover sheet'],
  ['foia-F-2017-13804/C06835993.txt', 'Memorandum'],
  // A handwritten letter whose OCR is noise: nothing in the text says what it is.
  ['foia-F-2017-13804/C09000002.txt', 'Document'],
  // A draft: no number or date-time group yet, but its TAGS.
  ['foia-F-2017-13804/C06698958.txt', 'Telegram'],
  ['foia-F-2017-13804/C06698683.txt', 'Telegram'],
  ['real/011-99LONDON02669-FOIA-C06771124.txt', 'Telegram'],
  ['real/032-00email-FOIA-C06815166.txt', 'E-mail'],
  // A memcon cover sheet and the draft it covers, in one released file: the file is the draft.
  ['real/033-00draft-FOIA-C06815119.txt', 'Telegram'],
]

test('the cover sheet of STATE 233819 is subtitled by the telegram it names, not by that telegram\'s sender', () => {
  assert.equal(subtitle(editionOfFile(join(fixtures, 'foia-F-2017-13804/C06698962.txt')).facts), 'Cover sheet of telegram STATE 233819, 1996-11-09')
})

for (const [file, kind] of KINDS) {
  test(`${file}: a ${kind.toLowerCase()}, and its subtitle says so`, () => {
    const model = editionOfFile(join(fixtures, file))
    assert.equal(model.facts.kind, kind)
    const sub = elements(parseTei(toTei(model)), 'title').find((t) => t.attributes.type === 'sub')
    assert.ok(sub, 'a subtitle')
    // The kind, then its parties, its date or (a telegram without its routing) its number.
    assert.match(textOf(sub), new RegExp(`^${kind}(?:$|,| from| to| of| [A-Z]+ \\d+)`))
  })
}

/** [file, classification or none], as the document's own markings give it, never the release stamp's `UNCLASSIFIED`. */
const CLASSIFICATIONS: ReadonlyArray<readonly [string, string | undefined]> = [
  // The telegram line's marking misread (`CMNFIDENTIAL`), run into the post and followed by signs; the print's banners misread too.
  ['real/034-95PORTAUPRINCE2849-FOIA-C06694621.txt', 'CONFIDENTIAL'],
  // The telegram line's marking run into the post: `SECRETSTATE 232714`.
  ['foia-F-2017-13804/C06814969.txt', 'SECRET'],
  // A banner misread by one letter: `CECRET`.
  ['foia-F-2017-13804/C06698958.txt', 'SECRET'],
  // Its marking struck and read as junk (`-21-E-e-R-T-T STATE 220605`), its stamps `UNCLASSIFIED U.S. Department of State …` and `DECLASSIFIED`: none to tell.
  ['foia-F-2017-13804/C06698745.txt', undefined],
  ['foia-F-2017-13804/C06698642.txt', undefined],
  ['foia-F-2017-13804/C06694678.txt', 'CONFIDENTIAL'],
  ['real/005-86MADRID5480.txt', 'SECRET'],
  ['real/025-05RIODEJANEIRO1238.txt', 'UNCLASSIFIED'],
  // Letter-spaced and lowered: `S e c r e t state 015220`.
  ['real/026-08STATE15220.txt', 'SECRET'],
  // `UNCLAS BRIDGETOWN 002164`; its paragraph 2's `MR. DONALD HAS A TOP SECRET CLEARANCE` is a sentence, no marking.
  ['real/030-06BRIDGETOWN2164.txt', 'UNCLASSIFIED'],
]

for (const [file, classification] of CLASSIFICATIONS) {
  test(`${file}: classified ${classification ?? 'by no marking the text still shows'}`, () => {
    assert.equal(editionOfFile(join(fixtures, file)).facts.classification, classification)
  })
}

test('the signer before a struck foot, an e-mail header read by columns, a draft after its cover sheet: as the raw files show them', () => {
  // `10. END TEXT.` / `TARNOFF` / `-isc-c-Rp` (the struck classification at the telegram's foot).
  assert.equal(editionOfFile(join(fixtures, 'real/031-96STATE103475-FOIA-C06697780.txt')).facts.signer, 'TARNOFF')
  // `From:` `Sent:` `To:` `Subject:`, then `Lunstead,JeffreyJ` `Thursday,January20,2000 2:26 PM` `Barks-RugglesEricaJ.;Cynkin,Thomas M.` ….
  const email = editionOfFile(join(fixtures, 'real/032-00email-FOIA-C06815166.txt')).facts
  assert.deepEqual([email.email?.from, email.email?.to, email.written?.when], ['Lunstead,JeffreyJ', ['Barks-RugglesEricaJ.', 'Cynkin,Thomas M.'], '2000-01-20'])
  // The drafting form on the second page: `SSO:KCKELLY` / `08/10/00;EXT. 71512`, `IMMEDIATE COPENHAGEN`.
  const draft = editionOfFile(join(fixtures, 'real/033-00draft-FOIA-C06815119.txt')).facts
  assert.deepEqual([draft.to, draft.drafted?.when], [['COPENHAGEN'], '2000-08-10'])
})

test("a print's signature before what it put after the text: its distribution, routing and drafting form", () => {
  // `PRIOR TO HIS DEPARTURE. SWING` / ` IDENTrAM7--` (the struck marking), then the job line, the page header and `@INFO:` lines.
  assert.equal(editionOfFile(join(fixtures, 'real/034-95PORTAUPRINCE2849-FOIA-C06694621.txt')).facts.signer, 'SWING')
  // `CHRISTOPHER` before the print's distribution (`@INFO:`, `ORIGIN`, `INFO LOG-00`), `DRAFTED BY:` and `APPROVED BY:`, the routing and the telegram line.
  assert.equal(editionOfFile(join(fixtures, 'real/035-96STATE225278-FOIA-C06698726.txt')).facts.signer, 'CHRISTOPHER')
})

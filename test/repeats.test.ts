/** A telegram that repeats another holds it as an embedded text with its own head and header facts. */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import type { EditionModel } from '../src/edition/model.ts'
import { editionOf, editionOfFile } from '../src/pipeline.ts'
import { metadataOf, parseTei as parseForReader, readMetadata } from '../src/render/index.ts'
import { chicago } from '../src/site/citation.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { elements, parseTei, textOf } from './helpers/tei.ts'

const dir = mkdtempSync(join(tmpdir(), 'cable-repeats-'))
const written: string[] = []
const copysets = join(import.meta.dirname, 'fixtures', 'copysets', 'corpus')

function tei(name: string, model: EditionModel): ReturnType<typeof parseTei> {
  const xml = toTei(model)
  writeFileSync(join(dir, `${name}.xml`), xml)
  written.push(join(dir, `${name}.xml`))
  return parseTei(xml)
}

/** Text of a node, elements apart (a line break, a block boundary is a space). */
function words(node: Parameters<typeof textOf>[0]): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((c) => ` ${words(c as Parameters<typeof textOf>[0])} `).join('').replace(/\s+/g, ' ').trim() : ''
}

const repeats = (tree: ReturnType<typeof parseTei>): ReturnType<typeof elements> => elements(tree, 'floatingText').filter((f) => f.attributes.type === 'repeat')

test('an outgoing repeat (QUOTE: … UNQUOTE): the repeated telegram is a floatingText with its own head', async (t) => {
  const model = editionOfFile(join(copysets, '015-09STATE127892.txt'))
  const tree = tei('015', model)
  const [repeat] = repeats(tree)
  await t.test('should hold the whole repeated telegram, its own fields and paragraphs', () => {
    assert.equal(repeats(tree).length, 1)
    assert.ok(repeat && elements(repeat, 'ab').some((ab) => ab.attributes.type === 'field'), 'its header fields')
    assert.match(words(repeat!), /NATO CONTINGENCY PLANNING FOR OUR BALTIC ALLIES/)
    assert.match(words(repeat!), /threats, wherever they may come from\." CLINTON$/, 'ends with its own signature')
  })
  await t.test('should head it with its number, sender, date and addressees', () => {
    const head = elements(repeat!, 'head')[0]
    assert.equal(head?.attributes.resp, '#ed', 'the head is the edition’s')
    assert.match(textOf(head!), /^Repeat of telegram STATE 127892, from SECSTATE WASHDC, dated 150910Z DEC 09, sent action RIGA, TALLINN, VILNIUS, USNATO, info ALL NATO POST COLLECTIVE$/)
  })
  await t.test('should keep the introduction, UNQUOTE and the repeating telegram’s signature outside it', () => {
    const body = words(elements(tree, 'div')[0]!)
    assert.match(body.replace(words(repeat!), '').replace(/\s+/g, ' '), /IS BEING REPEATED FOR YOUR ACTION\. QUOTE: UNQUOTE CLINTON$/)
    const signed = elements(tree, 'signed').map((s) => textOf(s))
    assert.deepEqual(signed, ['CLINTON', 'CLINTON'], 'one signature inside, one outside')
  })
  await t.test('should give the repeated telegram’s facts in the header, pointing at the embedded text', () => {
    const bibl = elements(tree, 'bibl').find((b) => b.attributes.type === 'repeated')
    assert.equal(bibl?.attributes.corresp, `#${repeat?.attributes['xml:id']}`)
    assert.equal(textOf(elements(bibl!, 'idno')[0]!), 'STATE 127892')
    assert.equal(elements(bibl!, 'date')[0]?.attributes.when, '2009-12-15T09:10:00Z')
    assert.deepEqual(elements(bibl!, 'orgName').map((o) => `${o.attributes.role}:${textOf(o)}`), ['sender:SECSTATE WASHDC', 'action:RIGA', 'action:TALLINN', 'action:VILNIUS', 'action:USNATO', 'info:ALL NATO POST COLLECTIVE'])
  })
  await t.test('should make the repeated number part of the metadata the site shows and cites', () => {
    const metadata = metadataOf(model)
    assert.deepEqual(metadata.repeats.map((r) => r.telegram), ['STATE 127892'])
    assert.deepEqual(readMetadata(parseForReader(toTei(model)), 'x').repeats, metadata.repeats)
    assert.match(chicago({ metadata, editionTitle: 'E', publisher: 'P', version: '1', url: 'u', teiUrl: 't' }), /Repeat of telegram STATE 127892/)
  })
})

test('a POEMS print that puts the repeated text before its routing: the number and date come from the full introduction', () => {
  const tree = tei('008', editionOfFile(join(copysets, '008-96STATE099063-repeat-FOIA-C06697823.txt')))
  const heads = repeats(tree).map((r) => textOf(elements(r, 'head')[0]!))
  assert.ok(heads.length > 0)
  for (const head of heads) assert.match(head, /^Repeat of telegram STATE 099063, from SECSTATE WASHDC, dated 13 MAY 96, sent action WELLINGTON/)
})

test('teletype abbreviations: FOL RPT … QTE … UNQTE, the date at the end of the introduction', () => {
  const text = 'R 151200Z MAR 75\nFM SECSTATE WASHDC\nTO AMEMBASSY BONN\n\nCONFIDENTIAL STATE 061234\n\nFOL RPT STATE 004567 ACTION LONDON INFO PARIS 14 MAR 75 QTE\n\nCONFIDENTIAL STATE 004567\n\nSUBJECT: AIR SERVICES TALKS\n\n1. DELEGATION WILL ARRIVE ON MONDAY AND EXPECTS TO MEET THE MINISTRY ON TUESDAY MORNING.\n\nKISSINGER UNQTE KISSINGER\n'
  const model = editionOf(sourceFromText('fol-rpt.txt', text))
  const tree = tei('fol-rpt', model)
  assert.equal(repeats(tree).length, 1)
  assert.deepEqual(model.repeats.map((r) => [r.telegram, r.dated?.when, r.action, r.info]), [['STATE 004567', '1975-03-14', ['LONDON'], ['PARIS']]])
  assert.match(words(repeats(tree)[0]!), /AIR SERVICES TALKS.*KISSINGER$/)
})

test('a repeat\'s addressees end before BEING REPEATED, with or without its IS', () => {
  const text = 'EYES ONLY DEPSEC TALBOTT TODEP 03009\nSECSTATE 30051\nFOLLOWING MOSCOW 03760 DATED 151527Z FEB 00 SENT ACTION WHITE HOUSE\nINFO SECSTATE BEING REPEATED FOR YOUR INFO:\nQUOTE\n\nSECRET MOSCOW 03760\n\nSUBJECT: THE MEETING\n\n1. THE MEETING WENT WELL.\n\nSESTANOVICH UNQUOTE ALBRIGHT\n'
  const model = editionOf(sourceFromText('being.txt', text))
  assert.deepEqual(model.repeats.map((r) => [r.telegram, r.action, r.info]), [['MOSCOW 03760', ['WHITE HOUSE'], ['SECSTATE']]])
})

test('a quotation without a repeat’s introduction is no embedded telegram', () => {
  const model = editionOf(sourceFromText('quote.txt', 'SUBJECT: PRESS GUIDANCE\n\n1. IF ASKED, SPOKESMAN WILL SAY QUOTE WE WELCOME THE AGREEMENT UNQUOTE AND NOTHING MORE.\n'))
  assert.deepEqual(repeats(tei('quote', model)), [])
  assert.deepEqual(model.repeats, [])
})

test('every TEI written above is valid against tei_all', async () => {
  assert.deepEqual(await validateTei(written), [])
})

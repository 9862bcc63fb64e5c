/**
 * The contract between the edition model, the TEI and the site: the site's metadata of a
 * document the build made comes from its model (`metadataOf`); for TEI input it comes from
 * the one reader (`readMetadata`). On the generator's own TEI the two must agree, and the
 * model must survive serialisation, so that caches and workers can pass it around.
 */
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import fc from 'fast-check'
import type { EditionModel } from '../src/edition/model.ts'
import { editionOf, editionOfFile } from '../src/pipeline.ts'
import { metadataOf, parseTei, readMetadata } from '../src/render/index.ts'
import { InputError } from '../src/source/errors.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'cables')
const inputs = [
  join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, f))
]

function roundTrip(model: EditionModel): void {
  const tei = toTei(model)
  assert.deepEqual(readMetadata(parseTei(tei), 'fallback'), metadataOf(model))
}

for (const input of inputs) {
  const name = input.split('/').pop() ?? input
  test(`${name}: should read back from its TEI the metadata its model gives the site`, () => {
    roundTrip(editionOfFile(input))
  })
  test(`${name}: should write the same TEI from a model that went through JSON`, () => {
    const model = editionOfFile(input)
    const copy = JSON.parse(JSON.stringify(model)) as EditionModel
    assert.equal(toTei(copy), toTei(model))
  })
}

test('should agree on generated cables of every shape (model → TEI → reader)', () => {
  const line = fc.oneof(
    fc.constantFrom('SUBJECT: TALKS ON THE TREATY', 'SUBJ:  TALKS', 'TAGS: PREL, PGOV, XX', 'E.O. 12958: DECL: 10/31/07', 'FM AMEMBASSY PARIS', 'TO SECSTATE WASHDC IMMEDIATE 1234', 'INFO AMEMBASSY BONN', 'O 121805Z MAR 73', 'BT', 'ALBRIGHT', 'YY', '-CONFIDENTIAL', 'PAGE 01 STATE 204310 291924Z', 'UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05765907 Date: 05/13/2015', 'RELEASE IN PART B5'),
    fc.constantFrom('1. The Ambassador met the Minister today and discussed the treaty at length.', 'End Text.', 'Dear Boris Nikolayevich:', 'With very warm personal regards,', 'Strobe Talbott'),
    fc.string({ maxLength: 40 })
  )
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.constantFrom('\n', '\n\n'), { minLength: 30, maxLength: 30 }), (lines, breaks) => {
      const text = lines.map((l, i) => l + (breaks[i] ?? '\n')).join('')
      let model: EditionModel
      try {
        model = editionOf(sourceFromText('generated.txt', text))
      } catch (error) {
        if (error instanceof InputError) return
        throw error
      }
      roundTrip(model)
    }),
    { numRuns: 150, seed: 7 }
  )
})

test('the sample: facts come from the edited text, not from one copy', async (t) => {
  const model = editionOfFile(inputs[0] as string)
  const metadata = metadataOf(model)
  await t.test('should be titled by the lemma of SUBJECT (Karabakh, not copy B’s Earabakh)', () => {
    assert.equal(metadata.title, 'Nagorno-Karabakh: Reply to Pastukhov Letter')
    assert.equal(model.provenance.subject, 'lemma')
  })
  await t.test('should be sent by SECSTATE WASHDC and signed ALBRIGHT (not copy A’s typist’s YY)', () => {
    assert.deepEqual(metadata.from, ['SECSTATE WASHDC'])
    assert.deepEqual(metadata.authors, ['ALBRIGHT'])
  })
  await t.test('should be classified CONFIDENTIAL, without OCR markup', () => {
    assert.equal(metadata.classification, 'CONFIDENTIAL')
  })
  await t.test('should say where facts only one copy holds were read', () => {
    assert.deepEqual(model.provenance.drafted, { witness: 'A' }, 'the drafting form is in copy A only')
    assert.deepEqual(model.provenance.foiaDoc, { witness: 'B' }, 'the copy text’s own stamp')
  })
  await t.test('should describe each witness with its own identifiers', () => {
    const [a, b] = model.descriptions
    assert.equal(a?.foiaDoc, 'B-00002120004')
    assert.equal(b?.telegram, 'STATE 204310')
    assert.equal(b?.dateTime?.when, '1997-10-29T19:24:00Z')
  })
})

test('a document without a subject is titled by its first words, never by its file name', () => {
  const model = editionOf(sourceFromText('x-file-name.txt', 'The Ambassador called on the Foreign Minister this morning to discuss the treaty and its ratification.\n'))
  assert.equal(model.title, 'The Ambassador called on the Foreign Minister this morning to discuss the…', 'twelve words and an ellipsis')
})

test('a signature that is a typist’s mark names no person', () => {
  const text = 'SUBJECT: TEST\n\n1. Please deliver the following letter. Begin text:\n\nDear Minister:\n\nThe Ambassador met the Minister today and discussed the treaty.\n\nEnd Text. YY\n'
  const model = editionOf(sourceFromText('x.txt', text))
  assert.equal(model.facts.signature, 'YY')
  assert.equal(model.facts.signer, undefined)
  assert.deepEqual(metadataOf(model).authors, [])
})

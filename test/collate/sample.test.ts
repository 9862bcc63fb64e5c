import assert from 'node:assert/strict'
import test from 'node:test'
import { collate, witnessTokensOf } from '../../src/collate/index.ts'
import type { Variation } from '../../src/collate/types.ts'
import { sampleWitnesses } from './helpers.ts'
import { editionOfFile } from '../../src/pipeline.ts'
import { toTei } from '../../src/tei/document.ts'
import { elements, parseTei, textOf } from '../helpers/tei.ts'

// The real differences between the paragraph text of copy A (raw lines 28–80) and copy B
// (lines 86–134) of the bundled sample, found by diffing the lines word by word.
const names = ['Karabakh', 'Nagorno-Karabakh', 'Pastukhov', 'Yukalov', 'Ter-Petrossian', 'Aliyev', 'Ghukasyan']

test('collate on the sample cable', async (t) => {
  const [a, b] = sampleWitnesses()
  const segments = collate([a, b], { copyText: 'B', names })
  const variations = segments.filter((segment): segment is Variation => segment.kind === 'vary')
  const text = (variation: Variation, siglum: string): string =>
    (variation.readings.find((reading) => reading.witnesses.includes(siglum))?.tokens[siglum] ?? [])
      .map((token) => (token.deleted ? `<del>${token.text}</del>` : token.text))
      .join(' ')
  const lemma = (variation: Variation): string => text(variation, variation.readings[variation.lemma]?.witnesses[0] ?? '')
  const find = (aText: string, bText: string): Variation => {
    const found = variations.find((variation) => text(variation, 'A') === aText && text(variation, 'B') === bText)
    assert.ok(found, `a variation ${JSON.stringify(aText)} / ${JSON.stringify(bText)}`)
    return found
  }

  await t.test('should give every token of each copy back, in order', () => {
    assert.deepEqual(witnessTokensOf(segments, 'A'), a.tokens)
    assert.deepEqual(witnessTokensOf(segments, 'B'), b.tokens)
  })

  await t.test('should find `your` omitted in B as substantive', () => {
    const variation = find('your', '')
    assert.equal(variation.type, 'substantive')
    assert.equal(variation.lemmaReason, 'copy-text')
    assert.equal(variation.key, 'A:38:15')
  })

  await t.test('should find (c) against struck (C) as a marking variant', () => {
    const variation = find('(c)', '<del>(C)</del>')
    assert.equal(variation.type, 'marking')
    assert.equal(lemma(variation), '<del>(C)</del>', 'the copy text supplies the lemma')
    assert.equal(variation.key, 'B:90:9')
  })

  await t.test('should find the OCR noise of B as ocr, with A’s clean reading as lemma', () => {
    for (const [aText, bText] of [
      ['I', 'т'],
      ['negotiations', 'neggtiations'],
      ['"whatever', '`lwhatever'],
      ['Nagorno-Karabakh', "Nagorno'-Karabakh"],
      ['Karabakh', 'Karabaich']
    ] as const) {
      const variation = find(aText, bText)
      assert.equal(variation.type, 'ocr', `${aText} / ${bText}`)
      assert.equal(variation.lemmaReason, 'clean-reading')
      assert.equal(lemma(variation), aText, `${aText} / ${bText}`)
    }
  })

  await t.test('should find the phrase B’s OCR read out of order as one linked pair, typed ocr', () => {
    const moved = variations.filter((variation) => variation.transposition)
    assert.equal(moved.length, 2)
    assert.equal(moved[0]?.transposition, moved[1]?.transposition)
    assert.ok(moved.every((variation) => variation.type === 'ocr'))
    const passages = moved.map((variation) => text(variation, 'A') || text(variation, 'B'))
    assert.equal(passages[0], passages[1])
    assert.ok(['with the same end in view.', 'I am therefore confident'].includes(passages[0] ?? ''))
  })

  await t.test('should find the closing mark YY against ALBRIGHT as substantive', () => {
    assert.equal(find('YY', 'ALBRIGHT').type, 'substantive')
  })

  await t.test('should leave errors shared by both copies in agreements', () => {
    const agreed = segments.flatMap((segment) => (segment.kind === 'agree' ? (segment.tokens.A ?? []) : [])).map((token) => token.text)
    for (const word of ['Embasssy', 'wil', 'Nagonro-Karabakh,', 'Co-Chjairs', 'leaders.']) assert.ok(agreed.includes(word), word)
  })

  await t.test('should not flood: exactly the ten real variation points', () => {
    assert.ok(variations.length <= 15)
    assert.equal(variations.length, 10)
  })

  await t.test('should give the same result whichever copy is the copy text, lemmas aside', () => {
    const other = collate([a, b], { copyText: 'A', names }).filter((segment): segment is Variation => segment.kind === 'vary')
    assert.deepEqual(
      other.map((variation) => variation.type),
      variations.map((variation) => variation.type)
    )
    assert.equal(lemma(other.find((variation) => variation.type === 'marking')!), '(c)')
  })
})

// Issue 9: the sample through the whole pipeline, as its TEI holds it.
test('the sample’s apparatus in the edition', async (t) => {
  const model = editionOfFile(new URL('../../corpus/FL-2017-13804-B-00002120004.txt', import.meta.url).pathname)
  const tree = parseTei(toTei(model))
  const apps = elements(tree, 'app').filter((app) => app.attributes.type !== 'furniture' && app.attributes.type !== 'ocr-markup')

  await t.test('should link the misordered passage’s two places both ways, typed ocr', () => {
    const moved = apps.filter((app) => app.attributes.corresp)
    assert.equal(moved.length, 2)
    const [first, second] = moved
    assert.equal(first?.attributes.corresp, `#${second?.attributes['xml:id']}`)
    assert.equal(second?.attributes.corresp, `#${first?.attributes['xml:id']}`)
    assert.ok(moved.every((app) => app.attributes.type === 'ocr'))
  })

  await t.test('should read the edited text in A’s order, as the author wrote it', () => {
    const lemma = (app: (typeof apps)[number]): string => {
      const lem = elements(app, 'lem')[0]
      return lem ? textOf(lem) : ''
    }
    const paragraph = elements(tree, 'p').map((p) => {
      const copy = structuredClone(p)
      // The reading text: each app reduced to its lemma.
      const reduce = (node: typeof copy): void => {
        node.children = node.children.map((child) => {
          if (child.type !== 'element') return child
          if (child.name === 'app') return { type: 'text', value: child.attributes.type === 'furniture' || child.attributes.type === 'ocr-markup' ? '' : lemma(child) }
          reduce(child)
          return child
        })
      }
      reduce(copy)
      return textOf(copy).replace(/\s+/g, ' ')
    }).find((text) => text.includes('reservations'))
    assert.match(paragraph ?? '', /its reservations with the same end in view\. I am therefore confident that, if/)
  })

  await t.test('should type the case and punctuation differences of the heading orthographic, not ocr', () => {
    const cedar = apps.find((app) => textOf(app).includes('CEDAR'))
    assert.equal(cedar?.attributes.type, 'orthographic')
  })
})

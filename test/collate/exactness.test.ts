import assert from 'node:assert/strict'
import test from 'node:test'
import fc from 'fast-check'
import { collate, witnessTokensOf } from '../../src/collate/index.ts'
import type { Segment, Token, WitnessTokens } from '../../src/collate/types.ts'

// A small vocabulary so that words repeat (the hard case for alignment), with the kinds of
// noise the engine treats specially: markings, homoglyphs, hyphenated halves, punctuation.
const vocabulary = ['the', 'of', 'and', 'to', 'Karabakh', 'Earabakh', 'proposals', 'proposals.', 'negotiations', '(c)', '(C)',
  'т', 'I', 'possi-', 'ble', 'possible', 'Minsk', 'Group', 'Co-Chairs', '--', '~', 'peace', 'process']

type Word = { text: string; deleted: boolean }
const words = fc.array(
  fc.record({ text: fc.constantFrom(...vocabulary), deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }),
  { maxLength: 60 }
)

type Edit = { kind: 'delete' | 'insert' | 'replace' | 'move' | 'strike'; at: number; length: number; to: number; text: string }
const edits = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('delete', 'insert', 'replace', 'move', 'strike'),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 6 }),
    to: fc.nat(),
    text: fc.constantFrom(...vocabulary)
  }),
  { maxLength: 8 }
)

/** Apply edits to a copy of `base`. */
function mutate(base: readonly Word[], list: readonly Edit[]): Word[] {
  const out = [...base]
  for (const edit of list) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1)
    if (edit.kind === 'insert') out.splice(at, 0, { text: edit.text, deleted: false })
    else if (edit.kind === 'delete') out.splice(at, edit.length)
    else if (edit.kind === 'replace' && at < out.length) out[at] = { text: edit.text, deleted: false }
    else if (edit.kind === 'strike' && at < out.length) out[at] = { text: out[at]?.text ?? '', deleted: true }
    else if (edit.kind === 'move') {
      const block = out.splice(at, edit.length)
      out.splice(out.length === 0 ? 0 : edit.to % (out.length + 1), 0, ...block)
    }
  }
  return out
}

function asWitness(siglum: string, list: readonly Word[]): WitnessTokens {
  const tokens: Token[] = list.map((item, index) => ({ index, text: item.text, deleted: item.deleted, line: 1 + Math.floor(index / 10), column: 1 + (index % 10) * 12 }))
  return { siglum, tokens }
}

/** The invariants every collation must keep. */
function checkInvariants(segments: Segment[], witnesses: WitnessTokens[]): void {
  const sigla = witnesses.map((witness) => witness.siglum)
  for (const witness of witnesses) assert.deepEqual(witnessTokensOf(segments, witness.siglum), witness.tokens, witness.siglum)
  for (const segment of segments) {
    if (segment.kind === 'agree') {
      const texts = sigla.map((siglum) => (segment.tokens[siglum] ?? []).map((token) => `${token.deleted}${token.text}`).join(' '))
      assert.ok(texts.every((text) => text === texts[0]), 'an agreement is letter for letter')
      continue
    }
    assert.ok(segment.readings.length >= 2, 'a variation has two readings or more')
    assert.deepEqual(segment.readings.flatMap((reading) => reading.witnesses).sort(), [...sigla].sort(), 'every witness in exactly one reading')
    assert.ok(segment.lemma >= 0 && segment.lemma < segment.readings.length)
    const texts = segment.readings.map((reading) => (reading.tokens[reading.witnesses[0] ?? ''] ?? []).map((token) => `${token.deleted}${token.text}`).join(' '))
    assert.equal(new Set(texts).size, texts.length, 'readings are distinct')
  }
}

test('collate exactness (property-based)', async (t) => {
  await t.test('should give back every token of two mutated copies exactly once, in order', () => {
    fc.assert(
      fc.property(words, edits, (base, list) => {
        const witnesses = [asWitness('A', base), asWitness('B', mutate(base, list))]
        checkInvariants(collate(witnesses), witnesses)
        checkInvariants(collate(witnesses, { copyText: 'A' }), witnesses)
      }),
      { numRuns: 400 }
    )
  })

  await t.test('should give back every token of three or four mutated copies', () => {
    fc.assert(
      fc.property(words, edits, edits, edits, (base, first, second, third) => {
        const witnesses = [asWitness('A', base), asWitness('B', mutate(base, first)), asWitness('C', mutate(base, second)), asWitness('D', mutate(base, third))]
        checkInvariants(collate(witnesses.slice(0, 3)), witnesses.slice(0, 3))
        checkInvariants(collate(witnesses, { copyText: 'B', minTranspositionWords: 2 }), witnesses)
      }),
      { numRuns: 300 }
    )
  })

  await t.test('should give back every token of unrelated witnesses', () => {
    fc.assert(
      fc.property(words, words, (x, y) => {
        const witnesses = [asWitness('A', x), asWitness('B', y)]
        checkInvariants(collate(witnesses), witnesses)
      }),
      { numRuns: 200 }
    )
  })
})

test('collate exactness on long witnesses (anchored alignment)', async (t) => {
  const long = fc.array(
    fc.record({ text: fc.oneof(fc.constantFrom(...vocabulary), fc.integer({ min: 0, max: 400 }).map((n) => `w${n}`)), deleted: fc.constant(false) }),
    { minLength: 500, maxLength: 900 }
  )
  const manyEdits = fc.array(
    fc.record({
      kind: fc.constantFrom<Edit['kind']>('delete', 'insert', 'replace', 'move', 'strike'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 12 }),
      to: fc.nat(),
      text: fc.constantFrom(...vocabulary)
    }),
    { maxLength: 30 }
  )
  await t.test('should give back every token of long mutated copies, transpositions included', () => {
    let moved = 0
    fc.assert(
      fc.property(long, manyEdits, manyEdits, (base, first, second) => {
        const witnesses = [asWitness('A', base), asWitness('B', mutate(base, first)), asWitness('C', mutate(base, second))]
        const segments = collate(witnesses)
        checkInvariants(segments, witnesses)
        if (segments.some((segment) => segment.kind === 'vary' && segment.transposition)) moved++
      }),
      { numRuns: 60 }
    )
    assert.ok(moved > 0, 'some runs exercised transpositions')
  })
})

import assert from 'node:assert/strict'
import test from 'node:test'
import { asWitness, edited, prose } from '../../bench/collate.ts'
import { collate, witnessTokensOf } from '../../src/collate/index.ts'
import { loadLexicon } from '../../src/suspects/lexicon.ts'

// Generous limits (the bench measures the real figures); what these catch is quadratic cost.
test('collate performance', async (t) => {
  loadLexicon() // loaded once per process; not what is measured here

  await t.test('should return one agreement for a 200,000-word single witness, quickly', () => {
    const single = asWitness('A', prose(200_000, 4))
    const start = performance.now()
    const segments = collate([single])
    const ms = performance.now() - start
    assert.equal(segments.length, 1)
    assert.equal(segments[0]?.kind, 'agree')
    assert.equal(witnessTokensOf(segments, 'A').length, 200_000)
    assert.ok(ms < 1500, `${ms} ms`)
  })

  await t.test('should align two 5,000-word copies with 50 edits in well under a second', () => {
    const base = prose(5000, 1)
    const witnesses = [asWitness('A', base), asWitness('B', edited(base, 50, 2))]
    collate(witnesses)
    const start = performance.now()
    const segments = collate(witnesses)
    const ms = performance.now() - start
    const variations = segments.filter((segment) => segment.kind === 'vary').length
    assert.ok(variations >= 40 && variations <= 80, `${variations} variation points for 50 edits`)
    assert.ok(ms < 700, `${ms} ms`)
  })

  await t.test('should stay bounded on two unrelated 5,000-word texts', () => {
    const witnesses = [asWitness('A', prose(5000, 7)), asWitness('B', prose(5000, 8))]
    const start = performance.now()
    const segments = collate(witnesses)
    assert.equal(witnessTokensOf(segments, 'B').length, 5000)
    assert.ok(performance.now() - start < 2000)
  })
})

/**
 * The apparatus against the labelled gold set (test/gold/README.md): the targets of issue 9
 * hold overall, and the sample's points are all found, rightly typed, its misordered phrase in
 * the clean order.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import { goldSets } from '../../bench/gold.ts'
import { measureQuality, qualityTable } from '../../bench/quality.ts'

test('apparatus quality on the gold set', async (t) => {
  const rows = measureQuality()
  const total = rows[rows.length - 1]!
  const table = qualityTable(rows).join('\n')

  await t.test('should label points in every set, each anchored on words of its copies', () => {
    assert.ok(goldSets().length >= 6)
    assert.ok(rows.every((row) => row.points > 0), table)
  })

  await t.test('should find 95% of the points or more, with at most 1.5 entries a point', () => {
    assert.ok(total.found / total.points >= 0.95, table)
    assert.ok(total.touches / total.found <= 1.5, table)
  })

  await t.test('should type 90% of the points found or more as labelled', () => {
    assert.ok(total.typed / total.found >= 0.9, table)
  })

  await t.test('should never give a reading text in a scanner’s order', () => {
    assert.equal(total.misordered, 0, table)
  })

  await t.test('should find every point of the sample, rightly typed', () => {
    const sample = rows.find((row) => row.name === 'sample')
    assert.deepEqual([sample?.found, sample?.typed, sample?.points], [10, 10, 10], sample?.misses.join('\n'))
  })
})

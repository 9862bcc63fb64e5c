/**
 * The build's one full collection (src/build/collect.ts) takes back what is garbage, and gives
 * no other code a `gc` to call.
 */
import assert from 'node:assert/strict'
import test from 'node:test'
import { collectGarbage } from '../src/build/collect.ts'

/** Arrays large enough for V8's large-object space, which only a full collection empties. */
function garbage(megabytes: number): void {
  let kept: number[][] | undefined = []
  for (let i = 0; i < megabytes / 8; i++) kept.push(new Array<number>(1_000_000).fill(i + 0.5))
  assert.equal(kept.length, megabytes / 8)
  kept = undefined
}

test('collectGarbage takes back the heap that nothing refers to, and leaves no gc on the global', () => {
  garbage(240)
  const before = process.memoryUsage().heapUsed
  collectGarbage()
  const after = process.memoryUsage().heapUsed
  assert.ok(before - after > 150 * 2 ** 20, `heap ${Math.round(before / 2 ** 20)} MB before, ${Math.round(after / 2 ** 20)} MB after`)
  assert.equal((globalThis as { gc?: unknown }).gc, undefined)
})

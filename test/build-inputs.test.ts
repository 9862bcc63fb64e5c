/**
 * Inputs known by their stat (src/build/inputs.ts): a raw file whose stat is the one the last
 * build recorded is not read again; any change of its bytes is still seen, also one that keeps
 * its size and modification time, and a stat too close to the build's start is never trusted.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { bytesOf, discoverInputs, InputsChanged, takeBytes, withBytes, type InputFile, type InputStats, type RawUnit } from '../src/build/inputs.ts'

const MAX = 1 << 20

/** A corpus of two raw files, the first with a sidecar. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cable-inputs-'))
  writeFileSync(join(dir, 'a.txt'), 'SUBJECT: ONE\n\n1. The first text.\n')
  writeFileSync(join(dir, 'a.edition.json'), '{}\n')
  writeFileSync(join(dir, 'b.txt'), 'SUBJECT: TWO\n\n1. The second text.\n')
  return dir
}

/** Seconds after the files were written: their stats are no longer racy. */
const later = (): number => Date.now() + 10_000

const raw = (units: ReturnType<typeof discoverInputs>['units'], name: string): RawUnit => units.find((unit): unit is RawUnit => unit.kind === 'raw' && unit.raw.path.endsWith(name)) as RawUnit
const hashOf = (file: InputFile | undefined): string => (file && 'hash' in file ? file.hash : 'error')
const wasRead = (file: InputFile | undefined): boolean => file !== undefined && 'hash' in file && file.bytes !== undefined

test('a file whose stat is unchanged and not racy is known by its recorded hash, unread', () => {
  const dir = corpus()
  const first = discoverInputs(dir, MAX, [], {}, {}, later())
  assert.ok(wasRead(raw(first.units, 'a.txt').raw))
  assert.deepEqual(Object.keys(first.stats).sort(), ['a.edition.json', 'a.txt', 'b.txt'].map((name) => join(dir, name)).sort())
  const again = discoverInputs(dir, MAX, [], {}, first.stats, later())
  const a = raw(again.units, 'a.txt')
  assert.equal(wasRead(a.raw), false)
  assert.equal(wasRead(a.sidecar), false)
  assert.equal(hashOf(a.raw), hashOf(raw(first.units, 'a.txt').raw))
  // Read when its document is made, the same bytes.
  assert.deepEqual(bytesOf(withBytes(a, MAX).raw), bytesOf(raw(first.units, 'a.txt').raw))
})

test('bytes changed with the same size and modification time are seen by the change time', () => {
  const dir = corpus()
  const path = join(dir, 'b.txt')
  const old = new Date(Date.now() - 3_600_000)
  utimesSync(path, old, old)
  const first = discoverInputs(dir, MAX, [], {}, {}, later())
  // The change time cannot be set back: make it differ from the recorded one even on a coarse clock.
  const recorded: InputStats = Object.fromEntries(Object.entries(first.stats).map(([file, stat]) => [file, file === path ? [stat[0], stat[1], stat[2], stat[3], String(BigInt(stat[4]) - 1n), stat[5]] : stat]))
  writeFileSync(path, 'SUBJECT: TWO\n\n1. The second TEXT.\n')
  utimesSync(path, old, old)
  assert.equal(String(statSync(path, { bigint: true }).mtimeNs), recorded[path]?.[3])
  const again = discoverInputs(dir, MAX, [], {}, recorded, later())
  const b = raw(again.units, 'b.txt')
  assert.ok(wasRead(b.raw))
  assert.notEqual(hashOf(b.raw), hashOf(raw(first.units, 'b.txt').raw))
})

test('a racy stat (within two seconds of the build\'s start) is not recorded, so the next build reads the file', () => {
  const dir = corpus()
  const first = discoverInputs(dir, MAX, [], {}, {}, Date.now())
  assert.deepEqual(first.stats, {})
  // Saved again at once, the same size: the stat could be the same, the bytes are not.
  writeFileSync(join(dir, 'b.txt'), 'SUBJECT: TWO\n\n1. The second TEXT.\n')
  const again = discoverInputs(dir, MAX, [], {}, first.stats, Date.now())
  const b = raw(again.units, 'b.txt')
  assert.ok(wasRead(b.raw))
  assert.notEqual(hashOf(b.raw), hashOf(raw(first.units, 'b.txt').raw))
})

test('a file saved after its stat was taken, while the build runs, stops the build (InputsChanged) rather than be made under a wrong key', () => {
  const dir = corpus()
  const first = discoverInputs(dir, MAX, [], {}, {}, later())
  const again = discoverInputs(dir, MAX, [], {}, first.stats, later())
  writeFileSync(join(dir, 'a.txt'), 'SUBJECT: ONE\n\n1. The first TEXT.\n')
  assert.throws(() => withBytes(raw(again.units, 'a.txt'), MAX), InputsChanged)
})

test('a file larger than the limit is read (and refused) however it was recorded', () => {
  const dir = corpus()
  const first = discoverInputs(dir, MAX, [], {}, {}, later())
  const again = discoverInputs(dir, 8, [], {}, first.stats, later())
  assert.ok('error' in raw(again.units, 'a.txt').raw)
})

test('takeBytes gives the job the bytes and leaves the unit its hashes; made again, the file is read again and must hash the same', () => {
  const dir = corpus()
  const first = discoverInputs(dir, MAX, [], {}, {}, later())
  const a = raw(first.units, 'a.txt')
  const hash = hashOf(a.raw)
  const job = takeBytes(a, MAX)
  assert.equal(bytesOf(job.raw).toString(), 'SUBJECT: ONE\n\n1. The first text.\n')
  assert.ok(wasRead(job.sidecar))
  // The unit the build keeps holds no bytes, only what keys it.
  assert.equal(wasRead(a.raw), false)
  assert.equal(wasRead(a.sidecar), false)
  assert.equal(hashOf(a.raw), hash)
  assert.deepEqual(bytesOf(takeBytes(a, MAX).raw), bytesOf(job.raw))
  writeFileSync(join(dir, 'a.txt'), 'SUBJECT: ONE\n\n1. The first TEXT.\n')
  assert.throws(() => takeBytes(a, MAX), InputsChanged)
})

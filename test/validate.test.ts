/**
 * Validation without Debian's jing (an install that ran `npm ci` alone): `xmllint-wasm` gives the
 * verdicts jing gives, on TEI larger than its own default memory (32 MiB) held.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { editionOf } from '../src/pipeline.ts'
import { sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei, validateWithXmllint } from '../src/validate/index.ts'
import { slow } from './helpers/slow.ts'

const hasJing = (() => {
  try {
    execFileSync('jing', [], { stdio: 'ignore' })
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
})()

test('without jing, a TEI of 20,000 lines is valid and one with a bad attribute is not (its errors name it alone), as jing says', slow, async () => {
  // 20,000 lines make some 390 KB of TEI: xmllint-wasm's default memory ran out on it
  // ("libxml2: out of memory"), and the build of a corpus holding it stopped.
  const words = ['embassy', 'reports', 'minister', 'said', 'talks', 'on', 'the', 'border']
  const lines = Array.from({ length: 20_000 }, (_, i) => `${words[i % words.length]} ${words[(i * 3 + 1) % words.length]}`)
  const tei = toTei(editionOf(sourceFromText('long.txt', `SUBJECT: A LONG TEXT\n\n${lines.join('\n')}\n`)))
  assert.ok(tei.length > 300_000, `${tei.length} characters of TEI`)
  const dir = mkdtempSync(join(tmpdir(), 'cable-validate-'))
  const valid = join(dir, 'valid.xml')
  const invalid = join(dir, 'invalid.xml')
  writeFileSync(valid, tei)
  writeFileSync(invalid, tei.replace('<lb/>', '<lb bogus="yes"/>'))
  const errors = await validateWithXmllint([valid, invalid])
  assert.deepEqual([...new Set(errors.map((e) => e.file))], [invalid], JSON.stringify(errors.slice(0, 3)))
  assert.match(errors[0]?.message ?? '', /bogus/)
  if (hasJing) assert.deepEqual([...new Set((await validateTei([valid, invalid])).map((e) => e.file))], [invalid], 'jing agrees')
})

import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')

test('two files with one document id: the error offers a sidecar id, and that fix builds', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-clash-'))
  const out = join(mkdtempSync(join(tmpdir(), 'cable-clash-out-')), 'site')
  const cable = (n: number): string => `UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05765907 Date: 05/13/2015\n\nSUBJECT: COPY ${n}\n\n1. The body of the telegram, long enough to be read as prose text.\n`
  writeFileSync(join(corpus, 'one.txt'), cable(1))
  writeFileSync(join(corpus, 'two.txt'), cable(2))
  const failed = spawnSync(process.execPath, [cli, 'build', corpus, '--out', out], { encoding: 'utf8' })
  assert.equal(failed.status, 1)
  assert.match(failed.stderr, /two\.txt:1:1: error: document id d-C05765907 is also the id of .*one\.txt: give this one its own id in a sidecar two\.edition\.json, e\.g\. \{ "id": "d-C05765907-2" \}/)
  assert.doesNotMatch(failed.stderr, /\n\s+at /)
  writeFileSync(join(corpus, 'two.edition.json'), '{ "id": "d-C05765907-2" }\n')
  const built = spawnSync(process.execPath, [cli, 'build', corpus, '--out', out], { encoding: 'utf8' })
  assert.equal(built.status, 0, built.stderr)
  assert.match(built.stdout, /^2 document\(s\)/)
})

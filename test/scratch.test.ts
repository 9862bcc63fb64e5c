import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import test from 'node:test'

const scratch = join(import.meta.dirname, 'helpers', 'scratch.mjs')

test('the suite\'s scratch folder: a test process writes its temporary files into a folder of its own, which goes when the process ends', () => {
  // What a test does: a folder of its own under tmpdir(), a file in it, and a child process that does the same.
  const script = [
    "const { mkdtempSync, writeFileSync } = require('node:fs')",
    "const { tmpdir } = require('node:os')",
    "const { join } = require('node:path')",
    "const dir = mkdtempSync(join(tmpdir(), 'cable-scratch-'))",
    "writeFileSync(join(dir, 'site.html'), '<p>x</p>')",
    "const child = require('node:child_process').spawnSync(process.execPath, ['-p', 'require(\"node:os\").tmpdir()'], { encoding: 'utf8' }).stdout.trim()",
    'console.log(JSON.stringify({ tmp: tmpdir(), dir, child }))'
  ].join('\n')
  const run = spawnSync(process.execPath, ['--import', scratch, '-e', script], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  const { tmp, dir, child } = JSON.parse(run.stdout) as { tmp: string; dir: string; child: string }
  assert.equal(dirname(tmp), tmpdir(), 'the scratch folder is made under the temporary folder the process was given')
  assert.notEqual(tmp, tmpdir())
  assert.equal(dirname(dir), tmp, "the test's folder is inside it")
  assert.equal(child, tmp, 'a process the test starts inherits it')
  assert.equal(existsSync(tmp), false, 'it is gone, with what was in it, when the process has ended')
})

test('the suite\'s scratch folder may be read by another user (a test runs the CLI as nobody on an input in it)', () => {
  const run = spawnSync(process.execPath, ['--import', scratch, '-p', "(require('node:fs').statSync(require('node:os').tmpdir()).mode & 0o777).toString(8)"], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  assert.equal(run.stdout.trim(), '755')
})

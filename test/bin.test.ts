import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'

const root = join(import.meta.dirname, '..')

test('bin: without a compiled build/ (an install that skipped scripts) it runs the sources and says so', () => {
  // A package root like the checkout's, the compiled program left out.
  const copy = mkdtempSync(join(tmpdir(), 'cable-bin-'))
  mkdirSync(join(copy, 'bin'))
  copyFileSync(join(root, 'bin', 'cable-edition.js'), join(copy, 'bin', 'cable-edition.js'))
  for (const entry of ['package.json', 'node_modules', 'src', 'transforms', 'schema', 'site', 'corpus']) symlinkSync(join(root, entry), join(copy, entry))
  const sample = join(root, 'corpus', 'FL-2017-13804-B-00002120004.txt')
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'cable-edition.js'), 'tei', sample], { encoding: 'utf8' })
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /warning: no compiled program \(build\/\): running the sources with tsx/)
  assert.match(result.stdout, /<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/)
})

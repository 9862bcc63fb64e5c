import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { GENERATOR_FILE, programVersion } from '../src/build/keys.ts'
import { runCli } from './helpers/cli.ts'
import { slow } from './helpers/slow.ts'
import { snapshot } from './helpers/snapshot.ts'

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

test('bin: the bundled program (build/bundle/) builds with its worker threads the same bytes as the sources do', slow, async () => {
  // The release's documents, copies among them: enough to start threads (src/build/index.ts, PARALLEL_FROM).
  const corpus = join(root, 'test', 'fixtures', 'foia-F-2017-13804')
  const work = mkdtempSync(join(tmpdir(), 'cable-bundle-'))
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }
  const bundled = spawnSync(process.execPath, [join(root, 'bin', 'cable-edition.js'), 'build', corpus, '--out', join(work, 'bundled'), '--jobs', '2', '--quiet'], { encoding: 'utf8', env })
  assert.equal(bundled.status, 0, bundled.stderr)
  assert.doesNotMatch(bundled.stderr, /running the sources|changed since it was compiled/, 'the bundle ran, and is that of these sources')
  const sources = await runCli(['build', corpus, '--out', join(work, 'sources'), '--jobs', '2', '--quiet'], { SOURCE_DATE_EPOCH: '1700000000' })
  assert.equal(sources.status, 0, sources.stderr)
  const [a, b] = [snapshot(join(work, 'bundled')), snapshot(join(work, 'sources'))]
  assert.ok([...a.keys()].some((path) => path.endsWith('.xml')), 'TEI was written')
  assert.deepEqual(a, b)
  rmSync(work, { recursive: true, force: true })
})

test('bin: the bundle holds its generator version (the cache\'s key of the code), the hash of its code as it stands', () => {
  const bundle = join(root, 'build', 'bundle')
  const saved = readFileSync(join(bundle, GENERATOR_FILE), 'utf8')
  assert.match(saved, /^[0-9a-f]{64}$/)
  assert.equal(saved, programVersion([bundle]))
  assert.notEqual(saved, programVersion([join(root, 'src'), join(root, 'transforms')]), 'not the sources\' version')
})

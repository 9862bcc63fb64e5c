import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { validateTei } from '../src/validate/index.ts'
import { danglingPointers, parseTei } from './helpers/tei.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')

test('build: every TEI file it writes (documents and the teiCorpus) should be valid and self-consistent', async () => {
  const out = mkdtempSync(join(tmpdir(), 'cable-build-'))
  const corpus = join(import.meta.dirname, 'fixtures', 'cables')
  const result = spawnSync(process.execPath, [cli, 'build', corpus, '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } })
  assert.equal(result.status, 0, result.stderr)
  const files = readdirSync(join(out, 'tei')).sort().map((f) => join(out, 'tei', f))
  const inputs = readdirSync(corpus).filter((f) => f.endsWith('.txt'))
  assert.equal(files.length, inputs.length + 2, 'one file per document, corpus.xml and entities.xml')
  assert.deepEqual(await validateTei(files), [])
  for (const file of files) assert.deepEqual(danglingPointers(parseTei(readFileSync(file, 'utf8'))), [], file)
})

test('serve: should build the edition and serve it on 127.0.0.1 (npm start)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'cable-serve-'))
  const child = spawn(process.execPath, [cli, 'serve', '--out', out, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = ''
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        const match = /Serving the edition at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen)
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)))
    })
    const response = await fetch(`${url}documents/d-B-00002120004/`)
    assert.equal(response.status, 200)
    assert.match(await response.text(), /Nagorno-Karabakh/)
  } finally {
    child.kill()
  }
})

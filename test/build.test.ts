import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { validateTei } from '../src/validate/index.ts'
import { runCli } from './helpers/cli.ts'
import { danglingPointers, parseTei } from './helpers/tei.ts'
import { slow } from './helpers/slow.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')

test('build: every TEI file it writes (documents and the teiCorpus) should be valid and self-consistent', slow, async () => {
  const out = mkdtempSync(join(tmpdir(), 'cable-build-'))
  const corpus = join(import.meta.dirname, 'fixtures', 'cables')
  const result = await runCli(['build', corpus, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' })
  assert.equal(result.status, 0, result.stderr)
  const files = readdirSync(join(out, 'tei')).sort().map((f) => join(out, 'tei', f))
  const inputs = readdirSync(corpus).filter((f) => f.endsWith('.txt'))
  assert.equal(files.length, inputs.length + 2, 'one file per document, corpus.xml and entities.xml')
  assert.deepEqual(await validateTei(files), [])
  for (const file of files) assert.deepEqual(danglingPointers(parseTei(readFileSync(file, 'utf8'))), [], file)
})

test('serve: should build the edition and serve it on 127.0.0.1 (npm start)', slow, async () => {
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

test('build: a released file of stamps alone is a document Pagefind cannot index, and the warning says why', slow, async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'cable-wordless-'))
  const stamp = (page: number): string => `[Page ${page}]\nC 0 6 8 3 5 2 9 4 FIED U.S. Department of State Case No. F-2017-13804 Doc No. C06835294 Date: 11/17/2021\n`
  writeFileSync(join(corpus, 'C06835294.txt'), `${stamp(1)}, ,\n${stamp(2)}`)
  copyFileSync(join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'), join(corpus, 'sample.txt'))
  const result = await runCli(['build', corpus, '--out', mkdtempSync(join(tmpdir(), 'cable-wordless-out-'))], { SOURCE_DATE_EPOCH: '1700000000' })
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /warning: search: 1 of 2 document\(s\) indexed; Pagefind indexes no reading page without words to find/)
})

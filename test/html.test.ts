import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { HtmlValidate } from 'html-validate'
import { runCli } from './helpers/cli.ts'
import { slow } from './helpers/slow.ts'

test('every page of the built edition should be valid HTML (html-validate, standard rules)', slow, async () => {
  const out = mkdtempSync(join(tmpdir(), 'cable-html-'))
  const corpus = join(import.meta.dirname, 'fixtures', 'cables')
  const build = await runCli(['build', corpus, '--out', out])
  assert.equal(build.status, 0, build.stderr)
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort()
  assert.ok(pages.length > 6 * 3, `pages for six documents and their views (${pages.length})`)
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
  const problems: string[] = []
  for (const page of pages) {
    const report = await validator.validateFile(join(out, page))
    for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`)
  }
  assert.deepEqual(problems, [])
})

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { parseLines } from '../src/parse/lines.ts'
import { toDocument } from '../src/pipeline.ts'
import { formatDiagnostic, InputError } from '../src/source/errors.ts'
import { decodeSource } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { parseTei, witnessWords } from './helpers/tei.ts'

const fixture = join(import.meta.dirname, 'fixtures', 'cables', 'lou-three-copies.txt')

// ── Line endings ────────────────────────────────────────────────────────────────────────

const BELL_LINE = 20
/** The three-copy fixture with LF endings and a BEL (U+0007) after the 4th character of line 20. */
const lf = readFileSync(fixture, 'utf8')
  .replace(/\r\n?/g, '\n')
  .split('\n')
  .map((line, index) => (index === BELL_LINE - 1 ? line.slice(0, 4) + '\u0007' + line.slice(4) : line))
  .join('\n')
const withEndings = (eol: string): string => lf.replace(/\n/g, eol)

function transform(text: string): { tei: string; sigla: string[]; warnings: string[] } {
  const source = decodeSource('cable.txt', Buffer.from(text, 'utf8'))
  const doc = toDocument(source)
  return { tei: toTei(doc, source), sigla: doc.witnesses.map((w) => w.siglum), warnings: doc.warnings.map(formatDiagnostic) }
}

const endings: Array<[string, string]> = [
  ['CRLF', '\r\n'],
  ['CR-only', '\r']
]

for (const [name, eol] of endings) {
  test(`line endings: a ${name} file should give the same words in every copy as the LF file`, () => {
    const expected = transform(lf)
    const actual = transform(withEndings(eol))
    assert.deepEqual(actual.sigla, expected.sigla)
    assert.equal(expected.sigla.length, 3, 'the fixture has three copies')
    for (const siglum of expected.sigla) {
      const words = witnessWords(parseTei(expected.tei), siglum)
      assert.ok(words.length > 50, `copy ${siglum} has text`)
      assert.deepEqual(witnessWords(parseTei(actual.tei), siglum), words, `copy ${siglum}`)
    }
  })

  test(`line endings: a warning in a ${name} file should name the line and column of its character`, () => {
    const { warnings } = transform(withEndings(eol))
    assert.ok(warnings.includes(`cable.txt:${BELL_LINE}:5: warning: character U+0007 is not allowed in XML: recorded as <g type="control">`), warnings.join('\n'))
  })

  test(`line endings: the raw lines of a ${name} file should be those of the LF file, without a CR`, () => {
    const expected = parseLines(decodeSource('cable.txt', Buffer.from(lf)))
    const actual = parseLines(decodeSource('cable.txt', Buffer.from(withEndings(eol))))
    assert.deepEqual(
      actual.map((line) => [line.number, line.raw, line.block, line.alone]),
      expected.map((line) => [line.number, line.raw, line.block, line.alone])
    )
    assert.ok(actual.every((line) => !line.raw.includes('\r')))
  })

  test(`line endings: a ${name} file should keep Markdown marks as markup on their own line`, () => {
    const text = ['## -SECRET', '', 'Routing', '-----', '', '1. Text.', ''].join(eol)
    const lines = parseLines(decodeSource('marks.txt', Buffer.from(text)))
    const markup = lines.map((line) => line.pieces.filter((p) => p.kind === 'markup').map((p) => p.value.trim()).join(''))
    assert.deepEqual(markup, ['##', '', '', '-----', '', '', ''])
  })
}

test('line endings: a mix of CR, LF and CRLF should count each ending once', () => {
  const source = decodeSource('mixed.txt', Buffer.from('a\rb\r\nc\nd\r\re'))
  assert.deepEqual(parseLines(source).map((line) => line.raw), ['a', 'b', 'c', 'd', '', 'e'])
})

test('line endings: a form feed should stay a character of its line, not end it', () => {
  const lines = parseLines(decodeSource('ff.txt', Buffer.from('PAGE 1\fPAGE 2\nnext\n')))
  assert.deepEqual(lines.map((line) => line.raw), ['PAGE 1\fPAGE 2', 'next', ''])
})

test('line endings: a byte that is not UTF-8 after CR-only lines should be reported on its line', () => {
  const bytes = Buffer.concat([Buffer.from('SUBJECT: X\r\r1. caf'), Buffer.from([0xe9]), Buffer.from('\r')])
  assert.throws(() => decodeSource('latin1.txt', bytes), (error: unknown) => {
    assert.ok(error instanceof InputError)
    assert.deepEqual([error.diagnostic.line, error.diagnostic.column], [3, 7])
    return true
  })
})

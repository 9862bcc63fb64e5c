import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { parseLines } from '../src/parse/lines.ts'
import { toDocument } from '../src/pipeline.ts'
import { checkSidecarAgainstWitnesses, readSidecar, validateSidecar } from '../src/sidecar.ts'
import { formatDiagnostic, InputError } from '../src/source/errors.ts'
import { decodeSource } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { parseTei, witnessWords } from './helpers/tei.ts'

const fixture = join(import.meta.dirname, 'fixtures', 'cables', 'lou-three-copies.txt')
const dir = mkdtempSync(join(tmpdir(), 'cable-robust-'))

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

// ── Sidecar ─────────────────────────────────────────────────────────────────────────────

/** The InputError a sidecar check throws, as `line:column: message`. */
function sidecarError(check: () => unknown): string {
  try {
    check()
  } catch (error) {
    assert.ok(error instanceof InputError, String(error))
    return `${error.diagnostic.line}:${error.diagnostic.column}: ${error.diagnostic.message}`
  }
  assert.fail('no error')
}

const validate = (text: string, lineCount = 100): ReturnType<typeof validateSidecar> => validateSidecar('s.edition.json', text, JSON.parse(text), lineCount)

test('sidecar: an "id" that is an XML name should be kept', () => {
  assert.equal(validate('{ "id": "d-talbott_1997.v2" }').id, 'd-talbott_1997.v2')
})

test('sidecar: an "id" that is not an XML name should be an error at its line', () => {
  const text = '{\n  "copyText": "A",\n  "id": "9 lives"\n}'
  assert.match(sidecarError(() => validate(text)), /^3:3: "id" "9 lives" must be an XML name/)
})

test('sidecar: an "id" that is not a string should be an error', () => {
  assert.match(sidecarError(() => validate('{ "id": 42 }')), /^1:3: "id" 42 must be an XML name/)
})

test('sidecar: a label with control characters should be accepted as it is', () => {
  const sidecar = validate('{ "witnesses": [{ "siglum": "A", "label": "Copy\\u0007 one\\u000c" }] }')
  assert.equal(sidecar.witnesses?.[0]?.label, 'Copy\u0007 one\u000c')
})

test('sidecar: an error in the second witness should point at that witness\'s line', () => {
  const text = '{\n  "witnesses": [\n    { "siglum": "A", "lines": [[1, 2]] },\n    { "siglum": "A", "lines": [[3, 4]] }\n  ]\n}'
  assert.equal(sidecarError(() => validate(text)), '4:7: siglum "A" is used twice')
})

test('sidecar: errors in a CRLF or CR-only sidecar should name the right line', () => {
  for (const eol of ['\r\n', '\r']) {
    const text = ['{', '  "copyText": "A",', '  "colour": "red"', '}'].join(eol)
    assert.equal(sidecarError(() => validate(text)), '3:3: unknown key "colour" (known: id, witnesses, copyText, corrections, variantTypes)')
  }
})

const twoWitnesses = '{\n  "witnesses": [\n    { "siglum": "B", "lines": [[1, 2]] },\n    { "lines": [[3, 4]] }\n  ],\n  "copyText": "Q"\n}'

test('sidecar: a copyText that names no witness should be an error at the copyText line', () => {
  const text = '{\n  "witnesses": [{ "siglum": "A" }, { "siglum": "B" }],\n  "copyText": "Q"\n}'
  const message = sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', text, validate(text), ['A', 'B']))
  assert.equal(message, '3:3: copyText "Q" is not a witness; the witnesses are A, B')
})

test('sidecar: a copyText that names a witness should be accepted', () => {
  const text = '{ "copyText": "B" }'
  assert.doesNotThrow(() => checkSidecarAgainstWitnesses('s.edition.json', text, validate(text), ['A', 'B']))
})

test('sidecar: a siglum that another witness keeps by default should be an error at that siglum', () => {
  // Witness 1 is renamed B; witness 2 has no siglum in the sidecar, so it is still B.
  const message = sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', twoWitnesses, validate(twoWitnesses), ['A', 'B']))
  assert.equal(message, '3:7: siglum "B" of witness 1 is also the siglum of witness 2: give witness 2 a siglum in the sidecar too')
})

test('sidecar: the witness check should give the same answer with sigla after the sidecar was applied', () => {
  const message = sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', twoWitnesses, validate(twoWitnesses), ['B', 'B']))
  assert.match(message, /^3:7: siglum "B" of witness 1 is also the siglum of witness 2/)
})

test('sidecar: a sidecar that is a directory should be an InputError, not a crash', () => {
  const raw = join(dir, 'dir-sidecar.txt')
  writeFileSync(raw, 'SUBJECT: X\n')
  mkdirSync(join(dir, 'dir-sidecar.edition.json'))
  assert.match(sidecarError(() => readSidecar(raw, 2)), /^1:1: cannot read the sidecar \(EISDIR\)/)
})

test('sidecar: a sidecar with a byte order mark should be read', () => {
  const raw = join(dir, 'bom.txt')
  writeFileSync(raw, 'SUBJECT: X\n')
  writeFileSync(join(dir, 'bom.edition.json'), '\uFEFF{ "copyText": "A" }\r\n')
  assert.deepEqual(readSidecar(raw, 2), { copyText: 'A' })
})

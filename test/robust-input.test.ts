import assert from 'node:assert/strict'
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import fs, { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { writeAtomic, WriteError } from '../src/cli/write-file.ts'
import { parseLines } from '../src/parse/lines.ts'
import { editionOf } from '../src/pipeline.ts'
import { checkSidecarAgainstWitnesses, readSidecar, validateSidecar } from '../src/sidecar.ts'
import { formatDiagnostic, InputError } from '../src/source/errors.ts'
import { decodeSource } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { parseTei, witnessWords } from './helpers/tei.ts'

const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
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
  const model = editionOf(source)
  return { tei: toTei(model), sigla: model.descriptions.map((w) => w.siglum), warnings: model.warnings.map(formatDiagnostic) }
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

test('sidecar: an "id" that is a witness\'s siglum, or an id of the TEI header, should be an error at the id (both are xml:ids of one file)', () => {
  const text = '{\n  "id": "B",\n  "witnesses": [{ "siglum": "A" }]\n}'
  assert.equal(sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', text, validate(text), ['A', 'B'])), '2:3: "id" "B" is also the siglum of witness 2: the document needs an id of its own')
  const header = '{ "id": "kinds" }'
  assert.equal(sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', header, validate(header), ['A'])), '1:3: "id" "kinds" is also an id the TEI gives a part of its own header: the document needs an id of its own')
  const siglum = '{ "witnesses": [{ "siglum": "ed" }] }'
  assert.equal(sidecarError(() => checkSidecarAgainstWitnesses('s.edition.json', siglum, validate(siglum), ['A'])), '1:19: siglum "ed" is an id the TEI gives a part of its own header: choose another')
  const apart = '{ "id": "d-fisheries", "witnesses": [{ "siglum": "M" }] }'
  assert.doesNotThrow(() => checkSidecarAgainstWitnesses('s.edition.json', apart, validate(apart), ['A']))
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

// ── CLI: options and output paths ───────────────────────────────────────────────────────

const CABLE = 'SUBJECT: TEST\n\n1. The Embassy should deliver the text.\n'

function cable(name: string, content = CABLE): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function run(args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options })
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) }
}

/** Exit 1 with one `cable-edition: cannot write OUT: …` line and no stack trace. */
function assertCannotWrite(result: ReturnType<typeof run>, out: string, reason: RegExp): void {
  assert.equal(result.status, 1, result.stderr)
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace')
  assert.doesNotMatch(result.stderr, /internal error/)
  const lines = result.stderr.trim().split('\n')
  assert.equal(lines.length, 1, result.stderr)
  assert.ok(lines[0]?.startsWith(`cable-edition: cannot write ${out}: `), result.stderr)
  assert.match(lines[0] ?? '', reason)
}

test('cli: a file named like an option after -- should be read as a file', () => {
  const work = mkdtempSync(join(dir, 'dash-'))
  writeFileSync(join(work, '-x.txt'), CABLE)
  const result = run(['tei', '--', '-x.txt'], { cwd: work })
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stdout, /Embassy should deliver/)
})

test('cli: a file named like an option without -- should be a usage error (exit 2)', () => {
  const work = mkdtempSync(join(dir, 'dash-'))
  writeFileSync(join(work, '-x.txt'), CABLE)
  const result = run(['tei', '-x.txt'], { cwd: work })
  assert.equal(result.status, 2)
  assert.match(result.stderr, /unknown option -x\.txt .*--/)
})

test('cli: -o naming a directory should exit 1 and write nothing', () => {
  const input = cable('to-dir.txt')
  const out = mkdtempSync(join(dir, 'out-dir-'))
  assertCannotWrite(run(['tei', input, '-o', out]), out, /it is a directory/)
  assert.deepEqual(readdirSync(out), [])
})

test('cli: -o naming the input file should exit 1 and leave the input as it was', () => {
  const input = cable('self.txt')
  assertCannotWrite(run(['tei', input, '-o', input]), input, /it is the input file/)
  assert.equal(readFileSync(input, 'utf8'), CABLE)
})

test('cli: -o naming the input by another path (a link to it) should exit 1', () => {
  const input = cable('self-link.txt')
  const link = join(dir, 'self-link.xml')
  symlinkSync('self-link.txt', link)
  assertCannotWrite(run(['tei', input, '-o', link]), link, /it is the input file/)
  assert.equal(readFileSync(input, 'utf8'), CABLE)
  assert.ok(lstatSync(link).isSymbolicLink())
})

test('cli: -o through a symbolic link should write the link\'s target and keep the link', () => {
  const input = cable('through-link.txt')
  const target = join(dir, 'through-link-target.xml')
  writeFileSync(target, 'old')
  const link = join(dir, 'through-link.xml')
  symlinkSync('through-link-target.xml', link)
  const result = run(['tei', input, '-o', link])
  assert.equal(result.status, 0, result.stderr)
  assert.ok(lstatSync(link).isSymbolicLink(), 'still a link')
  assert.match(readFileSync(target, 'utf8'), /Embassy should deliver/)
})

test('cli: -o under a regular file should exit 1 with "cannot write" and leave no file behind', () => {
  const input = cable('under-file.txt')
  const work = mkdtempSync(join(dir, 'under-file-'))
  writeFileSync(join(work, 'plain'), '')
  const out = join(work, 'plain', 'out.xml')
  assertCannotWrite(run(['tei', input, '-o', out]), out, /not a directory/)
  assert.deepEqual(readdirSync(work), ['plain'])
})

test('cli: -o in a directory without write permission should exit 1 with "cannot write"', () => {
  const input = cable('locked.txt')
  const work = mkdtempSync(join(dir, 'locked-'))
  const locked = join(work, 'locked')
  mkdirSync(locked)
  // root may write anywhere: run the CLI as "nobody" then, who may read but not write here.
  const asRoot = process.getuid?.() === 0
  for (const path of [dir, work]) chmodSync(path, 0o755)
  chmodSync(input, 0o644)
  chmodSync(locked, 0o555)
  const out = join(locked, 'out.xml')
  const result = run(['tei', input, '-o', out], asRoot ? { uid: 65534, gid: 65534 } : {})
  assertCannotWrite(result, out, /permission denied/)
  assert.deepEqual(readdirSync(locked), [])
})

// ── writeAtomic ─────────────────────────────────────────────────────────────────────────

test('writeAtomic: a failed rename should leave no temporary file and throw a WriteError', () => {
  const work = mkdtempSync(join(dir, 'rename-'))
  const rename = fs.renameSync
  fs.renameSync = (): never => {
    throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' })
  }
  syncBuiltinESMExports()
  try {
    assert.throws(() => writeAtomic(join(work, 'out.xml'), 'content'), (error: unknown) => error instanceof WriteError && /EXDEV/.test(error.summary))
  } finally {
    fs.renameSync = rename
    syncBuiltinESMExports()
  }
  assert.deepEqual(readdirSync(work), [])
})

test('writeAtomic: a dangling symbolic link should be written through, creating its target', () => {
  const work = mkdtempSync(join(dir, 'dangling-'))
  symlinkSync(join('made', 'target.xml'), join(work, 'link.xml'))
  writeAtomic(join(work, 'link.xml'), 'content')
  assert.ok(lstatSync(join(work, 'link.xml')).isSymbolicLink())
  assert.equal(readFileSync(join(work, 'made', 'target.xml'), 'utf8'), 'content')
})

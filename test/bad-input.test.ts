import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import fc from 'fast-check'
import { editionOf } from '../src/pipeline.ts'
import { InputError } from '../src/source/errors.ts'
import { decodeSource, readBounded, sourceFromText } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { validateTei } from '../src/validate/index.ts'
import { runCli } from './helpers/cli.ts'
import { danglingPointers, parseTei } from './helpers/tei.ts'
import { quick, slow } from './helpers/slow.ts'

const dir = mkdtempSync(join(tmpdir(), 'cable-bad-'))

/** `tei NAME.txt -o NAME.xml` on the content, in this process (the CLI's own behaviour, not a process's). */
async function run(name: string, content: string | Buffer): Promise<{ status: number; stderr: string; out: string }> {
  const input = join(dir, `${name}.txt`)
  const out = join(dir, `${name}.xml`)
  writeFileSync(input, content)
  const result = await runCli(['tei', input, '-o', out])
  return { status: result.status, stderr: result.stderr, out }
}

const accepted: Array<[string, string]> = [
  ['empty', ''],
  ['blank', '\n\n   \n\t\n'],
  ['controls', 'SUBJECT: TEST\u0007 BELL\n\n1. Text with a form feed\u000c here.\n'],
  ['unbalanced-del', '1. Text </del> stray close and <del>an open one\n\n2. Next.\n'],
  ['nested-del', '1. <del>outer <del>inner</del> text</del> end.\n'],
  ['script', '1. <script>alert("x")</script> & <b>bold</b> text.\n'],
  ['prose', 'Dear all, this is a plain note with no cable structure whatsoever.\n\nIt has two paragraphs.\n'],
  // Closing with nothing to close: TEI has no closer before a text's first paragraph or block.
  ['one-word', 'It\n'],
  ['stamp-then-name', '[Page 1]\nPOEMS Automated Telegram Handler - B26 02/02/95 11:43 am Page:\nTALBOTT\n'],
  ['letter-without-text', 'Begin text:\n\nDear Minister:\n\nSincerely,\n\nEND TEXT.\n'],
  ['closing-only', 'Sincerely,\n\nStrobe Talbott\n'],
  ['repeat-of-a-name', 'FOLLOWING REPEAT STATE 231819 SENT ACTION ALMATY.\n\nQUOTE\n\nALBRIGHT\n\nUNQUOTE\n']
]

// A line of a megabyte: a second or more of work, for `npm test` only.
if (!quick) accepted.push(['long-line', 'word '.repeat(200_000) + '\n'])

const acceptedResults = new Map<string, Awaited<ReturnType<typeof run>>>()
for (const [name, content] of accepted) acceptedResults.set(name, await run(name, content))

for (const [name] of accepted) {
  test(`${name}: should give TEI, warnings with file:line:col and no stack trace`, () => {
    const result = acceptedResults.get(name)
    assert.ok(result)
    assert.equal(result.status, 0, result.stderr)
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace')
    for (const line of result.stderr.split('\n').filter(Boolean)) assert.match(line, /^.+:\d+:\d+: warning: /)
  })
}

// One validation for all: jing starts Java and compiles tei_all each time it runs.
test('every TEI written for the accepted inputs should be valid against tei_all', async () => {
  assert.deepEqual(await validateTei([...acceptedResults.values()].map((result) => result.out)), [])
})

test('one-word: a file of one capitalised word is its text, not a signature of no text', () => {
  const model = editionOf(sourceFromText('one-word.txt', 'It\n'))
  assert.equal(model.facts.signer, undefined)
  assert.match(toTei(model), /<p xml:id="[^"]+">It<\/p>/)
})

test('stamps-alone: a released file of page stamps and the signs the OCR read under them warns that it holds no text', () => {
  const stamp = 'C 0 6 8 3 5 2 9 4 FIED U.S. Department of State Case No. F-2017-13804 Doc No. C06835294 Date: 11/17/2021'
  const model = editionOf(sourceFromText('stamps.txt', `[Page 1]\n${stamp}\n, ,\n[Page 2]\n${stamp}\n`))
  assert.ok(model.warnings.some((w) => w.message === 'no text: the file holds only page furniture or nothing at all'), model.warnings.map((w) => w.message).join('\n'))
  assert.ok(!editionOf(sourceFromText('word.txt', `[Page 1]\n${stamp}\n, , 1\n`)).warnings.some((w) => w.message.startsWith('no text')), 'a digit is text')
})

test('letter-without-text: a letter of a salutation and a closing keeps its salutation, its closing as a paragraph', () => {
  const tei = toTei(editionOf(sourceFromText('letter.txt', 'Begin text:\n\nDear Minister:\n\nSincerely,\n\nEND TEXT.\n')))
  assert.match(tei, /<floatingText type="letter"><body><opener><salute xml:id="[^"]+">Dear Minister:<\/salute><\/opener><p xml:id="[^"]+">Sincerely,<\/p><\/body><\/floatingText>/)
})

test('controls: should warn at the place of each character XML cannot hold', async () => {
  const result = await run('controls-2', 'SUBJECT: TEST\u0007 BELL\n')
  assert.match(result.stderr, /controls-2\.txt:1:14: warning: character U\+0007/)
})

test('script: should keep tags other than <del>/<sup> as escaped literal text', async () => {
  const result = await run('script-2', '1. <script>alert(1)</script> text.\n')
  const xml = (await runCli(['tei', join(dir, 'script-2.txt')])).stdout
  assert.equal(result.status, 0)
  assert.match(xml, /&lt;script(?:>|&gt;)alert\(1\)&lt;\/script(?:>|&gt;)/)
  assert.doesNotMatch(xml, /<script>/)
})

const rejected: Array<[string, Buffer, RegExp]> = [
  ['binary', Buffer.from([0x53, 0x55, 0x42, 0x0a, 0x00, 0x01, 0x02]), /binary\.txt:2:1: error: binary data/],
  ['latin1', Buffer.from('SUBJECT: caf\xe9\n', 'latin1'), /latin1\.txt:1:13: error: not valid UTF-8/],
  // Windows tools save "Unicode" text as UTF-16 with a byte order mark: named as such, not as binary or Latin-1.
  ['utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SUBJECT: TEST\n', 'utf16le')]), /utf16\.txt:1:1: error: UTF-16 text: convert the file to UTF-8/]
]

for (const [name, content, message] of rejected) {
  test(`${name}: should exit 1 with one file:line:col error line and write nothing`, async () => {
    const result = await run(name, content)
    assert.equal(result.status, 1)
    assert.match(result.stderr.trim(), message)
    assert.equal(result.stderr.trim().split('\n').length, 1)
    assert.equal(existsSync(result.out), false)
  })
}

test('usage: should exit 2 on a wrong call and 1 on a missing file', async () => {
  assert.equal((await runCli(['frobnicate'])).status, 2)
  assert.equal((await runCli(['tei'])).status, 2)
  const missing = await runCli(['tei', join(dir, 'nope.txt')])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /nope\.txt:1:1: error: cannot read the file \(ENOENT\)/)
})

test('sidecar: should reject a bad sidecar with its place', async () => {
  const input = join(dir, 'sidecar.txt')
  writeFileSync(input, 'SUBJECT: X\n\n1. Text.\n')
  writeFileSync(join(dir, 'sidecar.edition.json'), '{\n  "witnesses": [{ "siglum": "A", "lines": [[1, 99]] }]\n}\n')
  const result = await runCli(['tei', input])
  assert.equal(result.status, 1)
  assert.match(result.stderr, /sidecar\.edition\.json:2:\d+: error: line range \[1,99\] must be \[first, last\] within 1–4/)
})

const cablePiece = fc.constantFrom(
  'SUBJECT: TALKS', 'TAGS: PREL, US', 'E.O. 12958: DECL: 10/31/07', '-CONFIDENTIAL', '## -SECRET', '### \\_CONFIDENTIAL',
  '2', 'PAGE 01 STATE 204310 291924Z', 'FL-2017-13804 B-00002120004', '"UNCLASSIFIED"', '1. (c) Embassy should deliver.',
  '2. <del>(c)</del> begin text:', 'Dear Sir:', 'With regards,', 'Strobe Talbott', 'End Text. ALBRIGHT', '<sup>~</sup>PAGE 02',
  'the basis of the talks', 'TO AMEMBASSY MOSCOW IMMEDIATE', '<del>open', 'close</del>', '\t\tAP)\tPR:', '-----', '<script>x</script>',
  'Sincerely,', 'TALBOTT', 'QUOTE', 'UNQUOTE', '[Page 1]', 'It'
)

test('property: generated and mutated cables should give well-formed, valid TEI with resolving pointers', slow, async () => {
  const outputs: string[] = []
  fc.assert(
    fc.property(
      fc.array(fc.oneof(cablePiece, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 25 }),
      fc.array(fc.constantFrom('\n', '\n\n'), { minLength: 25, maxLength: 25 }),
      (pieces, breaks) => {
        const text = pieces.map((p, i) => p + (breaks[i] ?? '\n')).join('')
        let tei: string
        try {
          const source = decodeSource('generated.txt', Buffer.from(text, 'utf8'))
          tei = toTei(editionOf(source))
        } catch (error) {
          if (error instanceof InputError) return
          throw error
        }
        assert.deepEqual(danglingPointers(parseTei(tei)), [])
        outputs.push(tei)
      }
    ),
    { numRuns: 300, seed: 20261128 }
  )
  const files = outputs.map((tei, i) => {
    const path = join(dir, `property-${i}.xml`)
    writeFileSync(path, tei)
    return path
  })
  assert.deepEqual(await validateTei(files), [])
  assert.ok(toTei(editionOf(sourceFromText('x.txt', 'SUBJECT: X\n'))).includes('SUBJECT'))
})

test('size: a run of 20,000 letters after a page stamp (a text layer that lost every space) is kept, never searched part by part for words', () => {
  // Each of its neighbours one edit away, and each of its parts, once made a string or a search of
  // its own: 20,000 letters ran the heap out (a crash, not a message).
  const run = 'x'.repeat(20_000)
  const model = editionOf(sourceFromText('run.txt', `g068] 5070=IED U.S. Department of State Case No. F-2017-13804 Doc No. C0 ${run}\n`))
  assert.ok(toTei(model).includes(run))
})

test('size: a file larger than --max-size should exit 1 with one error line naming the limit, and write nothing', async () => {
  const input = join(dir, 'large.txt')
  writeFileSync(input, 'SUBJECT: LARGE\n\n' + 'word '.repeat(500))
  const out = join(dir, 'large.xml')
  const result = await runCli(['tei', input, '-o', out, '--max-size', '1k'])
  assert.equal(result.status, 1)
  assert.match(result.stderr.trim(), /^.+large\.txt:1:1: error: the file is larger than 1 KiB, the limit for one input file \(raise it with --max-size\)$/)
  assert.equal(existsSync(out), false)
  assert.equal((await runCli(['tei', input, '-o', out, '--max-size', '1M'])).status, 0, 'under a higher limit it is read')
})

test('heap: a text larger than the heap can hold is refused with one error line that says how much Node needs, never a crash; given that, it builds', slow, () => {
  // 100,000 short lines (1.5 MB): with a heap of 128 MB V8 aborted the process with its native
  // stack trace after some 20 s; src/source/heap.ts refuses it before the work starts.
  const words = ['embassy', 'reports', 'minister', 'said', 'talks', 'on', 'the', 'border', 'agreed', 'today', 'secretary', 'cable']
  const lines = Array.from({ length: 100_000 }, (_, i) => `${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}`)
  const input = join(dir, 'heap.txt')
  writeFileSync(input, `SUBJECT: A LONG TEXT\n\n${lines.join('\n')}\n`)
  const out = join(dir, 'heap.xml')
  const cli = join(import.meta.dirname, '..', 'bin', 'cable-edition.js')
  const small = spawnSync(process.execPath, ['--max-old-space-size=128', cli, 'tei', input, '-o', out], { encoding: 'utf8' })
  assert.equal(small.status, 1, small.stderr)
  assert.doesNotMatch(small.stderr, /stack trace|FATAL|heap out of memory/i)
  const message = small.stderr.trim()
  assert.match(message, /^.+heap\.txt:1:1: error: the text is 1\.\d+ MiB \(200,004 words, 100,003 lines\): making its edition may take [\d.]+ MiB of memory, more than the [\d.]+ MiB Node has left for it here \(of [\d.]+ MiB\); split the file, or give Node more memory \(NODE_OPTIONS=--max-old-space-size=\d+\)$/)
  assert.equal(existsSync(out), false, 'nothing written')
  const enough = /--max-old-space-size=(\d+)/.exec(message)?.[1] ?? ''
  const given = spawnSync(process.execPath, [`--max-old-space-size=${enough}`, cli, 'tei', input, '-o', out], { encoding: 'utf8' })
  assert.equal(given.status, 0, given.stderr)
  // Every line of the text, one paragraph of them: a line break between each two.
  const tei = readFileSync(out, 'utf8')
  assert.equal(tei.split('<lb/>').length, lines.length, 'a line break between each two lines')
  assert.ok(tei.includes(`${lines.at(-2)}<lb/>${lines.at(-1)}</p>`), 'the last lines end the paragraph')
  // That TEI as a master of a corpus, under a heap it does not fit (V8 aborted here too).
  const corpus = join(dir, 'heap-corpus')
  mkdirSync(corpus)
  writeFileSync(join(corpus, 'heap.xml'), tei)
  const master = spawnSync(process.execPath, ['--max-old-space-size=96', cli, 'build', corpus, '--out', join(dir, 'heap-site'), '--quiet'], { encoding: 'utf8' })
  assert.equal(master.status, 1, master.stderr)
  assert.match(master.stderr.trim(), /^.+heap\.xml:1:1: error: the TEI is 1\.\d+ MiB: making its edition may take [\d.]+ MiB of memory, .* \(NODE_OPTIONS=--max-old-space-size=\d+\)$/)
  assert.equal(existsSync(join(dir, 'heap-site')), false, 'no site written')
  // Words cost more than characters: 1.5 MB of one-letter words (750,000 of them) aborted under
  // 256 MB, which a text of 1.5 MB of ordinary words fits in.
  const letters = join(dir, 'letters.txt')
  writeFileSync(letters, `SUBJECT: LETTERS\n\n${Array.from({ length: 750_000 }, (_, i) => 'abcdefghij'[(i * 7) % 10]).join(' ')}\n`)
  const oneLetter = spawnSync(process.execPath, ['--max-old-space-size=256', cli, 'tei', letters, '-o', join(dir, 'letters.xml')], { encoding: 'utf8' })
  assert.equal(oneLetter.status, 1, oneLetter.stderr)
  assert.match(oneLetter.stderr.trim(), /^.+letters\.txt:1:1: error: the text is 1\.\d+ MiB \(750,002 words, 4 lines\): making its edition may take/)
})

test('size: reading /dev/zero should stop at the limit with that error', { skip: existsSync('/dev/zero') ? false : 'no /dev/zero here' }, async () => {
  const result = await runCli(['tei', '/dev/zero', '--max-size', '64k'])
  assert.equal(result.status, 1)
  assert.match(result.stderr.trim(), /^\/dev\/zero:1:1: error: the file is larger than 64 KiB/)
})

test('size: the bytes read of a small file should not keep the larger read buffer alive (a build holds every input\'s bytes)', () => {
  const path = join(dir, 'small-read.txt')
  writeFileSync(path, 'SUBJECT: A SMALL FILE\n')
  const bytes = readBounded(path)
  assert.equal(bytes.toString('utf8'), 'SUBJECT: A SMALL FILE\n')
  // At most Node's shared pool for small buffers (8 KiB), never the 64 KiB buffer of the read.
  assert.ok(bytes.buffer.byteLength <= Buffer.poolSize, `${bytes.buffer.byteLength} bytes held for ${bytes.length}`)
})

test('size: a --max-size that is not a size should be a usage error (exit 2)', async () => {
  assert.equal((await runCli(['tei', join(dir, 'large.txt'), '--max-size', 'lots'])).status, 2)
  assert.equal((await runCli(['tei', join(dir, 'large.txt'), '--max-size', '0'])).status, 2)
})

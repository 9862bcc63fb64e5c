import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import test from 'node:test'
import { editionOfFile } from '../src/pipeline.ts'
import { toTei } from '../src/tei/document.ts'

/** The model and TEI of one raw file, as `cable-edition tei` makes them. */
function transformFile(path: string): { model: ReturnType<typeof editionOfFile>; tei: string } {
  const model = editionOfFile(path)
  return { model, tei: toTei(model) }
}
import { validateTei } from '../src/validate/index.ts'
import { danglingPointers, elements, lostWords, parseTei, textOf } from './helpers/tei.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'cables')
const inputs = [
  join(import.meta.dirname, '..', 'corpus', 'FL-2017-13804-B-00002120004.txt'),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, f))
]

test('TEI of the sample and of every fixture cable', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-tei-'))
  const written: string[] = []
  for (const input of inputs) {
    const name = input.split('/').pop() ?? input
    const result = transformFile(input)
    const path = join(dir, name.replace(/\.txt$/, '.xml'))
    writeFileSync(path, result.tei)
    written.push(path)
    await t.test(`${name}: should be deterministic (byte-identical on a second run)`, () => {
      assert.equal(transformFile(input).tei, result.tei)
    })
    await t.test(`${name}: should point only to ids that exist`, () => {
      assert.deepEqual(danglingPointers(parseTei(result.tei)), [])
    })
    await t.test(`${name}: should keep every word of every copy (lossless)`, () => {
      const raw = readFileSync(input, 'utf8')
      const lines = raw.split('\n').length
      const covered = result.model.descriptions.flatMap((w) => w.lines.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)))
      assert.equal(new Set(covered).size, covered.length, 'no line in two copies')
      assert.ok(covered.length >= lines - 1, 'every line in a copy')
      for (const witness of result.model.descriptions) {
        assert.deepEqual(lostWords(raw, witness.lines, parseTei(result.tei), witness.siglum), [], `copy ${witness.siglum}`)
      }
    })
    await t.test(`${name}: should group witnesses that agree on an omission in one reading`, () => {
      for (const app of elements(parseTei(result.tei), 'app')) {
        const empty = app.children.filter((c) => c.type === 'element' && c.children.length === 0)
        assert.ok(empty.length <= 1, `app ${app.attributes['xml:id']} has ${empty.length} empty readings`)
      }
    })
    await t.test(`${name}: should have one witness per copy and a page break per page of each`, () => {
      const tree = parseTei(result.tei)
      const witnesses = elements(tree, 'witness').map((w) => w.attributes['xml:id'])
      assert.equal(witnesses.length, result.model.descriptions.length)
      for (const siglum of witnesses) assert.ok(elements(tree, 'pb').some((pb) => pb.attributes.edRef === `#${siglum}`), `page 1 of ${siglum}`)
    })
  }
  await t.test('should validate against tei_all.rng, every file', async () => {
    assert.deepEqual(await validateTei(written), [])
  })
})

test('the sample', async (t) => {
  const sample = inputs[0] as string
  const tree = parseTei(transformFile(sample).tei)
  const apps = elements(tree, 'app').filter((a) => a.attributes.type !== 'furniture' && a.attributes.type !== 'ocr-markup')
  const reading = (app: (typeof apps)[number], wit: string): string | undefined => {
    const r = app.children.find((c) => c.type === 'element' && (c.attributes.wit ?? '').split(' ').includes(`#${wit}`))
    return r ? textOf(r) : undefined
  }
  await t.test('should find copy A (drafting copy) and copy B (telegram, its first page moved from the end)', () => {
    const witnesses = elements(tree, 'witness').map(textOf)
    assert.match(witnesses[0] ?? '', /^A Drafting copy, FOIA document B-00002120004; raw lines 1–8\d\.$/)
    assert.match(witnesses[1] ?? '', /^B Telegram as transmitted, telegram STATE 204310, 291924Z, FOIA document B-00002120004; raw lines 138–156, 82–137 \(copy text\)\.$/)
    const dated = elements(elements(tree, 'witness')[1]!, 'date')[0]
    assert.equal(dated?.attributes.when, '1997-10-29T19:24:00Z', 'its date-time group, completed from the drafting date')
  })
  await t.test('should number the pages of each copy: A 1–4, B 1–3', () => {
    const pages = (wit: string): string[] => elements(tree, 'pb').filter((pb) => pb.attributes.edRef === `#${wit}`).map((pb) => pb.attributes.n ?? '')
    assert.deepEqual(pages('A'), ['1', '2', '3', '4'])
    assert.deepEqual(pages('B'), ['1', '2', '3'])
  })
  await t.test('should record "your" as omitted in B (substantive)', () => {
    const app = apps.find((a) => reading(a, 'A') === 'your')
    assert.equal(app?.attributes.type, 'substantive')
    assert.equal(reading(app!, 'B'), '')
  })
  await t.test('should type the struck (C) of B against (c) of A as a marking variant', () => {
    const app = apps.find((a) => reading(a, 'A') === '(c)')
    assert.equal(app?.attributes.type, 'marking')
    assert.ok(elements(app!, 'del').some((d) => textOf(d) === '(C)' && d.attributes.rend === 'strikethrough'))
  })
  await t.test('should oppose ALBRIGHT (B, lemma) to YY (A)', () => {
    const app = apps.find((a) => reading(a, 'B') === 'ALBRIGHT')
    assert.equal(reading(app!, 'A'), 'YY')
    assert.equal(app?.children.find((c) => c.type === 'element')?.type === 'element' ? (app.children.find((c) => c.type === 'element') as { name: string }).name : '', 'lem')
  })
  await t.test('should read the header facts with machine-readable dates', () => {
    const when = (name: string): string[] => elements(tree, name).map((e) => e.attributes.when ?? '').filter(Boolean)
    assert.ok(when('date').includes('1997-10-29T19:24:00Z'), 'date-time group 291924Z')
    assert.ok(when('date').includes('1997-10-28'), 'drafted')
    assert.ok(when('date').includes('2007-10-31'), 'declassify')
    assert.ok(when('change').includes('2023-02-02'), 'released')
    const idnos = Object.fromEntries(elements(elements(tree, 'publicationStmt')[0]!, 'idno').map((i) => [i.attributes.type, textOf(i)]))
    assert.deepEqual(idnos, { 'FOIA-case': 'FL-2017-13804', 'FOIA-doc': 'B-00002120004', telegram: 'STATE 204310' })
    assert.deepEqual(elements(tree, 'term').map(textOf), ['PREL', 'AM', 'AJ', 'RS'])
    const received = elements(tree, 'correspAction').find((c) => c.attributes.type === 'received')
    assert.equal(textOf(received!), 'AMEMBASSY MOSCOW')
  })
  await t.test('should keep the quoted letter as a floatingText with opener and closer', () => {
    const letter = elements(tree, 'floatingText')[0]
    assert.equal(letter?.attributes.type, 'letter')
    assert.equal(textOf(elements(letter!, 'salute')[0]!), 'Dear Boris Nikolayevich:')
    assert.equal(textOf(elements(letter!, 'signed')[0]!), 'Strobe Talbott')
  })
  await t.test('should mark the errors both copies share as sic, uncorrected without a sidecar', () => {
    assert.deepEqual(elements(tree, 'sic').map(textOf), ['Embasssy', 'wil'])
    assert.equal(elements(tree, 'corr').length, 0)
  })
  await t.test('should correct a shared error where the sidecar lists it, with the edition responsible', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-sidecar-'))
    const copy = join(dir, 'sample.txt')
    writeFileSync(copy, readFileSync(sample))
    writeFileSync(join(dir, 'sample.edition.json'), JSON.stringify({ corrections: [{ sic: 'Embasssy', corr: 'Embassy' }] }))
    const corrected = parseTei(transformFile(copy).tei)
    const corr = elements(corrected, 'corr')
    assert.deepEqual(corr.map((c) => [textOf(c), c.attributes.resp]), [['Embassy', '#ed']])
    assert.equal(textOf(elements(corrected, 'sic')[0]!), 'Embasssy')
  })
  await t.test('should warn, at its place in the sidecar, of a correction or a variant type that changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-sidecar-'))
    const copy = join(dir, 'sample.txt')
    writeFileSync(copy, readFileSync(sample))
    // A point of the apparatus, named as its app's xml:id names it (`app-B-148-5` is B:148:5).
    const point = (elements(tree, 'app').map((app) => app.attributes['xml:id']).find((id) => id?.startsWith('app-')) ?? '').replace(/^app-/, '').replaceAll('-', ':')
    assert.match(point, /^[AB]:\d+:\d+$/)
    const sidecar = { corrections: [{ sic: 'Embasssy', corr: 'Embassy' }, { sic: 'Embassy,', corr: 'Embassy' }], variantTypes: { [point]: 'substantive', 'B:999:1': 'ocr' } }
    writeFileSync(join(dir, 'sample.edition.json'), JSON.stringify(sidecar, null, 2))
    const warnings = transformFile(copy).model.warnings.filter((w) => w.file.endsWith('.edition.json')).map((w) => `${w.line}:${w.column}: ${w.message}`)
    assert.deepEqual(warnings, [
      '8:7: the correction of "Embassy," corrects nothing: no copy has that word (a correction names one whole word, as the copies write it)',
      '14:5: variantTypes "B:999:1" names no variation point of the apparatus: it changes nothing (a key is the siglum, line and column of the point\'s first word, as its app\'s xml:id gives them)',
    ])
  })
  await t.test('should keep the ids of other blocks when one paragraph changes (stable URLs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-ids-'))
    const edited = join(dir, 'sample.txt')
    writeFileSync(edited, readFileSync(sample, 'utf8').replaceAll('Whatever their motivations, the leaders', 'Whatever their motives, the leaders'))
    const ids = (t: ReturnType<typeof parseTei>): string[] => elements(t, 'p').concat(elements(t, 'ab')).map((e) => e.attributes['xml:id'] ?? '')
    const before = ids(tree)
    const after = ids(parseTei(transformFile(edited).tei))
    assert.ok(before.includes('p-1') && before.includes('p-2'))
    assert.equal(after.length, before.length)
    const changed = before.filter((id, i) => id !== after[i])
    assert.equal(changed.length, 1, `only the edited paragraph: ${changed.join(', ')}`)
  })
  await t.test('should keep OCR markup recoverable but out of the reading text', () => {
    const origs = elements(tree, 'orig').map(textOf)
    for (const markup of ['## ', '### ', '\\_', '<sup>~</sup>', '# ']) assert.ok(origs.includes(markup), markup)
  })
})

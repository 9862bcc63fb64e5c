import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import test from 'node:test'
import fc from 'fast-check'
import { COPY_THRESHOLD, DRAFT_THRESHOLD, draftKey, MAX_HOLDERS, MIN_SHINGLES, planDocuments, type ReleasedRecord } from '../../src/corpus/group.ts'
import type { Identity } from '../../src/corpus/identity.ts'
import { editionOfCorpus } from '../../src/corpus/index.ts'
import { containment, shingles } from '../../src/corpus/shingles.ts'

const none: Identity = { numbers: [], dateTimes: [], coverSheet: false }
const state = (number: string, time?: string): Identity => ({ numbers: [{ post: 'STATE', number }], dateTimes: time ? [{ time, month: 'MAR', year: '97' }] : [], coverSheet: false })
/** A text of `n` distinct words, the first `from` of them shared with any other made the same way. */
const words = (n: number, tag: string, from = n): Uint32Array => shingles(Array.from({ length: n }, (_, i) => (i < from ? `word${i}` : `${tag}${i}`)))
const record = (path: string, identity: Identity, set: Uint32Array): ReleasedRecord => ({ path, name: path, identity, shingles: set })
const groups = (records: ReleasedRecord[], editor?: Parameters<typeof planDocuments>[1]): string[][] => planDocuments(records, editor).map((d) => d.paths)

test('containment: the share of the smaller text’s shingles the other has', () => {
  assert.equal(containment(words(30, 'a'), words(60, 'b', 30)), 1, 'a text wholly inside a longer one')
  assert.equal(containment(words(30, 'a'), words(30, 'b', 0)), 0)
  assert.equal(containment(new Uint32Array(), words(30, 'a')), 0)
  const half = words(40, 'c', 20)
  assert.ok(Math.abs(containment(words(40, 'a'), half) - 16 / 36) < 1e-9, 'sixteen of the 36 shingles are the same words')
})

test('shingles: sorted, each once, however often a run of words repeats', () => {
  const repeated = shingles('one two three four five one two three four five one two three four five'.split(' '))
  assert.deepEqual([...repeated], [...new Set(repeated)].sort((a, b) => a - b))
  assert.equal(repeated.length, 5, 'five different runs of five words')
})

test('shingles: each is the FNV-1a hash of its five words joined by spaces, as the cache of earlier builds keeps them', () => {
  // FNV-1a written out on the joined string (http://www.isthe.com/chongo/tech/comp/fnv/): the
  // shingles hash word by word without making that string, and must agree with it.
  const fnv = (text: string): number => {
    let hash = 0x811c9dc5
    for (const unit of text.split('').map((c) => c.charCodeAt(0))) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0
    return hash
  }
  const text = 'the ambassador said that the talks on the treaty would go on'.split(' ')
  const expected = [...new Set(text.slice(0, text.length - 4).map((_, i) => fnv(text.slice(i, i + 5).join(' '))))].sort((a, b) => a - b)
  assert.deepEqual([...shingles(text)], expected)
})

test('shingles: case, punctuation, numbers and redaction marks do not count', () => {
  assert.deepEqual(shingles('The Minister, 12 said: xxxxx THAT the talks would go on.'.split(' ')), shingles('THE MINISTER SAID THAT THE TALKS WOULD GO ON'.split(' ')))
})

test('shingles: a paragraph gives what its words give one by one (white space of any kind, words of punctuation, non-Latin case)', () => {
  const paragraphs = ['The Minister -- in ΟΔΟΣ, Ankara\u00a0(İstanbul) -- said:', '"that" the talks,\twould go on… ΣΟΦΟΣ. Σ! end']
  assert.deepEqual([...shingles(paragraphs)], [...shingles(paragraphs.flatMap((text) => text.split(/\s+/)))])
  assert.ok(shingles(paragraphs).length > 5)
})

test('shingles: ASCII text normalised as the Unicode classes say (letters, digits and white space kept, in lower case)', () => {
  const byClasses = (text: string): string[] => text.split(/\s+/).map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'q', '7', ' ', '\t', '\n', '\v', '-', '.', "'", '_', '^', '~', '\x7f', '\x00', 'X', 'x') , maxLength: 80 }), (text) => {
      assert.deepEqual([...shingles([text])], [...shingles(byClasses(text))])
    }),
    { numRuns: 400 },
  )
})

test('planDocuments: texts that share the threshold or more are one document; less, two', () => {
  const draft = record('draft', none, words(100, 'a'))
  const copy = record('telegram', state('1'), words(100, 'b', Math.ceil(100 * COPY_THRESHOLD) + 4))
  const other = record('other', state('2'), words(100, 'c', Math.floor(100 * COPY_THRESHOLD) - 4))
  assert.deepEqual(groups([draft, copy]), [['draft', 'telegram']])
  assert.deepEqual(groups([draft, other]), [['draft'], ['other']])
})

test('planDocuments: shingles more files hold than MAX_HOLDERS are boilerplate, not evidence of a copy', () => {
  // Every file holds the same 60 boilerplate shingles and 40 of its own; two of them also share
  // 120 rarer shingles. Counted, the boilerplate would make every pair a copy (60 of 100 shared).
  const boilerplate = Array.from({ length: 60 }, (_, i) => 0xfff00000 + i)
  const own = (file: number): number[] => Array.from({ length: 40 }, (_, i) => 0x10000 * (file + 1) + i)
  const rare = Array.from({ length: 120 }, (_, i) => 0x80000000 + i * 7919)
  const set = (numbers: number[]): Uint32Array => Uint32Array.from(numbers).sort()
  const files = Array.from({ length: MAX_HOLDERS + 3 }, (_, file) =>
    record(`f-${String(file).padStart(2, '0')}`, none, set([...boilerplate, ...own(file), ...(file === 5 || file === 30 ? rare : [])]))
  )
  const plan = groups(files)
  assert.deepEqual(plan.filter((paths) => paths.length > 1), [['f-05', 'f-30']])
  assert.equal(plan.length, files.length - 1)
})

test('planDocuments: copies of copies are copies, in the order of their released names', () => {
  const a = record('b-second', none, words(100, 'a'))
  const b = record('a-first', none, words(100, 'b', 70))
  const c = record('c-third', none, words(140, 'c', 100))
  assert.deepEqual(groups([a, b, c]), [['a-first', 'b-second', 'c-third']])
})

test('planDocuments: the same telegram is one document when the texts cannot be compared or agree', () => {
  const fragment = record('page-one', state('123450', '121212Z'), words(MIN_SHINGLES - 5, 'a'))
  const telegram = record('telegram', state('123450', '121212Z'), words(200, 'b', 0))
  assert.deepEqual(groups([fragment, telegram]), [['page-one', 'telegram']])
})

test('planDocuments: the same number with texts that disagree is a related record, not a copy', () => {
  const one = record('one', state('123450'), words(100, 'a', 0))
  const two = record('two', state('123450'), words(100, 'b', 0))
  const plan = planDocuments([one, two])
  assert.deepEqual(plan.map((d) => d.paths), [['one'], ['two']])
  assert.match(plan[0]?.related[0]?.reason ?? '', /names the same telegram/)
})

test('planDocuments: a cover sheet is never a copy, but is linked both ways to the telegram it names', () => {
  const cover = record('cover', { ...state('123450', '121212Z'), coverSheet: true }, words(100, 'a'))
  const telegram = record('telegram', state('123450', '121212Z'), words(100, 'a'))
  const plan = planDocuments([cover, telegram])
  assert.deepEqual(plan.map((d) => d.paths), [['cover'], ['telegram']])
  assert.deepEqual(plan.map((d) => d.related.map((r) => r.path)), [['telegram'], ['cover']])
  assert.match(plan[1]?.related[0]?.reason ?? '', /cover sheet/)
})

test('planDocuments: the editor’s documents are complete, separated files never join, related records link', () => {
  const a = record('a', none, words(100, 'a'))
  const b = record('b', none, words(100, 'b', 90))
  const c = record('c', none, words(100, 'c', 90))
  assert.deepEqual(groups([a, b, c], { documents: [{ files: ['a', 'b'] }], separate: [], related: [] }), [['a', 'b'], ['c']])
  assert.deepEqual(groups([a, b, c], { documents: [], separate: [['a', 'c']], related: [] }), [['a', 'b'], ['c']])
  const related = planDocuments([a, record('x', none, words(100, 'x', 0))], { documents: [], separate: [], related: [['a', 'x']] })
  assert.deepEqual(related.map((d) => d.related.map((r) => r.reason)), [['related by the editor (edition.json)'], ['related by the editor (edition.json)']])
})

test('planDocuments: a cover sheet that names no telegram is related to the record released next to it', async (t) => {
  const cover = (name: string, release?: string): ReleasedRecord => ({ ...record(name, { ...none, coverSheet: true }, words(30, name, 0)), ...(release ? { release } : {}) })
  const telegram = (name: string, release?: string): ReleasedRecord => ({ ...record(name, none, words(100, name, 0)), ...(release ? { release } : {}) })
  const relatedOf = (plan: ReturnType<typeof planDocuments>, path: string): string[] => plan.find((d) => d.paths.includes(path))?.related.map((r) => r.path) ?? []
  await t.test('the nearest number within the window, the later one at equal distance', () => {
    const plan = planDocuments([telegram('C06698950'), cover('C06698954'), telegram('C06698958'), telegram('C06698990')])
    assert.deepEqual(relatedOf(plan, 'C06698954'), ['C06698958'])
    assert.deepEqual(relatedOf(plan, 'C06698958'), ['C06698954'])
    assert.deepEqual(relatedOf(plan, 'C06698950'), [])
    assert.match(plan.find((d) => d.paths.includes('C06698954'))?.related[0]?.reason ?? '', /released next to it .*names no telegram/)
  })
  await t.test('never beyond the window, across releases, to another cover sheet, or where the editor keeps them apart', () => {
    assert.deepEqual(relatedOf(planDocuments([cover('C06698954'), telegram('C06698954'.replace('54', '99'))]), 'C06698954'), [])
    assert.deepEqual(relatedOf(planDocuments([cover('C06698954', 'F-2017-13804'), telegram('C06698958', 'F-2016-00001')]), 'C06698954'), [])
    assert.deepEqual(relatedOf(planDocuments([cover('C06698954'), cover('C06698958')]), 'C06698954'), [])
    assert.deepEqual(relatedOf(planDocuments([cover('C06698954'), telegram('C06698958')], { documents: [], separate: [['C06698954', 'C06698958']], related: [] }), 'C06698954'), [])
  })
  await t.test('a file name that is no document number, or a cover sheet the editor relates, gets no such link', () => {
    assert.deepEqual(relatedOf(planDocuments([cover('cover-sheet'), telegram('C06698958')]), 'cover-sheet'), [])
    const stated = planDocuments([cover('C06698954'), telegram('C06698958'), telegram('C06698683')], { documents: [], separate: [], related: [['C06698954', 'C06698683']] })
    assert.deepEqual(relatedOf(stated, 'C06698954'), ['C06698683'])
  })
})

test('planDocuments: the same corpus in another order gives the same documents', () => {
  const records = [record('a', none, words(100, 'a')), record('b', none, words(100, 'b', 80)), record('c', state('9'), words(100, 'c', 0))]
  assert.deepEqual(groups([...records].reverse()), groups(records))
})

const copysets = join(import.meta.dirname, '..', 'fixtures', 'copysets')
const truth = JSON.parse(readFileSync(join(copysets, 'sets.json'), 'utf8')) as { copies: string[][]; related: string[][]; single: string[] }

test('real releases: each copy set is one document, each cover sheet its own document linked both ways', async (t) => {
  const dir = join(copysets, 'corpus')
  const { models, redirects } = editionOfCorpus(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort())
  const filesOf = (model: (typeof models)[number]): string[] => [...new Set(model.descriptions.map((d) => d.file ?? basename(model.file)))].sort()
  const documentOf = (file: string): (typeof models)[number] | undefined => models.find((m) => filesOf(m).includes(file))
  for (const set of truth.copies) {
    await t.test(`${set.join(' + ')} should be one document`, () => {
      const document = documentOf(set[0] as string)
      assert.deepEqual(document && filesOf(document), [...set].sort())
      const sigla = document?.descriptions.map((d) => d.siglum) ?? []
      assert.equal(new Set(sigla).size, sigla.length, 'every copy its own siglum')
    })
  }
  await t.test('the document is named by its copy text’s document number; every other number redirects to it', () => {
    const document = documentOf('C06698683.txt')
    assert.equal(document?.id, 'd-C06698683', 'the telegram as transmitted is the copy text')
    assert.deepEqual(redirects.filter((r) => r.to === 'd-C06698683').map((r) => r.from).sort(), ['d-C06698958', 'd-C06698960'])
    // A received print with the drafting form in its header, its FM line under the precedence line: still the telegram as transmitted.
    assert.equal(documentOf('C06698949.txt')?.copyText, 'C06698940')
  })
  // C06698962 and C06698981 name their telegram; the memcon cover sheets C06698954 and C06698972 name none and are linked by release order.
  for (const [cover, telegram] of truth.related) {
    await t.test(`${cover} should stay a document of its own, related to ${telegram} and back`, () => {
      const [a, b] = [documentOf(cover as string), documentOf(telegram as string)]
      assert.notEqual(a, b)
      assert.ok(a?.related.some((r) => r.id === b?.id))
      assert.ok(b?.related.some((r) => r.id === a?.id))
    })
  }
  for (const single of truth.single) {
    await t.test(`${single} should stay a document of its own`, () => assert.deepEqual(filesOf(documentOf(single) ?? models[0]!), [single]))
  }
})

test('a draft and a telegram of the same subject are copies from DRAFT_THRESHOLD of shared shingles; telegrams of one subject that share less, or two sent ones, are not', () => {
  const subject = "DEPUTY SECRETARY CONVERSATION WITH NATO SYG SOLANA"
  // 100 words, 40 of them in common: 36 shared of 96 shingles, 0.375 (below COPY_THRESHOLD, above DRAFT_THRESHOLD).
  const set = (tag: string, shared: number): Uint32Array => words(100, tag, shared)
  const share = containment(set('a', 40), set('b', 40))
  assert.ok(share >= DRAFT_THRESHOLD && share < COPY_THRESHOLD)
  const draft = { ...record('draft', none, set('a', 40)), subject, draft: true }
  const sent = { ...record('sent', state('049584'), set('b', 40)), subject }
  assert.deepEqual(groups([draft, sent]), [['draft', 'sent']])
  // Another subject, or no draft among them, or a share of 0.2 (another call with the same subject): documents of their own.
  assert.deepEqual(groups([{ ...draft, subject: 'DEPUTY SECRETARY CONVERSATION WITH DANISH FM' }, sent]).length, 2)
  assert.deepEqual(groups([{ ...draft, draft: false }, sent]).length, 2)
  assert.deepEqual(groups([{ ...draft, shingles: set('a', 25) }, { ...sent, shingles: set('b', 25) }]).length, 2)
})

test('draftKey: a telegram\'s subject in capitals without THE and a possessive\'s S, a draft marked; none for a channel\'s subject or a short one', () => {
  assert.deepEqual(draftKey({ kind: 'Telegram', subject: "THE DEPUTY SECRETARY'S CONVERSATION WITH NATO SYG SOLANA" }), { subject: 'DEPUTY SECRETARY CONVERSATION WITH NATO SYG SOLANA', draft: true })
  assert.deepEqual(draftKey({ kind: 'Telegram', subject: 'Deputy Secretary S conversation with NATO SYG Solana', telegram: 'STATE 049584' }), { subject: 'DEPUTY SECRETARY CONVERSATION WITH NATO SYG SOLANA' })
  assert.deepEqual(draftKey({ kind: 'Telegram', subject: 'OFFICIAL-INFORMAL' }), {})
  assert.deepEqual(draftKey({ kind: 'Telegram', subject: 'KOSOVO' }), {})
  assert.deepEqual(draftKey({ kind: 'Memorandum', subject: 'DEPUTY SECRETARY CONVERSATION WITH NATO SYG SOLANA' }), {})
})

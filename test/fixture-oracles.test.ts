/**
 * The fixture oracles: each `test/fixtures/cables/NAME.txt` has a `NAME.expected.json` that
 * says what a correct reading of the cable finds (see the fixtures' README). Every key an
 * oracle holds is compared here with the edition model the pipeline makes, one test per
 * fixture and key, so a failure names what is wrong. Keys the model does not hold yet are
 * listed in `NOT_MODELLED` with the reason; an oracle key this file does not know fails, so
 * a new key cannot be silently ignored.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import type { Token } from '../src/collate/types.ts'
import type { EditionModel } from '../src/edition/model.ts'
import { apparatusOf } from '../src/edition/place.ts'
import { editionOfFile } from '../src/pipeline.ts'
import type { Mark, WitnessStream } from '../src/tokenise/stream.ts'

const fixtures = join(import.meta.dirname, 'fixtures', 'cables')
const names = readdirSync(fixtures)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.expected\.json$/, ''))
  .sort()

/** Oracle keys the model does not hold yet: not asserted, and why. */
const NOT_MODELLED: Readonly<Record<string, string>> = {
  // Withheld text (FOIA exemptions B5, B6 and the redaction marks in the text) is issue 8.
  exemptions: 'withheld text, issue 8',
  // Prose for the human reader of the oracle.
  description: 'a note for the reader, not a fact'
}

/**
 * Facts every oracle states when the cable has them: where an oracle does not, the model must
 * not have them either (the prose's lowercase `secret` and `subject`, the memo without TAGS).
 */
const STATED_WHEN_PRESENT = ['classification', 'subject', 'telegramNumber', 'dateTime', 'tags', 'foiaCase', 'foiaDoc', 'release', 'ref', 'captions', 'signature']

interface OracleWitness {
  siglum: string
  startLine: number
  endLine: number
  extraLines?: [number, number]
  pages?: number
  deletions?: number
  docNumber?: string
  telegramNumber?: string
}

type Oracle = Record<string, unknown> & { witnesses?: OracleWitness[] }

for (const name of names) {
  test(`fixture oracle: ${name}`, async (t) => {
    const path = join(fixtures, `${name}.txt`)
    const oracle = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as Oracle
    const raw = readFileSync(path, 'utf8').split(/\r\n|\r|\n/)
    const model = editionOfFile(path)
    const facts = factValues(model)
    const known = new Set([...Object.keys(facts), ...Object.keys(structureChecks), ...Object.keys(NOT_MODELLED)])

    await t.test('every oracle key is checked or listed as not modelled', () => {
      assert.deepEqual(Object.keys(oracle).filter((key) => !known.has(key)), [])
    })

    for (const [key, value] of Object.entries(facts)) {
      if (key in oracle) await t.test(key, () => assert.deepEqual(value, oracle[key]))
    }
    await t.test('no fact the oracle does not state', () => {
      for (const key of STATED_WHEN_PRESENT) {
        const value = facts[key]
        const absent = value === undefined || (Array.isArray(value) && value.length === 0)
        if (!(key in oracle)) assert.ok(absent, `${key} is ${JSON.stringify(value)}, but the oracle states none`)
      }
    })

    if (oracle.witnesses) {
      const expected = oracle.witnesses
      await t.test('witnesses: count and sigla', () => {
        assert.deepEqual(model.descriptions.map((w) => w.siglum), expected.map((w) => w.siglum))
      })
      for (const [index, want] of expected.entries()) {
        await t.test(`witness ${want.siglum}`, () => checkWitness(model, index, want, raw))
      }
    }

    for (const [key, check] of Object.entries(structureChecks)) {
      if (key === 'witnesses' || !(key in oracle)) continue
      const want = oracle[key]
      // A list of places or variants: one test each, named by what it looks for.
      if (Array.isArray(want) && key !== 'paragraphMarkings') {
        for (const item of want) await t.test(`${key}: ${label(item)}`, () => check(model, [item], raw))
      } else await t.test(key, () => check(model, want, raw))
    }
  })
}

/** Header facts as the oracles write them, from the model. */
function factValues(model: EditionModel): Record<string, unknown> {
  const { facts } = model
  const stamp = facts.declassificationStamp
  return {
    classification: facts.classification,
    subject: facts.subject,
    telegramNumber: facts.telegram,
    dateTime: facts.dateTime?.when,
    received: facts.received?.when,
    tags: facts.tags,
    foiaCase: facts.foiaCase,
    foiaDoc: facts.foiaDoc,
    release: facts.release,
    from: facts.from,
    to: facts.to,
    info: facts.info,
    ref: facts.ref,
    drafted: facts.drafted?.when,
    // An ISO date when the line gives one, else the line's own word (`OADR`).
    declassify: facts.declassify?.when ?? facts.declassify?.text,
    classifiedBy: facts.classifiedBy,
    classificationReason: facts.classificationReason,
    captions: facts.captions,
    signature: facts.signature ?? facts.signer,
    fileNumber: facts.fileNumber,
    declassificationStamp: stamp && { authority: stamp.authority, by: stamp.by, date: stamp.when }
  }
}

/** Checks of the text's structure, pages and readings. */
const structureChecks: Record<string, (model: EditionModel, want: unknown, raw: string[]) => void> = {
  witnesses: () => undefined,
  numberedParagraphs: (model, want) => {
    // Counted per copy (the fixtures' README): every copy has them all.
    for (const stream of model.streams) {
      assert.equal(stream.blocks.filter((b) => b.kind === 'p' && b.name !== undefined).length, want, `copy ${stream.siglum}`)
    }
  },
  paragraphs: (model, want) => {
    assert.equal(copyText(model).blocks.filter((b) => b.kind === 'p').length, want)
  },
  paragraphMarkings: (model, want) => {
    const stream = copyText(model)
    const numbered = stream.blocks.flatMap((b, index) => (b.kind === 'p' && b.name !== undefined ? [index] : []))
    assert.deepEqual(numbered.map((block) => stream.slots.filter((s) => s.block === block)[1]?.token.text), want)
  },
  letter: (model, want) => {
    const stream = copyText(model)
    const { blocks } = stream
    const first = blocks.findIndex((b) => b.inLetter)
    const last = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.inLetter)
    const text = (kind: string): string | undefined => {
      const index = blocks.findIndex((b) => b.inLetter && b.kind === kind)
      return index < 0 ? undefined : blockText(stream, index)
    }
    assert.ok(first > 0, 'a quoted letter')
    assert.deepEqual(
      {
        salute: text('salute'),
        closer: text('closer'),
        signed: text('signed'),
        // The letter runs from the block that opens it (`BEGIN TEXT:`) to its trailer (`END TEXT.`).
        startLine: blocks[first - 1]?.line,
        endLine: blocks[last + 1]?.kind === 'trailer' ? blocks[last + 1]?.line : undefined
      },
      want
    )
  },
  pageBreaks: (model, want) => {
    for (const page of want as Array<{ page: number; lines: [number, number]; midSentence?: boolean }>) {
      const breaks = model.streams.flatMap((stream) => pageBreaksOf(stream)).filter((pb) => pb.n === String(page.page))
      const found = breaks.find((pb) => pb.line >= page.lines[0] && pb.line <= page.lines[1])
      assert.ok(found, `page ${page.page} begins within lines ${page.lines.join('–')} (breaks: ${JSON.stringify(breaks)})`)
      assert.equal(found.midSentence, page.midSentence ?? false, `page ${page.page} breaks a paragraph`)
    }
  },
  ocrNoise: (model, want) => {
    for (const noise of want as Array<{ line: number; found: string }>) {
      const words = model.streams.flatMap((stream) =>
        stream.slots.flatMap((slot) => {
          if (slot.token.line !== noise.line) return []
          const markup = slot.marks.filter((m) => m.kind === 'artefact').map((m) => (m as Extract<Mark, { kind: 'artefact' }>).value).join('')
          return [slot.token.text, markup + slot.token.text]
        })
      )
      // The noisy word is kept as written (diplomatic), OCR markup before it included.
      assert.ok(
        words.some((word) => word === noise.found || word.replace(/[.,;:!?]+$/, '') === noise.found),
        `line ${noise.line}: ${noise.found} is a word of the text (words there: ${words.join(' ')})`
      )
    }
  },
  variants: (model, want) => {
    const apps = apparatusOf(model.text).map((unit) => unit.variation)
    const readingOf = (variation: (typeof apps)[number], siglum: string): Token[] | undefined =>
      variation.readings.find((r) => r.witnesses.includes(siglum))?.tokens[siglum]
    const listed = apps.map((v) => `${v.type}: ${v.readings.map((r) => `${r.witnesses.join('')}=${wordsOf(r.tokens[r.witnesses[0] ?? ''] ?? [])}`).join(' | ')}`)
    for (const variant of want as Array<{ type: string; text?: string; lines?: Record<string, number>; readings: Record<string, string> }>) {
      if (variant.type === 'transposition' && variant.text !== undefined && variant.lines) {
        // Both places of the moved passage are transpositions that hold the whole passage.
        const places = Object.entries(variant.lines).map(([siglum, line]) =>
          apps.find((v) => {
            const tokens = readingOf(v, siglum)
            return v.type === 'transposition' && tokens?.[0]?.line === line && wordsOf(tokens) === variant.text
          })
        )
        assert.ok(places.every(Boolean), `moved passage at ${JSON.stringify(variant.lines)}: ${variant.text}\n${listed.join('\n')}`)
        assert.equal(new Set(places.map((v) => v?.transposition)).size, 1, 'both places share one transposition id')
        continue
      }
      const readings = withoutContext(variant.readings)
      const found = apps.find((v) => v.type === variant.type && Object.entries(readings).every(([siglum, text]) => wordsOf(readingOf(v, siglum) ?? []) === text))
      assert.ok(found, `${variant.type} variant ${JSON.stringify(variant.readings)}\n${listed.join('\n')}`)
    }
  }
}

/** A short name for one oracle item (a variant, a page, a noisy word). */
function label(item: unknown): string {
  const text = JSON.stringify(item)
  return text.length > 100 ? `${text.slice(0, 99)}…` : text
}

/**
 * Readings without the words of context they all share at either end: an oracle may quote
 * `Mine Action` / `Mine Actiоn` where the apparatus, word by word, varies on `Action` only.
 */
function withoutContext(readings: Record<string, string>): Record<string, string> {
  const words = Object.values(readings).map((text) => (text === '' ? [] : text.split(' ')))
  const shared = (at: (list: string[]) => string | undefined): boolean =>
    words.every((list) => list.length > 1) && words.every((list) => at(list) === at(words[0] ?? []))
  while (shared((list) => list[0])) for (const list of words) list.shift()
  while (shared((list) => list[list.length - 1])) for (const list of words) list.pop()
  return Object.fromEntries(Object.keys(readings).map((siglum, i) => [siglum, (words[i] ?? []).join(' ')]))
}

function copyText(model: EditionModel): WitnessStream {
  const stream = model.streams.find((s) => s.siglum === model.copyText)
  assert.ok(stream, 'the copy text has a stream')
  return stream
}

/** Words of tokens as the oracles write them: a struck run as `<del>…</del>`. */
function wordsOf(tokens: readonly Token[]): string {
  let out = ''
  tokens.forEach((token, index) => {
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    if (index > 0) out += ' '
    if (token.deleted && !before?.deleted) out += '<del>'
    out += token.text
    if (token.deleted && !after?.deleted) out += '</del>'
  })
  return out
}

function blockText(stream: WitnessStream, block: number): string {
  return stream.slots.filter((s) => s.block === block).map((s) => s.token.text).join(' ')
}

/** A copy's marks and words in reading order. */
function marksInOrder(stream: WitnessStream): Array<Mark | { kind: 'word'; line: number; opensBlock: boolean; inBlock: boolean }> {
  const out: Array<Mark | { kind: 'word'; line: number; opensBlock: boolean; inBlock: boolean }> = []
  for (const slot of stream.slots) {
    if (slot.opensBlock) out.push(...(stream.before[slot.block] ?? []))
    // Marks on a word that does not open its block stand inside the block.
    out.push(...slot.marks.map((mark) => (slot.opensBlock ? mark : { ...mark, inside: true })))
    out.push({ kind: 'word', line: slot.token.line, opensBlock: slot.opensBlock, inBlock: true })
  }
  out.push(...stream.trailing)
  return out
}

/** The page breaks of a copy: page number, the raw line where the page begins, and whether it breaks a paragraph. */
function pageBreaksOf(stream: WitnessStream): Array<{ n: string; line: number; midSentence: boolean }> {
  const items = marksInOrder(stream)
  const out: Array<{ n: string; line: number; midSentence: boolean }> = []
  items.forEach((item, index) => {
    if (item.kind !== 'pb') return
    // A page begins at its first furniture line, or at its first word.
    const next = items.slice(index + 1).find((other) => other.kind === 'fw' || other.kind === 'word')
    const line = next?.kind === 'fw' ? next.furniture.line : next?.kind === 'word' ? next.line : 0
    out.push({ n: item.n, line, midSentence: 'inside' in item })
  })
  return out
}

/** First and last line of a range that hold anything: blank lines between copies belong to neither. */
function trimmed([start, end]: [number, number], raw: string[]): [number, number] {
  let [a, b] = [start, end]
  while (a < b && (raw[a - 1] ?? '').trim() === '') a++
  while (b > a && (raw[b - 1] ?? '').trim() === '') b--
  return [a, b]
}

function checkWitness(model: EditionModel, index: number, want: OracleWitness, raw: string[]): void {
  const description = model.descriptions[index]
  const stream = model.streams[index]
  assert.ok(description && stream, `copy ${want.siglum} exists`)
  // The main part is the last in reading order: a first page the scan put elsewhere comes first.
  const parts = description.lines.map((part) => trimmed(part, raw))
  const main = parts[parts.length - 1]
  assert.deepEqual(main, [want.startLine, want.endLine], 'lines of the copy')
  assert.deepEqual(parts.slice(0, -1), want.extraLines ? [want.extraLines] : [], 'lines of a first page found elsewhere')
  if (want.pages !== undefined) {
    assert.equal(pageBreaksOf(stream).length, want.pages, 'pages (page breaks)')
  }
  if (want.deletions !== undefined) {
    const runs = stream.slots.filter((slot, i) => slot.token.deleted && !stream.slots[i - 1]?.token.deleted).length
    assert.equal(runs, want.deletions, 'struck-through passages')
  }
  if (want.docNumber !== undefined) assert.equal(description.foiaDoc, want.docNumber, 'FOIA document number')
  if (want.telegramNumber !== undefined) assert.equal(description.telegram, want.telegramNumber, 'telegram number')
}

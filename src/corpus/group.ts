/**
 * Which released files of a corpus are copies of one text (one document, a witness each),
 * and which are related records. Two files are copies when their pages name the same
 * telegram (number, and date-time group where both give one) and their texts do not
 * disagree, or when their bodies share at least `COPY_THRESHOLD` of the smaller one's word
 * shingles (a draft and its telegram, a resend under a new number, two drafts), or a draft and
 * a telegram of the same subject `DRAFT_THRESHOLD` of them; copies of
 * copies are copies (single linkage, strongest evidence first). A cover sheet is never a
 * copy: it is related to the telegram it names, as are two texts that name one telegram
 * but share little text; a cover sheet that names none is related to the record released
 * next to it (`NEIGHBOUR_WINDOW`). The editor's statements (corpus/edition.json) come first: a
 * document the editor lists is complete, files the editor separates never join, and the
 * records the editor relates are related.
 */
import { CHANNEL_SUBJECT } from '../vocabulary/blocks.ts'
import { compareIdentities, telegramName, type Identity } from './identity.ts'
import type { EditionFile, StatedDocument } from './edition-file.ts'
import { indexShingles, shinglesPerFile, type ShingleIndex } from './shingle-index.ts'

/**
 * Shared shingles, of the smaller file's, from which two files are copies. Measured on the
 * development sets (`npm run bench`, bench/copysets.ts): copies share 0.68 and more,
 * unrelated cables at most 0.14 (the Department's boilerplate), two printed cover-sheet
 * forms up to 0.94, which is why a cover sheet is never a copy.
 */
export const COPY_THRESHOLD = 0.5
/**
 * Shared shingles from which a draft and a telegram of the same subject are copies: a draft
 * with handwritten edits and OCR noise shares less of its words than a clean copy (STATE 88519's
 * draft 0.49, two other drafts of its release 0.42 and 0.32), while telegrams of one subject that
 * are no copies (calls on other days, another number) share at most 0.20 in the held-out sets.
 */
export const DRAFT_THRESHOLD = 0.3
/** Below this share, two files that name one telegram are related records, not copies. */
export const RELATED_BELOW = 0.2
/** Fewer body shingles than this say nothing about a file's text (a cover sheet, a first page). */
export const MIN_SHINGLES = 20
/**
 * A shingle more files hold than this is boilerplate (a caption, a standard paragraph), not
 * evidence that two are copies; leaving it out keeps the comparison near-linear in a large
 * corpus (only files that share a shingle or a number are compared).
 */
export const MAX_HOLDERS = 32
/**
 * A cover sheet that names no telegram (a memcon cover sheet: a printed form, its dates
 * handwritten) is related to the nearest record the same release numbered within this many
 * document numbers of it: a release files a cover sheet next to what it covers (in
 * F-2017-13804, 4 and 3 numbers before its telegram's first copy). The link says how it
 * was made, and the editor can undo it (`separate`) or state another (`related`).
 */
export const NEIGHBOUR_WINDOW = 10

/** A released file as grouping sees it; its shingles are in the corpus's ShingleIndex, under its number. */
export interface ReleasedFacts {
  path: string
  /** Its released name (FOIA document number, else file name), the order of files in a document. */
  name: string
  identity: Identity
  /** The FOIA case its page stamp names (`F-2017-13804`), when readable. */
  release?: string
  /** A draft's subject, or a telegram's, as grouping compares them (`draftKey`). */
  subject?: string
  /** A draft: a telegram that has no number or date-time group yet. */
  draft?: boolean
}

/** A released file with its body's shingles, sorted, each once (src/corpus/shingles.ts). */
export interface ReleasedRecord extends ReleasedFacts {
  shingles: Uint32Array
}

/** A document to make: its files, the editor's settings, and the records related to it. */
export interface PlannedDocument {
  paths: string[]
  stated?: StatedDocument
  related: Array<{ path: string; reason: string }>
}

interface Link {
  a: number
  b: number
  score: number
}

/** Group the released files of a corpus into documents. */
export function planDocuments(records: readonly ReleasedRecord[], editor?: EditionFile): PlannedDocument[] {
  return planIndexed(records, indexShingles(records.map((record) => ({ id: record.path, shingles: () => record.shingles }))), editor)
}

/** Group the released files of a corpus into documents, their shingles in `index` (a file's number there is its place in `records`). */
export function planIndexed(records: readonly ReleasedFacts[], index: ShingleIndex, editor?: EditionFile): PlannedDocument[] {
  const numberOf = new Map(records.map((r, i) => [r.path, i]))
  const at = (path: string): number => numberOf.get(path) ?? -1
  const parent = records.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  const stated = new Map<number, StatedDocument>()
  for (const document of editor?.documents ?? []) {
    const members = document.files.map(at)
    for (const m of members) parent[m] = members[0] as number
    stated.set(members[0] as number, document)
  }
  const fixed = new Set((editor?.documents ?? []).flatMap((d) => d.files.map(at)))
  const apart = (editor?.separate ?? []).map((list) => list.map(at))
  const copies: Link[] = []
  const related: Array<{ a: number; b: number; reason: Reason }> = []
  const sizes = shinglesPerFile(index)
  const { keys, shared, named } = candidates(records, index)
  const n = records.length
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at] as number
    const a = Math.floor(key / n)
    const b = key - a * n
    const sa = sizes[a] as number
    const sb = sizes[b] as number
    const share = sa >= MIN_SHINGLES && sb >= MIN_SHINGLES ? (shared[at] as number) / Math.min(sa, sb) : undefined
    // Only files that share a telegram number can name one telegram (identity.ts): most pairs
    // share a few shingles and no number, and are nothing to each other.
    const ra = records[a] as ReleasedFacts
    const rb = records[b] as ReleasedFacts
    const draftOf = share !== undefined && share >= DRAFT_THRESHOLD && (ra.draft === true || rb.draft === true) && ra.subject !== undefined && ra.subject === rb.subject
    if (named[at] === 0 && (share === undefined || share < COPY_THRESHOLD) && !draftOf) continue
    const same = named[at] === 1 && compareIdentities(ra.identity, rb.identity) === 'same'
    if (ra.identity.coverSheet || rb.identity.coverSheet) {
      if (same) related.push({ a, b, reason: 'identity' })
      continue
    }
    const copy = same ? share === undefined || share >= RELATED_BELOW : share !== undefined && (share >= COPY_THRESHOLD || draftOf)
    if (copy && !fixed.has(a) && !fixed.has(b)) copies.push({ a, b, score: (same ? 1 : 0) + (share ?? 0) })
    else if (same && !copy) related.push({ a, b, reason: 'identity' })
  }
  for (const list of editor?.related ?? []) {
    const members = list.map(at)
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) related.push({ a: members[i] as number, b: members[j] as number, reason: 'editor' })
  }
  for (const [cover, neighbour] of neighbours(records, related, apart)) related.push({ a: cover, b: neighbour, reason: 'neighbour' })
  // Strongest evidence first; the order of files breaks ties, so the result never depends on chance.
  copies.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  for (const link of copies) {
    const [ra, rb] = [find(link.a), find(link.b)]
    if (ra === rb) continue
    const kept = apart.some((list) => list.some((m) => find(m) === ra) && list.some((m) => find(m) === rb))
    if (!kept) parent[rb] = ra
  }
  const groups = new Map<number, number[]>()
  records.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]))
  const documents = new Map<number, PlannedDocument>()
  for (const [root, members] of groups) {
    const ordered = [...members].sort((x, y) => byCodepoint((records[x] as ReleasedFacts).name, (records[y] as ReleasedFacts).name))
    const statedDocument = stated.get(root)
    documents.set(root, { paths: ordered.map((m) => (records[m] as ReleasedFacts).path), ...(statedDocument ? { stated: statedDocument } : {}), related: [] })
  }
  for (const link of related) {
    const [da, db] = [documents.get(find(link.a)), documents.get(find(link.b))]
    if (!da || !db || da === db) continue
    const [ra, rb] = [records[link.a] as ReleasedFacts, records[link.b] as ReleasedFacts]
    relate(da, rb.path, reasonFor(ra, rb, link.reason))
    relate(db, ra.path, reasonFor(rb, ra, link.reason))
  }
  return [...documents.values()].sort((x, y) => byCodepoint(x.paths[0] ?? '', y.paths[0] ?? ''))
}

/**
 * The pairs worth comparing, as keys `a * n + b` (a < b) in increasing order: those that share
 * a telegram number or a shingle no more than `MAX_HOLDERS` files hold, each with how many such
 * shingles they share (`shared[i]` for `keys[i]`) and whether they share a number (`named[i]`, 1).
 *
 * The files holding each shingle are a run of the index (sorted, not a map of every shingle).
 * The pairs a run gives are numbers in one list, sorted and counted, not entries of a Set and a
 * Map: at 10,000 generated cables (5.8 million shingles a file holds, 730,000 pairs found
 * through them) grouping took some 2 s that way, most of it the Set, the Map and a comparison
 * sort of the shingles.
 */
function candidates(records: readonly ReleasedFacts[], index: ShingleIndex): Candidates {
  const n = records.length
  const { shingles, holders } = index
  const total = shingles.length
  const found: number[] = []
  // A file holds a shingle once, and the index keeps files in order within a run.
  for (let start = 0; start < total; ) {
    let end = start + 1
    while (end < total && shingles[end] === shingles[start]) end++
    if (end - start <= MAX_HOLDERS) {
      for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) found.push((holders[x] as number) * n + (holders[y] as number))
    }
    start = end
  }
  const named: number[] = []
  const byNumber = new Map<string, number[]>()
  records.forEach((record, i) => {
    for (const { number } of record.identity.numbers) {
      const list = byNumber.get(number) ?? []
      if (list[list.length - 1] !== i) list.push(i)
      byNumber.set(number, list)
    }
  })
  for (const list of byNumber.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) named.push((list[x] as number) * n + (list[y] as number))
  }
  return countPairs(Float64Array.from(found).sort(), Float64Array.from(named).sort())
}

interface Candidates {
  keys: Float64Array
  shared: Uint32Array
  named: Uint8Array
}

/** The distinct keys of two sorted lists, in order, with how often each stands in the first and whether it stands in the second. */
function countPairs(found: Float64Array, named: Float64Array): Candidates {
  const keys = new Float64Array(found.length + named.length)
  const shared = new Uint32Array(keys.length)
  const inNamed = new Uint8Array(keys.length)
  let kept = 0
  let i = 0
  let j = 0
  while (i < found.length || j < named.length) {
    const key = j >= named.length || (i < found.length && (found[i] as number) <= (named[j] as number)) ? (found[i] as number) : (named[j] as number)
    let count = 0
    while (i < found.length && found[i] === key) {
      count++
      i++
    }
    while (j < named.length && named[j] === key) {
      inNamed[kept] = 1
      j++
    }
    keys[kept] = key
    shared[kept++] = count
  }
  return { keys: keys.subarray(0, kept), shared: shared.subarray(0, kept), named: inNamed.subarray(0, kept) }
}

type Reason = 'identity' | 'neighbour' | 'editor'

/** A released document number split for comparison: `C06698954` → `C`, 6698954, 8 digits. */
function numbered(name: string): { prefix: string; number: number; digits: number } | undefined {
  const match = /^([A-Z]+-?)(\d{6,})$/.exec(name)
  return match ? { prefix: match[1] as string, number: Number(match[2]), digits: (match[2] as string).length } : undefined
}

/**
 * Each cover sheet that names no telegram and is related to nothing yet, with the nearest
 * record of the same release (not a cover sheet) within `NEIGHBOUR_WINDOW` numbers; at equal
 * distance the later one, since a cover sheet is filed before what it covers. Files the editor
 * keeps apart are never paired.
 */
function neighbours(records: readonly ReleasedFacts[], related: ReadonlyArray<{ a: number; b: number }>, apart: readonly number[][]): Array<[number, number]> {
  const linked = new Set(related.flatMap((link) => [link.a, link.b]))
  const numbers = records.map((record) => numbered(record.name))
  const pairs: Array<[number, number]> = []
  records.forEach((cover, c) => {
    const self = numbers[c]
    if (!cover.identity.coverSheet || cover.identity.numbers.length > 0 || linked.has(c) || !self) return
    let best: { index: number; distance: number; after: boolean } | undefined
    records.forEach((other, o) => {
      const them = numbers[o]
      if (o === c || other.identity.coverSheet || !them || them.prefix !== self.prefix || them.digits !== self.digits) return
      if (cover.release !== undefined && other.release !== undefined && cover.release !== other.release) return
      if (apart.some((list) => list.includes(c) && list.includes(o))) return
      const distance = Math.abs(them.number - self.number)
      const after = them.number > self.number
      if (distance > NEIGHBOUR_WINDOW || (best && (distance > best.distance || (distance === best.distance && !after)))) return
      best = { index: o, distance, after }
    })
    if (best) pairs.push([c, best.index])
  })
  return pairs
}

/** Why `other` is a related record of `self`'s document, from `self`'s side. */
function reasonFor(self: ReleasedFacts, other: ReleasedFacts, reason: Reason): string {
  if (reason === 'editor') return 'related by the editor (edition.json)'
  if (reason === 'neighbour') {
    const [cover, covered] = other.identity.coverSheet ? [other, self] : [self, other]
    const which = other === cover ? 'a cover sheet' : 'the record'
    return `${which} released next to it (${cover.name}, ${covered.name}): the cover sheet names no telegram, so it is linked by release order`
  }
  const telegram = telegramName(other.identity) ?? telegramName(self.identity) ?? 'the same telegram'
  if (other.identity.coverSheet) return `cover sheet naming this telegram (${telegram})`
  if (self.identity.coverSheet) return `the telegram this cover sheet names (${telegram})`
  return `names the same telegram (${telegram}) but holds another text`
}

function relate(document: PlannedDocument, path: string, reason: string): void {
  if (document.paths.includes(path) || document.related.some((r) => r.path === path)) return
  document.related.push({ path, reason })
}

function byCodepoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A draft's or a telegram's subject as grouping compares it: its letters in capitals, without
 * `THE` and a possessive's `S` the OCR spells variously (`DEPUTY SECRETARY'S` and `DEPUTY
 * SECRETARY S`); none for a subject too short to tell documents apart, nor for one that names
 * only a channel (`OFFICIAL INFORMAL`).
 */
export function draftKey(facts: { kind: string; subject?: string; telegram?: string; dateTime?: unknown }): Pick<ReleasedFacts, 'subject' | 'draft'> {
  if (facts.kind !== 'Telegram' || facts.subject === undefined || CHANNEL_SUBJECT.test(facts.subject.trim())) return {}
  const subject = facts.subject.toUpperCase().replace(/[^A-Z]+/g, ' ').replace(/\b(?:THE|S)\b/g, ' ').replace(/\s+/g, ' ').trim()
  if (subject.length < MIN_SUBJECT) return {}
  return { subject, ...(facts.telegram === undefined && facts.dateTime === undefined ? { draft: true } : {}) }
}

/** Letters of a subject from which it tells documents apart. */
const MIN_SUBJECT = 15

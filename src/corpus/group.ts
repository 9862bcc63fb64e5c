/**
 * Which released files of a corpus are copies of one text (one document, a witness each),
 * and which are related records. Two files are copies when their pages name the same
 * telegram (number, and date-time group where both give one) and their texts do not
 * disagree, or when their bodies share at least `COPY_THRESHOLD` of the smaller one's word
 * shingles (a draft and its telegram, a resend under a new number, two drafts); copies of
 * copies are copies (single linkage, strongest evidence first). A cover sheet is never a
 * copy: it is related to the telegram it names, as are two texts that name one telegram
 * but share little text; a cover sheet that names none is related to the record released
 * next to it (`NEIGHBOUR_WINDOW`). The editor's statements (corpus/edition.json) come first: a
 * document the editor lists is complete, files the editor separates never join, and the
 * records the editor relates are related.
 */
import { compareIdentities, telegramName, type Identity } from './identity.ts'
import type { EditionFile, StatedDocument } from './edition-file.ts'

/**
 * Shared shingles, of the smaller file's, from which two files are copies. Measured on the
 * development sets (`npm run bench`, bench/copysets.ts): copies share 0.68 and more,
 * unrelated cables at most 0.14 (the Department's boilerplate), two printed cover-sheet
 * forms up to 0.94, which is why a cover sheet is never a copy.
 */
export const COPY_THRESHOLD = 0.5
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

/** A released file as grouping sees it. */
export interface ReleasedRecord {
  path: string
  /** Its released name (FOIA document number, else file name), the order of files in a document. */
  name: string
  identity: Identity
  /** Its body's shingles, each once: a set, or the numbers as the build cache keeps them. */
  shingles: ReadonlySet<number> | Uint32Array
  /** The FOIA case its page stamp names (`F-2017-13804`), when readable. */
  release?: string
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
  const index = new Map(records.map((r, i) => [r.path, i]))
  const at = (path: string): number => index.get(path) ?? -1
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
  const { pairs, shared } = candidates(records)
  for (const key of [...pairs].sort((x, y) => x - y)) {
    const [a, b] = [Math.floor(key / records.length), key % records.length]
    const [ra, rb] = [records[a] as ReleasedRecord, records[b] as ReleasedRecord]
    const identity = compareIdentities(ra.identity, rb.identity)
    const [sa, sb] = [countOf(ra.shingles), countOf(rb.shingles)]
    const measurable = sa >= MIN_SHINGLES && sb >= MIN_SHINGLES
    const share = measurable ? (shared.get(key) ?? 0) / Math.min(sa, sb) : undefined
    if (ra.identity.coverSheet || rb.identity.coverSheet) {
      if (identity === 'same') related.push({ a, b, reason: 'identity' })
      continue
    }
    const copy = identity === 'same' ? share === undefined || share >= RELATED_BELOW : share !== undefined && share >= COPY_THRESHOLD
    if (copy && !fixed.has(a) && !fixed.has(b)) copies.push({ a, b, score: (identity === 'same' ? 1 : 0) + (share ?? 0) })
    else if (identity === 'same' && !copy) related.push({ a, b, reason: 'identity' })
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
    const ordered = [...members].sort((x, y) => byCodepoint((records[x] as ReleasedRecord).name, (records[y] as ReleasedRecord).name))
    const statedDocument = stated.get(root)
    documents.set(root, { paths: ordered.map((m) => (records[m] as ReleasedRecord).path), ...(statedDocument ? { stated: statedDocument } : {}), related: [] })
  }
  for (const link of related) {
    const [da, db] = [documents.get(find(link.a)), documents.get(find(link.b))]
    if (!da || !db || da === db) continue
    const [ra, rb] = [records[link.a] as ReleasedRecord, records[link.b] as ReleasedRecord]
    relate(da, rb.path, reasonFor(ra, rb, link.reason))
    relate(db, ra.path, reasonFor(rb, ra, link.reason))
  }
  return [...documents.values()].sort((x, y) => byCodepoint(x.paths[0] ?? '', y.paths[0] ?? ''))
}

function countOf(shingles: ReleasedRecord['shingles']): number {
  return shingles instanceof Uint32Array ? shingles.length : shingles.size
}

/**
 * The pairs worth comparing (key `a * n + b`, a < b): those that share a telegram number or a
 * shingle no more than `MAX_HOLDERS` files hold, with how many such shingles they share.
 */
function candidates(records: readonly ReleasedRecord[]): { pairs: Set<number>; shared: Map<number, number> } {
  const n = records.length
  const pairs = new Set<number>()
  const shared = new Map<number, number>()
  // Shingles are numbers; telegram numbers are strings (`#233819`), so the two never meet.
  const holders = new Map<number | string, number[]>()
  const hold = (key: number | string, i: number): void => {
    const list = holders.get(key)
    if (!list) holders.set(key, [i])
    else if (list[list.length - 1] !== i) list.push(i)
  }
  records.forEach((record, i) => {
    for (const shingle of record.shingles) hold(shingle, i)
    for (const number of record.identity.numbers) hold(`#${number.number}`, i)
  })
  for (const [key, list] of holders) {
    const isNumber = typeof key === 'string'
    if (!isNumber && list.length > MAX_HOLDERS) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pair = (list[x] as number) * n + (list[y] as number)
        pairs.add(pair)
        if (!isNumber) shared.set(pair, (shared.get(pair) ?? 0) + 1)
      }
    }
  }
  return { pairs, shared }
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
function neighbours(records: readonly ReleasedRecord[], related: ReadonlyArray<{ a: number; b: number }>, apart: readonly number[][]): Array<[number, number]> {
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
function reasonFor(self: ReleasedRecord, other: ReleasedRecord, reason: Reason): string {
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

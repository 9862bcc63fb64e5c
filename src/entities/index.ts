/**
 * The entities stage, after analyse: the people, places and organisations of the corpus's
 * authority file found in the edited text, and the posts of the shipped list found in its
 * routing lines and in the addresses the analysis read. Only the lemma is read, and only
 * the blocks of text (never page furniture, which is not in the lemma, nor the drafting
 * form, references or E.O. line). Each name becomes a `NameSpan` the TEI writer wraps in
 * `persName`, `placeName` or `orgName`.
 */
import type { Token } from '../collate/types.ts'
import type { EditedBlock, EditedText, SicMarks, WithheldMark } from '../edition/model.ts'
import { tokenMarks, type TokenMarks } from '../edition/token-marks.ts'
import type { Block } from '../model/document.ts'
import { groupBy } from '../grouped.ts'
import type { Facts } from '../analyse/facts.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import { findPosts, postOf, type Post } from '../vocabulary/posts.ts'
import type { Authority, Entity } from './authority.ts'
import { Spellings, type Found } from './match.ts'
import { lemmaWords, type LemmaWord } from './words.ts'

export { parseAuthority, readAuthority, readAuthorityFile, AUTHORITY_FILES, type Authority, type Entity, type EntityKind } from './authority.ts'

/**
 * Where a name stands in a block: whole units of the block, or tokens of one `app`'s lemma
 * (`from`…`to`, inclusive). `cutStart` characters of the first word stay before the name
 * (`(` of `(Yukalov)`); `cutEnd`, when set, is how many characters of the last word are in
 * it (`Armenia` of `Armenia's`).
 */
export type NameSpan =
  | { in: 'block'; from: number; to: number; cutStart: number; cutEnd?: number }
  | { in: 'lemma'; unit: number; from: number; to: number; cutStart: number; cutEnd?: number }

/** A name found in the edited text. */
export interface Mention {
  /** The entity's key (`person-talbott`), its `xml:id` in the TEI. */
  entity: string
  /** Index of the copy-text block. */
  block: number
  span: NameSpan
}

/** What the stage gives the model: the entities a document names, and where. */
export interface DocumentEntities {
  /** Entities named in the text or in the addresses, by key. */
  list: Entity[]
  /** In reading order. */
  mentions: Mention[]
  /** Addresses of the header (sender, addressees) that are posts of the list: address → key. */
  addresses: Record<string, string>
}

export interface EntitiesInput {
  text: EditedText
  streams: readonly WitnessStream[]
  copyText: string
  sic: SicMarks
  facts: Facts
  authority: Authority | undefined
  /** Where copies withhold text (a gap beside the word `siglum:index`): a name never holds a gap. */
  withheld: Readonly<Record<string, WithheldMark>>
}

/** A reason a name was found but not tagged, at its first word. */
export interface EntityWarning {
  token: Token
  /** The copy the word is of: a document of several released files has a raw file per copy. */
  siglum: string
  message: string
}

/** Blocks whose text may name people, places and organisations of the authority. */
const TEXT_BLOCKS: ReadonlySet<Block['kind']> = new Set(['p', 'salute', 'closer', 'signed', 'trailer'])

/** Find the names of a document's edited text. */
export function tagEntities(input: EntitiesInput): { entities: DocumentEntities; warnings: EntityWarning[] } {
  const base = input.streams.find((s) => s.siglum === input.copyText) ?? input.streams[0]
  const used = new Map<string, Entity>()
  const mentions: Mention[] = []
  const warnings: EntityWarning[] = []
  const authority = input.authority?.entities ?? []
  const byKey = new Map(authority.map((entity) => [entity.key, entity]))
  const spellings = new Spellings(authority)
  const streams = new Map(input.streams.map((s) => [s.siglum, s]))
  const sic = tokenMarks(input.sic)
  const withheld = tokenMarks(input.withheld)
  input.text.blocks.forEach((edited, index) => {
    const block = base?.blocks[index]
    if (!base || !block) return
    const names = TEXT_BLOCKS.has(block.kind) || (block.kind === 'field' && block.name === 'subject')
    const routing = block.kind === 'routing' || block.kind === 'caption'
    if (!names && !routing) return
    const { words, text } = lemmaWords(edited, streams, base, sic)
    const byUnit = indexWords(words, withheld)
    const found: Array<Found & { entity?: Entity }> = names
      ? spellings.find(text).map((f) => ({ ...f, ...(f.keys.length === 1 ? { entity: byKey.get(f.keys[0] ?? '') } : {}) }))
      : findPosts(text).map((p) => ({ start: p.index, end: p.index + p.length, keys: [postKey(p.post)], entity: postEntity(p.post) }))
    for (const name of found) {
      const first = words[firstEndingAfter(words, name.start)]
      if (!first) continue
      if (!name.entity) {
        warnings.push({ token: first.token, siglum: first.siglum, message: `${JSON.stringify(text.slice(name.start, name.end))} is listed for ${name.keys.join(' and ')}: left untagged; give each a spelling of its own` })
        continue
      }
      const span = spanOf(words, byUnit, name.start, name.end)
      // A name the text cannot hold in one element (it crosses a point of variation, cuts
      // a struck-through word, or would hold a gap where a copy withholds text) stays
      // untagged; the header's addresses still name a post.
      if (span === undefined || holdsGap(span, edited, byUnit, withheld)) continue
      used.set(name.entity.key, name.entity)
      mentions.push({ entity: name.entity.key, block: index, span })
    }
  })
  const addresses: Record<string, string> = {}
  for (const address of [input.facts.from, ...input.facts.to, ...input.facts.info]) {
    const post = address === undefined ? undefined : postOf(address)
    if (!address || !post) continue
    addresses[address] = postKey(post)
    used.set(postKey(post), postEntity(post))
  }
  const list = [...used.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { entities: { list, mentions, addresses }, warnings }
}

/**
 * A block's words by the unit they stand in, and the units that hold a word a copy withholds:
 * made once per block, so that each name looks at its own units, never at every word of the
 * block (a block of thousands of names took the square of its length).
 */
interface WordIndex {
  byUnit: Map<number, LemmaWord[]>
  withheldUnits: Set<number>
}

function indexWords(words: readonly LemmaWord[], withheld: TokenMarks<WithheldMark>): WordIndex {
  return {
    byUnit: groupBy(words, (word) => word.unit),
    withheldUnits: new Set(words.filter((word) => withheld(word.siglum, word.token.index) !== undefined).map((word) => word.unit))
  }
}

/** The index of the first word that ends after a place of the block's text (its words are in the text's order). */
function firstEndingAfter(words: readonly LemmaWord[], place: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] as LemmaWord).end > place) high = middle
    else low = middle + 1
  }
  return low
}

/** The span a stretch of the block's text covers, if one element can hold it. */
function spanOf(words: readonly LemmaWord[], index: WordIndex, start: number, end: number): NameSpan | undefined {
  const from = firstEndingAfter(words, start)
  let to = from
  while (to < words.length && (words[to] as LemmaWord).start < end) to++
  const inside = words.slice(from, to)
  const first = inside[0]
  const last = inside[inside.length - 1]
  if (!first || !last) return undefined
  const cutStart = start - first.start
  const cutEnd = end < last.end ? end - last.start : undefined
  if ((cutStart > 0 && !first.plain) || (cutEnd !== undefined && !last.plain)) return undefined
  const cuts = { cutStart, ...(cutEnd === undefined ? {} : { cutEnd }) }
  // Within one point of variation: the name is tagged inside its lemma.
  if (first.k !== undefined && first.unit === last.unit) return { in: 'lemma', unit: first.unit, from: first.k, to: last.k ?? first.k, ...cuts }
  // Across units: every point of variation it touches must be inside it whole.
  const whole = (unit: number): boolean => (index.byUnit.get(unit) ?? []).every((w) => w.start >= start && w.end <= end) && (unit !== first.unit || cutStart === 0) && (unit !== last.unit || cutEnd === undefined)
  for (const edge of [first, last]) if (edge.k !== undefined && !whole(edge.unit)) return undefined
  return { in: 'block', from: first.unit, to: last.unit, ...cuts }
}

/**
 * Whether a name would hold a `<gap>`: a word of it beside which a copy withholds text, or a
 * point of variation inside it some reading of which does (the TEI writes each beside its word).
 */
function holdsGap(span: NameSpan, block: EditedBlock, index: WordIndex, withheld: TokenMarks<WithheldMark>): boolean {
  const marked = (siglum: string, at: number): boolean => withheld(siglum, at) !== undefined
  if (span.in === 'lemma') return (index.byUnit.get(span.unit) ?? []).some((w) => w.k !== undefined && w.k >= span.from && w.k <= span.to && marked(w.siglum, w.token.index))
  for (let u = span.from; u <= span.to; u++) {
    const unit = block.units[u]
    if (unit?.kind === 'app') {
      if (unit.variation.readings.some((r) => Object.entries(r.tokens).some(([siglum, tokens]) => tokens.some((t) => marked(siglum, t.index))))) return true
    } else if (index.withheldUnits.has(u)) return true
  }
  return false
}

function postKey(post: Post): string {
  return post.id
}

function postEntity(post: Post): Entity {
  return { key: postKey(post), kind: 'org', id: post.id, name: post.name, spellings: [post.address], description: `Addressed in telegrams as ${post.address}` }
}

/**
 * A volume: a TEI master holding many documents (`div[@type="document"]`, as FRUS volumes
 * do) with front and back matter. Read once into its parts: the documents, each with the
 * page breaks that stand before it; the sections of front and back matter (preface, lists of
 * persons and terms, index); the groups (compilations, chapters) that order the documents;
 * and, for every `xml:id`, the part whose page shows it.
 */
import { attr, child, childElements, descendants, localName, textOf, type Element, type Root } from '../render/tei.ts'
import { dateOfText, type Dated } from '../render/metadata.ts'
import type { Entry } from '../render/index.ts'
import { FRUS_SERIES, FRUS_TITLE_TYPES } from '../vocabulary/frus.ts'

/** A document of a volume. */
export interface VolumeDocument {
  kind: 'document'
  /** the site's id of the document: the volume's id and the division's (`frus1969-76v12-d87`) */
  id: string
  /** the division's own `xml:id` (`d87`), or its generated stand-in */
  localId: string
  element: Element
  /** page breaks between the previous part and this one: this document's page starts there */
  before: Element[]
  /** page breaks after the volume's last part */
  after: Element[]
  /** `@n` (`87`) */
  number: string
  /** its heading's words, notes left out, with its number (`87. Telegram From…`) */
  title: string
  /** its own date */
  date: Dated | undefined
  /** without a date of its own: the dates of its dated neighbours (FRUS orders documents by date) */
  placedBetween: { notBefore: string; notAfter: string } | undefined
}

/** A section of front or back matter (preface, persons, terms, index), a page of its own. */
export interface VolumeSection {
  kind: 'section'
  /** its `xml:id` (`persons`), or its place (`front-2`) */
  id: string
  element: Element
  before: Element[]
  after: Element[]
  title: string
}

/** A compilation or chapter: a heading in the table of contents over its parts. */
export interface VolumeGroup {
  kind: 'group'
  id: string
  element: Element
  title: string
  /** what the group holds besides its heading and parts (an introduction), shown on the volume page */
  intro: Element[]
  parts: VolumePart[]
}

export type VolumePart = VolumeDocument | VolumeSection | VolumeGroup

/** The facts a citation of the volume needs, from its `titleStmt` and `publicationStmt`. */
export interface VolumeFacts {
  title: string
  series: string
  editors: string[]
  publisher: string
  place: string
  year: string
}

export interface Volume {
  /** `idno[@type="frus"]`, else the root's `xml:id`, else the file's name */
  id: string
  file: string
  /** the master as read (a `teiCorpus` member: as serialised) */
  xml: string
  root: Root
  facts: VolumeFacts
  titlePage: Element | undefined
  front: VolumePart[]
  body: VolumePart[]
  back: VolumePart[]
  documents: VolumeDocument[]
  sections: VolumeSection[]
  /** every `xml:id` → the part whose page shows it (undefined: the volume's own page) */
  pages: Map<string, VolumeDocument | VolumeSection | undefined>
  /** entries of the volume's lists (persons, terms) by `xml:id` */
  entries: Map<string, Entry>
}

/** Whether a parsed TEI document is a volume: two or more documents in its text. */
export function isVolume(tei: Element): boolean {
  const text = child(tei, 'text')
  return text !== undefined && topDocuments(text, 2).length >= 2
}

/** `div[@type="document"]` not inside another document or an enclosure, in document order (at most `limit`). */
function topDocuments(element: Element, limit = Infinity): Element[] {
  const found: Element[] = []
  const visit = (parent: Element): void => {
    for (const part of childElements(parent)) {
      if (found.length >= limit) return
      if (isDocument(part)) found.push(part)
      else if (!part.name.includes(':')) visit(part)
    }
  }
  visit(element)
  return found
}

function isDocument(element: Element): boolean {
  return /^div\d?$/.test(localName(element.name)) && attr(element, 'type') === 'document'
}

/** Read a volume's parts; `fallbackId` names a volume whose header gives no id. */
export function readVolume(tei: Element, root: Root, file: string, xml: string, fallbackId: string): Volume {
  const header = child(tei, 'teiHeader')
  const text = child(tei, 'text')
  const id = textOf(descendants(header ?? tei, 'idno').find((idno) => attr(idno, 'type') === 'frus')) || attr(tei, 'xml:id') || fallbackId
  const reader = new PartReader(id)
  const front = text ? child(text, 'front') : undefined
  const titlePage = front ? child(front, 'titlePage') : undefined
  const parts = {
    front: front ? reader.parts(childElements(front).filter((part) => part !== titlePage), 'front') : [],
    body: text && child(text, 'body') ? reader.parts(childElements(child(text, 'body') as Element), 'body') : [],
    back: text && child(text, 'back') ? reader.parts(childElements(child(text, 'back') as Element), 'back') : [],
  }
  reader.finish()
  const documents = reader.documents
  inferDates(documents)
  const volume: Volume = {
    id, file, xml, root, facts: factsOf(header), titlePage, ...parts, documents, sections: reader.sections,
    pages: new Map(), entries: new Map(),
  }
  indexIds(volume, tei)
  return volume
}

/** Walks a volume's divisions into parts, giving loose page breaks to the part that follows. */
class PartReader {
  readonly documents: VolumeDocument[] = []
  readonly sections: VolumeSection[] = []
  private pending: Element[] = []
  private last: VolumeDocument | VolumeSection | undefined
  private counts = new Map<string, number>()

  constructor(private readonly volumeId: string) {}

  parts(elements: Element[], area: string): VolumePart[] {
    const out: VolumePart[] = []
    for (const element of elements) {
      const name = localName(element.name)
      if (isDocument(element)) out.push(this.document(element))
      else if (/^div\d?$/.test(name) && topDocuments(element, 1).length > 0) out.push(this.group(element, area))
      else if (/^div\d?$/.test(name)) out.push(this.section(element, area))
      else if (name === 'head') continue
      else this.pending.push(element)
    }
    return out
  }

  /** Page breaks after the last part belong to it. */
  finish(): void {
    if (this.last) this.last.after.push(...this.pending)
    this.pending = []
  }

  private take(): Element[] {
    const before = this.pending
    this.pending = []
    return before
  }

  private nextId(kind: string): string {
    const n = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, n)
    return `${kind}-${n}`
  }

  private document(element: Element): VolumeDocument {
    const number = attr(element, 'n') ?? ''
    const localId = attr(element, 'xml:id') ?? (number ? `d${number}` : this.nextId('document'))
    const head = child(element, 'head')
    const words = head ? headWords(head) : ''
    const title = number && !words.startsWith(`${number}.`) && !words.startsWith(`${number} `) ? `${number}. ${words || 'Document'}` : words || localId
    const document: VolumeDocument = {
      kind: 'document', id: `${this.volumeId}-${localId}`, localId, element, before: this.take(), after: [], number, title, date: dateOfText(element), placedBetween: undefined,
    }
    this.documents.push(document)
    this.last = document
    return document
  }

  private section(element: Element, area: string): VolumeSection {
    const id = attr(element, 'xml:id') ?? this.nextId(area)
    const head = child(element, 'head')
    const section: VolumeSection = { kind: 'section', id, element, before: this.take(), after: [], title: (head && headWords(head)) || attr(element, 'type') || id }
    this.sections.push(section)
    this.last = section
    return section
  }

  private group(element: Element, area: string): VolumeGroup {
    const head = child(element, 'head')
    const id = attr(element, 'xml:id') ?? this.nextId(`${area}-group`)
    const divisions = childElements(element).filter((part) => /^div\d?$/.test(localName(part.name)))
    const intro = childElements(element).filter((part) => part !== head && !divisions.includes(part) && localName(part.name) !== 'pb')
    const parts = this.parts(childElements(element).filter((part) => !intro.includes(part)), area)
    return { kind: 'group', id, element, title: (head && headWords(head)) || id, intro, parts }
  }
}

/** A heading's words without its notes. */
function headWords(head: Element): string {
  return textOf({ ...head, children: head.children.filter((node) => node.type !== 'element' || localName(node.name) !== 'note') })
}

/**
 * A document without a date of its own (an editorial note, an undated memorandum) is dated by
 * its place: FRUS prints documents in order of date, so it falls between its dated neighbours.
 */
function inferDates(documents: VolumeDocument[]): void {
  const dated = documents.map((document) => document.date)
  documents.forEach((document, index) => {
    if (document.date) return
    const previous = dated.slice(0, index).reverse().find((date) => date !== undefined)
    const next = dated.slice(index + 1).find((date) => date !== undefined)
    const notBefore = previous ? previous.end || previous.date : ''
    const notAfter = next?.date ?? ''
    if (notBefore || notAfter) document.placedBetween = { notBefore, notAfter }
  })
}

/** Title, series, editors and imprint of the volume. */
function factsOf(header: Element | undefined): VolumeFacts {
  const titleStmt = header ? descendants(header, 'titleStmt')[0] : undefined
  const titles = titleStmt ? childElements(titleStmt).filter((part) => localName(part.name) === 'title') : []
  const title = (type: string): string => textOf(titles.find((part) => attr(part, 'type') === type))
  const publication = header ? descendants(header, 'publicationStmt')[0] : undefined
  const isFrus = (publication ? descendants(publication, 'idno') : []).some((idno) => attr(idno, 'type') === 'frus' && textOf(idno))
  const parts = [title(FRUS_TITLE_TYPES.series), title(FRUS_TITLE_TYPES.subseries), title(FRUS_TITLE_TYPES.number), title(FRUS_TITLE_TYPES.volume)].filter(Boolean)
  return {
    title: title(FRUS_TITLE_TYPES.complete) || parts.join(', ') || textOf(titles[0]),
    series: title(FRUS_TITLE_TYPES.series) || (isFrus ? FRUS_SERIES : ''),
    editors: (titleStmt ? descendants(titleStmt, 'editor') : []).map(textOf).filter(Boolean),
    publisher: textOf(publication ? descendants(publication, 'publisher')[0] : undefined),
    place: textOf(publication ? descendants(publication, 'pubPlace')[0] : undefined),
    year: textOf(publication ? descendants(publication, 'date')[0] : undefined),
  }
}

/**
 * Every `xml:id` of the volume's text → its part's page, and the entries of its lists: a
 * `persName` or `term` with an `xml:id` inside a list `item` is an entry, identified by the
 * rest of the item (`Aldrich, George H., Acting Deputy Legal Adviser…`).
 */
function indexIds(volume: Volume, tei: Element): void {
  const owner = new Map<Element, VolumeDocument | VolumeSection>()
  const own = (part: VolumeDocument | VolumeSection): void => {
    for (const element of [...part.before, part.element, ...part.after]) owner.set(element, part)
  }
  volume.documents.forEach(own)
  volume.sections.forEach(own)
  const visit = (element: Element, page: VolumeDocument | VolumeSection | undefined, item: Element | undefined): void => {
    const here = owner.get(element) ?? page
    const id = attr(element, 'xml:id')
    const name = localName(element.name)
    if (id !== undefined) {
      volume.pages.set(id, here)
      if (item && (name === 'persName' || name === 'term')) volume.entries.set(id, entryOf(id, name === 'persName' ? 'person' : 'term', element, item))
    }
    const inItem = name === 'item' ? element : item
    for (const part of childElements(element)) visit(part, here, inItem)
  }
  const text = child(tei, 'text')
  if (text) visit(text, undefined, undefined)
}

function entryOf(id: string, kind: Entry['kind'], element: Element, item: Element): Entry {
  const label = textOf(element)
  const whole = textOf(item)
  const rest = whole.startsWith(label) ? whole.slice(label.length) : whole
  return { id, kind, label, description: rest.replace(/^[\s,;:.–—-]+/, '').trim() }
}

/**
 * TEI masters as input of `build`: `.xml` files of the corpus folder, built as they are. Each is
 * read as strict UTF-8, parsed, and validated against tei_all first (src/corpus/validate.ts);
 * then a `TEI` is one document, a `TEI` holding two or more `div[@type="document"]` is a
 * volume (one page per document, the volume a collection with its own page, table of contents
 * and front matter), and a `teiCorpus` is each of its `TEI`s. Every page is rendered with the
 * links of the whole corpus (src/corpus/links.ts), so a pointer to another document, another
 * volume or a volume's list of persons leads to its page.
 */
import { basename, dirname } from 'node:path'
import { type Diagnostic, InputError } from '../source/errors.ts'
import { checkTeiFits } from '../source/heap.ts'
import { decodeSource, readSource } from '../source/read.ts'
import { renderDocument, renderPart, renderTree, type RenderedDocument } from '../render/index.ts'
import { attr, childElements, descendants, localName, parseTei, type Element, type Root } from '../render/tei.ts'
import { paths } from '../site/urls.ts'
import { witnessHref, type ContentsEntry, type EditionDocument, type RenderedPart, type VolumeSite } from '../site/edition.ts'
import { FRUS_URLS, type FrusUrls } from '../vocabulary/frus.ts'
import { serialise } from '../tei/xml.ts'
import { InvalidTeiError } from './invalid-tei-error.ts'
import { CorpusLinks, type Media } from './links.ts'
import { validateMasters, type ParsedMaster } from './validate.ts'
import { isVolume, readVolume, type Volume, type VolumePart } from './volume.ts'
import { copyElement, documentTei } from './extract.ts'

export interface TeiInput {
  documents: EditionDocument[]
  volumes: VolumeSite[]
  media: Media[]
  warnings: Diagnostic[]
}

/** A single document among the masters: a whole file, or one `TEI` of a `teiCorpus`. */
interface Single {
  id: string
  file: string
  xml: string
  /** its elements' `xml:id`s, for pointers from other masters */
  ids: Set<string>
}

/** A master to read: its path, or its path and the bytes a build read once (src/build/inputs.ts). */
export type MasterInput = string | { path: string; bytes: Uint8Array }

/** Read, validate and render TEI masters; any error (a schema error first) is thrown, nothing is returned then. */
export async function readTeiMasters(files: readonly MasterInput[], urls: Partial<FrusUrls> = {}): Promise<TeiInput> {
  const masters = files.map(parseMaster)
  // The schema check runs in its own process while the masters are rendered; its errors come first.
  const validating = validateMasters(masters)
  let rendered: TeiInput
  try {
    rendered = renderMasters(masters, urls)
  } catch (error) {
    const validation = await validating
    if (validation.errors.length) throw new InvalidTeiError(validation.errors)
    throw error
  }
  const validation = await validating
  if (validation.errors.length) throw new InvalidTeiError(validation.errors)
  return { ...rendered, warnings: [...validation.warnings, ...rendered.warnings] }
}

/** Split the masters into documents and volumes and render every page. */
function renderMasters(masters: ParsedMaster[], urls: Partial<FrusUrls>): TeiInput {
  const singles: Single[] = []
  const volumes: Volume[] = []
  const owners = new Map<string, string>()
  const claim = (id: string, file: string): void => {
    const other = owners.get(id)
    if (other !== undefined) throw new InputError(file, 1, 1, `document id ${id} is also the id of a document in ${other}: give one of them another xml:id`)
    owners.set(id, file)
  }
  for (const master of masters) {
    const stem = basename(master.file).replace(/\.xml$/i, '')
    const root = childElements(master.root)[0]
    if (!root) continue
    const members = localName(root.name) === 'teiCorpus' ? childElements(root).filter((part) => localName(part.name) === 'TEI') : [root]
    members.forEach((tei, index) => {
      const fallback = members.length === 1 ? stem : `${stem}-${index + 1}`
      if (localName(tei.name) === 'TEI' && isVolume(tei)) {
        const single = members.length === 1
        const volume = readVolume(tei, single ? master.root : { type: 'root', children: [tei] }, master.file, single ? master.xml : serialise(copyElement(tei)), fallback)
        claim(volume.id, master.file)
        for (const document of volume.documents) claim(document.id, master.file)
        volumes.push(volume)
      } else {
        const id = attr(tei, 'xml:id') ?? fallback
        claim(id, master.file)
        const ids = new Set(descendants(tei, '*').map((element) => attr(element, 'xml:id')).filter((value) => value !== undefined))
        singles.push({ id, file: master.file, xml: members.length === 1 ? master.xml : serialise(copyElement(tei)), ids })
      }
    })
  }
  const links = new CorpusLinks(
    new Map(volumes.map((volume) => [volume.id, volume])),
    new Map(singles.map((single) => [single.id, single.ids])),
    { ...FRUS_URLS, ...urls },
  )
  const documents: EditionDocument[] = []
  const unresolved = new Map<string, Set<string>>()
  const unknown = new Map<string, Set<string>>()
  const note = (file: string, rendered: { unresolved: string[]; warnings: string[] }): void => {
    const pointers = unresolved.get(file) ?? new Set<string>()
    for (const pointer of rendered.unresolved) pointers.add(pointer)
    unresolved.set(file, pointers)
    const warnings = unknown.get(file) ?? new Set<string>()
    for (const warning of rendered.warnings) warnings.add(warning)
    unknown.set(file, warnings)
  }
  // A master's warnings are printed once for the master, not once for each of its documents.
  for (const single of singles) {
    const rendered = renderDocument(single.xml, { fallbackId: single.id, witnessHref, links: links.forPage(paths.document(single.id), undefined, dirname(single.file), single.id) })
    note(single.file, rendered)
    documents.push({ id: single.id, file: basename(single.file), xml: single.xml, rendered: { ...rendered, warnings: [] } })
  }
  const sites: VolumeSite[] = []
  for (const volume of volumes) {
    // Every extract is written before any part is rendered: rendering normalises the tree's whitespace.
    const extracts = volume.documents.map((document) => documentTei(volume, document))
    volume.documents.forEach((document, index) => {
      const extract = extracts[index] as { xml: string; tree: Root }
      const rendered = renderTree(extract.tree, {
        fallbackId: document.id,
        witnessHref,
        links: links.forPage(paths.document(document.id), volume, dirname(volume.file), volume.id),
      })
      note(volume.file, rendered)
      documents.push({ id: document.id, file: basename(volume.file), xml: extract.xml, rendered: { ...rendered, warnings: [] }, volume: placeOf(volume, index) })
    })
    sites.push(volumeSite(volume, links, (rendered) => note(volume.file, rendered)))
  }
  const warnings: Diagnostic[] = []
  for (const [file, messages] of unknown) {
    for (const message of [...messages].sort()) warnings.push({ file, line: 1, column: 1, severity: 'warning', message })
  }
  for (const [file, pointers] of unresolved) {
    if (pointers.size === 0) continue
    const list = [...pointers].sort()
    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? ', …' : '')
    warnings.push({ file, line: 1, column: 1, severity: 'warning', message: `${list.length} pointer${list.length === 1 ? '' : 's'} lead nowhere in this edition and are shown as text: ${shown}` })
  }
  return { documents, volumes: sites, media: links.media, warnings }
}

/** Read and parse one master; bytes that are not UTF-8 or XML that is not well-formed stop here. */
function parseMaster(input: MasterInput): ParsedMaster {
  const file = typeof input === 'string' ? input : input.path
  const xml = (typeof input === 'string' ? readSource(input) : decodeSource(input.path, input.bytes)).text
  checkTeiFits(file, xml)
  let root: Root
  try {
    root = parseTei(xml)
  } catch (error) {
    const place = error as { line?: unknown; column?: unknown; cause?: { message?: unknown } }
    const reason = typeof place.cause?.message === 'string' ? place.cause.message.split('\n')[0] ?? '' : String(error)
    throw new InputError(file, typeof place.line === 'number' ? place.line : 1, typeof place.column === 'number' ? place.column : 1, `not well-formed XML: ${reason}`)
  }
  return { file, xml, root }
}

/** Where a document stands: its groups, its neighbours. */
function placeOf(volume: Volume, index: number): EditionDocument['volume'] {
  const document = volume.documents[index]
  /** The groups on the way to the document, outermost first; undefined when it is not under these parts. */
  const trailTo = (parts: VolumePart[]): { id: string; title: string }[] | undefined => {
    for (const part of parts) {
      if (part === document) return []
      if (part.kind !== 'group') continue
      const inner = trailTo(part.parts)
      if (inner) return [{ id: part.id, title: part.title }, ...inner]
    }
    return undefined
  }
  const neighbour = (at: number): { id: string; title: string } | undefined => {
    const other = volume.documents[at]
    return other ? { id: other.id, title: other.title } : undefined
  }
  return {
    id: volume.id,
    title: volume.facts.title || volume.id,
    trail: trailTo([...volume.front, ...volume.body, ...volume.back]) ?? [],
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}

/** The volume's page and sections, rendered. */
function volumeSite(volume: Volume, links: CorpusLinks, note: (rendered: RenderedDocument) => void): VolumeSite {
  const tei = childElements(volume.root)[0]
  const namespaces: Record<string, string> = {}
  for (const [name, value] of Object.entries(tei?.attributes ?? {})) if (name.startsWith('xmlns:') && typeof value === 'string') namespaces[name] = value
  const folder = dirname(volume.file)
  const render = (elements: Element[], page: string, id: string): RenderedPart => {
    const rendered = renderPart(elements, { fallbackId: id, namespaces, links: links.forPage(page, volume, folder, volume.id) })
    note(rendered)
    return { heading: rendered.heading?.content, text: rendered.reading.text, footnotes: rendered.reading.footnotes, entries: rendered.entries }
  }
  const sections = volume.sections.map((section) => ({
    id: section.id,
    title: section.title,
    part: render([...section.before, section.element, ...section.after], paths.volumeSection(volume.id, section.id), section.id),
  }))
  const contents = (parts: VolumePart[]): ContentsEntry[] =>
    parts.map((part): ContentsEntry => {
      if (part.kind === 'document') return { kind: 'document', id: part.id, title: part.title, date: part.date?.date ?? '', dateEnd: part.date?.end ?? '' }
      if (part.kind === 'section') return { kind: 'section', id: part.id, title: part.title }
      const intro = part.intro.length ? render(part.intro, paths.volume(volume.id), part.id) : undefined
      return { kind: 'group', id: part.id, title: part.title, intro, entries: contents(part.parts) }
    })
  const { facts } = volume
  return {
    id: volume.id,
    file: basename(volume.file),
    xml: volume.xml,
    title: facts.title || volume.id,
    series: facts.series,
    editors: facts.editors,
    publisher: facts.publisher,
    place: facts.place,
    year: facts.year,
    titlePage: volume.titlePage ? render([volume.titlePage], paths.volume(volume.id), 'title-page') : undefined,
    contents: contents([...volume.front, ...volume.body, ...volume.back]),
    sections,
  }
}

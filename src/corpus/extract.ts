/**
 * The TEI of one document of a volume, published beside the volume's own file: a header that
 * names the document (its heading, its date), its volume (`seriesStmt`, `sourceDesc`) with the
 * volume's editors and encoding, then the document's division as the volume has it, with the
 * page breaks that open its page. Pointers to what stays in the volume (its persons and terms,
 * other documents) are made to point into the volume's file (`frus1969-76v12.xml#p_SB2`), so
 * every pointer of the extract resolves. The site reads the document back from this TEI, like
 * any other master (`readMetadata`, `renderDocument`).
 */
import { el, root as xmlRoot, serialise, text, textEl, type Node } from '../tei/xml.ts'
import { LICENCE } from '../vocabulary/licence.ts'
import { attr, child, childElements, localName, parseTei, TEI_NS, type Element, type Root } from '../render/tei.ts'
import type { Volume, VolumeDocument } from './volume.ts'

/** Attributes whose values are pointers (TEI `teidata.pointer`), rewritten when they leave the extract. */
const POINTERS = new Set(['target', 'corresp', 'ref', 'sameAs', 'copyOf', 'next', 'prev', 'ana', 'who', 'resp', 'source', 'hand', 'decls', 'edRef', 'wit', 'synch', 'spanTo', 'rendition', 'facs', 'scheme', 'key-ref'])

/** The file name the volume is published under, beside its documents' extracts. */
function volumeFileName(volume: Volume): string {
  return `${volume.id}.xml`
}

/**
 * The extract of one document: its TEI, and a tree of it to render that shares the volume's
 * own elements (the header parsed from the extract, the body the volume's, not copied).
 */
export function documentTei(volume: Volume, document: VolumeDocument): { xml: string; tree: Root } {
  const tei = volume.root.children.find((node): node is Element => node.type === 'element')
  const declarations: Record<string, string> = { xmlns: TEI_NS }
  for (const [name, value] of Object.entries(tei?.attributes ?? {})) {
    if (name.startsWith('xmlns:') && typeof value === 'string') declarations[name] = value
  }
  const out = xmlRoot('TEI', { ...declarations, 'xml:id': document.id })
  const encoding = tei ? child(child(tei, 'teiHeader') ?? tei, 'encodingDesc') : undefined
  const body = [...document.before, document.element, ...document.after]
  const local = new Set<string>()
  for (const element of [...body, ...(encoding ? [encoding] : [])]) collectIds(element, local)
  writeHeader(out, volume, document, encoding, local)
  const textNode = el(out, 'text')
  const headerOnly = serialise(out)
  const bodyNode = el(textNode, 'body')
  for (const element of body) copy(bodyNode, element, local, volumeFileName(volume))
  const tree = parseTei(headerOnly)
  const text = childElements(childElements(tree)[0] as Element).find((part) => localName(part.name) === 'text')
  text?.children.push({ type: 'element', name: 'body', attributes: {}, children: body })
  return { xml: serialise(out), tree }
}

function writeHeader(out: Node, volume: Volume, document: VolumeDocument, encoding: Element | undefined, local: Set<string>): void {
  const { facts } = volume
  const header = el(out, 'teiHeader')
  const fileDesc = el(header, 'fileDesc')
  const titleStmt = el(fileDesc, 'titleStmt')
  textEl(titleStmt, 'title', document.title, { type: 'main' })
  for (const editor of facts.editors) textEl(titleStmt, 'editor', editor)
  const publication = el(fileDesc, 'publicationStmt')
  textEl(publication, 'publisher', facts.publisher || facts.title || volume.id)
  if (facts.place) textEl(publication, 'pubPlace', facts.place)
  if (facts.year) textEl(publication, 'date', facts.year)
  textEl(publication, 'idno', document.localId, { type: 'document' })
  const availability = el(publication, 'availability')
  el(availability, 'licence', { target: LICENCE.url })
  textEl(availability, 'p', LICENCE.statement)
  const series = el(fileDesc, 'seriesStmt')
  textEl(series, 'title', facts.series || facts.title || volume.id, { level: 's' })
  if (facts.title) textEl(series, 'biblScope', facts.title, { unit: 'volume' })
  textEl(series, 'idno', volume.id, { type: 'volume' })
  const bibl = el(el(fileDesc, 'sourceDesc'), 'bibl')
  text(bibl, 'Extracted from ')
  textEl(bibl, 'title', facts.title || volume.id, { level: 'm' })
  text(bibl, ', ')
  textEl(bibl, 'biblScope', `Document ${document.number || document.localId}`, { unit: 'document', n: document.number || undefined })
  text(bibl, ': ')
  textEl(bibl, 'ref', volumeFileName(volume), { target: `${volumeFileName(volume)}#${document.localId}` })
  if (encoding) copy(header, encoding, local, volumeFileName(volume))
  const { date, placedBetween } = document
  const creation = date || placedBetween ? el(el(header, 'profileDesc'), 'creation') : undefined
  if (creation && date) textEl(creation, 'date', date.text, date.end ? { from: date.date, to: date.end } : { when: date.date })
  else if (creation && placedBetween) {
    const attributes = { notBefore: placedBetween.notBefore || undefined, notAfter: placedBetween.notAfter || undefined, cert: 'low' }
    textEl(creation, 'date', 'Undated; dated by its place among the documents of the volume', attributes)
  }
}

/** An element on its own as a writer's tree (a `TEI` of a `teiCorpus`, to publish by itself). */
export function copyElement(element: Element): Node {
  const holder = xmlRoot('holder', {})
  copy(holder, element, new Set(), '')
  return holder.children[0] as Node
}

function collectIds(element: Element, ids: Set<string>): void {
  const id = attr(element, 'xml:id')
  if (id !== undefined) ids.add(id)
  for (const part of childElements(element)) collectIds(part, ids)
}

/** Copy an xast element into the writer's tree, pointers that leave the extract pointing into the volume's file. */
function copy(parent: Node, element: Element, local: Set<string>, volumeFile: string): void {
  const attributes: Record<string, string> = {}
  for (const [name, value] of Object.entries(element.attributes)) {
    if (typeof value !== 'string') continue
    attributes[name] = POINTERS.has(localName(name)) ? repoint(value, local, volumeFile) : value
  }
  const node = el(parent, element.name, attributes)
  for (const item of element.children) {
    if (item.type === 'text' || item.type === 'cdata') text(node, item.value)
    else if (item.type === 'element') copy(node, item, local, volumeFile)
  }
}

function repoint(value: string, local: Set<string>, volumeFile: string): string {
  if (volumeFile === '') return value
  return value.split(/(\s+)/).map((token) => (token.startsWith('#') && !local.has(token.slice(1)) ? `${volumeFile}${token}` : token)).join('')
}

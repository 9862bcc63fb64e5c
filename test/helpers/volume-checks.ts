/**
 * The acceptance checks of a volume built from its TEI master (issue 12), shared by the tests
 * (on the committed fixture volume) and `npm run bench:frus` (on whole FRUS volumes): each
 * returns the problems it found, so an empty list is a pass.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, Nodes, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'

const TEI_BLOCKS = new Set([
  'TEI', 'text', 'front', 'body', 'back', 'group', 'div', 'p', 'ab', 'head', 'item', 'label', 'list', 'table', 'row', 'cell',
  'note', 'lb', 'dateline', 'salute', 'signed', 'closer', 'opener', 'postscript', 'byline', 'docDate', 'docImprint', 'docTitle',
  'titlePart', 'titlePage', 'trailer', 'floatingText', 'attachment', 'figure', 'figDesc', 'quote', 'lg', 'l', 'fw', 'graphic',
])

const HTML_INLINE = new Set(['a', 'i', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'cite', 'abbr', 'time', 'code', 'q', 'u', 's', 'del', 'ins', 'mark', 'small'])

export interface BuiltVolume {
  /** the master, parsed */
  root: Root
  /** the site's folder */
  outDir: string
  /** the volume's id (`frus1969-76v12`) */
  id: string
}

/** A volume's master and built site, ready to check. */
export function builtVolume(master: string, outDir: string, id: string): BuiltVolume {
  const xml = readFileSync(master, 'utf8').replace(/^\uFEFF/, '')
  return { root: fromXml(xml), outDir, id }
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function elements(node: Nodes, test: (element: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node)
  if ('children' in node) for (const child of node.children) elements(child as Nodes, test, out)
  return out
}

/** The volume's documents: `div[@type="document"]` not inside another document or an enclosure. */
export function topDocuments(root: Root): Element[] {
  const found: Element[] = []
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (local(child.name) === 'div' && child.attributes.type === 'document') found.push(child)
      else if (!child.name.includes(':')) visit(child)
    }
  }
  visit(root)
  return found
}

/**
 * Words of a TEI element as a reader should find them: block boundaries separate words, inline
 * ones do not; a note's words are its own (they stand in the notes, its marker in the text).
 */
export function teiWords(element: Element): string[] {
  const notes: string[][] = []
  const flow = (root: Element): string[] => {
    const parts: string[] = []
    const visit = (node: Nodes): void => {
      if (node.type === 'text' || node.type === 'cdata') parts.push(node.value)
      else if (node.type === 'element') {
        if (node !== root && local(node.name) === 'note') {
          notes.push(flow(node))
          return
        }
        const block = TEI_BLOCKS.has(local(node.name))
        if (block) parts.push(' ')
        for (const child of node.children) visit(child)
        if (block) parts.push(' ')
      }
    }
    visit(root)
    return parts.join('').split(/[ \t\n\r]+/).filter(Boolean)
  }
  const words = flow(element)
  return [...words, ...notes.flat()]
}

/** Words of the visible text of a page's `main`, page markers, note markers and ¶ links left out. */
export function pageWords(html: string): string[] {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? ''
  const visible = main
    .replace(/<span[^>]*class="[^"]*margin-marker[^"]*"[^>]*>(?:<a\b[^>]*>(?:<span[^>]*>[^<]*<\/span>|[^<])*<\/a>)*<\/span>/g, '')
    .replace(/<sup class="fnref[^"]*"[^>]*>[\s\S]*?<\/sup>/g, '')
    .replace(/<a class="para-link"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) => (HTML_INLINE.has(name.toLowerCase()) && !/class="[^"]*\bblock\b/.test(tag) ? '' : ' '))
  return decode(visible).split(/\s+/).filter(Boolean)
}

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/** The words of `source` that `page` has fewer times (empty when nothing is lost). */
export function lostWords(source: string[], page: string[]): string[] {
  const have = new Map<string, number>()
  for (const word of page) have.set(word, (have.get(word) ?? 0) + 1)
  const lost: string[] = []
  for (const word of source) {
    const n = have.get(word) ?? 0
    if (n === 0) lost.push(word)
    else have.set(word, n - 1)
  }
  return lost
}

function documentPage(volume: BuiltVolume, document: Element): string {
  const id = document.attributes['xml:id'] ?? `d${document.attributes.n ?? ''}`
  return readFileSync(join(volume.outDir, 'documents', `${volume.id}-${id}`, 'index.html'), 'utf8')
}

/** What the acceptance of issue 12 asks of every document page, each a list of problems. */
export interface VolumeProblems {
  /** words of the document's TEI missing from its page */
  words: string[]
  /** tables that are not HTML tables */
  tables: string[]
  /** enclosures that are not sections with an anchor */
  attachments: string[]
  /** note labels used twice on a page */
  notes: string[]
  /** cross-references to the volume that are not links */
  references: string[]
  /** names pointing to the volume's lists that are not links */
  names: string[]
  /** documents without a date */
  dates: string[]
}

/** Check every document of a built volume. */
export function checkVolume(volume: BuiltVolume): VolumeProblems {
  const ids = new Set(elements(volume.root, (element) => element.attributes['xml:id'] !== undefined).map((element) => element.attributes['xml:id'] as string))
  const problems: VolumeProblems = { words: [], tables: [], attachments: [], notes: [], references: [], names: [], dates: [] }
  for (const document of topDocuments(volume.root)) {
    const name = document.attributes['xml:id'] ?? document.attributes.n ?? '?'
    const html = documentPage(volume, document)
    const lost = lostWords(teiWords(document), pageWords(html))
    if (lost.length) problems.words.push(`${name}: ${lost.length} word(s) lost: ${lost.slice(0, 8).join(' ')}`)
    const tables = elements(document, (element) => local(element.name) === 'table').length
    const htmlTables = (html.match(/<table class="tei-table/g) ?? []).length
    if (htmlTables !== tables) problems.tables.push(`${name}: ${tables} table(s), ${htmlTables} <table>`)
    const attachments = elements(document, (element) => element.name.endsWith(':attachment')).length
    const sections = (html.match(/<section id="[^"]+" class="frus-attachment[^"]*" aria-labelledby="[^"]+"><h\d id=/g) ?? []).length
    if (sections !== attachments) problems.attachments.push(`${name}: ${attachments} attachment(s), ${sections} section(s) with a heading and an anchor`)
    const labels = [...html.matchAll(/<a class="footnote-label"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1])
    const repeated = labels.filter((label, index) => labels.indexOf(label) !== index)
    if (repeated.length) problems.notes.push(`${name}: note labels used twice: ${repeated.join(', ')}`)
    const pointers = elements(document, (element) => local(element.name) === 'ref' && /^#/.test(element.attributes.target ?? '') && ids.has((element.attributes.target ?? '').slice(1)))
    const dead = [...html.matchAll(/<span class="tei-ref unresolved" title="Link target not included in this edition: #([^"]+)"/g)].filter((match) => ids.has(match[1] ?? ''))
    if (dead.length) problems.references.push(`${name}: ${dead.length} of ${pointers.length} cross-reference(s) in the volume not linked`)
    // A name inside a cross-reference is part of that link (HTML links do not nest).
    const insideRefs = new Set(elements(document, (element) => local(element.name) === 'ref').flatMap((ref) => elements(ref, (element) => local(element.name) === 'persName')))
    const named = elements(document, (element) => local(element.name) === 'persName' && ids.has((element.attributes.corresp ?? '').replace(/^#/, '')) && !insideRefs.has(element)).length
    const linked = (html.match(/<a [^>]*class="tei-persName[^"]*entry-ref/g) ?? []).length
    if (linked < named) problems.names.push(`${name}: ${named} persName/@corresp with a target, ${linked} linked`)
    if (!/<meta name="citation_date" content="\d{4}/.test(html)) problems.dates.push(`${name}: undated`)
  }
  return problems
}

import { fromXml } from 'xast-util-from-xml'
import type { Element, Nodes, Root } from 'xast'

/** Parse TEI (throws on XML that is not well-formed). */
export function parseTei(xml: string): Root {
  return fromXml(xml)
}

/** All elements with a name, in document order. */
export function elements(node: Nodes, name?: string): Element[] {
  const out: Element[] = []
  const visit = (n: Nodes): void => {
    if (n.type === 'element' && (name === undefined || n.name === name)) out.push(n)
    if ('children' in n) for (const child of n.children) visit(child)
  }
  visit(node)
  return out
}

/** Text content of a node. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}

/** Every `#id` a TEI document points to that has no `xml:id` in it. */
export function danglingPointers(tree: Root): string[] {
  const ids = new Set(elements(tree).map((e) => e.attributes['xml:id']).filter((v): v is string => v !== undefined))
  const missing: string[] = []
  for (const e of elements(tree)) {
    for (const [name, value] of Object.entries(e.attributes)) {
      if (value === undefined || value === null || name === 'xml:id') continue
      for (const part of value.split(/\s+/)) if (part.startsWith('#') && !ids.has(part.slice(1))) missing.push(`${e.name}/@${name}=${part}`)
    }
  }
  return missing
}

/** Elements whose boundaries do not separate words (a name may end inside `Armenia's`); others do. */
const JOINING = new Set(['choice', 'orig', 'reg', 'del', 'stamp', 'sic', 'g', 'hi', 'persName', 'placeName', 'orgName'])

/**
 * Words of one witness's text as the TEI gives it (parallel segmentation: shared text, and
 * the readings whose `@wit` names the witness), OCR markup strings removed as in the raw.
 */
export function witnessWords(tree: Root, siglum: string): string[] {
  return edgedWords(tree, siglum).flatMap(piecesOf)
}

/** The witness's words, an element's edge inside one marked (`EDGE`). */
function edgedWords(tree: Root, siglum: string): string[] {
  const parts: string[] = []
  const visit = (n: Nodes, joining = false): void => {
    if (n.type === 'text') parts.push(n.value)
    else if (n.type === 'element') {
      if ((n.name === 'lem' || n.name === 'rdg') && !(n.attributes.wit ?? '').split(/\s+/).includes(`#${siglum}`)) return
      // OCR markup stands inside a word's characters: its wrapper does not separate words.
      const markup = joining || (n.name === 'app' && n.attributes.type === 'ocr-markup')
      const separate = !JOINING.has(n.name) && !markup
      if (separate) parts.push(EDGE)
      for (const child of n.children) visit(child, markup)
      if (separate) parts.push(EDGE)
    } else if ('children' in n) for (const child of n.children) visit(child as Nodes)
  }
  const body = elements(tree, 'text')[0]
  if (body) visit(body)
  return words(parts.join(''))
}

/** The words between elements' edges. */
function piecesOf(word: string): string[] {
  return word.split(EDGE).filter((piece) => piece !== '')
}

/** Where an element that separates words begins or ends (U+2063, INVISIBLE SEPARATOR: no white space, so a word the source holds across it stays one). */
const EDGE = '\u2063'

/** Words of the given 1-based line ranges of a raw cable, apart from the OCR markup (`#`, `<del>`, `<sup>`). */
export function rawWords(raw: string, ranges: Array<[number, number]>): string[] {
  const lines = raw.split('\n')
  return ranges.flatMap(([first, last]) => words(lines.slice(first - 1, last).join('\n')))
}

function words(text: string): string[] {
  return text
    .replace(/<\/?(?:del|sup)>/gi, '')
    .replace(/#/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '')
}

/** Words of a witness's raw lines that its TEI text has fewer times (empty when lossless). */
export function lostWords(raw: string, ranges: Array<[number, number]>, tree: Root, siglum: string): string[] {
  const have = new Map<string, number>()
  // Where an element's edge stands inside a word of the source (a publisher ran two lines into one: `AMEMBASSY PARISC O N F I D E N T I A L …`), the two pieces beside it count as one word too.
  const counted = edgedWords(tree, siglum).flatMap((word) => {
    const pieces = piecesOf(word)
    return [...pieces, ...pieces.slice(1).map((piece, i) => `${pieces[i]}${piece}`)]
  })
  for (const w of counted) have.set(w, (have.get(w) ?? 0) + 1)
  const lost: string[] = []
  for (const w of rawWords(raw, ranges)) {
    const n = have.get(w) ?? 0
    if (n === 0) lost.push(w)
    else have.set(w, n - 1)
  }
  return lost
}

import { codePoint, ILLEGAL_XML_CHAR } from '../../transforms/characters.ts'

/**
 * A minimal XML tree for the TEI writer, serialised without pretty-printing (which would
 * change mixed content) and with attributes in the order written, so the same model always
 * gives the same bytes.
 *
 * Why not xmlbuilder2: its serialiser leaves an `&` alone when it is followed by something
 * that looks like an entity (`&nbsp;`, `&lt;`, `&#0;`) to avoid "double encoding". For a
 * diplomatic transcription that is wrong twice over: `&nbsp;` in a raw cable made the TEI
 * ill-formed, and `&lt;` came back as `<`. Here every character of the source is escaped in
 * exactly one place, `escapeText`/`escapeAttribute`, and nothing else touches text.
 */
export class Node {
  readonly children: Array<Node | string> = []

  constructor(
    readonly name: string,
    readonly attributes: ReadonlyArray<readonly [string, string]>
  ) {}
}

/** A new root element (its namespace as an `xmlns` attribute, first). */
export function root(name: string, attributes: Record<string, string | undefined> = {}): Node {
  return new Node(name, defined(attributes))
}

/** Append an element with attributes (undefined values left out, order as given). */
export function el(parent: Node, name: string, attributes: Record<string, string | undefined> = {}): Node {
  const node = new Node(name, defined(attributes))
  parent.children.push(node)
  return node
}

/**
 * Append text. Characters XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets) become
 * `<g type="control" n="U+0007"/>`, so nothing is lost and the file stays well-formed.
 */
export function text(parent: Node, value: string): void {
  // Almost all text has no such character: no iterator, no regular expression state for it.
  if (!HAS_ILLEGAL_XML_CHAR.test(value)) {
    if (value !== '') parent.children.push(value)
    return
  }
  let at = 0
  for (const match of value.matchAll(ILLEGAL_XML_CHAR)) {
    const index = match.index ?? 0
    if (index > at) parent.children.push(value.slice(at, index))
    el(parent, 'g', { type: 'control', n: codePoint(match[0]) })
    at = index + match[0].length
  }
  if (at < value.length) parent.children.push(value.slice(at))
}

const HAS_ILLEGAL_XML_CHAR = new RegExp(ILLEGAL_XML_CHAR.source)

/** Append an element holding only text. */
export function textEl(parent: Node, name: string, value: string, attributes: Record<string, string | undefined> = {}): Node {
  const node = el(parent, name, attributes)
  text(node, value)
  return node
}

/** The document: XML declaration, the tree, a final newline. */
export function serialise(node: Node): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  write(node, out)
  out.push('\n')
  return out.join('')
}

/** Serialise one element (iteratively: a document may nest deeply and hold a million nodes). */
function write(top: Node, out: string[]): void {
  const stack: Array<Node | string> = [top]
  while (stack.length > 0) {
    const item = stack.pop() as Node | string
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    let open = '<' + item.name
    for (const [name, value] of item.attributes) open += ` ${name}="${escapeAttribute(value)}"`
    if (item.children.length === 0) {
      out.push(open + '/>')
      continue
    }
    out.push(open + '>')
    stack.push(`</${item.name}>`)
    for (let i = item.children.length - 1; i >= 0; i--) {
      const child = item.children[i] as Node | string
      stack.push(typeof child === 'string' ? escapeText(child) : child)
    }
  }
}

/**
 * Text content: `&`, `<` and `>` as references, and CR as `&#13;`, because an XML parser
 * turns a literal CR into LF (https://www.w3.org/TR/xml/#sec-line-ends).
 */
export function escapeText(value: string): string {
  return NEEDS_TEXT_ESCAPE.test(value) ? value.replace(/[&<>\r]/g, (c) => TEXT_REFERENCES[c] ?? c) : value
}

/** Attribute values: also `"` and the whitespace that attribute-value normalisation would fold. */
export function escapeAttribute(value: string): string {
  return NEEDS_ATTRIBUTE_ESCAPE.test(value) ? value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_REFERENCES[c] ?? c) : value
}

const NEEDS_TEXT_ESCAPE = /[&<>\r]/
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"\t\n\r]/

const TEXT_REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }
const ATTRIBUTE_REFERENCES: Record<string, string> = { ...TEXT_REFERENCES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' }

function defined(attributes: Record<string, string | undefined>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out.push([key, value])
  return out
}

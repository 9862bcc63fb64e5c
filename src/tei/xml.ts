import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import { codePoint, ILLEGAL_XML_CHAR } from '../../transforms/characters.ts'

export type Node = XMLBuilder

/** Append an element with attributes (undefined values left out, order as given). */
export function el(parent: Node, name: string, attributes: Record<string, string | undefined> = {}): Node {
  const defined: Record<string, string> = {}
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) defined[key] = value
  return parent.ele(name, defined)
}

/**
 * Append text. Characters XML 1.0 cannot hold become `<g type="control" n="U+0007"/>`, so
 * nothing is lost and the file stays well-formed; xmlbuilder2 escapes the rest.
 */
export function text(parent: Node, value: string): void {
  let at = 0
  for (const match of value.matchAll(ILLEGAL_XML_CHAR)) {
    const index = match.index ?? 0
    if (index > at) parent.txt(value.slice(at, index))
    el(parent, 'g', { type: 'control', n: codePoint(match[0]) })
    at = index + match[0].length
  }
  if (at < value.length) parent.txt(value.slice(at))
}

/** Append an element holding only text. */
export function textEl(parent: Node, name: string, value: string, attributes: Record<string, string | undefined> = {}): Node {
  const node = el(parent, name, attributes)
  text(node, value)
  return node
}

import { join } from 'node:path'
import type { Root } from 'xast'
import type { EditionModel } from '../../src/edition/model.ts'
import { editionOf, editionOfFile } from '../../src/pipeline.ts'
import { sourceFromText } from '../../src/source/read.ts'
import { toTei } from '../../src/tei/document.ts'
import { elements, parseTei } from '../helpers/tei.ts'

/** The layout fixtures of issue 8 (test/fixtures/layouts/README.md). */
export const LAYOUTS = join(import.meta.dirname, '..', 'fixtures', 'layouts')

export interface Made {
  model: EditionModel
  tei: string
  tree: Root
}

/** The edition of a layout fixture. */
export function layout(name: string): Made {
  return made(editionOfFile(join(LAYOUTS, `${name}.txt`)))
}

/** The edition of a raw text given inline. */
export function fromText(text: string, name = 'inline.txt'): Made {
  return made(editionOf(sourceFromText(name, text)))
}

function made(model: EditionModel): Made {
  const tei = toTei(model)
  return { model, tei, tree: parseTei(tei) }
}

/** The kinds (`fw/@subtype`) of the page furniture the TEI holds, each once, in order. */
export function furnitureKinds(tree: Root): string[] {
  return [...new Set(elements(tree, 'fw').map((fw) => fw.attributes.subtype ?? ''))]
}

/** How many `fw` of one kind the TEI holds. */
export function furnitureCount(tree: Root, kind: string): number {
  return elements(tree, 'fw').filter((fw) => fw.attributes.subtype === kind).length
}

/** The page numbers of one witness, in order. */
export function pages(tree: Root, siglum = 'A'): string[] {
  return elements(tree, 'pb').filter((pb) => pb.attributes.edRef === `#${siglum}`).map((pb) => pb.attributes.n ?? '')
}

/** The `when` of the header's sent date. */
export function sentWhen(tree: Root): string | undefined {
  const sent = elements(tree, 'correspAction').find((a) => a.attributes.type === 'sent')
  return (sent ? elements(sent, 'date')[0]?.attributes.when : undefined) ?? undefined
}

/** The keywords of the header. */
export function keywords(tree: Root): string[] {
  return elements(tree, 'term').map((t) => (t.children[0]?.type === 'text' ? t.children[0].value : ''))
}

/** The main title of the header. */
export function mainTitle(tree: Root): string {
  const title = elements(tree, 'title').find((t) => t.attributes.type === 'main')
  return title?.children.map((c) => (c.type === 'text' ? c.value : '')).join('') ?? ''
}

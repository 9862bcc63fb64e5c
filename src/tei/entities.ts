/**
 * People, places and organisations as TEI: `listPerson`, `listPlace` and `listOrg` (TEI
 * Guidelines §13.3), in a document's `standOff` for the entities it names (so every `@ref`
 * of the document resolves inside it) and in the corpus's authority file of its own.
 */
import type { Entity, EntityKind } from '../entities/index.ts'
import { EDITION } from '../edition.ts'
import { LICENCE } from '../vocabulary/licence.ts'
import { el, root, serialise, text, textEl, type Node } from './xml.ts'

/** The TEI name element of each kind (`persName`…), as the body writer tags a mention. */
export const NAME_ELEMENTS: Readonly<Record<EntityKind, string>> = { person: 'persName', place: 'placeName', org: 'orgName' }

const LISTS: ReadonlyArray<readonly [EntityKind, string, string]> = [
  ['person', 'listPerson', 'person'],
  ['place', 'listPlace', 'place'],
  ['org', 'listOrg', 'org']
]

/** Write a list per kind (only kinds that have entries), entries in the order given. */
export function writeEntityLists(parent: Node, entities: readonly Entity[]): void {
  for (const [kind, list, item] of LISTS) {
    const entries = entities.filter((e) => e.kind === kind)
    if (entries.length === 0) continue
    const node = el(parent, list)
    for (const entity of entries) {
      const entry = el(node, item, { 'xml:id': entity.key })
      const name = NAME_ELEMENTS[kind]
      textEl(entry, name, entity.name, { type: 'preferred' })
      for (const spelling of entity.spellings) if (spelling !== entity.name) textEl(entry, name, spelling, { type: 'variant' })
      if (entity.wikidata) textEl(entry, 'idno', entity.wikidata, { type: 'wikidata' })
      if (entity.description) textEl(entry, 'note', entity.description)
    }
  }
}

/** The corpus's authority as a TEI document of its own (`/tei/entities.xml`). */
export function authorityTei(entities: readonly Entity[], title: string): string {
  const tei = root('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:id': 'entities' })
  const header = el(tei, 'teiHeader')
  const fileDesc = el(header, 'fileDesc')
  textEl(el(fileDesc, 'titleStmt'), 'title', `${title}: people, places and organisations`)
  const publication = el(fileDesc, 'publicationStmt')
  textEl(publication, 'publisher', EDITION.publisher)
  const availability = el(publication, 'availability')
  el(availability, 'licence', { target: LICENCE.url })
  textEl(availability, 'p', LICENCE.statement)
  const source = el(fileDesc, 'sourceDesc')
  text(el(source, 'p'), 'The authority file the editor keeps beside the corpus (entities.yaml), and the posts of the Foreign Service the cables address. Every persName, placeName and orgName of the edition points to an entry here by its xml:id.')
  if (entities.length > 0) writeEntityLists(el(tei, 'standOff'), entities)
  // A TEI document needs a text; the authority has none of its own.
  textEl(el(el(tei, 'text'), 'body'), 'p', `${entities.length} entries.`)
  return serialise(tei)
}

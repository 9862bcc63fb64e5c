import type { EditionModel } from '../edition/model.ts'
import { writeBody } from './body.ts'
import { writeEntityLists } from './entities.ts'
import { writeHeader } from './header.ts'
import { el, root, serialise } from './xml.ts'

const TEI_NS = 'http://www.tei-c.org/ns/1.0'

/**
 * The TEI writer: edition model → TEI P5 string, header then parallel-segmented body. It only
 * writes: every decision (copies, collation, lemma, facts, `sic`) is in the model. Serialised
 * without pretty-printing (which would change mixed content), attribute order as written, so
 * the same model always gives the same bytes.
 */
export function toTei(model: EditionModel): string {
  const tei = root('TEI', { xmlns: TEI_NS, 'xml:id': model.id })
  writeHeader(tei, model)
  // The entities the document names, so that every @ref of its names resolves in it.
  if (model.entities.list.length > 0) writeEntityLists(el(tei, 'standOff'), model.entities.list)
  writeBody(tei, model)
  return serialise(tei)
}

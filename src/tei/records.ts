/**
 * The parts of the TEI header about the document as a released record: the telegrams it
 * repeats and the records related to it (`listBibl` in `sourceDesc`), the text withheld on
 * release (counted in `tagsDecl`, its grounds in `availability`), and its history of
 * release and review (`revisionDesc`).
 */
import { repeatHeading, revisions } from '../edition/describe.ts'
import type { EditionModel } from '../edition/model.ts'
import { exemptionMeaning, WITHHELD_EXPLANATION } from '../vocabulary/exemptions.ts'
import { el, text, textEl, type Node } from './xml.ts'

const TEI_NS = 'http://www.tei-c.org/ns/1.0'

/** `<listBibl>`: each repeated telegram (`bibl type="repeated"`, pointing at its `floatingText`) and each related record. */
export function writeSourceRecords(sourceDesc: Node, model: EditionModel): void {
  if (model.repeats.length === 0 && model.related.length === 0) return
  const list = el(sourceDesc, 'listBibl')
  for (const repeat of model.repeats) {
    const bibl = el(list, 'bibl', { type: 'repeated', corresp: `#repeat-${repeat.n}` })
    textEl(bibl, 'title', repeatHeading(repeat))
    if (repeat.telegram) textEl(bibl, 'idno', repeat.telegram, { type: 'telegram' })
    if (repeat.dated) textEl(bibl, 'date', repeat.dated.text, { when: repeat.dated.when })
    if (repeat.from) textEl(bibl, 'orgName', repeat.from, { role: 'sender' })
    for (const to of repeat.action) textEl(bibl, 'orgName', to, { role: 'action' })
    for (const to of repeat.info) textEl(bibl, 'orgName', to, { role: 'info' })
  }
  for (const record of model.related) {
    const bibl = el(list, 'bibl', { type: 'related' })
    textEl(bibl, 'title', record.title)
    if (record.foiaDoc) textEl(bibl, 'idno', record.foiaDoc, { type: 'FOIA-doc' })
    if (record.telegram) textEl(bibl, 'idno', record.telegram, { type: 'telegram' })
    // The sibling TEI file, as published beside this one (/tei/<id>.xml).
    textEl(bibl, 'ref', record.id, { target: `${record.id}.xml` })
    textEl(bibl, 'note', record.reason)
  }
}

/** `<tagsDecl>`: how many gaps of withheld text the text has, and what they mean. */
export function writeWithheldCount(encodingDesc: Node, model: EditionModel): void {
  if (model.withheld.count === 0) return
  const namespace = el(el(encodingDesc, 'tagsDecl'), 'namespace', { name: TEI_NS })
  const grounds = model.withheld.exemptions.map((code) => `${code}: ${exemptionMeaning(code) ?? 'as printed'}`).join('; ')
  textEl(namespace, 'tagUsage', `${WITHHELD_EXPLANATION} gap reason="withheld" marks each place${grounds ? `; the exemptions printed are ${grounds}` : ''}.`, {
    gi: 'gap',
    occurs: String(model.withheld.count)
  })
}

/** A paragraph of `availability` on the release decision of each copy and the text withheld. */
export function writeReleaseStatement(availability: Node, model: EditionModel): void {
  const decided = model.releases.filter((r) => r.decision)
  if (decided.length === 0 && model.withheld.count === 0) return
  const several = model.releases.length > 1
  const decisions = decided.map((r) => (several ? `${r.decision} (${r.witness})` : r.decision)).join('; ')
  const count = model.withheld.count
  const withheld = count > 0 ? `${count} passage${count === 1 ? '' : 's'} withheld, each marked by a gap` : 'No text withheld'
  const codes = model.withheld.exemptions.length > 0 ? ` (exemptions ${model.withheld.exemptions.join(', ')})` : ''
  textEl(availability, 'p', `${decisions ? `Release decision: ${decisions}. ` : ''}${withheld}${codes}.`)
}

/** `<revisionDesc>`: the release, then each review stamp, with the copies that bear it. */
export function writeRevisions(header: Node, model: EditionModel): void {
  const changes = revisions(model)
  if (changes.length === 0) return
  const desc = el(header, 'revisionDesc')
  for (const change of changes) {
    const node = el(desc, 'change', { when: change.when, corresp: change.witnesses.length > 0 ? change.witnesses.map((w) => `#${w}`).join(' ') : undefined })
    text(node, change.text)
  }
}

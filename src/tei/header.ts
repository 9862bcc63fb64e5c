import type { DocumentKind } from '../analyse/kind.ts'
import type { EditionModel } from '../edition/model.ts'
import { describedParts, draftedText, sendingPerson, subtitle } from '../edition/describe.ts'
import { EDITION } from '../edition.ts'
import { LICENCE } from '../vocabulary/licence.ts'
import { TAG_NAMES, TAGS_SOURCE } from '../vocabulary/tags.ts'
import { APP_TYPE_DESCRIPTIONS } from '../vocabulary/variant-types.ts'
import { writeReleaseStatement, writeRevisions, writeSourceRecords, writeWithheldCount } from './records.ts'
import { OWN_IDS } from './own-ids.ts'
import { el, text, textEl, type Node } from './xml.ts'

/** Write the teiHeader: title, FOIA identifiers, witnesses, editorial policy, correspondence. */
export function writeHeader(tei: Node, model: EditionModel): void {
  const { facts } = model
  const header = el(tei, 'teiHeader')
  const fileDesc = el(header, 'fileDesc')
  const titleStmt = el(fileDesc, 'titleStmt')
  textEl(titleStmt, 'title', model.title, { type: 'main' })
  textEl(titleStmt, 'title', subtitle(facts), { type: 'sub' })
  const resp = el(titleStmt, 'respStmt')
  textEl(resp, 'resp', 'Transcription, collation and encoding')
  textEl(resp, 'name', EDITION.name, { 'xml:id': OWN_IDS.editor })
  const publication = el(fileDesc, 'publicationStmt')
  textEl(publication, 'publisher', EDITION.publisher)
  if (facts.foiaCase) textEl(publication, 'idno', facts.foiaCase, { type: 'FOIA-case' })
  if (facts.foiaDoc) textEl(publication, 'idno', facts.foiaDoc, { type: 'FOIA-doc' })
  if (facts.telegram) textEl(publication, 'idno', facts.telegram, { type: 'telegram' })
  const availability = el(publication, 'availability')
  el(availability, 'licence', { target: LICENCE.url })
  textEl(availability, 'p', LICENCE.statement)
  writeReleaseStatement(availability, model)
  const source = el(fileDesc, 'sourceDesc')
  const listWit = el(source, 'listWit')
  for (const witness of model.descriptions) {
    const node = el(listWit, 'witness', { 'xml:id': witness.siglum, n: witness.foiaDoc !== undefined && witness.foiaDoc !== facts.foiaDoc ? witness.foiaDoc : undefined })
    textEl(node, 'abbr', witness.siglum)
    for (const part of describedParts(witness, witness.siglum === model.copyText)) {
      if (typeof part === 'string') text(node, part)
      else if ('label' in part) textEl(node, 'label', part.label)
      else if ('idno' in part) textEl(node, 'idno', part.idno, { type: part.type })
      else textEl(node, 'date', part.date, { when: part.when })
    }
  }
  writeSourceRecords(source, model)
  writeEncoding(header, model)
  writeProfile(header, model)
  writeRevisions(header, model)
}

function writeEncoding(header: Node, model: EditionModel): void {
  const encoding = el(header, 'encodingDesc')
  const decl = el(encoding, 'editorialDecl')
  const policy: Array<[string, string]> = [
    ['transcription', 'The raw OCR text is transcribed diplomatically: every character of every copy is kept, in the text, in page furniture (fw, stamp) or in an apparatus reading. Whitespace is kept as in the source.'],
    ['normalization', 'OCR markup that is not text (# heading marks, backslash escapes, stray raised marks, drawn rules) is regularised to nothing with choice/orig/reg, so the original stays recoverable.'],
    ['correction', `Errors shared by every copy are marked sic; a correction (corr, resp="#ed") is given only where the editor listed it (${model.corrections} in this document). Nothing is corrected silently.`],
    ['segmentation', 'Copies are aligned word by word after normalisation for comparison only (homoglyphs, quotation-mark style, case, attached punctuation, hyphenation); words a scanner misread are aligned with the words they stand for before exact matches of common words; readings keep their own spelling. The places of a moved passage point to each other (corresp).']
  ]
  for (const [type, value] of policy) textEl(type === 'transcription' ? decl : el(decl, type), 'p', value)
  el(encoding, 'variantEncoding', { method: 'parallel-segmentation', location: 'internal' })
  const classDecl = el(encoding, 'classDecl')
  const variants = el(classDecl, 'taxonomy', { 'xml:id': OWN_IDS.variantTypes })
  for (const [type, description] of Object.entries(APP_TYPE_DESCRIPTIONS)) textEl(el(variants, 'category', { 'xml:id': `vt-${type}` }), 'catDesc', description)
  // What the document is (`analyse/kind.ts`), a category the profile's catRef points to: the site and citations read it there.
  textEl(el(el(classDecl, 'taxonomy', { 'xml:id': OWN_IDS.kinds }), 'category', { 'xml:id': kindId(model.facts.kind) }), 'catDesc', model.facts.kind)
  if (model.facts.tags.length > 0) {
    const tags = el(classDecl, 'taxonomy', { 'xml:id': OWN_IDS.tags })
    textEl(tags, 'bibl', TAGS_SOURCE.citation)
    for (const tag of model.facts.tags) {
      // A code the glossary does not explain gets no description rather than itself as one.
      const category = el(tags, 'category', { 'xml:id': `tag-${tag}` })
      const name = TAG_NAMES[tag]
      if (name) textEl(category, 'catDesc', name)
    }
  }
  writeWithheldCount(encoding, model)
}

function writeProfile(header: Node, model: EditionModel): void {
  const { facts } = model
  const posts = model.entities.addresses
  const ref = (address: string): string | undefined => (posts[address] === undefined ? undefined : `#${posts[address]}`)
  const profile = el(header, 'profileDesc')
  if (facts.drafted) {
    const creation = el(profile, 'creation')
    textEl(creation, 'date', draftedText(facts.drafted), { when: facts.drafted.when })
  } else if (facts.written) {
    textEl(el(profile, 'creation'), 'date', facts.written.text, { when: facts.written.when })
  }
  // Only what the text states: no sender is invented for a document that names none.
  // An e-mail's people (persName) stand beside a telegram's posts (orgName); a document has one or the other.
  const sender = sendingPerson(facts)
  const recipients = facts.email?.to ?? []
  const copied = facts.email?.cc ?? []
  const stated = sender !== undefined || facts.from !== undefined || facts.dateTime !== undefined || facts.received !== undefined || facts.to.length + recipients.length + facts.info.length + copied.length > 0
  const corresp = stated ? el(profile, 'correspDesc') : undefined
  if (corresp && (sender || facts.from || facts.dateTime)) {
    const sent = el(corresp, 'correspAction', { type: 'sent' })
    if (sender) textEl(sent, 'persName', sender)
    if (facts.from) textEl(sent, 'orgName', facts.from, { ref: ref(facts.from) })
    if (facts.dateTime) textEl(sent, 'date', facts.dateTime.text, { when: facts.dateTime.when })
  }
  if (corresp && (facts.to.length > 0 || recipients.length > 0 || facts.received)) {
    const received = el(corresp, 'correspAction', { type: 'received' })
    for (const to of facts.to) textEl(received, 'orgName', to, { ref: ref(to) })
    for (const person of recipients) textEl(received, 'persName', person)
    if (facts.received) textEl(received, 'date', facts.received.text, { when: facts.received.when })
  }
  if (corresp && (facts.info.length > 0 || copied.length > 0)) {
    const cc = el(corresp, 'correspAction', { type: 'cc' })
    for (const info of facts.info) textEl(cc, 'orgName', info, { ref: ref(info) })
    for (const person of copied) textEl(cc, 'persName', person)
  }
  const textClass = el(profile, 'textClass')
  el(textClass, 'catRef', { scheme: '#kinds', target: `#${kindId(facts.kind)}` })
  const keywords = el(textClass, 'keywords', facts.tags.length > 0 ? { scheme: '#tags' } : {})
  if (facts.tags.length === 0) textEl(keywords, 'term', 'untagged')
  for (const tag of facts.tags) textEl(keywords, 'term', tag, { ref: `#tag-${tag}` })
  const notes: Array<[string, string | undefined]> = [
    ['classification', facts.classification],
    ['release', facts.release],
    ['captions', facts.captions.join(', ') || undefined],
    ['eo', facts.eo],
    ['declassify', facts.declassify?.text],
    ['classifiedBy', facts.classifiedBy],
    ['classificationReason', facts.classificationReason],
    ['fileNumber', facts.fileNumber],
    ['ref', facts.ref],
    ['approver', facts.approver],
    ['clearances', facts.clearances.join(' ') || undefined],
    ['exemptions', model.withheld.exemptions.join(' ') || undefined]
  ]
  const present = notes.filter(([, value]) => value)
  if (present.length > 0) {
    const list = el(el(profile, 'abstract'), 'list', { type: 'facts' })
    for (const [label, value] of present) {
      const item = el(list, 'item', { n: label })
      if (label === 'declassify' && facts.declassify?.when) textEl(item, 'date', value ?? '', { when: facts.declassify.when })
      else text(item, value ?? '')
    }
  }
}

/** `kind-memorandum-of-conversation`. */
function kindId(kind: DocumentKind): string {
  return `kind-${kind.toLowerCase().replace(/[^a-z]+/g, '-')}`
}

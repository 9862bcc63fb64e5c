import type { VariantType } from '../collate/types.ts'
import type { CableDocument } from '../model/document.ts'
import type { HeaderFacts } from '../../transforms/header-fields.ts'
import { el, textEl, type Node } from './xml.ts'
import { EDITION } from '../edition.ts'

/** TAGS codes the edition can explain (Department of State subject and country codes). */
const TAG_NAMES: Record<string, string> = {
  PREL: 'External political relations', PGOV: 'Internal governmental affairs', PFOR: 'Foreign policy relations',
  PARM: 'Arms controls and disarmament', ETTC: 'Trade and technology controls', EAID: 'Foreign economic assistance',
  EAIR: 'Civil aviation', CVIS: 'Visas', AM: 'Armenia', AJ: 'Azerbaijan', RS: 'Russia', US: 'United States',
  VS: 'South Vietnam', UP: 'Ukraine', CB: 'Cambodia', JA: 'Japan', CA: 'Canada', AU: 'Austria', CZ: 'Czechoslovakia'
}

export interface HeaderInput {
  doc: CableDocument
  facts: HeaderFacts
  title: string
  variantTypes: Record<VariantType | 'furniture' | 'ocr-markup', string>
  corrections: number
}

/** Write the teiHeader: title, FOIA identifiers, witnesses, editorial policy, correspondence. */
export function writeHeader(tei: Node, input: HeaderInput): void {
  const { doc, facts } = input
  const header = el(tei, 'teiHeader')
  const fileDesc = el(header, 'fileDesc')
  const titleStmt = el(fileDesc, 'titleStmt')
  textEl(titleStmt, 'title', input.title, { type: 'main' })
  textEl(titleStmt, 'title', subtitle(facts), { type: 'sub' })
  const resp = el(titleStmt, 'respStmt')
  textEl(resp, 'resp', 'Transcription, collation and encoding')
  textEl(resp, 'name', EDITION.name, { 'xml:id': 'ed' })
  const publication = el(fileDesc, 'publicationStmt')
  textEl(publication, 'publisher', EDITION.publisher)
  if (facts.foiaCase) textEl(publication, 'idno', facts.foiaCase, { type: 'FOIA-case' })
  if (facts.foiaDoc) textEl(publication, 'idno', facts.foiaDoc, { type: 'FOIA-doc' })
  if (facts.telegram) textEl(publication, 'idno', facts.telegram, { type: 'telegram' })
  textEl(el(publication, 'availability'), 'p', 'US government work, in the public domain. The encoding is released under CC0.')
  const source = el(fileDesc, 'sourceDesc')
  const listWit = el(source, 'listWit')
  for (const witness of doc.witnesses) {
    const node = el(listWit, 'witness', { 'xml:id': witness.siglum })
    textEl(node, 'abbr', witness.siglum)
    node.txt(` ${witness.label}, raw lines ${witness.lines.map(([a, b]) => `${a}–${b}`).join(', ')}${witness.siglum === doc.copyText ? ' (copy text)' : ''}.`)
  }
  writeEncoding(header, input)
  writeProfile(header, facts)
  if (facts.released) {
    const change = el(el(header, 'revisionDesc'), 'change', { when: facts.released.when })
    change.txt(`Declassified and released under FOIA${facts.foiaCase ? ` (case ${facts.foiaCase})` : ''}${facts.release ? `: ${facts.release}` : ''}.`)
  }
}

function subtitle(facts: HeaderFacts): string {
  const parts = ['Telegram']
  if (facts.from) parts.push(`from ${facts.from}`)
  if (facts.to.length > 0) parts.push(`to ${facts.to.join(', ')}`)
  const when = facts.dateTime?.when ?? facts.drafted?.when
  return parts.join(' ') + (when ? `, ${when.slice(0, 10)}` : '')
}

function writeEncoding(header: Node, input: HeaderInput): void {
  const encoding = el(header, 'encodingDesc')
  const decl = el(encoding, 'editorialDecl')
  const policy: Array<[string, string]> = [
    ['transcription', 'The raw OCR text is transcribed diplomatically: every character of every copy is kept, in the text, in page furniture (fw, stamp) or in an apparatus reading. Whitespace is kept as in the source.'],
    ['normalization', 'OCR markup that is not text (# heading marks, backslash escapes, stray raised marks, drawn rules) is regularised to nothing with choice/orig/reg, so the original stays recoverable.'],
    ['correction', `Errors shared by every copy are marked sic; a correction (corr, resp="#ed") is given only where the editor listed it (${input.corrections} in this document). Nothing is corrected silently.`],
    ['segmentation', 'Copies are aligned word by word after normalisation for comparison only (homoglyphs, case, attached punctuation, hyphenation); readings keep their own spelling.']
  ]
  for (const [type, value] of policy) textEl(type === 'transcription' ? decl : el(decl, type), 'p', value)
  el(encoding, 'variantEncoding', { method: 'parallel-segmentation', location: 'internal' })
  const classDecl = el(encoding, 'classDecl')
  const variants = el(classDecl, 'taxonomy', { 'xml:id': 'variant-types' })
  for (const [type, description] of Object.entries(input.variantTypes)) textEl(el(variants, 'category', { 'xml:id': `vt-${type}` }), 'catDesc', description)
  if (input.facts.tags.length > 0) {
    const tags = el(classDecl, 'taxonomy', { 'xml:id': 'tags' })
    for (const tag of input.facts.tags) textEl(el(tags, 'category', { 'xml:id': `tag-${tag}` }), 'catDesc', TAG_NAMES[tag] ?? tag)
  }
}

function writeProfile(header: Node, facts: HeaderFacts): void {
  const profile = el(header, 'profileDesc')
  if (facts.drafted) {
    const creation = el(profile, 'creation')
    textEl(creation, 'date', `Drafted ${facts.drafted.text}${facts.drafted.name ? ` by ${facts.drafted.name}` : ''}${facts.drafted.office ? ` (${facts.drafted.office})` : ''}`, { when: facts.drafted.when })
  }
  const corresp = el(profile, 'correspDesc')
  const sent = el(corresp, 'correspAction', { type: 'sent' })
  if (facts.signature) textEl(sent, 'persName', facts.signature)
  textEl(sent, 'orgName', facts.from ?? 'Department of State')
  if (facts.dateTime) textEl(sent, 'date', facts.dateTime.text, { when: facts.dateTime.when })
  if (facts.to.length > 0) {
    const received = el(corresp, 'correspAction', { type: 'received' })
    for (const to of facts.to) textEl(received, 'orgName', to)
  }
  if (facts.info.length > 0) {
    const cc = el(corresp, 'correspAction', { type: 'cc' })
    for (const info of facts.info) textEl(cc, 'orgName', info)
  }
  const textClass = el(profile, 'textClass')
  const keywords = el(textClass, 'keywords', facts.tags.length > 0 ? { scheme: '#tags' } : {})
  if (facts.tags.length === 0) textEl(keywords, 'term', 'untagged')
  for (const tag of facts.tags) textEl(keywords, 'term', tag, { ref: `#tag-${tag}` })
  const notes: Array<[string, string | undefined]> = [
    ['classification', facts.classification],
    ['captions', facts.captions.join(', ') || undefined],
    ['eo', facts.eo],
    ['declassify', facts.declassify?.text],
    ['classifiedBy', facts.classifiedBy],
    ['ref', facts.ref],
    ['approver', facts.approver],
    ['clearances', facts.clearances.join(' ') || undefined]
  ]
  const present = notes.filter(([, value]) => value)
  if (present.length > 0) {
    const list = el(el(profile, 'abstract'), 'list', { type: 'facts' })
    for (const [label, value] of present) {
      const item = el(list, 'item', { n: label })
      if (label === 'declassify' && facts.declassify?.when) textEl(item, 'date', value ?? '', { when: facts.declassify.when })
      else item.txt(value ?? '')
    }
  }
}

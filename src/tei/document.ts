import { create } from 'xmlbuilder2'
import { collate, variantTypeDescriptions } from '../collate/index.ts'
import type { Token, Variation } from '../collate/types.ts'
import type { CableDocument } from '../model/document.ts'
import type { Sidecar } from '../sidecar.ts'
import type { SourceFile } from '../source/read.ts'
import { headerFacts } from '../../transforms/header-fields.ts'
import { titleCase } from '../../transforms/title.ts'
import { looksMistyped } from '../../transforms/shared-errors.ts'
import { writeBody } from './body.ts'
import { writeHeader } from './header.ts'
import { toStream } from './stream.ts'
import { el } from './xml.ts'

const TEI_NS = 'http://www.tei-c.org/ns/1.0'

/** The extra `app/@type` values the writer uses besides the collation's four. */
const MARK_TYPES = {
  furniture: 'Page furniture (banner, page number, page header, stamp) of the copies named in the reading; not part of the text.',
  'ocr-markup': 'Markup the OCR tool added (heading marks, escapes, stray raised marks, drawn rules), regularised to nothing; the original is kept.'
}

/**
 * Model → TEI P5 string: collate the copies, then write header and parallel-segmented body.
 * Serialised without pretty-printing (which would change mixed content), attribute order as
 * written, so the same input always gives the same bytes.
 */
export function toTei(doc: CableDocument, source: SourceFile, sidecar?: Sidecar): string {
  const streams = doc.witnesses.map((w) => toStream(w, source))
  const segments = collate(
    streams.map((s) => ({ siglum: s.siglum, tokens: s.slots.map((slot) => slot.token) })),
    { copyText: doc.copyText, overrides: (sidecar?.variantTypes ?? {}) as Record<string, 'substantive'> }
  )
  const facts = headerFacts(doc)
  const corrections = new Map((sidecar?.corrections ?? []).map((c) => [c.sic, c.corr]))
  const used = new Set<string>()
  // Errors every copy shares: words in agreements (in documents of one copy, every word),
  // apart from signatures, which are names.
  const names = new Set(streams.flatMap((s) => s.slots.filter((slot) => s.blocks[slot.block]?.kind === 'signed').map((slot) => slot.token)))
  const shared = new Set(segments.flatMap((s) => (s.kind === 'agree' ? Object.values(s.tokens).flat() : [])).filter((t) => !names.has(t)))
  const sic = (token: Token): string | true | undefined => {
    const correction = corrections.get(token.text)
    if (correction !== undefined) {
      used.add(token.text)
      return correction
    }
    return shared.has(token) && looksMistyped(token.text) ? true : undefined
  }
  const root = create({ version: '1.0', encoding: 'UTF-8' })
  const tei = root.ele(TEI_NS, 'TEI', { 'xml:id': doc.id })
  const body = el(el(tei, 'text'), 'body')
  const div = el(body, 'div', { type: 'document' })
  writeBody(div, { streams, copyText: doc.copyText, segments, sic, appId })
  const header = create().ele(TEI_NS, 'x')
  writeHeader(header, {
    doc,
    facts,
    title: facts.subject ? titleCase(facts.subject) : `Document ${doc.id.slice(2)}`,
    variantTypes: { ...variantTypeDescriptions, ...MARK_TYPES },
    corrections: used.size
  })
  const headerNode = header.first()
  tei.node.insertBefore(headerNode.node, tei.first().node)
  return root.end({ prettyPrint: false }) + '\n'
}

/** `app-B-38-15`: from the variation's stable key (witness, raw line and column). */
function appId(variation: Variation): string {
  return 'app-' + (variation.key ?? 'x').replace(/[^A-Za-z0-9.-]/g, '-')
}

/**
 * Each released copy's release decision (`RELEASE IN FULL`, `RELEASE IN PART` with the
 * exemptions printed under it) and the review stamps on its pages (`Declassification
 * Authority: …, Senior Reviewer, A/GIS/IPS 6/25/2019`, a reclassification, NARA's
 * authority), read from the copy's own furniture and text: they belong to the copy, not to
 * the text it carries. A stamp repeated on every page is one review.
 */
import type { ReleaseRecord } from '../edition/model.ts'
import type { Mark, WitnessStream } from '../tokenise/stream.ts'
import { EXEMPTION_TOKEN, RELEASE_DECISION_LINES, REVIEW_STAMPS } from '../vocabulary/exemptions.ts'
import { usDate } from './facts.ts'

/** The release records of every copy, in witness order. */
export function releasesOf(streams: readonly WitnessStream[]): ReleaseRecord[] {
  return streams.map((stream) => releaseOf(stream))
}

function releaseOf(stream: WitnessStream): ReleaseRecord {
  const pages = pageText(stream)
  const record: ReleaseRecord = { witness: stream.siglum, reviews: [] }
  const decision = RELEASE_DECISION_LINES.exec(pages)
  if (decision) {
    // The grounds stand after the decision on its line, or alone on the next.
    const grounds = [decision[2], decision[3]].map((line) => (line ?? '').trim()).find((line) => line !== '' && line.split(/\s+/).every((t) => EXEMPTION_TOKEN.test(t)))
    record.decision = `RELEASE IN ${decision[1]}${grounds ? ` ${grounds}` : ''}`
  }
  for (const pattern of REVIEW_STAMPS) {
    for (const match of pages.matchAll(pattern)) {
      const text = match[0].replace(/\s+/g, ' ').trim()
      if (record.reviews.some((r) => r.text === text)) continue
      const when = match.groups?.when === undefined ? undefined : usDate(match.groups.when)
      record.reviews.push(when ? { text, when } : { text })
    }
  }
  return record
}

/** A copy's pages as text: furniture lines and text lines in reading order, a line a line. */
function pageText(stream: WitnessStream): string {
  const out: string[] = []
  const marks = (list: readonly Mark[]): void => {
    for (const mark of list) {
      if (mark.kind === 'fw') out.push('\n', mark.furniture.parts.filter((p) => p.kind !== 'artefact').map((p) => p.value).join(''), '\n')
      else if (mark.kind === 'lb' || mark.kind === 'pb') out.push('\n')
    }
  }
  stream.slots.forEach((slot, index) => {
    if (slot.opensBlock) {
      out.push('\n')
      marks(stream.before[slot.block] ?? [])
    }
    marks(slot.marks)
    out.push(index === 0 || slot.opensBlock ? '' : slot.ws || ' ', slot.token.text)
  })
  marks(stream.trailing)
  return out.join('')
}

import type { Furniture, Inline, Milestone } from '../src/model/document.ts'
import type { RawLine } from '../src/parse/lines.ts'
import { applyDeletions, closeDeletions, type DeletionState, type Warn } from './deletions.ts'
import type { LineReading } from './furniture.ts'
import type { DraftBlock } from './structure.ts'

/** A raw line with what furniture recognition made of it. */
export interface ReadLine {
  line: RawLine
  reading: LineReading
}

/**
 * Page breaks of one witness. Furniture between text marks a new page when it holds a
 * banner, a page number or a telegram page header (a stamp alone does not). The first
 * banner of such a run is the old page's footer when more follows; the page number comes
 * from the run (`2`, `PAGE 02`) or counts on. `parts` are the witness's line ranges in
 * reading order: a first page that the scan put elsewhere joins the rest without a break.
 */
export function paginate(parts: ReadLine[][], warn: Warn): Array<DraftBlock | Milestone> {
  const out: Array<DraftBlock | Milestone> = []
  let page = 0
  let sawText = false
  let cluster: Furniture[] = []
  let block: DraftBlock | undefined
  let blockId: number | undefined
  const deletions: DeletionState = { depth: 0, openedAt: undefined }
  const pending: Inline[] = []

  const endBlock = (): void => {
    if (block) closeDeletions(deletions, warn)
    block = undefined
    blockId = undefined
  }
  const flush = (position: 'start' | 'inner' | 'join' | 'end'): void => {
    if (position === 'start' || (position === 'inner' && cluster.some(marksPage))) {
      const footers = position === 'inner' && cluster.length > 1 && cluster[0]?.subtype === 'banner' ? 1 : 0
      cluster.slice(0, footers).forEach((f) => out.push({ kind: 'fw', furniture: { ...f, type: 'footer' } }))
      page = pageNumber(cluster, page)
      out.push({ kind: 'pb', n: String(page), offset: cluster[footers]?.offset ?? 0 })
      cluster.slice(footers).forEach((f) => out.push({ kind: 'fw', furniture: f }))
    } else {
      const type = position === 'end' || position === 'join' ? 'footer' : undefined
      cluster.forEach((f) => out.push({ kind: 'fw', furniture: type && f.subtype === 'banner' ? { ...f, type } : f }))
    }
    cluster = []
  }

  parts.forEach((part, index) => {
    for (const { line, reading } of part) {
      if (reading.kind === 'blank') {
        endBlock()
        continue
      }
      if (reading.kind === 'furniture') {
        endBlock()
        cluster.push(reading.furniture)
        continue
      }
      if (!sawText) {
        flush('start')
        sawText = true
      } else if (cluster.length > 0) flush('inner')
      const inlines = applyDeletions(reading.pieces, deletions, warn)
      if (inlines.every((inline) => inline.kind === 'artefact')) {
        // A line of OCR markup only (a drawn rule): kept with the text that follows it.
        pending.push(...inlines, { kind: 'text', value: '\n', offset: line.offset + line.raw.length, deleted: false })
        continue
      }
      inlines.unshift(...pending.splice(0))
      if (block && blockId === line.block) {
        block.inlines.push({ kind: 'lb', offset: line.offset }, ...inlines)
        block.multiline = true
      } else {
        endBlock()
        block = { inlines, line: line.number, multiline: false }
        blockId = line.block
        out.push(block)
      }
      if (reading.trailing) {
        endBlock()
        cluster.push(reading.trailing)
      }
    }
    endBlock()
    const last = out[out.length - 1]
    if (pending.length > 0 && last && !('kind' in last)) last.inlines.push(...pending.splice(0))
    if (!sawText && cluster.length > 0) {
      flush('start')
      sawText = true
    }
    flush(index < parts.length - 1 ? 'join' : 'end')
  })
  return out
}

function marksPage(f: Furniture): boolean {
  return f.subtype === 'banner' || f.subtype === 'telegram' || f.type === 'pageNum'
}

/** The number a page run states (`3`, `PAGE 03`), or the next one. */
function pageNumber(cluster: Furniture[], previous: number): number {
  for (const f of cluster) {
    const text = f.parts.map((p) => (p.kind === 'artefact' ? '' : p.value)).join('')
    const stated = f.type === 'pageNum' ? /\d+/.exec(text) : f.subtype === 'telegram' ? /PAGE\s+(\d+)/.exec(text) : null
    const n = stated ? Number(stated[1] ?? stated[0]) : NaN
    if (n > previous) return n
  }
  return previous + 1
}

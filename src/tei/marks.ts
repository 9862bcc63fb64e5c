import type { Furniture } from '../model/document.ts'
import type { Mark } from '../tokenise/stream.ts'
import { el, text, type Node } from './xml.ts'

export interface MarkContext {
  /** True when a mark must say which witness it belongs to (more than one witness in scope). */
  multi: boolean
}

/**
 * Write what belongs to one witness: `<pb edRef>` carries its witness itself; furniture and
 * OCR markup go in `<app type="furniture"><rdg wit>` (`fw` has no `@edRef`) when other
 * witnesses share the place.
 */
export function writeMark(parent: Node, siglum: string, mark: Mark, context: MarkContext): void {
  if (mark.kind === 'pb') {
    el(parent, 'pb', { n: mark.n, edRef: `#${siglum}` })
    return
  }
  if (mark.kind === 'lb') {
    el(parent, 'lb')
    return
  }
  if (mark.kind === 'space') {
    text(parent, mark.value)
    return
  }
  // `choice` may not stand between blocks, so OCR markup is always wrapped (app is allowed anywhere).
  const target = context.multi || mark.kind === 'artefact' ? el(el(parent, 'app', { type: mark.kind === 'fw' ? 'furniture' : 'ocr-markup' }), 'rdg', { wit: `#${siglum}` }) : parent
  if (mark.kind === 'fw') writeFurniture(target, mark.furniture)
  else {
    writeArtefact(target, mark.value)
    // The whitespace after OCR markup is that witness's too (a drawn rule, then a new line).
    if (mark.after) text(target, mark.after)
  }
}

/** OCR markup (`## `, `\_`, `<sup>~</sup>`): regularised to nothing, the original kept. */
export function writeArtefact(parent: Node, value: string): void {
  const choice = el(parent, 'choice')
  text(el(choice, 'orig'), value)
  el(choice, 'reg', { resp: '#ed' })
}

/** A furniture line as `<fw>` of its kind (`subtype`: banner, page-stamp, print, email…), with its stamps as `<stamp>`. */
export function writeFurniture(parent: Node, furniture: Furniture): void {
  const fw = el(parent, 'fw', { type: furniture.type, subtype: furniture.subtype })
  for (const part of furniture.parts) {
    if (part.kind === 'artefact') writeArtefact(fw, part.value)
    else if (part.kind === 'stamp') text(el(fw, 'stamp', { type: part.type }), part.value)
    else text(fw, part.value)
  }
}

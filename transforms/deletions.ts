import type { Inline } from '../src/model/document.ts'
import type { Piece } from '../src/parse/lines.ts'

/** Open `<del>` tags carried from line to line within one block. */
export interface DeletionState {
  depth: number
  openedAt: number | undefined
}

/** Report a problem at a raw offset. */
export type Warn = (offset: number, message: string) => void

/**
 * `<del>…</del>` (text struck through on the page) becomes a `deleted` flag on the text it
 * covers, written later as `<del rend="strikethrough">`. Nested tags count once; a stray
 * `</del>` is kept as an artefact; an unclosed `<del>` ends with its block. Each of these
 * is a warning with its place, never an error: the text is all kept.
 */
export function applyDeletions(pieces: Piece[], state: DeletionState, warn: Warn): Inline[] {
  const out: Inline[] = []
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      out.push({ kind: 'text', value: piece.value, offset: piece.offset, deleted: state.depth > 0 })
    } else if (piece.role === 'del-open') {
      if (state.depth > 0) warn(piece.offset, '<del> inside <del>: the inner one adds nothing and is dropped')
      else state.openedAt = piece.offset
      state.depth++
    } else if (piece.role === 'del-close') {
      if (state.depth === 0) {
        warn(piece.offset, '</del> without an opening <del>: kept as an OCR artefact')
        out.push({ kind: 'artefact', value: piece.value, offset: piece.offset })
      } else state.depth--
    } else out.push({ kind: 'artefact', value: piece.value, offset: piece.offset })
  }
  return out
}

/** Close what the block left open, with a warning at the unclosed tag. */
export function closeDeletions(state: DeletionState, warn: Warn): void {
  if (state.depth > 0 && state.openedAt !== undefined) {
    warn(state.openedAt, '<del> is not closed in its paragraph: the strike-through ends with the paragraph')
  }
  state.depth = 0
  state.openedAt = undefined
}

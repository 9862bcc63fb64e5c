import { toDocument } from '../pipeline.ts'
import { readSidecar } from '../sidecar.ts'
import type { Diagnostic } from '../source/errors.ts'
import { readSource, type SourceFile } from '../source/read.ts'
import { toTei } from '../tei/document.ts'
import type { CableDocument } from '../model/document.ts'
import type { Sidecar } from '../sidecar.ts'

export interface Transformed {
  doc: CableDocument
  source: SourceFile
  sidecar: Sidecar | undefined
  tei: string
  warnings: Diagnostic[]
}

/** Raw file (and its sidecar) → model and TEI; throws `InputError` on input that cannot be used. */
export function transformFile(path: string): Transformed {
  const source = readSource(path)
  const sidecar = readSidecar(path, source.lineStarts.length)
  const doc = toDocument(source, sidecar)
  return { doc, source, sidecar, tei: toTei(doc, source, sidecar), warnings: doc.warnings }
}

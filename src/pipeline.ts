import { basename } from 'node:path'
import type { CableDocument, Witness } from './model/document.ts'
import { parseLines } from './parse/lines.ts'
import { Warnings } from './source/errors.ts'
import { pointAt, type SourceFile } from './source/read.ts'
import { readLine } from '../transforms/furniture.ts'
import { paginate, type ReadLine } from '../transforms/pages.ts'
import { structure } from '../transforms/structure.ts'
import { detectWitnesses, type WitnessLines } from '../transforms/witnesses.ts'
import { describeWitnesses } from '../transforms/witness-labels.ts'
import { applySidecar, type Sidecar } from './sidecar.ts'
import { checkCharacters } from '../transforms/characters.ts'

/**
 * Raw cable → model: lines and Markdown pieces (remark), furniture, copies, pages and
 * deletions, then the cable's structure within each copy.
 */
export function toDocument(source: SourceFile, sidecar?: Sidecar): CableDocument {
  const warnings = new Warnings(source.path)
  const warn = (offset: number, message: string): void => warnings.add(pointAt(source, offset), message)
  checkCharacters(source.text, warn)
  const lines: ReadLine[] = parseLines(source).map((line) => ({ line, reading: readLine(line) }))
  const detected: WitnessLines[] = sidecar?.witnesses ? applySidecar(sidecar, lines) : detectWitnesses(lines)
  const witnesses: Witness[] = detected.map((w, index) => {
    const parts = w.parts.map(([start, end]) => lines.slice(start, end + 1))
    return {
      siglum: String.fromCharCode(65 + index),
      label: '',
      lines: w.parts.map(([start, end]) => [start + 1, end + 1] as [number, number]),
      body: structure(paginate(parts, warn))
    }
  })
  describeWitnesses(witnesses, sidecar)
  if (!witnesses.some((w) => w.body.some((item) => item.kind === 'block'))) {
    warn(0, 'no text: the file holds only page furniture or nothing at all')
  }
  return {
    id: documentId(source),
    file: source.path,
    witnesses,
    copyText: sidecar?.copyText ?? defaultCopyText(witnesses),
    warnings: warnings.list
  }
}

/** `xml:id` from the FOIA document number (`d-B-00002120004`), else from the file name. */
function documentId(source: SourceFile): string {
  const doc = /\b([A-Z]-?\d{7,11}|C\d{8})\b/.exec(source.text.slice(0, 20000))?.[1]
  const stem = doc ?? basename(source.path).replace(/\.[^.]*$/, '')
  return 'd-' + stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
}

/** The transmitted telegram when there is one (it has a page header or a signature), else the last copy. */
function defaultCopyText(witnesses: Witness[]): string {
  const telegram = witnesses.find((w) => /telegram/i.test(w.label))
  return (telegram ?? witnesses[witnesses.length - 1])?.siglum ?? 'A'
}

/**
 * The one pipeline every command runs, data flowing one way:
 *
 *   read → parse → transforms (furniture, witnesses, pages, deletions, structure)
 *        → tokenise → collate → place (the edited text) → analyse (facts from the lemma)
 *        → edition model → writers (TEI, site pages, citations)
 *
 * Each stage is a module of its own with a typed input and output; no writer calls back
 * into a stage, and no stage reads build output.
 */
import { basename, dirname } from 'node:path'
import { analyse } from './analyse/index.ts'
import { collate } from './collate/index.ts'
import type { EditionModel } from './edition/model.ts'
import { readAuthority, tagEntities, type Authority } from './entities/index.ts'
import { placeText } from './edition/place.ts'
import type { Witness } from './model/document.ts'
import { parseLines } from './parse/lines.ts'
import { checkSidecarAgainstWitnesses, readSidecarFile, type Sidecar, type SidecarFile } from './sidecar.ts'
import { Warnings } from './source/errors.ts'
import { pointAt, readSource, type SourceFile } from './source/read.ts'
import { toStream } from './tokenise/stream.ts'
import { FOIA_DOCUMENT } from './vocabulary/stamps.ts'
import type { VariantType } from './vocabulary/variant-types.ts'
import { checkCharacters } from '../transforms/characters.ts'
import { readLines } from '../transforms/furniture.ts'
import { paginate, type ReadLine } from '../transforms/pages.ts'
import { checkSpacing } from '../transforms/spacing.ts'
import { structure } from '../transforms/structure.ts'
import { copyKind, detectWitnesses, statedWitnesses, type WitnessLines } from '../transforms/witnesses.ts'

/**
 * Read a raw cable and its sidecar from disk and make its edition model. The names are
 * those of `authority`, by default the authority file of the cable's folder (its corpus).
 */
export function editionOfFile(path: string, authority: Authority | undefined = readAuthority(dirname(path))): EditionModel {
  const source = readSource(path)
  return editionOf(source, readSidecarFile(path, source.lineStarts.length), authority)
}

/** Raw cable (and the editor's sidecar and the corpus's authority file) → edition model. Throws `InputError` on input that cannot be used. */
export function editionOf(source: SourceFile, sidecarFile?: SidecarFile, authority?: Authority): EditionModel {
  const warnings = new Warnings(source.path)
  const warn = (offset: number, message: string): void => warnings.add(pointAt(source, offset), message)
  checkCharacters(source.text, warn)
  checkSpacing(source.text, warn)
  const sidecar = sidecarFile?.sidecar
  const witnesses = toWitnesses(source, sidecar, warn)
  if (sidecarFile) checkSidecarAgainstWitnesses(sidecarFile.path, sidecarFile.text, sidecarFile.sidecar, witnesses.map((w) => w.siglum))
  if (!witnesses.some((w) => w.body.some((item) => item.kind === 'block'))) {
    warn(0, 'no text: the file holds only page furniture or nothing at all')
  }
  const copyText = sidecar?.copyText ?? defaultCopyText(witnesses)
  const streams = witnesses.map((w) => toStream(w, source))
  const segments = collate(
    streams.map((s) => ({ siglum: s.siglum, tokens: s.slots.map((slot) => slot.token) })),
    { copyText, overrides: (sidecar?.variantTypes ?? {}) as Record<string, VariantType> }
  )
  const text = placeText(streams, copyText, segments)
  const analysis = analyse({ witnesses, streams, segments, text, copyText, sidecar })
  if (!analysis.facts.subject) warn(0, `no subject line in a layout this tool knows: the title is the first line of text, ${JSON.stringify(analysis.title)}`)
  const named = tagEntities({ text, streams, copyText, sic: analysis.sic, facts: analysis.facts, authority })
  for (const { token, message } of named.warnings) warnings.add({ line: token.line, column: token.column, offset: 0 }, message)
  return {
    id: sidecar?.id ?? documentId(source),
    file: source.path,
    copyText,
    streams,
    segments,
    text,
    ...analysis,
    entities: named.entities,
    warnings: warnings.list
  }
}

/** Parse and transforms: the copies of the file, each paginated and structured. */
function toWitnesses(source: SourceFile, sidecar: Sidecar | undefined, warn: (offset: number, message: string) => void): Witness[] {
  const raw = parseLines(source)
  const readings = readLines(raw)
  const lines: ReadLine[] = raw.map((line, i) => ({ line, reading: readings[i] ?? { kind: 'blank' } }))
  const detected: WitnessLines[] = sidecar?.witnesses ? statedWitnesses(sidecar.witnesses, lines.length) : detectWitnesses(lines)
  return detected.map((w, index) => {
    const parts = w.parts.map(([start, end]) => lines.slice(start, end + 1))
    return {
      siglum: sidecar?.witnesses?.[index]?.siglum ?? siglumAt(index),
      label: '',
      lines: w.parts.map(([start, end]) => [start + 1, end + 1] as [number, number]),
      body: structure(paginate(parts, warn))
    }
  })
}

/** Sigla in witness order: A … Z, then A1 … Z1, A2 …, so any number of copies gets distinct, valid ids. */
export function siglumAt(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  const round = Math.floor(index / 26)
  return round === 0 ? letter : `${letter}${round}`
}

/** `xml:id` from the FOIA document number (`d-B-00002120004`), else from the file name. */
function documentId(source: SourceFile): string {
  const doc = FOIA_DOCUMENT.exec(source.text.slice(0, 20000))?.[0]
  const stem = doc ?? basename(source.path).replace(/\.[^.]*$/, '')
  const id = 'd-' + stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
  return id === 'd-' ? 'd-document' : id
}

/** The transmitted telegram when there is one, else the last copy. */
function defaultCopyText(witnesses: Witness[]): string {
  const telegram = witnesses.find((w) => copyKind(w) === 'telegram')
  return (telegram ?? witnesses[witnesses.length - 1])?.siglum ?? 'A'
}

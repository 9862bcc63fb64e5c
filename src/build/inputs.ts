/**
 * The first steps of a build: discover the corpus's input files and read each once (their bytes
 * key the cache, and are what the pipeline reads, so a file saved during a build cannot give a
 * document made from one version and keyed by another), then group them into documents.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { sidecarPath } from '../sidecar.ts'
import { InputError, type Diagnostic } from '../source/errors.ts'
import { readBounded } from '../source/read.ts'
import { AUTHORITY_FILES } from '../entities/files.ts'

/** A file read, or the error met reading it (reported in the order of the documents, as the pipeline would meet it). */
export type InputFile = { path: string; bytes: Buffer } | { path: string; error: Diagnostic }

/** The inputs of one document: a raw cable and the editor's sidecar beside it. */
export interface RawUnit {
  kind: 'raw'
  raw: InputFile
  sidecar?: InputFile
}

/** One document's inputs; each kind is made into an edition by src/build/jobs.ts. */
export type Unit = RawUnit

/**
 * Corpus-level files every document depends on: their bytes are part of every document's cache
 * key, so changing one remakes all. The authority file tags the names of every document (the
 * first of these names found is read); a step that reads another such file (the editor's
 * grouping of copies) names it here.
 */
export const CORPUS_DEPENDENCIES: readonly string[] = AUTHORITY_FILES

export interface Inputs {
  units: Unit[]
  /** the corpus-level files that exist, read */
  dependencies: InputFile[]
}

/** Every raw `*.txt` of the corpus folder in code-point order, with its sidecar, each a document. */
export function discoverInputs(corpus: string, maxBytes: number, dependencies: readonly string[] = CORPUS_DEPENDENCIES): Inputs {
  const units = groupInputs(rawFiles(corpus), maxBytes)
  const read = dependencies.map((name) => join(corpus, name)).filter((path) => existsSync(path)).map((path) => readInput(path, maxBytes, 'the file'))
  return { units, dependencies: read }
}

/** The raw cables (`*.txt`) of a corpus folder, their paths in code-point order; an error when there are none. */
export function rawFiles(corpus: string): string[] {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new InputError(corpus, 1, 1, 'not a directory of raw cables')
  const names = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
  if (names.length === 0) throw new InputError(corpus, 1, 1, 'no raw cables (*.txt) in this directory')
  return names.map((name) => join(corpus, name))
}

/** The documents of the raw files: today one each (a file holds all the copies it has). */
export function groupInputs(paths: readonly string[], maxBytes: number): Unit[] {
  return paths.map((path) => {
    const sidecar = sidecarPath(path)
    return { kind: 'raw', raw: readInput(path, maxBytes, 'the file'), ...(existsSync(sidecar) ? { sidecar: readInput(sidecar, maxBytes, 'the sidecar') } : {}) }
  })
}

function readInput(path: string, maxBytes: number, what: string): InputFile {
  try {
    return { path, bytes: readBounded(path, maxBytes, what) }
  } catch (error) {
    if (error instanceof InputError) return { path, error: error.diagnostic }
    throw error
  }
}

/** The bytes of an input, or its error thrown as it would have been met. */
export function bytesOf(file: InputFile): Buffer {
  if ('error' in file) throw new InputError(file.path, file.error.line, file.error.column, file.error.message)
  return file.bytes
}

/** The name a unit goes by in messages and progress: its raw file. */
export function unitName(unit: Unit): string {
  return unit.raw.path
}

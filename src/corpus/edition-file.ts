/**
 * The editor's statements about the corpus as a whole, in `edition.json` at the top of the
 * corpus folder: which released files are copies of one text (a document), which must stay
 * apart, and which are related records. Detection (src/corpus/group.ts) does the rest; the
 * editor's word always wins. Files are named by file name (`C06698960.txt`), file name
 * without extension, or FOIA document number (`C06698960`). Example:
 * {
 *   "documents": [{ "files": ["C06698960", "C06698958", "C06698683"], "copyText": "C06698683",
 *                   "id": "d-state-233819", "sigla": { "C06698960": "A" } }],
 *   "separate": [["C06694678", "C06694700"]],
 *   "related": [["C06698954", "C06698683"]]
 * }
 * Every error points at its place in the file (`edition.json:4:17: error: …`).
 */
import { basename } from 'node:path'
import { failAt, NCNAME, readJsonFile, type JsonPath } from '../sidecar.ts'
import { isOwnId } from '../tei/own-ids.ts'

/** A released file of the corpus and the names it answers to. */
export interface CorpusFile {
  path: string
  /** File name, file name without extension, FOIA document number. */
  names: readonly string[]
  /** The siglum its copy takes unless the editor names one (`C06698960`). */
  siglum: string
}

/** A document the editor states: its files (paths) and, optionally, its id, copy text and sigla. */
export interface StatedDocument {
  files: string[]
  id?: string
  copyText?: string
  /** Sigla by path. */
  sigla?: Record<string, string>
}

export interface EditionFile {
  documents: StatedDocument[]
  /** Files no two of which may be one document (paths). */
  separate: string[][]
  /** Files whose documents are related records (paths). */
  related: string[][]
}

/** The corpus file of the editor's statements, at the top of the corpus folder. */
export const EDITION_FILE = 'edition.json'

const KEYS = ['documents', 'separate', 'related']
const DOCUMENT_KEYS = ['files', 'id', 'copyText', 'sigla']

/** Read and check the corpus's edition.json against the files of the corpus. */
export function readEditionFile(path: string, files: readonly CorpusFile[]): EditionFile {
  const { text, data } = readJsonFile(path, 'the corpus file')
  const fail = (at: JsonPath, message: string): never => failAt(path, text, at, message)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([], 'edition.json is a JSON object { "documents", "separate", "related" }')
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) if (!KEYS.includes(key)) fail([key], `unknown key ${JSON.stringify(key)} (known: ${KEYS.join(', ')})`)
  // The files by each name they answer to, in their order: a corpus of thousands names every file here.
  const named = new Map<string, CorpusFile[]>()
  for (const file of files) {
    for (const name of new Set(file.names)) {
      const same = named.get(name)
      if (same) same.push(file)
      else named.set(name, [file])
    }
  }
  const byPath = new Map(files.map((file) => [file.path, file]))
  const resolve = (name: unknown, at: JsonPath): string => {
    if (typeof name !== 'string') return fail(at, 'a file is named by a string: its file name or FOIA document number')
    const found = named.get(name) ?? []
    if (found.length === 0) return fail(at, `no released file of the corpus is named ${JSON.stringify(name)} (name a file by its file name, its file name without .txt, or its FOIA document number)`)
    if (found.length > 1) return fail(at, `${JSON.stringify(name)} names ${found.length} files (${found.map((f) => f.names[0]).join(', ')}): use the file name`)
    return (found[0] as CorpusFile).path
  }
  const names = (value: unknown, at: JsonPath, least: number): string[] => {
    if (!Array.isArray(value) || value.length < least) return fail(at, `a list of at least ${least} file name${least === 1 ? '' : 's'}`)
    const paths = value.map((name, index) => resolve(name, [...at, index]))
    paths.forEach((p, index) => {
      if (paths.indexOf(p) !== index) fail([...at, index], `${JSON.stringify(value[index])} is named twice in this list`)
    })
    return paths
  }
  const lists = (key: 'separate' | 'related'): string[][] => {
    const value = record[key]
    if (value === undefined) return []
    if (!Array.isArray(value)) return fail([key], `"${key}" is a list of lists of file names`)
    return value.map((list, index) => names(list, [key, index], 2))
  }
  const documents: StatedDocument[] = []
  const claimed = new Map<string, number>()
  const ids = new Map<string, number>()
  const stated = record.documents ?? []
  if (!Array.isArray(stated)) return fail(['documents'], '"documents" is a list of { "files": [...] }')
  stated.forEach((value: unknown, index) => {
    const at = (...more: Array<string | number>): JsonPath => ['documents', index, ...more]
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at(), 'a document is an object { "files", "id", "copyText", "sigla" }')
    const entry = value as Record<string, unknown>
    for (const key of Object.keys(entry)) if (!DOCUMENT_KEYS.includes(key)) fail(at(key), `unknown key ${JSON.stringify(key)} (known: ${DOCUMENT_KEYS.join(', ')})`)
    const paths = names(entry.files, at('files'), 1)
    paths.forEach((p, k) => {
      const other = claimed.get(p)
      if (other !== undefined) fail(at('files', k), `this file is already in document ${other + 1} of "documents"`)
      claimed.set(p, index)
    })
    const document: StatedDocument = { files: paths }
    if (entry.id !== undefined) {
      if (typeof entry.id !== 'string' || !NCNAME.test(entry.id)) fail(at('id'), `"id" ${JSON.stringify(entry.id)} must be an XML name: a letter or "_", then letters, digits, ".", "_" or "-"`)
      const other = ids.get(entry.id as string)
      if (other !== undefined) fail(at('id'), `"id" ${JSON.stringify(entry.id)} is also the id of document ${other + 1} of "documents": each document needs an id of its own`)
      ids.set(entry.id as string, index)
      document.id = entry.id as string
    }
    if (entry.copyText !== undefined) {
      const copyText = resolve(entry.copyText, at('copyText'))
      if (!paths.includes(copyText)) fail(at('copyText'), `copyText ${JSON.stringify(entry.copyText)} is not one of this document's files`)
      document.copyText = copyText
    }
    if (entry.sigla !== undefined) {
      const sigla = entry.sigla
      if (typeof sigla !== 'object' || sigla === null || Array.isArray(sigla)) return fail(at('sigla'), '"sigla" maps file names to sigla')
      document.sigla = {}
      const used = new Set<string>()
      for (const [name, siglum] of Object.entries(sigla)) {
        const file = resolve(name, at('sigla', name))
        if (!paths.includes(file)) fail(at('sigla', name), `${JSON.stringify(name)} is not one of this document's files`)
        if (typeof siglum !== 'string' || !NCNAME.test(siglum)) fail(at('sigla', name), `siglum ${JSON.stringify(siglum)} must be an XML name`)
        if (used.has(siglum as string)) fail(at('sigla', name), `siglum ${JSON.stringify(siglum)} is used twice`)
        if (isOwnId(siglum as string)) fail(at('sigla', name), `siglum ${JSON.stringify(siglum)} is an id the TEI gives a part of its own header: choose another`)
        used.add(siglum as string)
        document.sigla[file] = siglum as string
      }
    }
    checkIdApart(document, at, fail, (p) => byPath.get(p)?.siglum ?? p)
    documents.push(document)
  })
  return { documents, separate: lists('separate'), related: lists('related') }
}

/**
 * A document's id and its copies' sigla are `xml:id`s of one TEI file (its root, its witnesses):
 * the id may not be a siglum (`"id": "C06698960"` for the document of the copy `C06698960`), nor
 * an id the TEI gives a part of its own header.
 */
function checkIdApart(document: StatedDocument, at: (...more: Array<string | number>) => JsonPath, fail: (at: JsonPath, message: string) => never, defaultSiglum: (path: string) => string): void {
  const { id } = document
  if (id === undefined) return
  if (isOwnId(id)) fail(at('id'), `"id" ${JSON.stringify(id)} is an id the TEI gives a part of its own header: choose another`)
  const copy = document.files.find((path) => (document.sigla?.[path] ?? defaultSiglum(path)) === id)
  if (copy !== undefined) fail(at('id'), `"id" ${JSON.stringify(id)} is also the siglum of the copy ${basename(copy)}: give the document an id of its own (as "d-${id}"), or the copy another siglum in "sigla"`)
}

/**
 * The corpus stage: every released file of a corpus folder → edition models, one per
 * document. A FOIA release gives each copy of a telegram (draft, telegram as sent, repeat,
 * resend) a document of its own; here the copies of one text become one document with a
 * witness each (src/corpus/group.ts decides which, the editor's corpus/edition.json first),
 * and records that belong with a document without being a copy (a cover sheet) are linked
 * to it both ways. Each document's id is its copy text's; every other released file of it
 * keeps its own address as a redirect, so that a citation of any released number lands.
 */
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { EditionModel, RelatedRecord } from '../edition/model.ts'
import { readAuthority, type Authority } from '../entities/index.ts'
import { editionOf, editionOfReleases, readReleased, releasedName, type GroupSettings, type ReleasedFile } from '../pipeline.ts'
import { InputError } from '../source/errors.ts'
import type { SourceFile } from '../source/read.ts'
import { FOIA_CASE, PAGE_STAMP } from '../vocabulary/stamps.ts'
import { readEditionFile, type CorpusFile } from './edition-file.ts'
import { planDocuments, type PlannedDocument, type ReleasedRecord } from './group.ts'
import { identityOf, telegramName } from './identity.ts'
import { bodyShingles } from './shingles.ts'

/** The corpus file of the editor's statements, at the top of the corpus folder. */
export const EDITION_FILE = 'edition.json'

/** An address of a released file that is a witness of a document with another id. */
export interface Redirect {
  /** The id the file would have as a document of its own (`d-C06698960`). */
  from: string
  /** The document it is a witness of. */
  to: string
  /** Its siglum there (its first copy's, when it holds several). */
  witness: string
}

export interface CorpusEdition {
  models: EditionModel[]
  redirects: Redirect[]
}

interface Released {
  file: ReleasedFile
  /** The file's edition model as a document of its own. */
  model: EditionModel
  record: ReleasedRecord
}

/**
 * Every released file (`files`, names in `dir`) → the documents of the corpus, each tagged
 * with the names of `authority`, by default the corpus's authority file: a document of
 * several files the same as a document of one.
 */
export function editionOfCorpus(dir: string, files: readonly string[], authority: Authority | undefined = readAuthority(dir)): CorpusEdition {
  const released: Released[] = files.map((name) => {
    const file = readReleased(join(dir, name))
    const model = editionOf(file.source, file.sidecarFile, authority)
    return { file, model, record: { path: file.source.path, name: releasedName(file.source), identity: identityOf(file.source), shingles: bodyShingles(model), ...releaseOf(file.source) } }
  })
  const editionPath = join(dir, EDITION_FILE)
  const editor = existsSync(editionPath) ? readEditionFile(editionPath, released.map(corpusFile)) : undefined
  const byPath = new Map(released.map((r) => [r.record.path, r]))
  const planned = planDocuments(released.map((r) => r.record), editor)
  const models = planned.map((document) => modelOf(document, byPath, authority))
  const idOf = new Map<string, EditionModel>()
  planned.forEach((document, i) => document.paths.forEach((path) => idOf.set(path, models[i] as EditionModel)))
  planned.forEach((document, i) => {
    const model = models[i] as EditionModel
    model.related = document.related.map(({ path, reason }) => relatedRecord(idOf.get(path) as EditionModel, byPath.get(path) as Released, reason))
  })
  const redirects = planned.flatMap((document, i) => redirectsOf(document, models[i] as EditionModel, byPath))
  checkIds(models, redirects)
  return { models, redirects }
}

/** The FOIA case a released file's page stamp names, when it is readable. */
function releaseOf(source: SourceFile): { release?: string } {
  const release = PAGE_STAMP.exec(source.text.slice(0, 20000))?.[1]
  return release !== undefined && FOIA_CASE.test(release) ? { release } : {}
}

/** The names a file answers to in edition.json. */
function corpusFile(released: Released): CorpusFile {
  const path = released.record.path
  const name = basename(path)
  return { path, names: [...new Set([name, name.replace(/\.[^.]*$/, ''), released.record.name])] }
}

/** A document of one file keeps the model made of it; several files are made one model. */
function modelOf(document: PlannedDocument, byPath: Map<string, Released>, authority: Authority | undefined): EditionModel {
  const members = document.paths.map((path) => byPath.get(path) as Released)
  const [only] = members
  const { stated } = document
  if (only && members.length === 1 && stated?.id === undefined && stated?.sigla === undefined) return only.model
  const settings: GroupSettings = {
    ...(stated?.id === undefined ? {} : { id: stated.id }),
    ...(stated?.copyText === undefined ? {} : { copyText: stated.copyText }),
    ...(stated?.sigla === undefined ? {} : { sigla: stated.sigla })
  }
  return editionOfReleases(members.map((m) => m.file), settings, authority)
}

function relatedRecord(model: EditionModel, released: Released, reason: string): RelatedRecord {
  const record: RelatedRecord = { id: model.id, title: model.title, reason }
  if (model.facts.foiaDoc) record.foiaDoc = model.facts.foiaDoc
  const telegram = model.facts.telegram ?? telegramName(released.record.identity)
  if (telegram) record.telegram = telegram
  return record
}

/** The ids the document's other released files would have on their own now lead to it. */
function redirectsOf(document: PlannedDocument, model: EditionModel, byPath: Map<string, Released>): Redirect[] {
  if (document.paths.length < 2) return []
  return document.paths.flatMap((path) => {
    const own = (byPath.get(path) as Released).model.id
    const witness = model.descriptions.find((d) => d.file === basename(path))?.siglum
    return own === model.id || witness === undefined ? [] : [{ from: own, to: model.id, witness }]
  })
}

/** Two documents, or a document and a redirect, may not share an id: say which and how to fix it. */
function checkIds(models: readonly EditionModel[], redirects: readonly Redirect[]): void {
  const seen = new Map<string, string>()
  const claim = (id: string, file: string, what: string): void => {
    const clash = seen.get(id)
    if (clash) {
      const stem = basename(file).replace(/\.[^.]*$/, '')
      throw new InputError(file, 1, 1, `document id ${id} is also the id of ${clash}: give this one its own id in a sidecar ${stem}.edition.json, e.g. { "id": "${id}-2" }, or in edition.json ("documents")${what}`)
    }
    seen.set(id, file)
  }
  for (const model of models) claim(model.id, model.file, '')
  for (const redirect of redirects) {
    const model = models.find((m) => m.id === redirect.to)
    claim(redirect.from, model?.file ?? redirect.to, ` (it is the address of witness ${redirect.witness} of ${redirect.to})`)
  }
}

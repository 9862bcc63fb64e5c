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
import { editionOf, editionOfReleases, readReleased, releasedName, siglumName, type GroupSettings, type ReleasedFile } from '../pipeline.ts'
import { InputError } from '../source/errors.ts'
import type { SourceFile } from '../source/read.ts'
import { FOIA_CASE, PAGE_STAMP } from '../vocabulary/stamps.ts'
import { EDITION_FILE, readEditionFile, type CorpusFile } from './edition-file.ts'
import { checkIds, type Redirect } from './redirects.ts'
import { draftKey, planDocuments, type PlannedDocument, type ReleasedRecord } from './group.ts'
import { identityOf, telegramName, type Identity } from './identity.ts'
import { bodyShingles } from './shingles.ts'

export { EDITION_FILE } from './edition-file.ts'
export { checkIds, type Redirect } from './redirects.ts'

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
    return { file, model, record: { path: file.source.path, name: releasedName(file.source), identity: identityOf(file.source), shingles: bodyShingles(model), ...releaseOf(file.source), ...draftKey(model.facts) } }
  })
  const editionPath = join(dir, EDITION_FILE)
  const editor = existsSync(editionPath) ? readEditionFile(editionPath, released.map((r) => corpusFile(r.record.path, r.record.name))) : undefined
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
export function releaseOf(source: SourceFile): { release?: string } {
  const release = PAGE_STAMP.exec(source.text.slice(0, 20000))?.[1]
  return release !== undefined && FOIA_CASE.test(release) ? { release } : {}
}

/** The names a file answers to in edition.json. */
export function corpusFile(path: string, releasedName: string): CorpusFile {
  const name = basename(path)
  return { path, names: [...new Set([name, name.replace(/\.[^.]*$/, ''), releasedName])], siglum: siglumName(releasedName) }
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
  return relatedRecordOf(recordFacts(model), released.record.identity, reason)
}

/** What a related record says of a document: its id, title, FOIA number and telegram, from its model. */
export function recordFacts(model: EditionModel): Omit<RelatedRecord, 'reason'> {
  return { id: model.id, title: model.title, ...(model.facts.foiaDoc ? { foiaDoc: model.facts.foiaDoc } : {}), ...(model.facts.telegram ? { telegram: model.facts.telegram } : {}) }
}

/**
 * The related record of a released file: the facts of the document it is part of, its telegram
 * else the one the file's pages name (`identity`), and why it is related.
 */
export function relatedRecordOf(facts: Omit<RelatedRecord, 'reason'>, identity: Identity, reason: string): RelatedRecord {
  const record: RelatedRecord = { id: facts.id, title: facts.title, reason }
  if (facts.foiaDoc) record.foiaDoc = facts.foiaDoc
  const telegram = facts.telegram ?? telegramName(identity)
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

/**
 * The work of a build that runs per document (and the corpus-wide pages), in a worker thread or
 * in the main one: plain data in, plain data out, files written into the cache (the build
 * links them into the output). The same job gives the same bytes wherever it runs.
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Clock, type Stage } from '../clock.ts'
import { editionOf, editionOfReleases, releasedName, type ReleasedFile } from '../pipeline.ts'
import { recordFacts, releaseOf } from '../corpus/index.ts'
import { identityOf } from '../corpus/identity.ts'
import { bodyShingles } from '../corpus/shingles.ts'
import { metadataOf, renderDocument } from '../render/index.ts'
import { parseSidecar } from '../sidecar.ts'
import { decodeSource } from '../source/read.ts'
import { toTei } from '../tei/document.ts'
import type { EditionModel } from '../edition/model.ts'
import { draftKey, planIndexed, type PlannedDocument } from '../corpus/group.ts'
import { indexShingles } from '../corpus/shingle-index.ts'
import type { EditionFile } from '../corpus/edition-file.ts'
import { documentFiles, type Neighbours } from '../site/document-files.ts'
import { witnessHref, type DocumentEntry, type Edition, type EditionDocument, type SiteRedirect, type VolumeSite } from '../site/edition.ts'
import { entityPassages, makeRegisters } from '../site/registers.ts'
import type { Authority, Entity } from '../entities/index.ts'
import { teiCorpusMember } from '../site/tei-corpus.ts'
import { fileOfPath, Links, paths } from '../site/urls.ts'
import type { SiteContext } from '../site/layout.ts'
import { CacheLayout, filesOf, shinglesBytes, shinglesOf, temporary, writeAtomically, writeTree, type CorpusRecord, type DocumentRecord, type PagesRecord, type UnitRecord } from './cache.ts'
import { bytesOf, type CopiesUnit, type MastersUnit, type RawUnit, type Unit } from './inputs.ts'
import { documentKey, hashOf } from './keys.ts'
import { corpusEntry, entryHash } from './entries.ts'

/** The settings every page shares, as plain data for a worker. */
export interface SiteSpec {
  edition: Edition
  pathPrefix: string
  siteUrl: string
}

/** A unit's inputs → the edition of each of its documents → their TEI in the cache, and its record. */
export interface DocumentJob {
  kind: 'document'
  cacheDir: string
  key: string
  unit: Unit
  /** the corpus's authority file, read by the build */
  authority?: Authority
}

/** A document's TEI → its pages in the cache. */
export interface PagesJob {
  kind: 'pages'
  cacheDir: string
  key: string
  documentKey: string
  document: DocumentRecord
  /** the documents before and after it in time, which its reading page links to */
  neighbours: Neighbours
  site: SiteSpec
}

/** The corpus-wide pages (Eleventy), into the cache. */
export interface CorpusJob {
  kind: 'corpus'
  cacheDir: string
  key: string
  site: SiteSpec
  documents: DocumentEntry[]
  /** the volumes of the TEI masters */
  volumes: VolumeSite[]
  /** the addresses of released files that are witnesses of a document with another id */
  redirects: SiteRedirect[]
  /** the entries of the corpus's authority file, for tei/entities.xml */
  authority: Entity[]
}

/** The copy grouping's plan (src/corpus/group.ts) from what each released file's edition said of it, and its shingles in the cache. */
export interface PlanJob {
  kind: 'plan'
  cacheDir: string
  /** each released file as its edition's record has it (`key`: its unit's, which names its shingles in the cache) */
  files: Array<{ path: string; key: string; released: NonNullable<UnitRecord['released']> }>
  editor?: EditionFile
}

export type Job = DocumentJob | PagesJob | CorpusJob | PlanJob

export type JobResult =
  | { kind: 'document'; record: UnitRecord; stages: Partial<Record<Stage, number>> }
  | { kind: 'pages'; record: PagesRecord; stages: Partial<Record<Stage, number>> }
  | { kind: 'corpus'; record: CorpusRecord; stages: Partial<Record<Stage, number>> }
  | { kind: 'plan'; plan: PlannedDocument[]; stages: Partial<Record<Stage, number>> }


export async function runJob(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case 'document':
      return job.unit.kind === 'raw' ? documentJob(job, job.unit) : job.unit.kind === 'copies' ? copiesJob(job, job.unit) : mastersJob(job, job.unit)
    case 'pages':
      return pagesJob(job)
    case 'corpus':
      return corpusJob(job)
    case 'plan':
      return planJob(job)
  }
}

/**
 * The grouping's plan of the released files, their shingles indexed from the last build's index
 * (only the files whose shingles changed are read), and that index saved for the next. Made
 * from nothing, the index and its sort are some 150 MB of arrays at 10,000 cables, all garbage
 * once the plan is made: in a thread of its own, which the build stops after, they go with it
 * rather than stay in the build's heap until its next full collection.
 */
function planJob(job: PlanJob): JobResult {
  const clock = new Clock()
  const cache = new CacheLayout(job.cacheDir)
  const index = indexShingles(job.files.map(({ path, key, released }) => ({ id: `${path}\0${released.shingles}`, shingles: () => shinglesOf(readFileSync(cache.shinglesPath(key))) })), cache.shingleIndex())
  cache.saveShingleIndex(index)
  const plan = planIndexed(
    job.files.map(({ path, released: { name, identity, release, subject, draft } }) => ({ path, name, identity, ...(release === undefined ? {} : { release }), ...(subject === undefined ? {} : { subject }), ...(draft ? { draft } : {}) })),
    index,
    job.editor
  )
  clock.lap('group')
  return { kind: 'plan', plan, stages: clock.stages }
}

/**
 * A released file → its own edition (the document it is unless grouping makes it a copy in
 * another), and what grouping compares of it: its identity, and its body's shingles (a file
 * of their own in the cache: grouping reads them, the manifest stays small).
 */
function documentJob(job: DocumentJob, unit: RawUnit): JobResult {
  const clock = new Clock()
  const { source, sidecarFile } = releasedOf(unit)
  const model = editionOf(source, sidecarFile, job.authority, clock)
  const cache = new CacheLayout(job.cacheDir)
  const shingles = shinglesBytes(bodyShingles(model))
  const released = { name: releasedName(source), identity: identityOf(source), ...releaseOf(source), ...draftKey(model.facts), shingles: hashOf([shingles]) }
  const facts = recordFacts(model)
  // What the copy grouping compares of this file, and the facts of its record.
  clock.lap('group')
  writeAtomically(cache.shinglesPath(job.key), shingles)
  clock.lap('write')
  return { kind: 'document', record: { ...writeEdition(cache, job.key, model, clock), released, facts }, stages: clock.stages }
}

/** A raw unit's file and sidecar, from the bytes the build read. */
function releasedOf(unit: RawUnit): ReleasedFile {
  const source = decodeSource(unit.raw.path, bytesOf(unit.raw))
  const sidecarFile = unit.sidecar ? parseSidecar(unit.sidecar.path, bytesOf(unit.sidecar), source.lineStarts.length) : undefined
  return sidecarFile ? { source, sidecarFile } : { source }
}

/** The copies of one text in several released files → one edition, a witness each; with its related records. */
function copiesJob(job: DocumentJob, unit: CopiesUnit): JobResult {
  const clock = new Clock()
  const model = editionOfReleases(unit.files.map(releasedOf), unit.settings, job.authority, clock)
  model.related = unit.related
  const sigla = Object.fromEntries(model.descriptions.flatMap((description) => (description.file === undefined ? [] : [[description.file, description.siglum]])))
  const facts = recordFacts(model)
  clock.lap('group')
  const record = writeEdition(new CacheLayout(job.cacheDir), job.key, model, clock)
  return { kind: 'document', record: { ...record, facts, sigla }, stages: clock.stages }
}

/** A model's TEI (and the same as a member of the teiCorpus) into the cache; its unit's record. */
function writeEdition(cache: CacheLayout, key: string, model: EditionModel, clock: Clock): UnitRecord {
  const xml = toTei(model)
  const member = teiCorpusMember(xml)
  const metadata = metadataOf(model)
  clock.lap('tei')
  writeAtomically(cache.memberPath(key), member)
  writeAtomically(cache.teiPath(key), xml)
  clock.lap('write')
  return { documents: [{ id: model.id, file: model.file, metadata, key }], warnings: model.warnings }
}

/**
 * The TEI masters: read, validated and rendered together (src/corpus/tei-input.ts), each
 * document's TEI and rendering into the cache, and the volumes.
 */
async function mastersJob(job: DocumentJob, unit: MastersUnit): Promise<JobResult> {
  const clock = new Clock()
  const { readTeiMasters } = await import('../corpus/tei-input.ts')
  const input = await readTeiMasters(unit.masters.map((file) => ({ path: file.path, bytes: bytesOf(file) })), unit.frus)
  clock.lap('render')
  const cache = new CacheLayout(job.cacheDir)
  const documents = input.documents.map((document): DocumentRecord => {
    const key = documentKey(job.key, unit, document.id)
    writeAtomically(cache.memberPath(key), teiCorpusMember(document.xml))
    writeAtomically(cache.teiPath(key), document.xml)
    const rendered: CachedRendering = { rendered: document.rendered, ...(document.volume ? { volume: document.volume } : {}) }
    writeAtomically(cache.renderedPath(key), JSON.stringify(rendered))
    return { id: document.id, file: document.file, metadata: document.rendered.metadata, key, rendered: true, ...(document.volume ? { volume: document.volume.id } : {}) }
  })
  const volumes: CachedVolumes = { volumes: input.volumes, media: input.media }
  if (input.volumes.length || input.media.length) writeAtomically(cache.volumesPath(job.key), JSON.stringify(volumes))
  clock.lap('write')
  return { kind: 'document', record: { documents, warnings: input.warnings, ...(input.volumes.length || input.media.length ? { volumes: true } : {}) }, stages: clock.stages }
}

/** A TEI master's document as cached: its rendering and its place in its volume. */
type CachedRendering = Pick<EditionDocument, 'rendered' | 'volume'>

/** The volumes of the TEI masters as cached, and the images their pages show (copied into the site from beside the masters). */
export interface CachedVolumes {
  volumes: VolumeSite[]
  media: Array<{ from: string; to: string }>
}

export function siteContext(spec: SiteSpec): SiteContext {
  return { edition: spec.edition, links: new Links(spec.pathPrefix, spec.siteUrl) }
}

function pagesJob(job: PagesJob): JobResult {
  const clock = new Clock()
  const cache = new CacheLayout(job.cacheDir)
  const { document: record } = job
  const teiPath = cache.teiPath(job.documentKey)
  const xml = readFileSync(teiPath, 'utf8')
  const cached = record.rendered ? (JSON.parse(readFileSync(cache.renderedPath(job.documentKey), 'utf8')) as CachedRendering) : undefined
  const rendered = cached?.rendered ?? renderDocument(xml, { fallbackId: record.id, metadata: record.metadata, witnessHref })
  const document: EditionDocument = { id: record.id, file: record.file, xml, rendered, ...(cached?.volume ? { volume: cached.volume } : {}) }
  const { files, pages } = documentFiles(siteContext(job.site), document, job.neighbours)
  const passages = entityPassages(document)
  clock.lap('render')
  // The TEI is the cached file itself, linked: written once.
  const teiFile = fileOfPath(paths.tei(record.id))
  const dir = cache.pagesDir(job.key)
  writeTree(dir, files.map((file) => (file.path === teiFile ? { path: file.path, from: teiPath } : file)))
  const list = files.map((file) => file.path).sort()
  clock.lap('write')
  const shown = { compare: rendered.compare !== undefined, variantTypes: rendered.variantTypes, editorialDeclaration: rendered.editorialDeclaration, passages }
  return {
    kind: 'pages',
    record: { files: list, pages, ...shown, entry: entryHash(corpusEntry(record, shown)), warnings: rendered.warnings.map((warning) => `${record.file}: ${warning}`) },
    stages: clock.stages,
  }
}

async function corpusJob(job: CorpusJob): Promise<JobResult> {
  const clock = new Clock()
  const { writeCorpusPages } = await import('../site/eleventy.ts')
  const cache = new CacheLayout(job.cacheDir)
  const dir = cache.corpusDir(job.key)
  const written = temporary(dir)
  const site = { ...siteContext(job.site), documents: job.documents, volumes: job.volumes, redirects: job.redirects, registers: makeRegisters(job.documents) }
  const pages = await writeCorpusPages(site, written, job.authority)
  const files = filesOf(written)
  writeTree(dir, files.map((file) => ({ path: file, from: join(written, file) })))
  rmSync(written, { recursive: true, force: true })
  clock.lap('eleventy')
  return { kind: 'corpus', record: { files, pages }, stages: clock.stages }
}

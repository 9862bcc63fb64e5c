/**
 * `build`: a corpus → the edition (TEI and site), in explicit steps, each document streamed
 * through them so memory does not grow with the corpus:
 *
 *   discover inputs (inputs.ts)
 *   → each raw file's and the TEI masters' editions: model, TEI, record (cached by their
 *     inputs; in worker threads)
 *   → group the copies of one text released as several files into one document (groupInputs),
 *     and make those documents and the ones with related records (cached likewise)
 *   → the manifest: ids checked, warnings, build date, order by date
 *   → each document's pages (cached by its edition and the site settings; in worker threads),
 *     named in the staging folder (linked there when it is published whole)
 *   → corpus-wide pages from the manifest: the teiCorpus (made from the last one, cached), home, about, search,
 *     registers, TAGS, chronology, 404, sitemap and assets (Eleventy, in this thread once the
 *     threads are stopped)
 *   → the search index (Pagefind) of the reading pages, in shards each cached by its documents' pages
 *   → publish (publish.ts): only what differs from the last build's output when the output is
 *     still that, else the staging folder replaces the output whole
 *
 * Output depends on the inputs only: byte for byte the same with one thread or several, built
 * whole or from the cache.
 */
import { closeSync, copyFileSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { Clock, type Stage } from '../clock.ts'
import { buildDate, readSettings, sortEntries, type SiteRedirect, type VolumeSite } from '../site/edition.ts'
import { TEI_CORPUS_END, teiCorpusHead } from '../site/tei-corpus.ts'
import { fileOfPath, paths } from '../site/urls.ts'
import { formatDiagnostic, InputError, type Diagnostic } from '../source/errors.ts'
import { DEFAULT_MAX_BYTES } from '../source/read.ts'
import { neighboursOf } from '../site/document-files.ts'
import { AUTHORITY_FILES } from '../entities/files.ts'
import type { Authority } from '../entities/index.ts'
import { Cache, CacheMiss, cachedFile, filesOf, temporary, writeTree, type CorpusRecord, type DocumentRecord, type PagesRecord, type UnitRecord } from './cache.ts'
import { bytesOf, CORPUS_DEPENDENCIES, discoverInputs, groupInputs, InputsChanged, takeBytes, unitName, type CopiesUnit, type Grouped, type InputFile, type RawUnit, type Unit } from './inputs.ts'
import { EDITION_FILE, readEditionFile } from '../corpus/edition-file.ts'
import { indexedWarning } from '../site/indexed.ts'
import type { PlannedDocument } from '../corpus/group.ts'
import { checkIds, type Redirect } from '../corpus/redirects.ts'
import type { GroupSettings } from '../pipeline.ts'
import type { CachedVolumes, Job, JobResult, PlanJob, SiteSpec } from './jobs.ts'
import { generatorVersion, hashOf, siteFilesVersion, unitKey } from './keys.ts'
import { Pool } from './pool.ts'
import { Progress } from './progress.ts'
import { checkOutput, mirror, publishBuild, type Staging } from './publish.ts'
import { collectGarbage } from './collect.ts'
import { corpusEntry } from './entries.ts'

export interface BuildOptions {
  corpus: string
  out: string
  pathPrefix: string
  version: string
  /** seconds since the epoch (SOURCE_DATE_EPOCH): the build date shown */
  sourceDateEpoch?: number
  /** absolute origin for citations and the sitemap; default: `url` of site/edition.json */
  siteUrl?: string
  /** threads for the per-document work (default: one per core); 1 runs everything in this thread */
  jobs?: number
  /** the cache folder (default: `.NAME.cache` beside the output folder NAME) */
  cacheDir?: string
  /** the largest input file read (default 20 MiB) */
  maxBytes?: number
  /** the generator's version (default: a hash of its code and dependencies); tests set their own */
  generator?: string
  /** corpus-level files every document depends on (default: CORPUS_DEPENDENCIES) */
  dependencies?: readonly string[]
  /** where warnings go, a line each (default: stderr) */
  warn?: (line: string) => void
  progress?: Progress
  /** the fewest documents a shard of the search index holds once there are two (default: SHARD_SIZE of src/site/search.ts); tests set fewer */
  searchShardSize?: number
  /** the fewest released files whose copy grouping is planned in a thread of its own, the document threads stopped meanwhile (default: PLAN_THREAD_FROM); tests set fewer */
  planThreadFrom?: number
  /** threads that outlive this build (`serve` keeps its own); default: this build's, stopped at its end */
  pool?: Pool
}

export interface BuildSummary {
  /** the output folder, absolute */
  out: string
  documents: number
  /** volumes of TEI masters */
  volumes: number
  /** HTML pages */
  pages: number
  warnings: number
  /** whether citations, canonical links and the sitemap are absolute URLs (a site URL was given) */
  absolute: boolean
  /** editions made by this build, not taken from the cache (a raw file's own, then the document of its copies: they can outnumber documents), documents whose pages were made, whether the corpus pages were, and how many shards of the search index */
  made: { editions: number; pages: number; corpus: boolean; index: number }
  /** how the output was published: whole (a staging folder swapped in) or by its differences from the last build's (publish.ts) */
  published: 'whole' | 'differences'
  ms: number
  /** time per stage, summed over threads (ms) */
  stages: Partial<Record<Stage, number>>
}

/** Fewer documents than this to make are made in this thread: starting threads would cost more. */
const PARALLEL_FROM = 8

/**
 * From this many released files, the copy grouping's plan is made in a thread of its own and
 * the document threads are stopped meanwhile (`planOf`). At 10,000 cables, the threads' heaps
 * (some 400 MB) beside grouping's arrays (some 150 MB, garbage in the main heap after) made the
 * build's peak (870–890 MiB of a 1 GiB budget); at 1,000, grouping is far from the peak, and
 * threads started again (their code compiled again by V8) cost 7–13 % of the build's time.
 */
const PLAN_THREAD_FROM = 5_000

/** The default cache folder: `.dist.cache` beside `dist`. */
export function defaultCacheDir(out: string): string {
  const target = resolve(out)
  return join(dirname(target), `.${basename(target)}.cache`)
}

/** Build the edition of a corpus into `options.out`. */
export async function buildEdition(options: BuildOptions): Promise<BuildSummary> {
  try {
    return await build(options)
  } catch (error) {
    // A file saved during the build: once more, and, saved again meanwhile, an error about that file, not an internal one.
    if (error instanceof InputsChanged) return build(options).catch((again: unknown) => {
      throw again instanceof InputsChanged ? new InputError(again.path, 1, 1, 'the file changed while the build read it, twice: build again once it is saved') : again
    })
    if (!(error instanceof CacheMiss)) throw error
    // A cached file vanished under us (another build's clean-up): build once more from nothing.
    rmSync(options.cacheDir ?? defaultCacheDir(options.out), { recursive: true, force: true })
    return build(options)
  }
}

async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const clock = new Clock()
  const warn = options.warn ?? ((line: string) => process.stderr.write(line + '\n'))
  const progress = options.progress ?? new Progress(undefined)
  progress.start()
  const jobs = Math.max(1, options.jobs ?? availableParallelism())

  checkOutput(options.out)
  const settings = readSettings()
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const cache = new Cache(options.cacheDir ?? defaultCacheDir(options.out))
  const inputs = discoverInputs(options.corpus, maxBytes, options.dependencies ?? CORPUS_DEPENDENCIES, settings.frus, cache.knownInputs)
  cache.inputs = inputs.stats
  const generator = options.generator ?? generatorVersion()
  const { units } = inputs
  const keys = units.map((unit) => unitKey(unit, inputs.dependencies, generator))
  const authority = await authorityOf(inputs.dependencies)
  clock.lap('read')

  const ownPool = options.pool || jobs === 1 ? undefined : new Pool(jobs)
  const pool = jobs === 1 ? undefined : (options.pool ?? ownPool)
  // The cache's record of this build, begun while Pagefind indexes.
  let saving: ReturnType<Cache['beginSave']> | undefined
  try {
    const made = { editions: 0, pages: 0, corpus: false, index: 0 }
    const records = await makeEditions(units, keys, maxBytes, authority, cache, pool, jobs, clock, progress, made, 'Editions')
    // The first input that failed stops the build, as a build of one file after another would.
    const made1 = unitRecords(units, records)
    const copies = await groupCopies(options.corpus, units, keys, made1, inputs.dependencies, generator, maxBytes, authority, cache, pool, jobs, clock, progress, made, (job) => planOf(job, job.files.length >= (options.planThreadFrom ?? PLAN_THREAD_FROM) ? ownPool : undefined))
    const checked = checkedDocuments(units, made1, copies)
    const { documents } = checked
    for (const warning of checked.warnings) warn(formatDiagnostic(warning))
    let warnings = checked.warnings.length
    const volumes = volumesOf(units, keys, records, cache)

    const site: SiteSpec = {
      edition: { settings, version: options.version, buildDate: buildDate(documents, options.sourceDateEpoch) },
      pathPrefix: options.pathPrefix || '/',
      siteUrl: options.siteUrl || settings.url,
    }
    const siteKey = hashOf(['site', generator, JSON.stringify(site)])
    const order = sortEntries(documents.map((record, index) => ({ id: record.id, metadata: record.metadata, index })))

    // The documents before and after each in time, and its related records, which its reading page links to.
    const ids = new Set(documents.map((document) => document.id))
    const neighbours = new Array<ReturnType<typeof neighboursOf>>(documents.length)
    order.forEach(({ index }, position) => (neighbours[index] = neighboursOf(order, position, ids)))
    const result = await publishBuild(options.out, async (_, staging) => {
      const pages = await makePages(documents, documents.map((document) => document.key), neighbours, siteKey, site, staging, cache, pool, jobs, clock, progress, made)
      // The threads are done: what their heaps hold (some 300 MB each after thousands of
      // documents) is given back before the corpus pages are made in this thread.
      await ownPool?.close()
      // Pagefind (a process of its own) indexes the reading pages while this thread writes the teiCorpus and the corpus pages.
      const indexClock = new Clock()
      const indexing = makeIndex(documents.map((document, index) => ({ id: document.id, pageKey: pages.keys[index] as string })), options.searchShardSize, staging, cache, indexClock, made)
      // Its failure is handled where it is awaited below; this keeps it from counting as unhandled meanwhile.
      indexing.catch(() => {})
      let corpusPages: number
      try {
        clock.reset()
        makeTeiCorpus(site, order.map(({ index }) => (documents[index] as DocumentRecord).key), staging, cache)
        clock.lap('publish')
        const shown = order.map(({ index }) => ({ record: documents[index] as DocumentRecord, page: pages.records[index] as PagesRecord }))
        const dependencies = hashOf(inputs.dependencies.flatMap((file) => [file.path, bytesOf(file)]))
        corpusPages = await makeCorpusPages(shown, volumes.volumes, copies.redirects, hashOf([siteKey, dependencies, ...volumes.keys]), site, authority, staging, cache, clock, made)
        clock.reset()
        copyMedia(staging.dir, volumes.media)
        saving = cache.beginSave()
        clock.lap('publish')
      } catch (error) {
        // Pagefind is done with the staging folder before the failed build removes it.
        await indexing.catch(() => {})
        throw error
      }
      const indexed = await indexing
      clock.add(indexClock.stages)
      return { pagesRecords: pages.records, corpusPages, indexed, staging }
    }, cache.publishedPath())
    clock.reset()
    await saving?.finish()
    clock.lap('publish')

    let pages = result.corpusPages
    for (const record of result.pagesRecords) {
      pages += record.pages
      for (const warning of record.warnings) warn(`warning: ${warning}`)
      warnings += record.warnings.length
    }
    const unindexed = indexedWarning(result.indexed, documents.length)
    if (unindexed) {
      warn(`warning: ${unindexed}`)
      warnings++
    }
    progress.end()
    return { out: resolve(options.out), documents: documents.length, volumes: volumes.volumes.length, pages, warnings, absolute: site.siteUrl !== '', made, published: result.staging.whole ? 'whole' : 'differences', ms: performance.now() - started, stages: clock.stages }
  } catch (error) {
    progress.end()
    await saving?.abandon()
    // What was made stays cached for the next build, which will need it once the input is fixed.
    await cache.keepAll()
    throw error
  } finally {
    await ownPool?.close()
    await cache.emptied
  }
}

/** Each unit's editions (TEI in the cache, and its record); undefined from the first that failed on. */
async function makeEditions(units: Unit[], keys: string[], maxBytes: number, authority: Authority | undefined, cache: Cache, pool: Pool | undefined, jobs: number, clock: Clock, progress: Progress, made: BuildSummary['made'], stage: string): Promise<Array<UnitRecord | Error>> {
  const records: Array<UnitRecord | Error> = []
  const todo: Array<{ index: number; job: () => Job }> = []
  units.forEach((unit, index) => {
    const key = keys[index] as string
    const cached = cache.unit(key)
    if (cached) {
      records[index] = cached
      cache.next.documents[key] = cached
    } else todo.push({ index, job: () => ({ kind: 'document', cacheDir: cache.dir, key, unit: takeBytes(unit, maxBytes), ...(authority ? { authority } : {}) }) })
  })
  progress.begin(stage, todo.length)
  await runAll(todo, pool, jobs, clock, progress, (index, result) => {
    if (result instanceof Error) records[index] = result
    else if (result.kind === 'document') {
      records[index] = result.record
      cache.next.documents[keys[index] as string] = result.record
    }
  })
  // Documents made, not units: TEI masters are one unit of many documents.
  made.editions += todo.reduce((count, { index }) => {
    const record = records[index]
    return count + (record && !(record instanceof Error) ? record.documents.length : 0)
  }, 0)
  return records
}

/** The records of the units, in their order; the first that failed (or was not made) is thrown. */
function unitRecords(units: Unit[], records: Array<UnitRecord | Error | undefined>): UnitRecord[] {
  return units.map((unit, index) => {
    const record = records[index]
    if (record instanceof Error) throw record
    if (record === undefined) throw new Error(`no edition was made of ${unitName(unit)}`)
    return record
  })
}

/** The documents of the released files once grouped, in the order of `groupInputs`, and the addresses of their other files. */
interface CopySets {
  documents: UnitRecord[]
  redirects: Redirect[]
}

/**
 * The copies of one text released as files of their own become one document (src/corpus,
 * `groupInputs`), from what each file's own edition says of it. A document of several files,
 * or one the editor gives an id or sigla, is made as one first, which gives its id, title and
 * sigla; a document with related records is then made with them (they name the documents
 * their files are part of). Every other file's own edition is its document as it is.
 */
async function groupCopies(corpus: string, units: Unit[], keys: string[], records: UnitRecord[], dependencies: InputFile[], generator: string, maxBytes: number, authority: Authority | undefined, cache: Cache, pool: Pool | undefined, jobs: number, clock: Clock, progress: Progress, made: BuildSummary['made'], plan: (job: PlanJob) => Promise<PlannedDocument[]>): Promise<CopySets> {
  const raw = units.flatMap((unit, index) => (unit.kind === 'raw' ? [{ unit, key: keys[index] as string, record: records[index] as UnitRecord }] : []))
  if (raw.length === 0) return { documents: [], redirects: [] }
  clock.reset()
  const { corpusFile, relatedRecordOf } = await import('../corpus/index.ts')
  const releasedOf = (record: UnitRecord): NonNullable<UnitRecord['released']> => {
    if (!record.released) throw new Error('a raw unit\'s record without its identity')
    return record.released
  }
  const editionPath = join(corpus, EDITION_FILE)
  const editor = existsSync(editionPath) ? readEditionFile(editionPath, raw.map(({ unit, record }) => corpusFile(unit.raw.path, releasedOf(record).name))) : undefined
  // The plan depends on what it reads of each file (its identity, a hash of its shingles) and on
  // edition.json: while those are the same, the shingles are not read and nothing is compared.
  const planKey = hashOf(['plan', generator, JSON.stringify(editor ?? null), ...raw.flatMap(({ unit, record }) => [unit.raw.path, JSON.stringify(releasedOf(record))])])
  const planned = cache.previous.plans[planKey] ?? await plan({
    kind: 'plan',
    cacheDir: cache.dir,
    files: raw.map(({ unit, key, record }) => ({ path: unit.raw.path, key, released: releasedOf(record) })),
    ...(editor ? { editor } : {}),
  })
  cache.next.plans[planKey] = planned
  const groups = groupInputs(raw.map(({ unit }) => unit), planned)
  clock.lap('group')
  const byPath = new Map(raw.map((file) => [file.unit.raw.path, file]))
  const own = (path: string): { unit: RawUnit; key: string; record: UnitRecord } => byPath.get(path) as NonNullable<ReturnType<typeof byPath.get>>
  const settingsOf = (group: Grouped): GroupSettings => {
    const stated = group.planned.stated
    return { ...(stated?.id === undefined ? {} : { id: stated.id }), ...(stated?.copyText === undefined ? {} : { copyText: stated.copyText }), ...(stated?.sigla === undefined ? {} : { sigla: stated.sigla }) }
  }
  const round = async (todo: Array<{ group: number; unit: CopiesUnit }>, stage: string): Promise<Map<number, UnitRecord>> => {
    const roundKeys = todo.map(({ unit }) => unitKey(unit, dependencies, generator))
    const results = unitRecords(todo.map(({ unit }) => unit), await makeEditions(todo.map(({ unit }) => unit), roundKeys, maxBytes, authority, cache, pool, jobs, clock, progress, made, stage))
    return new Map(todo.map(({ group }, index) => [group, results[index] as UnitRecord]))
  }
  // One model of several files: its id, title and sigla.
  const whole = await round(groups.flatMap((group, index) => {
    const { stated, paths } = group.planned
    return paths.length > 1 || stated?.id !== undefined || stated?.sigla !== undefined ? [{ group: index, unit: { kind: 'copies' as const, files: group.files, settings: settingsOf(group), related: [] } }] : []
  }), 'Copies')
  const recordOfGroup = (index: number): UnitRecord => whole.get(index) ?? own((groups[index] as Grouped).planned.paths[0] as string).record
  const groupOf = new Map(groups.flatMap((group, index) => group.planned.paths.map((path) => [path, index] as const)))
  // Related records name the documents their files are part of.
  const withRelated = await round(groups.flatMap((group, index) => {
    if (group.planned.related.length === 0) return []
    const related = group.planned.related.map(({ path, reason }) => {
      const facts = recordOfGroup(groupOf.get(path) as number).facts
      if (!facts) throw new Error(`no facts of the document of ${path}`)
      return relatedRecordOf(facts, releasedOf(own(path).record).identity, reason)
    })
    return [{ group: index, unit: { kind: 'copies' as const, files: group.files, settings: settingsOf(group), related } }]
  }), 'Related records')
  const documents = groups.map((_, index) => withRelated.get(index) ?? recordOfGroup(index))
  // The other released files of a document keep their own address, which leads to it.
  const redirects = groups.flatMap((group, index) => {
    if (group.planned.paths.length < 2) return []
    const to = (documents[index] as UnitRecord).documents[0]?.id ?? ''
    const sigla = whole.get(index)?.sigla ?? {}
    return group.planned.paths.flatMap((path) => {
      const from = own(path).record.documents[0]?.id
      const witness = sigla[basename(path)]
      return from === undefined || from === to || witness === undefined ? [] : [{ from, to, witness }]
    })
  })
  return { documents, redirects }
}

/**
 * The copy grouping's plan (jobs.ts), in a thread of its own when given the build's own pool
 * (a large corpus: PLAN_THREAD_FROM): its threads are stopped first (their heaps, some 400 MB
 * after 10,000 documents, stood beside grouping's arrays) and the planning thread after (those
 * arrays, some 150 MB, go with it rather than stay in this thread's heap); the documents after
 * start threads again. In this thread otherwise: with `--jobs 1`, a smaller corpus, or threads
 * the build does not own (`serve`'s, kept warm).
 */
async function planOf(job: PlanJob, pool: Pool | undefined): Promise<PlannedDocument[]> {
  let result: JobResult
  if (pool) {
    await pool.close()
    try {
      result = await pool.run(job)
    } finally {
      await pool.close()
    }
  } else result = await (await import('./jobs.ts')).runJob(job)
  // Its time is counted as grouping's by the caller.
  if (result.kind !== 'plan') throw new Error('grouping: unexpected result')
  return result.plan
}

/**
 * The records of the documents and their warnings, checked as a build one file at a time
 * would: the TEI masters first; then the documents of the raw files, whose ids (and the
 * addresses of their other files) must be unique. A document with the id of a master's is not
 * built (the master is the editor's corrected TEI), with a warning.
 */
function checkedDocuments(units: Unit[], records: UnitRecord[], copies: CopySets): { documents: DocumentRecord[]; warnings: Diagnostic[] } {
  const masterOf = new Map<string, string>()
  const documents: DocumentRecord[] = []
  const warnings: Diagnostic[] = []
  units.forEach((unit, index) => {
    const record = records[index] as UnitRecord
    if (unit.kind !== 'tei') return
    // Ids are unique among the masters (src/corpus/tei-input.ts checks).
    for (const document of record.documents) masterOf.set(document.id, document.file)
    documents.push(...record.documents)
    warnings.push(...record.warnings)
  })
  checkIds(copies.documents.flatMap((record) => record.documents), copies.redirects)
  for (const record of copies.documents) {
    const shadowed = record.documents.filter((document) => masterOf.has(document.id))
    for (const document of shadowed) {
      warnings.push({ file: document.file, line: 1, column: 1, severity: 'warning', message: `document ${document.id} is also given by the TEI master ${masterOf.get(document.id) ?? ''}: the master is built, this raw text is not` })
    }
    if (shadowed.length) continue
    documents.push(...record.documents)
    warnings.push(...record.warnings)
  }
  return { documents, warnings }
}

/** The volumes of the TEI masters and the images their pages show, from the cache; with the keys of the units that gave them. */
function volumesOf(units: Unit[], keys: string[], records: Array<UnitRecord | Error | undefined>, cache: Cache): CachedVolumes & { keys: string[] } {
  const found: CachedVolumes & { keys: string[] } = { volumes: [], media: [], keys: [] }
  units.forEach((unit, index) => {
    const record = records[index]
    const key = keys[index] as string
    if (unit.kind !== 'tei' || !record || record instanceof Error || !record.volumes) return
    const cached = JSON.parse(readFileSync(cache.volumesPath(key), 'utf8')) as CachedVolumes
    found.volumes.push(...cached.volumes)
    found.media.push(...cached.media)
    found.keys.push(key)
  })
  return found
}

/**
 * Copy the images of the TEI masters' pages into the staging folder. A copy, never a link into
 * the cache; and any file linked there first is unlinked, so the cache's copy is never written.
 */
function copyMedia(staging: string, media: CachedVolumes['media']): void {
  for (const { from, to } of media) {
    const target = join(staging, to)
    mkdirSync(dirname(target), { recursive: true })
    rmSync(target, { force: true })
    copyFileSync(from, target)
  }
}

/** Each document's pages, in the cache and linked into the staging folder; with the key of each. */
async function makePages(documents: DocumentRecord[], keys: string[], neighbours: Array<ReturnType<typeof neighboursOf>>, siteKey: string, site: SiteSpec, staging: Staging, cache: Cache, pool: Pool | undefined, jobs: number, clock: Clock, progress: Progress, made: BuildSummary['made']): Promise<{ records: PagesRecord[]; keys: string[] }> {
  const records: PagesRecord[] = []
  const todo: Array<{ index: number; job: () => Job }> = []
  // The documents of a corpus declare their editorial principles in a few wordings; held once
  // each, not once a document (a rendered declaration is some 20 kB of objects: 200 MB at 10,000).
  const declarations = new Map<string, PagesRecord['editorialDeclaration']>()
  // The manifest gives the documents of one wording one object already (cache.ts): known ones are not stringified again.
  const held = new Set<PagesRecord['editorialDeclaration']>()
  const kept = (record: PagesRecord): PagesRecord => {
    if (held.has(record.editorialDeclaration)) return record
    const key = JSON.stringify(record.editorialDeclaration)
    const known = declarations.get(key)
    if (known) record.editorialDeclaration = known
    else {
      declarations.set(key, record.editorialDeclaration)
      held.add(record.editorialDeclaration)
    }
    return record
  }
  clock.reset()
  // A page depends on its document, the site's settings and its neighbours in time (their titles and dates).
  const pageKeys = keys.map((documentKey, index) => hashOf(['pages', documentKey, siteKey, JSON.stringify(neighbours[index])]))
  documents.forEach((document, index) => {
    const documentKey = keys[index] as string
    const key = pageKeys[index] as string
    const cached = cache.pages(key)
    if (cached) {
      staging.link(cache.pagesDir(key), cached.files)
      records[index] = kept(cached)
      cache.next.pages[key] = cached
    } else todo.push({ index, job: () => ({ kind: 'pages', cacheDir: cache.dir, key, documentKey, document, neighbours: neighbours[index] ?? {}, site }) })
  })
  clock.lap('publish')
  made.pages = todo.length
  progress.begin('Pages', todo.length)
  const errors: Error[] = []
  await runAll(todo, pool, jobs, clock, progress, (index, result) => {
    if (result instanceof Error) errors.push(result)
    else if (result.kind === 'pages') {
      const key = pageKeys[index] as string
      staging.link(cache.pagesDir(key), result.record.files)
      records[index] = kept(result.record)
      cache.next.pages[key] = result.record
    }
  })
  if (errors[0]) throw errors[0]
  return { records, keys: pageKeys }
}

/**
 * The teiCorpus, cached by its head and its members' keys: made from the last one where it can
 * (a member whose key it holds is copied from there, runs of them at once; the others read from
 * the cache), so that one document edited does not cost reading a thousand files. Copied, never
 * whole in memory.
 */
function makeTeiCorpus(site: SiteSpec, memberKeys: string[], staging: Staging, cache: Cache): void {
  const head = Buffer.from(teiCorpusHead(site.edition, memberKeys.length))
  const file = fileOfPath(paths.corpusTei())
  const key = hashOf(['teiCorpus', head, ...memberKeys])
  const cached = cache.corpus(key)
  if (cached) {
    staging.link(cache.corpusDir(key), cached.files)
    cache.next.corpus[key] = cached
    return
  }
  const before = previousTeiCorpus(cache, file)
  const lengths: number[] = []
  const staged = temporary(cache.corpusDir(key))
  const fd = openSync(staged, 'w')
  try {
    writeSync(fd, head)
    let run: { from: number; length: number } | undefined
    const flush = (): void => {
      if (run && before) copyRange(before.fd, run.from, run.length, fd)
      run = undefined
    }
    for (const member of memberKeys) {
      const old = before?.at.get(member)
      if (old) {
        lengths.push(old.length)
        if (run && run.from + run.length === old.from) run.length += old.length
        else {
          flush()
          run = { ...old }
        }
        continue
      }
      flush()
      const bytes = readFileSync(cache.memberPath(member))
      writeSync(fd, bytes)
      lengths.push(bytes.length)
    }
    flush()
    writeSync(fd, TEI_CORPUS_END)
  } finally {
    closeSync(fd)
    if (before) closeSync(before.fd)
  }
  try {
    writeTree(cache.corpusDir(key), [{ path: file, from: staged }])
  } finally {
    rmSync(staged, { force: true })
  }
  const record: CorpusRecord = { files: [file], pages: 0, members: { head: head.length, keys: memberKeys, lengths } }
  staging.link(cache.corpusDir(key), record.files)
  cache.next.corpus[key] = record
}

/** The last build's teiCorpus, open, and where each member's bytes are in it; none when it is not whole. */
function previousTeiCorpus(cache: Cache, file: string): { fd: number; at: Map<string, { from: number; length: number }> } | undefined {
  for (const [key, record] of Object.entries(cache.previous.corpus)) {
    if (!record.members) continue
    const { head, keys, lengths } = record.members
    const path = cachedFile(cache.corpusDir(key), file)
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch {
      continue
    }
    const at = new Map<string, { from: number; length: number }>()
    let offset = head
    keys.forEach((member, index) => {
      const length = lengths[index] as number
      at.set(member, { from: offset, length })
      offset += length
    })
    // Its size says it is the file its record describes (not one cut short).
    if (fstatSync(fd).size === offset + Buffer.byteLength(TEI_CORPUS_END)) return { fd, at }
    closeSync(fd)
  }
  return undefined
}

/** Copy length bytes at from of one file to the end of another, a chunk at a time. */
function copyRange(from: number, position: number, length: number, to: number): void {
  const chunk = Buffer.allocUnsafe(Math.min(length, 1 << 20))
  for (let done = 0; done < length; ) {
    const read = readSync(from, chunk, 0, Math.min(chunk.length, length - done), position + done)
    if (read === 0) throw new CacheMiss('the last teiCorpus is shorter than its record')
    writeSync(to, chunk, 0, read)
    done += read
  }
}

/** The corpus-wide pages and the assets: made again only when an entry, the authority or the site changed. */
async function makeCorpusPages(documents: Array<{ record: DocumentRecord; page: PagesRecord }>, volumes: VolumeSite[], redirects: SiteRedirect[], siteKey: string, site: SiteSpec, authority: Authority | undefined, staging: Staging, cache: Cache, clock: Clock, made: BuildSummary['made']): Promise<number> {
  // Each document's entry by its hash, made with its pages (entries.ts): what the corpus pages show of it.
  const key = hashOf(['corpus', siteKey, siteFilesVersion(), ...documents.map(({ page }) => page.entry), JSON.stringify(redirects)])
  const cached = cache.corpus(key)
  if (cached) {
    clock.reset()
    staging.link(cache.corpusDir(key), cached.files)
    clock.lap('publish')
    cache.next.corpus[key] = cached
    return cached.pages
  }
  made.corpus = true
  const entries = documents.map(({ record, page }) => corpusEntry(record, page))
  const job: Job = { kind: 'corpus', cacheDir: cache.dir, key, site, documents: entries, volumes, redirects, authority: authority?.entities ?? [] }
  // In this thread: a thread would need its own copy of every entry besides Eleventy's; loading
  // Eleventy (some 700 ms) overlaps the search index.
  const result = await (await import('./jobs.ts')).runJob(job)
  clock.add(result.stages)
  if (result.kind !== 'corpus') throw new Error('corpus pages: unexpected result')
  // What Eleventy left is garbage (most of the heap at 10,000 documents), and this thread waits
  // for Pagefind now: collected here, the records saved at the end reuse its space (collect.ts).
  collectGarbage()
  clock.reset()
  staging.link(cache.corpusDir(key), result.record.files)
  clock.lap('publish')
  cache.next.corpus[key] = result.record
  return result.record.pages
}

/**
 * The search index of the reading pages in the staging folder (Pagefind), in shards
 * (src/site/search.ts): each shard is indexed again only when one of its documents' pages
 * changed, else linked from the cache. Returns how many pages the shards hold.
 */
async function makeIndex(documents: Array<{ id: string; pageKey: string }>, shardSize: number | undefined, staging: Staging, cache: Cache, clock: Clock, made: BuildSummary['made']): Promise<number> {
  clock.reset()
  const { bundleFolder, indexShards, readingPage, shardsFile, shardsOf } = await import('../site/search.ts')
  const pageKeys = new Map(documents.map(({ id, pageKey }) => [id, pageKey]))
  const shards = shardsOf(documents.map(({ id }) => id), shardSize).map(({ shard, ids }) => ({
    shard,
    ids,
    folder: bundleFolder(shard),
    // The bundle depends on its members' pages alone, in their order (and the generator, which every page key holds).
    key: hashOf(['index shard', String(shard === 0), ...ids.flatMap((id) => [id, pageKeys.get(id) as string])]),
  }))
  const todo = shards.filter((shard) => {
    const cached = cache.index(shard.key)
    if (!cached) return true
    staging.link(cache.indexDir(shard.key), cached.files, shard.folder)
    cache.next.index[shard.key] = cached
    return false
  })
  clock.lap('publish')
  made.index = todo.length
  if (todo.length > 0) {
    // Pagefind reads a shard's reading pages from a folder of the cache that holds that shard's
    // alone and keeps their links between builds (only those that changed are linked again): the
    // staging folder holds them only when the site is published whole, and Pagefind walks every
    // folder of the one it is given, a thousand for each shard if it were the whole site's.
    const reading = cache.readingDir()
    keepOnly(reading, new Set(shards.flatMap(({ shard }) => [String(shard), `${shard}.json`])))
    const written = todo.map((shard) => {
      const site = join(reading, String(shard.shard))
      mirror(site, new Map(shard.ids.map((id) => [readingPage(id), cachedFile(cache.pagesDir(pageKeys.get(id) as string), readingPage(id))])))
      // Each into a folder of its own in the cache, then into its place there and named in the staging folder.
      return { ...shard, site, into: temporary(cache.indexDir(shard.key)) }
    })
    try {
      const pages = await indexShards(written)
      written.forEach((shard, index) => {
        const files = filesOf(shard.into)
        writeTree(cache.indexDir(shard.key), files.map((file) => ({ path: file, from: join(shard.into, file) })))
        staging.link(cache.indexDir(shard.key), files, shard.folder)
        cache.next.index[shard.key] = { files, pages: pages[index] as number }
      })
    } finally {
      for (const { into } of written) rmSync(into, { recursive: true, force: true })
    }
    clock.lap('index')
  }
  // The first shard's folder holds the list of the others.
  const file = shardsFile(shards.map(({ shard }) => shard))
  mkdirSync(dirname(join(staging.dir, file.path)), { recursive: true })
  writeFileSync(join(staging.dir, file.path), file.content)
  return shards.reduce((count, shard) => count + (cache.next.index[shard.key] as CorpusRecord).pages, 0)
}

/** Remove what a folder holds but the names kept (making it when it is missing). */
function keepOnly(folder: string, names: ReadonlySet<string>): void {
  mkdirSync(folder, { recursive: true })
  for (const name of readdirSync(folder)) if (!names.has(name)) rmSync(join(folder, name), { recursive: true, force: true })
}

/** The corpus's authority file (the first of its names there is), checked; undefined when it has none. */
async function authorityOf(dependencies: readonly InputFile[]): Promise<Authority | undefined> {
  const file = AUTHORITY_FILES.map((name) => dependencies.find((input) => basename(input.path) === name)).find((input) => input !== undefined)
  if (!file) return undefined
  const { parseAuthority } = await import('../entities/authority.ts')
  return parseAuthority(file.path, bytesOf(file))
}

/**
 * Run jobs in the pool's threads (or, for a few or with `jobs` 1, in this one), results handed
 * over as they come. After a failure no further job starts, but those running finish: so every
 * job before the first that failed has its result, as in a build of one file after another.
 * Each job is made as it starts (a document's job holds its input's bytes, let go once it ran).
 */
async function runAll(todo: Array<{ index: number; job: () => Job }>, pool: Pool | undefined, jobs: number, clock: Clock, progress: Progress, onResult: (index: number, result: JobResult | Error) => void): Promise<void> {
  if (todo.length === 0) return
  if (!pool || jobs === 1 || todo.length < PARALLEL_FROM) {
    const { runJob } = await import('./jobs.ts')
    for (const { index, job } of todo) {
      try {
        // A copy, as a thread's result would be: what a job returns may be slices of its
        // document's whole text (a title, a passage), which would keep every text alive.
        const result = structuredClone(await runJob(job()))
        clock.add(result.stages)
        onResult(index, result)
      } catch (error) {
        onResult(index, error instanceof Error ? error : new Error(String(error)))
        return
      }
      progress.tick()
      // Let the event loop run (progress, signals, the server of `serve`).
      await yieldToLoop()
    }
    return
  }
  let next = 0
  let failed = false
  const limit = pool.size * 2
  await new Promise<void>((done) => {
    let active = 0
    const feed = (): void => {
      while (active < limit && next < todo.length && !failed) {
        const { index, job } = todo[next++] as { index: number; job: () => Job }
        let made: Job
        try {
          made = job()
        } catch (error) {
          // Its input changed since it was read (InputsChanged): as a job that failed.
          failed = true
          onResult(index, error instanceof Error ? error : new Error(String(error)))
          break
        }
        active++
        pool.run(made).then(
          (result) => {
            clock.add(result.stages)
            onResult(index, result)
            progress.tick()
          },
          (error: unknown) => {
            failed = true
            onResult(index, error instanceof Error ? error : new Error(String(error)))
          },
        ).finally(() => {
          active--
          feed()
        })
      }
      if (active === 0) done()
    }
    feed()
  })
}

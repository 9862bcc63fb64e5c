/**
 * Copy sets grouped: on the real copy sets copied into test/fixtures/copysets (with what they
 * are in its sets.json), how many sets the build makes one document each, how many related
 * records it links, and the margin of the shingle threshold (the least shared share between
 * copies against the most between files that are not copies; cover sheets are left out, as
 * grouping never makes them copies: two printed forms share most of their words). Median
 * build time of the grouping over the runs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { editionOfCorpus } from '../src/corpus/index.ts'
import type { EditionModel } from '../src/edition/model.ts'
import { bodyShingles, containment } from '../src/corpus/shingles.ts'
import { identityOf } from '../src/corpus/identity.ts'
import { editionOfFile, readReleased } from '../src/pipeline.ts'
import { time } from './timing.ts'

const dir = fileURLToPath(new URL('../test/fixtures/copysets/corpus/', import.meta.url))
const truth = JSON.parse(readFileSync(new URL('../test/fixtures/copysets/sets.json', import.meta.url), 'utf8')) as { copies: string[][]; related: string[][] }

/** Figures of the grouping of the real copy sets. */
export function benchCopySets(runs = 3): Record<string, number | string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  const { models } = editionOfCorpus(dir, files)
  // A document of one file names it as its file; one of several names each witness's.
  const documentOf = new Map<string, EditionModel>()
  for (const model of models) {
    documentOf.set(basename(model.file), model)
    for (const description of model.descriptions) if (description.file) documentOf.set(description.file, model)
  }
  const grouped = truth.copies.filter((set) => {
    const document = documentOf.get(set[0] ?? '')
    const members = new Set(document?.descriptions.map((d) => d.file))
    return document !== undefined && set.every((f) => documentOf.get(f) === document) && members.size === set.length
  }).length
  const linked = truth.related.filter(([a, b]) => {
    const [da, db] = [documentOf.get(a ?? ''), documentOf.get(b ?? '')]
    return da !== undefined && db !== undefined && da !== db && da.related.some((r) => r.id === db.id) && db.related.some((r) => r.id === da.id)
  }).length
  const shingles = new Map(files.map((f) => [f, bodyShingles(editionOfFile(dir + f))]))
  const cover = new Set(files.filter((f) => identityOf(readReleased(dir + f).source).coverSheet))
  const setOf = (f: string): number => truth.copies.findIndex((set) => set.includes(f))
  let copies = 1
  let others = 0
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i] as string, files[j] as string]
      if (cover.has(a) || cover.has(b)) continue
      const shared = containment(shingles.get(a) ?? new Uint32Array(), shingles.get(b) ?? new Uint32Array())
      if (setOf(a) !== -1 && setOf(a) === setOf(b)) copies = Math.min(copies, shared)
      else others = Math.max(others, shared)
    }
  }
  const ms = time(() => editionOfCorpus(dir, files), runs)
  return {
    copySetsGrouped: `${grouped}/${truth.copies.length}`,
    relatedRecordsLinked: `${linked}/${truth.related.length}`,
    leastSharedByCopies: round(copies),
    mostSharedByOthers: round(others),
    copySetsCorpusMs: Math.round(ms)
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of Object.entries(benchCopySets())) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)
  console.log(`(${basename(dir)}: ${readdirSync(dir).length} files)`)
}

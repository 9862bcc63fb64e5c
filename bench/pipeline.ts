import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { editionOf } from '../src/pipeline.ts'
import { readSource } from '../src/source/read.ts'
import { toTei } from '../src/tei/document.ts'
import { time } from './timing.ts'

const sample = fileURLToPath(new URL('../corpus/FL-2017-13804-B-00002120004.txt', import.meta.url))
const fixtures = fileURLToPath(new URL('../test/fixtures/cables/', import.meta.url))

/** Median ms of raw → TEI for the sample (two copies) and for the six fixtures, files read once. */
export function benchPipeline(runs = 7): Record<string, number> {
  const one = readSource(sample)
  const many = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readSource(fixtures + f))
  const sampleMs = time(() => toTei(editionOf(one)), runs)
  const fixturesMs = time(() => many.map((s) => toTei(editionOf(s))), runs)
  return {
    sampleToTeiMs: Math.round(sampleMs * 100) / 100,
    fixturesToTeiMs: Math.round(fixturesMs * 100) / 100,
    documentsPerS: Math.round(many.length / (fixturesMs / 1000))
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of Object.entries(benchPipeline())) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)
}

import { benchCollate } from './collate.ts'
import { benchCopySets } from './copysets.ts'
import { benchLayouts } from './layouts.ts'
import { benchPipeline } from './pipeline.ts'
import { measureQuality, qualityTable } from './quality.ts'

// `npm run bench`: every time is a median over 7 runs (3 for grouping a corpus) in this one process, so ratios between them hold.
const figures = { ...(await benchCollate()), ...benchPipeline(), ...(await benchLayouts()), ...benchCopySets() }
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)

// Apparatus quality against the labelled gold set (test/gold/README.md).
console.log('')
for (const line of qualityTable(measureQuality())) console.log(line)

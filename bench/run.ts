import { benchCollate } from './collate.ts'
import { benchLayouts } from './layouts.ts'
import { benchPipeline } from './pipeline.ts'
import { measureQuality, qualityTable } from './quality.ts'

// `npm run bench`: every figure is a median over 7 runs in this one process, so ratios between them hold.
const figures = { ...(await benchCollate()), ...benchPipeline(), ...(await benchLayouts()) }
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(28)} ${value.toLocaleString('en')}`)

// Apparatus quality against the labelled gold set (test/gold/README.md).
console.log('')
for (const line of qualityTable(measureQuality())) console.log(line)

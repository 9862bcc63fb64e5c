import { builtVolume, checkVolume } from '../test/helpers/volume-checks.ts'
import { brokenLinks } from '../test/site/links.ts'
import { readdirSync } from 'node:fs'
for (const [f, id] of [['frus1969-76v12-subset.xml', 'frus1969-76v12'], ['frus1861-subset.xml', 'frus1861']]) console.log(f, checkVolume(builtVolume('test/fixtures/tei/volumes/' + f, '/tmp/tc/o/fx', id as string)))
const pages = readdirSync('/tmp/tc/o/fx', { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'))
console.log(await brokenLinks('/tmp/tc/o/fx', pages, '/'))

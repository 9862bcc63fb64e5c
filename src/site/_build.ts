import { buildSite } from './index.ts';
const r = await buildSite({ teiDir: process.argv[2]!, outDir: process.argv[3]!, pathPrefix: process.argv[4] ?? '/', version: '0.1.0', sourceDateEpoch: 1700000000 });
console.log(r);

/**
 * Where the time of a `node --cpu-prof` profile goes: self time summed by module folder (our
 * stages by their src/ folder, dependencies by package), plus garbage collection and idle.
 * `node --cpu-prof --cpu-prof-dir=DIR build/bin… build CORPUS; node --import tsx bench/profile-summary.ts DIR/*.cpuprofile`
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The bucket of a script: `src/collate`, `transforms`, a package name, `(garbage collector)`… */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1] as string
  const ours = /\/(?:build\/)?((?:src\/[^/]+)|transforms)\//.exec(url)
  if (ours) return ours[1] as string
  if (url.startsWith('node:')) return 'node:internal'
  return url.replace(/^.*\//, '')
}

/** Milliseconds of self time per bucket, largest first, with the total. */
export function summarise(profile: Profile): { total: number; buckets: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    const delta = (profile.timeDeltas[index] ?? 0) / 1000
    total += delta
    const bucket = node ? bucketOf(node.callFrame.url, node.callFrame.functionName) : '(unknown)'
    times.set(bucket, (times.get(bucket) ?? 0) + delta)
  })
  return { total, buckets: [...times.entries()].sort((a, b) => b[1] - a[1]) }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const merged = new Map<string, number>()
  let total = 0
  for (const file of process.argv.slice(2)) {
    const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile)
    total += summary.total
    for (const [bucket, ms] of summary.buckets) merged.set(bucket, (merged.get(bucket) ?? 0) + ms)
  }
  const busy = total - (merged.get('(idle)') ?? 0)
  console.log(`profiled ${Math.round(total)} ms, ${Math.round(busy)} ms busy`)
  for (const [bucket, ms] of [...merged.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${bucket.padEnd(28)} ${String(Math.round(ms)).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %`)
  }
}

import { getHeapStatistics } from 'node:v8'
import { isMainThread, resourceLimits } from 'node:worker_threads'
import { InputError } from './errors.ts'
import { formatBytes } from './read.ts'

/**
 * The most heap that making the edition of a raw text takes for each of its characters (its
 * tokens, lines, alignment, TEI and pages), measured by the smallest `--max-old-space-size`
 * each input builds in (`tei FILE` and `build --jobs 1`): a million short lines, 15 MB, build in
 * 1,536 MB and not in 1,024; 100,000 of them, 1.5 MB, in 192 MB and not in 128; one line of 10 MB
 * in 1,024 MB. A cable of a few pages takes a few MB.
 */
export const HEAP_PER_CHARACTER = 128

/**
 * The same for a TEI master (parsed, validated, rendered): a master of 100,000 short lines
 * (1.7 MB, most of it `<lb/>`) builds in 160 MB and not in 128; a FRUS volume of 2.7 MB, whose
 * documents are rendered one by one, in 96 MB and not in 64.
 */
export const HEAP_PER_TEI_CHARACTER = 96

/**
 * The young generation V8 gives this thread, which its heap limit counts: three semi-spaces
 * (16 MB each by default on 64 bits; bin/ runs Node with `--max-semi-space-size=64`), or what
 * the thread was started with (src/build/pool.ts gives its threads 192 MB).
 */
function youngGeneration(): number {
  if (!isMainThread && resourceLimits.maxYoungGenerationSizeMb !== undefined) return resourceLimits.maxYoungGenerationSizeMb * 2 ** 20
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  const given = flags.map((flag) => /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(flag)?.[1]).filter((size) => size !== undefined).at(-1)
  return 3 * Number(given ?? 16) * 2 ** 20
}

/**
 * An `InputError` when making the edition of a text of `characters` characters would likely
 * run this thread out of heap, at `perCharacter` bytes a character (`what` names the text,
 * before its size): V8 would abort the whole process with its own native stack trace, after
 * minutes of work. Each thread has a heap of its own, so the check is the thread's. The default
 * `--max-size` (20 MiB) fits a heap of 4 GiB (V8's default on a machine of 16 GB or more), not
 * one of 2 GiB (its default with 8 GB).
 */
export function checkHeapFor(path: string, characters: number, what = 'the text is', perCharacter = HEAP_PER_CHARACTER): void {
  const { heap_size_limit: heap, used_heap_size: used } = getHeapStatistics()
  // V8's limit counts the young generation, which the text's objects outgrow: what is left is
  // the old generation's (`--max-old-space-size`), the bound the measurements above found.
  const limit = heap - youngGeneration()
  const needed = characters * perCharacter
  if (used + needed <= limit) return
  const enough = Math.ceil((used + needed) / 2 ** 30) * 1024
  throw new InputError(
    path,
    1,
    1,
    `${what} ${formatBytes(characters)}: making its edition may take ${formatBytes(needed)} of memory, more than the ${formatBytes(Math.max(0, limit - used))} Node has left for it here (of ${formatBytes(Math.max(0, limit))}); split the file, or give Node more memory (NODE_OPTIONS=--max-old-space-size=${enough})`
  )
}

/**
 * A pool of worker threads for the per-document work of a build (node:worker_threads): jobs go
 * to the first free thread, in the order they were given. Threads start when first needed and
 * keep their loaded modules between jobs (and between the rebuilds of `serve`).
 */
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { InputError, type Diagnostic } from '../source/errors.ts'
import { InvalidTeiError } from '../corpus/invalid-tei-error.ts'
import type { Job, JobResult } from './jobs.ts'

/** An error as it crosses a thread: TEI masters' schema errors, an input's diagnostic, or a message. */
export type SerialisedError = { invalid: Diagnostic[] } | { input: Diagnostic } | { message: string; name: string; stack?: string }

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof InvalidTeiError) return { invalid: error.diagnostics }
  if (error instanceof InputError) return { input: error.diagnostic }
  if (error instanceof Error) return { message: error.message, name: error.name, ...(error.stack ? { stack: error.stack } : {}) }
  return { message: String(error), name: 'Error' }
}

export function deserialiseError(error: SerialisedError): Error {
  if ('invalid' in error) return new InvalidTeiError(error.invalid)
  if ('input' in error) return new InputError(error.input.file, error.input.line, error.input.column, error.input.message)
  const made = new Error(error.message)
  made.name = error.name
  if (error.stack) made.stack = error.stack
  return made
}

// The worker is a sibling module: worker.js when compiled; worker.ts in development, where the
// thread first registers tsx (a worker thread does not inherit the main thread's loader hooks).
const source = extname(fileURLToPath(import.meta.url)) === '.ts'
const workerFile = new URL(`./worker${source ? '.ts' : '.js'}`, import.meta.url)

/**
 * A larger young generation than V8's default (a 16 MB semi-space): the pipeline makes many
 * short-lived objects (tokens, nodes, strings), and with the default the scavenger ran so often
 * that it doubled the CPU time of a document (measured: 41 → 20 ms a document at a 64 MB
 * semi-space). V8's young generation is three semi-spaces' worth, so 192 MB here is the same
 * 64 MB semi-space that bin/'s `--max-semi-space-size=64` gives the main thread.
 */
const YOUNG_GENERATION_MB = 192

function startWorker(): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  if (!source) return new Worker(workerFile, { resourceLimits })
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerFile.href)}) })`
  return new Worker(boot, { eval: true, resourceLimits })
}

interface Pending {
  id: number
  job: Job
  resolve: (result: JobResult) => void
  reject: (error: Error) => void
}

/**
 * Jobs sent to a thread before its last answer is in. A thread answers one job at a time
 * (worker.ts queues the rest): with one in flight, it waited for this thread to take its answer
 * and send the next job, idle some 18 % of the time while pages were made (a few ms a job, and
 * this thread linking each one's files); with two, the next is there when it is done.
 */
const IN_FLIGHT = 2

export class Pool {
  private readonly all: Worker[] = []
  private readonly waiting: Pending[] = []
  /** Each thread's jobs sent and not answered, in the order it answers them. */
  private readonly running = new Map<Worker, Pending[]>()
  private nextId = 0

  /** `size` threads at most. */
  constructor(readonly size: number) {}

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, resolve, reject })
      this.dispatch()
    })
  }

  /** Jobs given and not finished. */
  get pending(): number {
    let sent = 0
    for (const jobs of this.running.values()) sent += jobs.length
    return this.waiting.length + sent
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.leastBusy()
      if (!worker) return
      const next = this.waiting.shift() as Pending
      const jobs = this.running.get(worker) ?? []
      jobs.push(next)
      this.running.set(worker, jobs)
      worker.ref()
      worker.postMessage({ id: next.id, job: next.job })
    }
  }

  /** The thread with the fewest jobs in flight, below IN_FLIGHT (an idle one, a new one while there are fewer than `size`, then a busy one). */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined
    let fewest = IN_FLIGHT
    for (const worker of this.all) {
      const count = this.running.get(worker)?.length ?? 0
      if (count < fewest) {
        best = worker
        fewest = count
      }
    }
    if (fewest > 0 && this.all.length < this.size) return this.spawn()
    return best
  }

  private spawn(): Worker {
    const worker = startWorker()
    worker.on('message', (message: { id: number; result?: JobResult; error?: SerialisedError }) => {
      const jobs = this.running.get(worker) ?? []
      const pending = jobs.shift()
      // An idle thread does not keep the process alive: a build ends when its work does.
      if (jobs.length === 0) worker.unref()
      if (pending) {
        if (message.error) pending.reject(deserialiseError(message.error))
        else pending.resolve(message.result as JobResult)
      }
      this.dispatch()
    })
    worker.on('error', (error) => {
      // A thread that died (out of memory, a crash) fails its jobs; the others go on.
      const jobs = this.running.get(worker) ?? []
      this.running.delete(worker)
      this.all.splice(this.all.indexOf(worker), 1)
      for (const pending of jobs) pending.reject(error)
      this.dispatch()
    })
    this.all.push(worker)
    return worker
  }

  /** Stop every thread (jobs not finished are rejected). */
  async close(): Promise<void> {
    for (const pending of [...this.waiting, ...[...this.running.values()].flat()]) pending.reject(new Error('the build was stopped'))
    this.waiting.length = 0
    this.running.clear()
    await Promise.all(this.all.map((worker) => worker.terminate()))
    this.all.length = 0
  }
}

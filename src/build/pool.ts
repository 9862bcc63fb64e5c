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

export class Pool {
  private readonly idle: Worker[] = []
  private readonly all: Worker[] = []
  private readonly waiting: Pending[] = []
  private readonly running = new Map<Worker, Pending>()
  /** threads that ran a `warm` job: Eleventy is loaded there */
  private readonly warmed = new Set<Worker>()
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
    return this.waiting.length + this.running.size
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.workerFor((this.waiting[0] as Pending).job)
      if (!worker) return
      const next = this.waiting.shift() as Pending
      if (next.job.kind === 'warm') this.warmed.add(worker)
      this.running.set(worker, next)
      worker.ref()
      worker.postMessage({ id: next.id, job: next.job })
    }
  }

  /**
   * A free thread for the job, or undefined to wait for one. The corpus pages go to the thread
   * that loaded Eleventy (a `warm` job), waiting for it when it is busy: another thread would
   * load Eleventy again (some 700 ms).
   */
  private workerFor(job: Job): Worker | undefined {
    if (job.kind === 'corpus' && this.warmed.size > 0) {
      const index = this.idle.findIndex((worker) => this.warmed.has(worker))
      return index < 0 ? undefined : this.idle.splice(index, 1)[0]
    }
    return this.idle.pop() ?? (this.all.length < this.size ? this.spawn() : undefined)
  }

  private spawn(): Worker {
    const worker = startWorker()
    worker.on('message', (message: { id: number; result?: JobResult; error?: SerialisedError }) => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      this.idle.push(worker)
      // An idle thread does not keep the process alive: a build ends when its work does.
      worker.unref()
      if (pending) {
        if (message.error) pending.reject(deserialiseError(message.error))
        else pending.resolve(message.result as JobResult)
      }
      this.dispatch()
    })
    worker.on('error', (error) => {
      // A thread that died (out of memory, a crash) fails its job; the others go on.
      const pending = this.running.get(worker)
      this.running.delete(worker)
      this.all.splice(this.all.indexOf(worker), 1)
      this.warmed.delete(worker)
      pending?.reject(error)
      this.dispatch()
    })
    this.all.push(worker)
    return worker
  }

  /** Stop every thread (jobs not finished are rejected). */
  async close(): Promise<void> {
    for (const pending of [...this.waiting, ...this.running.values()]) pending.reject(new Error('the build was stopped'))
    this.waiting.length = 0
    this.running.clear()
    await Promise.all(this.all.map((worker) => worker.terminate()))
    this.all.length = 0
    this.idle.length = 0
    this.warmed.clear()
  }
}

/**
 * A worker thread of the build: runs the jobs it is sent (src/build/jobs.ts) one after another,
 * in the order they came, and answers each. The pool sends the next job before this one is
 * answered (pool.ts, IN_FLIGHT); it waits here until the thread is free.
 */
import { parentPort } from 'node:worker_threads'
import { runJob, type Job } from './jobs.ts'
import { serialiseError } from './pool.ts'

const port = parentPort
if (!port) throw new Error('src/build/worker.ts runs as a worker thread')
const queue: Array<{ id: number; job: Job }> = []
let running = false
port.on('message', (message: { id: number; job: Job }) => {
  queue.push(message)
  if (!running) void runQueued(port)
})

async function runQueued(to: NonNullable<typeof port>): Promise<void> {
  running = true
  for (let message = queue.shift(); message; message = queue.shift()) {
    try {
      to.postMessage({ id: message.id, result: await runJob(message.job) })
    } catch (error) {
      to.postMessage({ id: message.id, error: serialiseError(error) })
    }
  }
  running = false
}

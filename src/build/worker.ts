/** A worker thread of the build: runs the jobs it is sent (src/build/jobs.ts) and answers each. */
import { parentPort } from 'node:worker_threads'
import { runJob, type Job } from './jobs.ts'
import { serialiseError } from './pool.ts'

const port = parentPort
if (!port) throw new Error('src/build/worker.ts runs as a worker thread')
port.on('message', (message: { id: number; job: Job }) => {
  runJob(message.job).then(
    (result) => port.postMessage({ id: message.id, result }),
    (error: unknown) => port.postMessage({ id: message.id, error: serialiseError(error) }),
  )
})

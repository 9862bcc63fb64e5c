/**
 * One scratch folder per test process, removed when the process exits.
 *
 * Loaded with `--import` by `npm test` and `npm run test:unit`, before any test: it makes a
 * folder under the system's temporary folder and points `TMPDIR` at it, so every
 * `mkdtemp(join(tmpdir(), …))` of a test, and of a CLI process a test starts (which inherits
 * the environment), lands inside it. Without it each run of the suite left some 190 folders
 * (about 450 MB of sites, caches and corpora) in `/tmp`. The test runner's own process loads it
 * too, so a test file's folder lies inside the runner's and goes at the latest with it.
 *
 * Plain JavaScript: worker threads inherit `--import` flags, and a worker loads this before tsx
 * can load TypeScript in it. A worker shares its process's folder (it inherits `TMPDIR`).
 *
 * The folder may be read by other users (0755): a test runs the CLI as `nobody` on an input
 * inside it (`test/robust-input.test.ts`).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'

if (isMainThread) {
  const root = mkdtempSync(join(tmpdir(), 'cable-edition-test-'))
  chmodSync(root, 0o755)
  process.env.TMPDIR = root
  process.on('exit', () => {
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 2 })
    } catch {
      // A browser or server a failed test left running may still hold a file: what cannot be removed stays, and the test's own failure is the report.
    }
  })
}

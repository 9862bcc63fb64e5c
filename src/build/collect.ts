/**
 * A full garbage collection on request, for the one moment of a build when the heap is mostly
 * garbage and the thread has nothing else to do: Eleventy has made the corpus pages, and the
 * build waits for Pagefind.
 *
 * Measured at 10,000 documents: the corpus pages leave the main heap at 539 MB used, of which
 * 374 MB is garbage that no collection took back in the 14 s Pagefind then indexes; the records
 * the build saves at its end (what it published, the manifest) came on top of it, and the build's
 * peak was there, 886–948 MiB. Collected once after the corpus pages, the heap held 165 MB and the
 * end of the build 489–540 MiB; the peak, 846–857 MiB, is now the editions' and Eleventy's own
 * (`bench/RESULTS.md`).
 *
 * V8 gives JavaScript its collector only under `--expose-gc`, as `gc` on the global of each
 * context made while the flag is on (the heap it collects is the whole isolate's: this thread's).
 * bin/cable-edition.js sets the flag before the program loads, as it does the interrupt budget
 * (Node's documentation warns that a flag changed once the program runs may behave
 * unpredictably). A program that loads the build without bin/ (the tests) has the flag set here,
 * at the first collection. A context made then has `gc`, as Jest's leak detector
 * (jest-leak-detector) gets it.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collector: (() => void) | undefined

/** Collect this thread's heap whole (some 25 ms at 1,000 documents, 100 ms at 10,000). */
export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc')
    collector = runInNewContext('gc') as () => void
  }
  collector()
}

#!/usr/bin/env -S node --max-semi-space-size=64
// Entry point: runs the compiled JavaScript in build/bundle/ (made by `npm run compile`, which
// `npm ci` runs as the `prepare` script: tsc, then bin/bundle.js), so no TypeScript loader
// starts with every command, and a few bundled files load instead of three hundred modules.
// The larger young generation (a 64 MB semi-space) halves the CPU time of the documents made in this
// thread (--jobs 1, a rebuild of a few); worker threads get theirs from src/build/pool.ts.
// In development, `npm run dev -- <command>` runs the TypeScript sources with tsx instead.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'

// V8 optimises a function with TurboFan once it has run some 67 KB of bytecode (its default
// --interrupt-budget=67584). A build is one short run of much code, in every thread at once: at
// that budget a --jobs 1 build spent a fifth of its CPU compiling (perf record, 1,000 cables),
// and many functions were compiled again after a deoptimisation. At twelve times the budget
// only the functions that stay hot are compiled, from fuller feedback: 660 → 195 TurboFan
// compilations over 300 cables; builds of 1,000 cables, alternating, took 11–24 % less time and
// 5–28 % less user CPU, with the same output (bench/RESULTS.md). The flag is process-wide, so
// the worker threads have it too; set before the program loads, and only when the command line
// did not set it.
// (V8 reads `_` in a flag's name as `-`; `--interrupt-budget-for-…` flags are others.)
if (!process.execArgv.some((arg) => /^--interrupt[-_]budget(?:=|$)/.test(arg))) setFlagsFromString('--interrupt-budget=800000')
// The build asks once for a full collection, when Eleventy's corpus pages have left the heap
// mostly garbage (src/build/collect.ts); V8 gives JavaScript its collector only under this flag,
// set here before any code is compiled rather than while the program runs.
setFlagsFromString('--expose-gc')

const root = fileURLToPath(new URL('..', import.meta.url))
const compiled = `${root}build/bundle/run.js`
if (existsSync(compiled)) {
  warnIfStale()
  await import(compiled)
} else {
  // An install that skipped lifecycle scripts (`npm ci --ignore-scripts`) has no build/: run the
  // TypeScript sources through tsx (a dependency), slower to start but the same program.
  process.stderr.write('cable-edition: warning: no compiled program (build/): running the sources with tsx; `npm run compile` makes it start faster\n')
  const { register } = await import('tsx/esm/api')
  register()
  await import(`${root}src/cli/run.ts`)
}

/** In a checkout, say so when a source is newer than the compiled program (a few ms of stat calls). */
function warnIfStale() {
  let compiledAt
  try {
    compiledAt = statSync(`${root}build/.tsbuildinfo`).mtimeMs
  } catch {
    return
  }
  for (const folder of ['src', 'transforms']) {
    if (!existsSync(root + folder)) continue
    for (const entry of readdirSync(root + folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts') && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > compiledAt) {
        process.stderr.write(`cable-edition: warning: ${folder}/ changed since it was compiled; run \`npm run compile\` (this runs the older build/)\n`)
        return
      }
    }
  }
}

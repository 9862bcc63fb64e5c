// The second step of `npm run compile`, after tsc has compiled src/ and transforms/ to build/:
// the compiled program bundled (esbuild, https://esbuild.github.io/api/#splitting) into a few
// files in build/bundle/, which bin/cable-edition.js runs and whose worker.js the build's threads
// start. Node 20 loads each ES module by itself; loading the program's three hundred modules
// (its own and its dependencies') was a fifth of a one-edit rebuild's time, a bundle's few
// dozen chunks a third of that.
//
// Left outside the bundle, loaded from node_modules as they are: packages that find files of
// their own beside their code (Pagefind's binary, word-list's words, xmllint's WebAssembly,
// Eleventy and its templates), and tsx, which only the sources use.
import { build } from 'esbuild'
import { rmSync, utimesSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = `${root}build/bundle`

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: ['build/src/cli/run.js', 'build/src/build/worker.js'],
  bundle: true,
  // Code only some commands use (Eleventy's pages, the TEI masters' reader) stays in chunks of its own, loaded when used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  // Flat, so that the worker is `./worker.js` from any chunk (src/build/pool.ts).
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  external: ['@11ty/*', 'pagefind', 'word-list', 'xmllint-wasm', 'tsx'],
  // CommonJS dependencies bundled into an ES module still call `require` for Node's own modules.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  logLevel: 'warning',
})
// The bundle's generator version (src/build/keys.ts), worked out now rather than by every build.
const { GENERATOR_FILE, programVersion } = await import(`${root}build/src/build/keys.js`)
writeFileSync(`${outdir}/${GENERATOR_FILE}`, programVersion([outdir]))
// Marks the program compiled (bin/ warns when a source is newer), even when tsc rewrote nothing.
const now = new Date()
utimesSync(`${root}build/.tsbuildinfo`, now, now)

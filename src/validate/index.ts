import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { packagePath } from '../paths.ts'
import type { Diagnostic } from '../source/errors.ts'

/** The vendored TEI P5 `tei_all` schema (see schema/README.md for its licence). */
export const SCHEMA = packagePath('schema', 'tei_all.rng')

/**
 * Validate TEI files against `tei_all.rng`. Uses Debian's `jing` when it is installed (well
 * under a second for many files), else the `xmllint-wasm` npm package (no system dependency,
 * about 10 s as it compiles the schema on each call), so `validate` works right after `npm ci`.
 */
export async function validateTei(paths: string[]): Promise<Diagnostic[]> {
  if (paths.length === 0) return []
  // Asynchronous, so a caller can go on with other work while the JVM validates.
  const jing = await new Promise<{ missing: boolean; stdout: string }>((done) => {
    execFile('jing', [SCHEMA, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      done({ missing: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT', stdout })
    })
  })
  if (!jing.missing) return parseJing(jing.stdout)
  return validateWithXmllint(paths)
}

/**
 * Validate with the `xmllint-wasm` package, which needs no system package. Its WebAssembly memory
 * may grow to the most WebAssembly allows (4 GiB), grown only as the files need: the package's
 * default of 32 MiB ran out on a TEI of 387 KB (20,000 lines) and on a FRUS volume of 2.7 MB
 * (`libxml2: out of memory`), where jing validates them.
 */
export async function validateWithXmllint(paths: string[]): Promise<Diagnostic[]> {
  const { memoryPages, validateXML } = await import('xmllint-wasm')
  const result = await validateXML({
    xml: paths.map((path) => ({ fileName: path, contents: readFileSync(path, 'utf8') })),
    schema: [{ fileName: 'tei_all.rng', contents: readFileSync(SCHEMA, 'utf8') }],
    extension: 'relaxng',
    maxMemoryPages: memoryPages.max
  })
  return result.errors.map((e) => ({
    file: e.loc?.fileName ?? paths[0] ?? '',
    line: e.loc?.lineNumber ?? 1,
    column: 1,
    severity: 'error' as const,
    message: e.message
  }))
}

/** jing prints `file:line:col: error: message`. */
function parseJing(output: string): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const line of output.split('\n')) {
    const m = /^(.*?):(\d+):(\d+): (error|fatal|warning): (.*)$/.exec(line)
    if (m) out.push({ file: m[1] ?? '', line: Number(m[2]), column: Number(m[3]), severity: m[4] === 'warning' ? 'warning' : 'error', message: m[5] ?? '' })
  }
  return out
}

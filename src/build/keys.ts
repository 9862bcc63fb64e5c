/**
 * Content-addressed keys of the build cache (SHA-256): what a document's edition is made from
 * (its input files, the corpus-level files, the generator), and what its pages are made from
 * (that, and the edition's settings, version, build date and URLs).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PACKAGE_ROOT } from '../paths.ts'
import type { InputFile, RawUnit, Unit } from './inputs.ts'

/** A hash of some parts, each length-prefixed so that no two lists of parts collide. */
export function hashOf(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256')
  // Strings are gathered and hashed in one update (the same bytes as one update each, far fewer calls: keys are made by the thousand).
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      text += `${Buffer.byteLength(part)}:${part}`
      continue
    }
    hash.update(`${text}${part.length}:`)
    text = ''
    hash.update(part)
  }
  hash.update(text)
  return hash.digest('hex')
}

let generator: string | undefined

/**
 * The generator's version as far as output goes: the package version, the exact dependencies
 * (package-lock.json) and every file of the code that runs (compiled or not). Any change to the
 * code invalidates the cache, so a developer never sees pages of an older pipeline.
 */
export function generatorVersion(): string {
  if (generator !== undefined) return generator
  // The code that runs: the bundle (build/bundle/, which bin/ runs: bin/bundle.js), else the
  // sources (tsx) or tsc's output, where this file is <code>/src/build/keys.(ts|js).
  const here = dirname(fileURLToPath(import.meta.url))
  if (basename(here) !== 'bundle') generator = programVersion(['src', 'transforms'].map((folder) => join(dirname(dirname(here)), folder)))
  else {
    // The bundle's is worked out once, when it is made (reading and hashing its files took
    // 20-50 ms of every build); a bundle made some other way is hashed as the sources are.
    const saved = join(here, GENERATOR_FILE)
    generator = existsSync(saved) ? readFileSync(saved, 'utf8') : programVersion([here])
  }
  return generator
}

/** The file beside the bundle's code that holds its generator version (written by bin/bundle.js; not code, so not part of it). */
export const GENERATOR_FILE = 'generator-version.txt'

/** The generator version of the code in `folders`: see generatorVersion. */
export function programVersion(folders: readonly string[]): string {
  // From package.json, what makes output: the version (printed in every page) and the
  // dependencies; the scripts are not part of it.
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string; dependencies?: unknown }
  const parts: Array<string | Uint8Array> = [JSON.stringify([manifest.version, manifest.dependencies])]
  const lock = join(PACKAGE_ROOT, 'package-lock.json')
  if (existsSync(lock)) parts.push(readFileSync(lock))
  for (const folder of folders) {
    for (const file of filesUnder(folder)) parts.push(relative(PACKAGE_ROOT, file), readFileSync(file))
  }
  return hashOf(parts)
}

/** The site's own files as the corpus-wide pages use them: site/ (settings, assets) and the Eleventy configuration. */
export function siteFilesVersion(): string {
  const files = [...filesUnder(join(PACKAGE_ROOT, 'site'), /./), join(PACKAGE_ROOT, '.eleventy.js')]
  return hashOf(files.flatMap((file) => [file.slice(PACKAGE_ROOT.length), readFileSync(file)]))
}

function filesUnder(folder: string, names = /\.(?:[cm]?js|ts|json)$/): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && names.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** What a unit's editions depend on: its inputs, the corpus-level files, the generator. */
export function unitKey(unit: Unit, dependencies: readonly InputFile[], generatorVersion: string): string {
  const raw = (file: RawUnit): InputFile[] => [file.raw, ...(file.sidecar ? [file.sidecar] : [])]
  const files = unit.kind === 'raw' ? raw(unit) : unit.kind === 'tei' ? unit.masters : unit.files.flatMap(raw)
  const more = unit.kind === 'tei' ? [JSON.stringify([unit.others, unit.frus])] : unit.kind === 'copies' ? [JSON.stringify([unit.settings, unit.related])] : []
  return hashOf(['document', generatorVersion, unit.kind, ...files.flatMap(fileParts), ...more, ...dependencies.flatMap(fileParts)])
}

/** The key of the files of one of a unit's documents: the unit's own for a unit of one document, else by its id (TEI masters). */
export function documentKey(unitKey: string, unit: Unit, id: string): string {
  return unit.kind === 'tei' ? hashOf(['member', unitKey, id]) : unitKey
}

function fileParts(file: InputFile): Array<string | Uint8Array> {
  return 'error' in file ? [file.path, 'error', JSON.stringify(file.error)] : [file.path, file.hash]
}

/**
 * Where the package's own files are (the bundled corpus, site/, schema/). The code runs either
 * as TypeScript from src/ (tsx, development) or compiled from build/src/ (bin/), so a path
 * relative to a module would differ between the two: every such path starts at the package root,
 * the nearest folder up from here that holds package.json.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder)
    if (parent === folder) throw new Error('cable-edition: package.json not found above ' + fileURLToPath(import.meta.url))
    folder = parent
  }
  return folder
}

/** The package root, with a trailing separator removed. */
export const PACKAGE_ROOT = findRoot()

/** A file or folder of the package, e.g. `packagePath('site', 'edition.json')`. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts)
}

import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Every file (with the SHA-256 of its bytes) and every folder under dir, by relative path. */
export function snapshot(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
  return new Map(entries.map((entry) => {
    const path = join(dir, entry)
    return [entry, statSync(path).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex')]
  }))
}

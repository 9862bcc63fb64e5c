/**
 * Atomic publication of a build. Everything is written into a fresh staging folder beside the
 * output folder (same parent, so the same filesystem and rename(2) is atomic), which then
 * replaces the output folder whole. So a build killed at any moment leaves the previous output
 * as it was, and nothing of an earlier build survives in the new one (a deleted cable's pages,
 * a stray file): the output is a function of the inputs only.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from '../source/errors.ts'

/**
 * A folder that every build writes, so an existing non-empty output folder without it is not
 * a previous build (say `--out .` or `--out ~` by mistake) and is never replaced, that is deleted.
 */
const BUILD_MARKER = 'tei'

/**
 * Run `write` into a fresh staging folder, then swap that folder in as outDir. When `write`
 * throws (or the swap fails) the staging folder is removed and outDir is left as it was.
 * Calls for one outDir must not overlap within one process (the staging name holds the pid).
 */
export async function publishBuild<T>(outDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const target = resolve(outDir)
  checkTarget(outDir, target)
  try {
    mkdirSync(dirname(target), { recursive: true })
    removeLeftovers(target)
    mkdirSync(leftoverPath(target, 'staging', process.pid))
  } catch (error) {
    throw error instanceof InputError ? error : cannotWrite(outDir, reasonOf(error))
  }
  const staging = leftoverPath(target, 'staging', process.pid)
  let result: T
  try {
    result = await write(staging)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  swapIn(outDir, staging, target)
  return result
}

/** Throw the InputError publishBuild would when outDir cannot be replaced, before any work. */
export function checkOutput(outDir: string): void {
  checkTarget(outDir, resolve(outDir))
}

/**
 * Whether path is part of outDir's builds: inside outDir, or inside one of its staging or
 * previous folders. `serve` ignores changes there, so its own output never triggers a rebuild.
 */
export function isBuildOutput(outDir: string, path: string): boolean {
  const target = resolve(outDir)
  const absolute = resolve(path)
  if (isWithin(target, absolute)) return true
  const [first] = relative(dirname(target), absolute).split(sep)
  return first !== undefined && isWithin(dirname(target), absolute) && parseLeftover(target, first) !== undefined
}

type Kind = 'staging' | 'previous'

/** `.dist.staging-123`: hidden, named after outDir and the building process (see .gitignore). */
function leftoverPath(target: string, kind: Kind, pid: number): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${pid}`)
}

function parseLeftover(target: string, name: string): { kind: Kind; pid: number } | undefined {
  const prefix = `.${basename(target)}.`
  if (!name.startsWith(prefix)) return undefined
  const match = /^(staging|previous)-(\d+)$/.exec(name.slice(prefix.length))
  return match ? { kind: match[1] as Kind, pid: Number(match[2]) } : undefined
}

/** The existing outDir must be a folder this command may replace. */
function checkTarget(outDir: string, target: string): void {
  let entries: string[]
  try {
    if (!statSync(target).isDirectory()) throw cannotWrite(outDir, 'it exists and is not a directory')
    entries = readdirSync(target)
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw cannotWrite(outDir, reasonOf(error))
  }
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw cannotWrite(outDir, `it is not empty and has no ${BUILD_MARKER}/ folder, so it is not a previous build; a build replaces its output folder whole`)
  }
}

/**
 * Remove the staging and previous folders that killed builds left beside outDir. Only those of
 * processes no longer alive: a build running at the same time (`npm start` while building by
 * hand) keeps its staging folder. Our own pid counts as dead, since a container often gives
 * every run the same pid; a live process that reuses a dead build's pid only delays the removal.
 */
function removeLeftovers(target: string): void {
  const leftovers = readdirSync(dirname(target)).flatMap((name) => {
    const parsed = parseLeftover(target, name)
    return parsed && (parsed.pid === process.pid || !isAlive(parsed.pid)) ? [{ ...parsed, path: join(dirname(target), name) }] : []
  })
  // Killed between the two renames of swapIn: outDir is gone and the previous build is aside.
  const previous = leftovers.find((leftover) => leftover.kind === 'previous')
  if (previous && !existsSync(target)) renameSync(previous.path, target)
  for (const leftover of leftovers) rmSync(leftover.path, { recursive: true, force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Two renames: outDir aside, staging in. Between them (microseconds) outDir is missing; a
 * build killed right there is repaired by the next one (removeLeftovers puts the previous back).
 */
function swapIn(outDir: string, staging: string, target: string): void {
  const previous = leftoverPath(target, 'previous', process.pid)
  const hadOutput = existsSync(target)
  try {
    if (hadOutput) renameSync(target, previous)
    try {
      renameSync(staging, target)
    } catch (error) {
      if (hadOutput) renameSync(previous, target)
      throw error
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw cannotWrite(outDir, reasonOf(error))
  }
  // The new build is published; a previous folder that resists removal goes with the next build.
  try {
    rmSync(previous, { recursive: true, force: true })
  } catch {}
}

function isWithin(folder: string, path: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (rest !== '..' && !rest.startsWith('..' + sep) && !isAbsolute(rest))
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? (error instanceof Error ? error.message : String(error))
}

function cannotWrite(outDir: string, reason: string): InputError {
  return new InputError(outDir, 1, 1, `cannot write the edition to this folder (${reason})`)
}

import { randomBytes } from 'node:crypto'
import { lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../source/errors.ts'

/**
 * An output path that cannot be written (a directory, a parent that is a file, no
 * permission…). Like bad input it is the user's to fix, so it is an `InputError`: exit 1,
 * one line, no stack trace. `reason` says why in words; `path` is the path as given.
 */
export class WriteError extends InputError {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super(path, 1, 1, `cannot write: ${reason}`)
    this.name = 'WriteError'
  }

  /** `cannot write OUT: reason`, for `cable-edition: …` lines. */
  get summary(): string {
    return `cannot write ${this.path}: ${this.reason}`
  }
}

/** Words for the errors a user can cause when writing. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent of it is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links'
}

function writeError(path: string, error: unknown): WriteError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === undefined) return new WriteError(path, error instanceof Error ? error.message : String(error))
  return new WriteError(path, `${REASONS[code] ?? 'failed'} (${code})`)
}

/**
 * Where writing `path` must go. A symbolic link is followed, so the link stays a link and
 * its target gets the content (rename would replace the link itself); a dangling link is
 * followed by hand, as realpath needs an existing file.
 */
export function writeTarget(path: string): string {
  let current = path
  for (let hops = 0; lstatOrNothing(current)?.isSymbolicLink(); hops++) {
    try {
      return realpathSync(current)
    } catch {
      if (hops >= 40) throw new WriteError(path, 'too many symbolic links (ELOOP)')
      current = resolve(dirname(current), readlinkSync(current))
    }
  }
  return current
}

/**
 * Refuse an output path before any work is done: a directory, or one of the `inputs`
 * (compared as real paths, so `-o ./x.txt` and a link to x.txt are caught too); writing
 * there would destroy what is being read.
 */
export function checkOutputPath(path: string, inputs: readonly string[]): void {
  const target = writeTarget(path)
  if (statOrNothing(target)?.isDirectory()) throw new WriteError(path, 'it is a directory (-o takes a file name)')
  const real = realOrResolved(target)
  for (const input of inputs) {
    if (realOrResolved(input) === real) throw new WriteError(path, `it is the input file ${input}`)
  }
}

/**
 * What is at a path, or undefined when nothing can be seen there (missing, a parent that
 * is a file, no permission): the write that follows then fails with the precise reason.
 */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/**
 * Write a file atomically: a temporary file beside it, then rename, so no reader sees half a
 * file. Symbolic links are written through (see `writeTarget`); a device or FIFO (such as
 * `-o /dev/stdout`) is written directly, as nothing may be renamed onto it. On failure no
 * temporary file is left behind and a `WriteError` is thrown.
 */
export function writeAtomic(path: string, content: string): void {
  const existing = statOrNothing(path)
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    try {
      writeFileSync(path, content)
    } catch (error) {
      throw writeError(path, error)
    }
    return
  }
  const target = writeTarget(path)
  if (statOrNothing(target)?.isDirectory()) throw new WriteError(path, 'it is a directory')
  try {
    mkdirSync(dirname(target), { recursive: true })
  } catch (error) {
    // EEXIST here: the parent is there, but as a file.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteError(path, 'a parent of it is not a directory (ENOTDIR)')
    throw writeError(path, error)
  }
  // A name no one else uses: `wx` refuses an existing file, so a user's file is never clobbered.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, content, { flag: 'wx' })
    renameSync(temporary, target)
  } catch (error) {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Nothing was created (no permission to create is also no permission to remove).
    }
    throw writeError(path, error)
  }
}

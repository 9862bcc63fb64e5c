import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { InputError, type Point } from './errors.ts'

/**
 * The largest input file read by default (20 MiB, some 1,500 pages of OCR text): a generous
 * bound, so a mistaken input (a disk image, `/dev/zero`) is refused instead of filling memory.
 * `--max-size` changes it.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/** A raw cable as read from disk: its text and a way from offsets to line:column. */
export interface SourceFile {
  /** The path as given by the user (used in every message). */
  path: string
  /** The decoded text, exactly as in the file (a leading BOM is the only thing removed). */
  text: string
  /**
   * Offset of the first character of each line. A line ends at LF, CRLF or a lone CR, as
   * CommonMark says (https://spec.commonmark.org/0.31.2/#line-ending), so our line numbers
   * agree with remark-parse's positions. A form feed is not a line ending.
   */
  lineStarts: number[]
}

/** Decode bytes as strict UTF-8; binary or non-UTF-8 input is an `InputError` with its place. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  // A byte order mark of UTF-16 (FF FE or FE FF): text that Windows tools save as "Unicode".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(path, 1, 1, 'UTF-16 text: convert the file to UTF-8 (e.g. iconv -f utf-16 -t utf-8)')
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const at = pointOfByte(bytes, nul)
    throw new InputError(path, at.line, at.column, 'binary data (a NUL byte): the file must be UTF-8 text')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const at = pointOfByte(bytes, bad)
    throw new InputError(path, at.line, at.column, 'not valid UTF-8: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)')
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  return { path, text, lineStarts: lineStartsOf(text) }
}

/** Read a raw cable from disk, at most `maxBytes` of it (an InputError beyond). */
export function readSource(path: string, maxBytes = DEFAULT_MAX_BYTES): SourceFile {
  return decodeSource(path, readBounded(path, maxBytes))
}

/**
 * The bytes of a file, refused with an InputError when there are more than `maxBytes`: told by
 * the size of a regular file before reading, and by reading no further than the limit from
 * anything else (a pipe, `/dev/zero`), so memory stays bounded whatever the input is.
 */
export function readBounded(path: string, maxBytes = DEFAULT_MAX_BYTES, what = 'the file'): Buffer {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw new InputError(path, 1, 1, `cannot read ${what} (${codeOf(error)})`)
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new InputError(path, 1, 1, `cannot read ${what} (EISDIR)`)
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(path, maxBytes, what)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      // A regular file in one read (its size and one byte more, to see it did not grow).
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size + 1, 1 << 16), maxBytes + 1 - total))
      let read: number
      try {
        read = readSync(fd, chunk, 0, chunk.length, null)
      } catch (error) {
        throw new InputError(path, 1, 1, `cannot read ${what} (${codeOf(error)})`)
      }
      if (read === 0) break
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read))
      total += read
      if (total > maxBytes) throw tooLarge(path, maxBytes, what)
    }
    // A copy of exactly its length: the first chunk is allocated for the file's size plus one
    // byte (at least 64 KiB), and a slice of it would keep all of it alive as long as the bytes
    // are (a build holds every input's bytes: 64 KiB a file, 640 MB for 10,000 files).
    const only = chunks.length === 1 ? (chunks[0] as Buffer) : undefined
    return only && only.buffer.byteLength === total ? only : Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}

function tooLarge(path: string, maxBytes: number, what: string): InputError {
  return new InputError(path, 1, 1, `${what} is larger than ${formatBytes(maxBytes)}, the limit for one input file (raise it with --max-size)`)
}

/** `20 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`
  }
  return `${bytes} bytes`
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unreadable'
}

/** Make a source from a string (tests, generated input). */
export function sourceFromText(path: string, text: string): SourceFile {
  return { path, text, lineStarts: lineStartsOf(text) }
}

/** The line:column of an offset. */
export function pointAt(source: SourceFile, offset: number): Point {
  const starts = source.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset }
}

/**
 * Offset just past the last character of line `index` (0-based), before its line ending:
 * the text of the line is `text.slice(lineStarts[index], lineEndOf(source, index))`.
 */
export function lineEndOf(source: SourceFile, index: number): number {
  const next = source.lineStarts[index + 1]
  if (next === undefined) return source.text.length
  // The ending is one character (LF, CR) or two (CRLF). When next - 1 is LF and next - 2
  // is CR, the two are one CRLF ending: `lineStartsOf` never splits them.
  const crlf = source.text[next - 1] === '\n' && source.text[next - 2] === '\r'
  return next - (crlf ? 2 : 1)
}

/** Line starts of a text: after each LF, CRLF and lone CR (CommonMark §2.1 line endings). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push((match.index ?? 0) + match[0].length)
  return starts
}

/** The place of a byte, counting lines the way `lineStartsOf` does (CR, LF, CRLF). */
function pointOfByte(bytes: Uint8Array, index: number): Point {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index; i++) {
    const b = bytes[i]
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue // the CR of a CRLF: its LF ends the line
    if (b === 0x0a || b === 0x0d) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1, offset: index }
}

/** Index of the first byte that breaks UTF-8 (RFC 3629 §4). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return Math.max(0, bytes.length - 1)
}

/** A place in a raw file: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A message about a place in an input file, printed as `file:line:col: severity: message`. */
export interface Diagnostic {
  file: string
  line: number
  column: number
  severity: 'error' | 'warning'
  message: string
}

/** Format a diagnostic the way compilers do, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`
}

/**
 * Input that cannot become an edition (binary, not UTF-8, a bad sidecar…).
 * The library throws it; the CLI prints its one line and exits 1.
 */
export class InputError extends Error {
  readonly diagnostic: Diagnostic

  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: error: ${message}`)
    this.name = 'InputError'
    this.diagnostic = { file, line, column, severity: 'error', message }
  }
}

/** Collects warnings while a document is transformed. */
export class Warnings {
  readonly list: Diagnostic[] = []

  constructor(readonly file: string) {}

  /** Record a warning at a point of the raw file. */
  add(at: Point, message: string): void {
    this.list.push({ file: this.file, line: at.line, column: at.column, severity: 'warning', message })
  }
}

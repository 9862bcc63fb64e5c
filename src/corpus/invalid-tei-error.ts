import { formatDiagnostic, InputError, type Diagnostic } from '../source/errors.ts'

/** TEI masters that tei_all refuses: every error at its `file:line:col`, one a line; nothing is built. */
export class InvalidTeiError extends InputError {
  readonly diagnostics: Diagnostic[]

  constructor(diagnostics: Diagnostic[]) {
    const [first] = diagnostics
    super(first?.file ?? '', first?.line ?? 1, first?.column ?? 1, first?.message ?? 'not valid TEI')
    this.name = 'InvalidTeiError'
    this.diagnostics = diagnostics
    const more = diagnostics.length > 1 ? `\n${diagnostics.length} errors against tei_all: fix the TEI and build again` : ''
    this.message = diagnostics.map(formatDiagnostic).join('\n') + more
  }
}

/** A TEI file the site could not parse: `file:line:col: what is wrong`. */
export class TeiParseError extends Error {
  override readonly name = 'TeiParseError';

  /** Wrap a parser error with the file it came from. */
  static from(file: string, cause: unknown): TeiParseError {
    const place = cause as { line?: unknown; column?: unknown; cause?: { message?: unknown } } | null;
    const line = typeof place?.line === 'number' ? place.line : 0;
    const column = typeof place?.column === 'number' ? place.column : 0;
    const reason = typeof place?.cause?.message === 'string' ? place.cause.message : String(cause);
    return new TeiParseError(`${file}:${line}:${column}: ${reason}; fix the XML and build again`, { cause });
  }
}

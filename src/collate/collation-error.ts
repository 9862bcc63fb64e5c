/** A problem with the input or options of `collate`: the message says what and how to fix it. */
export class CollationError extends Error {
  override name = 'CollationError'
}

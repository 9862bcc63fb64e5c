/**
 * The build's warning when the search index holds fewer reading pages than the edition has
 * documents. Pagefind indexes no page without words to find (a released file of stamps alone,
 * `, ,` under its page stamp), so the usual cause is named with the count.
 */
export function indexedWarning(indexed: number, documents: number): string | undefined {
  if (indexed === documents) return undefined;
  return `search: ${indexed} of ${documents} document(s) indexed; Pagefind indexes no reading page without words to find (a document of stamps alone is titled "Untitled document")`;
}

/**
 * The `xml:id`s the TEI header gives its own parts (src/tei/header.ts). A document's id and a
 * copy's siglum are `xml:id`s of the same file (the root, a `witness`), so neither may be one of
 * these, nor may the two be the same (checked where the editor states them: src/sidecar.ts,
 * src/corpus/edition-file.ts).
 */
export const OWN_IDS = {
  editor: 'ed',
  variantTypes: 'variant-types',
  kinds: 'kinds',
  tags: 'tags'
} as const

/** Is `id` one the header gives its own parts? */
export function isOwnId(id: string): boolean {
  return (Object.values(OWN_IDS) as string[]).includes(id)
}

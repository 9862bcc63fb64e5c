/**
 * FNV-1a, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/): a short, stable hash for ids
 * derived from content (transposition ids, paragraph anchors), so that ids never depend on
 * processing order. Not for security.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

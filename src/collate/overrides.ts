/**
 * An editor's sidecar of type decisions: a JSON object from variation key (`Variation.key`,
 * e.g. `"A:38:19"`) to a variant type, which wins over the rules of `classify.ts`.
 */
import { CollationError } from './collation-error.ts'
import { isVariantType, VARIANT_TYPES, type VariantType } from '../vocabulary/variant-types.ts'

/** Check a parsed sidecar (`JSON.parse` of its file) and return it as overrides; `source` names it in errors. */
export function parseOverrides(value: unknown, source = 'overrides'): Record<string, VariantType> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CollationError(`${source}: expected an object from variation key to type, like {"A:38:19": "ocr"}`)
  }
  const result: Record<string, VariantType> = {}
  for (const [key, type] of Object.entries(value)) {
    if (!isVariantType(type)) {
      throw new CollationError(`${source}: ${key}: unknown type ${JSON.stringify(type)}; use one of ${VARIANT_TYPES.join(', ')}`)
    }
    if (!/^[^:]+:\d+:\d+$/.test(key)) {
      throw new CollationError(`${source}: ${key}: a key is siglum:line:column, as in Variation.key`)
    }
    result[key] = type
  }
  return result
}

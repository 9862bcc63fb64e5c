import type { Witness } from '../src/model/document.ts'
import type { Sidecar } from '../src/sidecar.ts'
import { readingText } from './structure.ts'

/**
 * Describe each copy for `<witness>`: the drafting copy has the drafting form, the copy as
 * transmitted has a telegram page header (`PAGE 01 STATE 204310 …`) or the telegram line
 * (`CONFIDENTIAL STATE 204310`). An editor's sidecar label always wins.
 */
export function describeWitnesses(witnesses: Witness[], sidecar?: Sidecar): void {
  witnesses.forEach((witness, index) => {
    const fromSidecar = sidecar?.witnesses?.[index]
    if (fromSidecar?.siglum) witness.siglum = fromSidecar.siglum
    witness.label = fromSidecar?.label ?? guessLabel(witness, index)
  })
}

function guessLabel(witness: Witness, index: number): string {
  const blocks = witness.body.flatMap((item) => (item.kind === 'block' ? [item.block] : []))
  const telegram =
    witness.body.some((item) => item.kind === 'fw' && item.furniture.subtype === 'telegram') ||
    blocks.some((block) => block.kind === 'field' && block.name === 'telegram') ||
    blocks.some((block) => block.kind === 'routing' && /^\s*(?:FM|FROM)\b/.test(readingText(block.inlines)))
  if (blocks.some((block) => block.kind === 'form')) return 'Drafting copy'
  if (telegram) return 'Telegram as transmitted'
  return `Copy ${index + 1}`
}

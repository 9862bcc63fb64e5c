import type { AppUnit } from '../edition/model.ts'

/**
 * The apparatus in the conventional notation, one entry a line:
 * `your] om. B (substantive; A 38, B 96)`; `YY] ALBRIGHT B (substantive; A 80, B 134)`; a
 * place of a moved passage names its other place: `(ocr; B 100; moved, with #app-A-48-513)`.
 */
export function apparatusLines(apparatus: readonly AppUnit[], copyText: string): string[] {
  return apparatus.map(({ variation: v, id, corresp }) => {
    const lemma = v.readings[v.lemma]
    const lemmaText = lemma ? readingText(lemma.tokens[lemma.witnesses[0] ?? ''] ?? []) : ''
    const others = v.readings
      .filter((_, i) => i !== v.lemma)
      .map((r) => {
        const words = readingText(r.tokens[r.witnesses[0] ?? ''] ?? [])
        return `${words === '' ? 'om.' : words} ${r.witnesses.join(' ')}`
      })
    const lines = v.readings
      .flatMap((r) => r.witnesses.map((sig) => [sig, r.tokens[sig]?.[0]?.line] as const))
      .filter(([, line]) => line !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([sig, line]) => `${sig} ${line}`)
    const head = lemmaText === '' ? `om. ${lemma?.witnesses.join(' ') ?? copyText}` : lemmaText
    const moved = corresp ? `; moved, with ${corresp.map((other) => `#${other}`).join(' ')}` : ''
    return `${head}] ${others.join('; ')} (${v.type}; ${lines.join(', ')}${moved}) #${id}`
  })
}

function readingText(tokens: Array<{ text: string; deleted: boolean }>): string {
  return tokens.map((t) => (t.deleted ? `[struck: ${t.text}]` : t.text)).join(' ')
}

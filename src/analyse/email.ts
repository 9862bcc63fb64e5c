/**
 * The people of a released e-mail: who sent it and to whom, as the header of its latest message
 * (the first of the chain, the one the release is dated by) names them. An e-mail's parties are
 * people (`Sullivan, Jacob J`), not the posts of a telegram's routing, so they are kept apart
 * from `from`/`to`/`info` and written as `persName` (`tei/header.ts`).
 *
 * A name is kept as the header writes it, without its address (`H <hrod17@clintonemail.com>` is
 * `H`; `Brose, Christian (mailto:…)` is `Brose, Christian`); a header that gives an address only
 * (`'millscd@state.gov'`) names that address. A list is split at its semicolons. A field the
 * release left empty, or holding only the exemption it was cut under (`To: B6`), names nobody;
 * nothing is guessed.
 */
import { EXEMPTION_TOKEN } from '../vocabulary/exemptions.ts'
import { EMAIL_FIELD } from '../vocabulary/print.ts'

export interface EmailParties {
  from?: string
  to: string[]
  cc: string[]
}

/** The parties of the first message whose header the furniture lines hold, or undefined without one. */
export function emailParties(furniture: readonly string[]): EmailParties | undefined {
  const first = furniture.findIndex((line) => fieldOf(line)?.name === 'from')
  if (first < 0) return undefined
  const parties: EmailParties = { to: [], cc: [] }
  for (const line of furniture.slice(first)) {
    const field = fieldOf(line)
    if (!field) continue
    // The next message's header begins at its own From:.
    if (field.name === 'from' && parties.from !== undefined) break
    if (field.name === 'from') parties.from = namesIn(field.value)[0] ?? ''
    else if (field.name === 'to') parties.to.push(...namesIn(field.value))
    else if (field.name === 'cc') parties.cc.push(...namesIn(field.value))
    else if (field.name === 'subject') break
  }
  if (!parties.from) delete parties.from
  return parties.from || parties.to.length > 0 || parties.cc.length > 0 ? parties : undefined
}

function fieldOf(line: string): { name: string; value: string } | undefined {
  const match = EMAIL_FIELD.exec(line)
  return match?.[1] ? { name: match[1].toLowerCase(), value: line.slice(match[0].length) } : undefined
}

/** The longest name a header gives (`Kennedy, Patrick F (Under Secretary for Management)` is 51). */
const MAX_NAME = 80

/** The names of a header's value: each entry of a `;` list without its address. */
function namesIn(value: string): string[] {
  return value
    .split(';')
    .map((entry) => {
      const name = entry
        .replace(/[[(<]\s*mailto:.*$/i, '')
        .replace(/<[^>]*>?/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      // Without a mark the OCR added after it (`Daniel Baer •`).
      return name.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1').replace(/[^\p{L}\p{N}.)\]]+$/u, '').trim()
    })
    // A name has letters, and is no line of OCR noise run into the header, nor the exemption a withheld address was cut under (`B6`).
    .filter((name) => /\p{L}/u.test(name) && name.length <= MAX_NAME && !EXEMPTION_TOKEN.test(name))
}

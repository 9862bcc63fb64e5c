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
import { EXEMPTION_TOKEN, withoutExemptions } from '../vocabulary/exemptions.ts'
import { EMAIL_FIELD } from '../vocabulary/print.ts'

export interface EmailParties {
  from?: string
  to: string[]
  cc: string[]
}

/** The parties of the first message whose header the furniture lines hold, or undefined without one. */
export function emailParties(furniture: readonly string[]): EmailParties | undefined {
  const lines = emailHeaderLines(furniture)
  const first = lines.findIndex((line) => fieldOf(line)?.name === 'from')
  if (first < 0) return undefined
  const parties: EmailParties = { to: [], cc: [] }
  for (const line of lines.slice(first)) {
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

/**
 * Header lines as `Label: value`, also where the OCR read the header by columns: its labels
 * alone (`From:`, `Sent:`, `To:`, `Subject:`), then their values in the same order
 * (`Lunstead,JeffreyJ`, `Thursday,January20,2000 2:26 PM`, …).
 */
export function emailHeaderLines(furniture: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < furniture.length; i++) {
    // A run of two labels or more without values, and as many lines of no label right after it.
    let run = 0
    while (i + run < furniture.length && fieldOf(furniture[i + run] as string)?.value.trim() === '') run++
    const values = furniture.slice(i + run, i + 2 * run)
    if (run >= 2 && values.length === run && values.every((line) => fieldOf(line) === undefined)) {
      for (let k = 0; k < run; k++) out.push(`${(furniture[i + k] as string).trim()} ${(values[k] as string).trim()}`)
      i += 2 * run - 1
    } else {
      // The run, as it is (each line once: a long run is not measured again from each of its lines).
      out.push(...furniture.slice(i, i + Math.max(1, run)))
      i += Math.max(1, run) - 1
    }
  }
  return out
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
      // Without the exemption the release printed beside it at the line's end (`jake.sullivan      B6`).
      const name = withoutExemptions(entry)
        .replace(/[[(<]\s*mailto:.*$/i, '')
        .replace(/<[^>]*>?/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      // Without a mark the OCR added after it (`Daniel Baer •`), the quotation marks around an address, also as the OCR read them or one
      // of them (`` `abedinh@stategov ``, `'ValmoroU@state.gov.`), the full stop after one, and an address after a name outside its brackets (`H ehrod17@clintonemailcom`).
      return name
        .replace(/^['"`‘’]+|['"`‘’]+$/g, '')
        .replace(/(?<![^\p{L}\p{N}.)\]])[^\p{L}\p{N}.)\]]+$/u, '')
        .replace(/(@[^\s@]*[^\s@.])\.$/, '$1')
        .replace(/^(\p{L}[^@]*?)\s+[^\s@]+@\S+$/u, '$1')
        .trim()
    })
    // A name has letters, and is no line of OCR noise run into the header, nor the exemption a withheld address was cut under (`B6`).
    .filter((name) => /\p{L}/u.test(name) && name.length <= MAX_NAME && !EXEMPTION_TOKEN.test(name))
}

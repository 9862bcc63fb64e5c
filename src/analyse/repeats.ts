/**
 * The telegrams a telegram repeats: for each repeat in the copy text (the blocks
 * transforms/repeats.ts numbered), the repeated telegram's number, date, sender and
 * addressees, read from the lemma of its introduction (`FOLLOWING STATE 127892 DATED
 * 150910Z DEC 09 SENT ACTION RIGA … IS BEING REPEATED FOR YOUR ACTION. QUOTE:`). A print
 * may give the introduction twice, once cut short (`… IS BEING REPEATED FOR YOUR INFO.
 * QUOTE:`): a repeat whose own introduction names no number takes the first that does.
 */
import type { EditedText, RepeatedTelegram } from '../edition/model.ts'
import type { WitnessStream } from '../tokenise/stream.ts'
import { addressees } from '../vocabulary/posts.ts'
import { INTRO_STARTS, QUOTE_OPENS, REPEAT_ACTION, REPEAT_DATED, REPEAT_INFO, REPEAT_INTRO, REPEATED_NUMBER } from '../vocabulary/repeats.ts'
import { DTG_MONTHS } from '../vocabulary/telegrams.ts'
import { lemmaBlocks } from './lemma.ts'

/** The repeated telegrams of the copy text, in order. */
export function repeatsOf(text: EditedText, streams: readonly WitnessStream[], copyText: string): RepeatedTelegram[] {
  const base = streams.find((s) => s.siglum === copyText) ?? streams[0]
  if (!base || !base.blocks.some((b) => b.repeat !== undefined)) return []
  // One lemma block per copy-text block: passages only other copies have are not the copy text's.
  const lemma = lemmaBlocks({ leading: [], blocks: text.blocks.map((b) => ({ ...b, after: [] })) }, streams, copyText)
  const intros = lemma.map((block) => block.text.replace(/\s+/g, ' ').trim()).filter((t) => REPEAT_INTRO.test(t))
  const numbered = intros.map(parseIntro).find((r) => r.telegram !== undefined)
  const out: RepeatedTelegram[] = []
  base.blocks.forEach((block, index) => {
    const n = block.repeat
    if (n === undefined || out.some((r) => r.n === n)) return
    const intro = lemma
      .slice(Math.max(0, index - 3), index)
      .map((b) => b.text.replace(/\s+/g, ' ').trim())
      .reverse()
      .find((t) => REPEAT_INTRO.test(t))
    const own = intro === undefined ? undefined : parseIntro(intro)
    const facts = own?.telegram !== undefined ? own : (numbered ?? own)
    out.push({ ...(facts ?? { action: [], info: [], intro: '' }), n })
  })
  return out
}

/**
 * The facts an introduction states. The block that holds it may hold more (a print's page
 * of routing before it): the introduction runs from the last `FOLLOWING` before the words
 * that announce the repeat to the `QUOTE` after them.
 */
export function parseIntro(block: string): Omit<RepeatedTelegram, 'n'> {
  const announced = REPEAT_INTRO.exec(block)?.index ?? 0
  const starts = [...block.matchAll(INTRO_STARTS)].map((m) => m.index ?? 0).filter((i) => i <= announced)
  const from = starts[starts.length - 1] ?? Math.max(0, block.lastIndexOf('.', announced) + 1)
  const quote = QUOTE_OPENS.exec(block.slice(announced))
  const words = block.slice(from, quote ? announced + quote.index : undefined).trim()
  const repeated: Omit<RepeatedTelegram, 'n'> = { action: [], info: [], intro: words }
  const number = REPEATED_NUMBER.exec(words)
  if (number?.[1] && number[2]) {
    repeated.telegram = `${number[1]} ${number[2]}`
    if (number[1] === 'STATE') repeated.from = 'SECSTATE WASHDC'
  }
  const dated = REPEAT_DATED.exec(words)
  const date = dated?.[1] ?? dated?.[2]
  if (date) {
    const when = isoOf(date)
    repeated.dated = when ? { text: date, when } : { text: date }
  }
  const action = REPEAT_ACTION.exec(words)
  if (action?.[1]) repeated.action = addressees(action[1])
  const info = REPEAT_INFO.exec(words)
  if (info?.[1]) repeated.info = addressees(info[1])
  return repeated
}

/** `150910Z DEC 09` → `2009-12-15T09:10:00Z`; `13 MAY 96` → `1996-05-13`; a date without a year has none. */
function isoOf(text: string): string | undefined {
  const month = (name: string | undefined): number => DTG_MONTHS.indexOf((name ?? '').toUpperCase() as (typeof DTG_MONTHS)[number]) + 1
  const year = (y: string | undefined): number => (y === undefined ? 0 : y.length === 4 ? Number(y) : Number(y) + (Number(y) < 50 ? 2000 : 1900))
  const pad = (n: number | string): string => String(n).padStart(2, '0')
  const dtg = /^(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2})$/.exec(text)
  if (dtg && month(dtg[4]) > 0) return `${year(dtg[5])}-${pad(month(dtg[4]))}-${dtg[1]}T${dtg[2]}:${dtg[3]}:00Z`
  const day = /^(\d{1,2})\s+([A-Z]{3})\s+(\d{2}|\d{4})$/.exec(text)
  if (day && month(day[2]) > 0) return `${year(day[3])}-${pad(month(day[2]))}-${pad(day[1] ?? '')}`
  return undefined
}

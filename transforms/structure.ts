import type { Block, BlockKind, BodyItem, Inline, Milestone } from '../src/model/document.ts'
import { CAPTION_LINE, CAPTIONS } from '../src/vocabulary/classifications.ts'
import { doubledName, DRAFTING_ROW, FORM_WORD, isSenderLine, PARAGRAPH_NUMBER, SIGNED_END, TEXT_BEGINS, TEXT_ENDS } from '../src/vocabulary/blocks.ts'
import { DISTRIBUTION_LINE, FIELD_SPLIT, fieldName, ROUTING } from '../src/vocabulary/fields.ts'
import { isEnglishWord } from '../src/suspects/lexicon.ts'
import { isAddresseeLine, POST } from '../src/vocabulary/posts.ts'
import { isClassification, nearMarking, PRECEDENCE_LINE, telegramLine } from '../src/vocabulary/telegram.ts'
import { POEMS_TIME, PRINT_CONTROL } from '../src/vocabulary/print.ts'
import { tagEntry } from '../src/vocabulary/tags.ts'

/**
 * The cable's own structure, decided from each block's text: header fields, routing and
 * captions before the first paragraph; numbered paragraphs; a quoted letter between
 * `begin text` and `End Text` with its salutation, closing and signature; the signature of
 * the telegram. Paragraphs broken by a page break are joined again.
 */

/** A run of text lines that Markdown saw as one block, before it is given a kind. */
export interface DraftBlock {
  inlines: Inline[]
  line: number
  /** More than one raw line (a form read row by row). */
  multiline: boolean
}

const LETTER_OPENS = TEXT_BEGINS
const LETTER_CLOSES = TEXT_ENDS
/** The end of a quoted telegram in a repeat (`FOLLOWING REPEAT … QUOTE … UNQUOTE`). */
const QUOTE_CLOSES = /^(?:UNQUOTE|END\s+QUOTE)\b/
/** A telegram's signature: a surname in capitals (`ALBRIGHT`, with a suffix `TIMKEN JR`, after its particle `VAN VOORST`) or a typist's mark (`YY`), a stray full stop or a text dump's record mark after it (`MURRAY .`, `ZAJAC##`). */
const SIGNATURE = /^(?:(?:VAN|VON|DE|DEL|DELLA|DI|DU|ST\.?) )?[A-Z][A-Z'-]+(?: (?:JR|SR|II|III|IV)\.?)?(?: \.|#{2})?$/
/** A surname where a publisher lowered the text: `Brownfield`, `LeBaron`, `McMullen`. */
const NAME_STEM = '[A-Z][a-z]{0,3}[A-Z]?[a-z]+'
const NAME_WORD = `${NAME_STEM}(?:-[A-Z][a-z]+)?`
const CAPITALISED_NAME = new RegExp(`^${NAME_WORD}$`)
/** A name after the last sentence (`… MEETING. STOESSEL`, `END COMMENT` / `DELL`, `… xxxxx.` / `Camp`, after a website's line or the rule of stars under it, `***** KURTZER`, after a quotation's end: `END QUOTE` / `CAO-GARCIA`, `END TEXT OF LETTER` / `TALBOTT`, or after a line Cablegate redacted to `xxxxx`: `Track Munich reporting at` / `xxxxx` / `NELSON`, `7. XXXXXXXXXXXX` / `MOLLER`, or a telephone call's end: `-- END OF CONVERSATION --` / `CHRISTOPHER`), its parts: the end (with a stray dash or three after it: `… NULAND. -` / `TALBOTT`, `… DEVELOPMENT. - -` / `SWING`), the name in capitals, the capitalised name. */
const NAME_AFTER_SENTENCE = new RegExp(`([.:?!"'’”)\\]](?:[^\\S\\n]+[-_–—]){0,3}|(?<!\\*)\\*{3,}|(?<![A-Za-z])(?:x{4,}|X{4,})(?=[^\\S\\n]*\\n)|\\b(?:END|End)\\s+(?:OF|of)\\s+(?:CONVERSATION|[Cc]onversation)(?:[^\\S\\n]*[._-]+)?|\\b(?:END|End)[\\s_]+(?:COMMENT|SUMMARY|NOTE|QUOTE|TEXT_|TALKING\\s+POINTS|Comment|Summary|Note|Talking\\s+Points)|\\bEND\\s+TEXT\\s+OF\\s+[A-Z][A-Z ]{0,40}(?=[^\\S\\n]*\\n)|\\bhttps?:\\/\\/[^\\n]*(?=\\n))(?:\\s+\\.?([A-Z][A-Z'-]+(?: (?:JR|SR|II|III|IV)\\.?)?)(?: \\.|#{2})?|[^\\S\\n]*\\n\\s*(${NAME_WORD}))\\s*$`)
/**
 * A surname where a publisher lowered the whole text, the signature too (`tuttle`, `curran`):
 * only on the line after a post's closing mark (its website's link, the rule of stars under it,
 * `END COMMENT`), its parts: the mark's line, the name.
 */
const LOWERED_NAME_AFTER_MARK = /((?<!\*)\*{3,}[^\n]*|\b(?:END|End)[\s_]+(?:COMMENT|SUMMARY|NOTE|Comment|Summary|Note)\b[^\n]*|\bhttps?:\/\/[^\n]*)\n\s*([a-z][a-z'-]{2,})\s*$/
/**
 * A name after the address of a post's website on the same line, where a publisher joined the
 * lines (`… Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle`, the
 * address cut by a space: `…/wiki/Portal:Unit ed_Kingdom LEBARON`); its parts: the website's line, the name.
 */
const NAME_AFTER_WEBSITE = /(\b[Ww]ebsite:\s*https?:\/\/\S+(?:\s+[a-z]\S*)?)\s+([A-Z][A-Za-z'-]{2,})\s*$/
/** A name in capitals alone on the last line (`MILLER`), its parts: the line break before it, the name. */
const NAME_BEFORE_PRINT = /(\n)[^\S\n]*([A-Z][A-Z'-]{2,})\s*$/
/** A capitalised name after the last sentence on its line (`… a single vacation. Randt`, `… “Taxi to the Dark Side.” Stroum`); a sentence ends after a small letter or a digit, not an initial's (`Charles McC. Mathias`), nor a list item's number in its bracket (`10) Tunisia`). */
const NAME_ON_SENTENCE_LINE = new RegExp(`(?<=[\\p{Ll}\\d]|[\\p{Ll}\\d][.?!])([.?!"'’”\\]]|(?<!(?:^|\\n)[^\\S\\n]*[\\d\\p{Ll}]{1,3})\\))[^\\S\\n]+(${NAME_STEM})\\s*$`, 'u')
/**
 * Does a paragraph in small letters end with a surname in capitals alone on its line, no
 * English word, TAGS code nor marking the OCR mangled (`… push ahead` / `GOLDBERG`, not
 * `… to` / `NATO`, nor `Executive Secretary` / `SLICRET`, `LUMYILAMIA`)?
 */
function signsSmallText(text: string): boolean {
  const name = NAME_BEFORE_PRINT.exec(text)?.[2]
  const body = text.slice(Math.max(0, text.length - 600))
  // A NODIS cover sheet closes with its form's `Executive Secretary`, the struck marking under it (`LUMYILAMIA`).
  if (/\bExecutive\s+Secretary\s*\n[^\n]*$/.test(body)) return false
  return name !== undefined && name.length >= 4 && !isEnglishWord(name.toLowerCase()) && tagEntry(name) === undefined && !nearMarking(name) && !NO_SIGNATURE.has(name.toLowerCase()) && (body.match(/\p{Ll}/gu)?.length ?? 0) > 4 * (body.match(/\p{Lu}/gu)?.length ?? 0)
}
/** Blocks a print puts after a telegram's text: its routing, header fields and distribution. */
const AFTER_TEXT: ReadonlySet<BlockKind> = new Set(['routing', 'field', 'caption', 'form'])
/** Does one of a paragraph's last two lines of words, its foot aside, open with a quoted text's end (`5_ END TEXT_ CHRISTOPHER`)? */
function endsQuote(raw: string, foot: { at: number }): boolean {
  const words = raw.slice(0, foot.at).trimEnd()
  // Or on the line before a name alone (`END TEXT.` / `CHRISTOPHER`).
  // Or closing a line, in brackets (`… ON THIS POINT." (END TEXT)` / `MILES`).
  return words.split('\n').slice(-2).some((line) => TEXT_ENDS.test(line.trim()) || /\(END[\s.-]{1,3}TEXT\)\W*$/i.test(line))
}

/** Does the text name `name` after a chief of mission's title on its line (`Ambassador Brownfield`, `Charge d'Affaires Smith`; not a form's `Executive Secretary` over the struck marking the OCR read, `LUMYILAMIA`)? */
function titledIn(out: BodyItem[], name: string): boolean {
  const titled = new RegExp(`\\b(?:Ambassador|AMBASSADOR|Amb\\.|AMB\\.|Charge|CHARGE|Secretary|SECRETARY)(?:\\s+d'Affaires|\\s+D'AFFAIRES)?[^\\S\\n]+(?:\\p{Lu}\\.[^\\S\\n]+)*${name}\\b`, 'u')
  return out.some((item) => item.kind === 'block' && titled.test(readingText(item.block.inlines)))
}

/**
 * A line a print puts among its routing: a caption alone (`EXDIS`), a marking, its job line (`C NrIDENTIAL PTP6978`), an addressee
 * (`TO AMEMBASSY MOSCOW IMMEDIATE`; in Washington whatever the OCR made of its precedence, `WHITEHOUSE WASHDC /MEDIATE`), its
 * control line (`2ECA6E 160145Z /38`), the end of its page header (`04/13/96 09v57 am Page: 5`), its distribution (`@INFO: D(00)`) and the offices of a desired distribution (`D, EUR/NB, EUR/RPM`).
 */
function isPrintLine(line: string): boolean {
  const text = line.trim()
  if ((CAPTIONS as readonly string[]).includes(text) || PRINT_JOB.test(text) || PRINT_CONTROL.test(text) || POEMS_TIME.test(text) || DISTRIBUTION_LINE.test(text) || OFFICES.test(text) || isClassification(text) || isAddressedLine(text)) return true
  return ((POST.test(text) || WASHINGTON.test(text)) && isAddresseeLine(text)) || WASHINGTON_ADDRESS.test(text)
}

/**
 * A block of a print's routing: each line one (`isPrintLine`), or a column of the offices a
 * print counted copies for, one a line (`OMB-01`, `NFAT-O.O`), with what the OCR kept of its
 * control and telegram numbers among them (`/027R`, `054816`); or the telegram's number above
 * the outgoing form's first row (`234299` / `SOORCE: KODAKB.021050'`).
 */
function isPrintBlock(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const counted = lines.filter((line) => OFFICE_COUNT.test(line)).length
  // Or the form's first row under the telegram's number (`234299` / `SOORCE: KODAKB.021050'`).
  const form = OUTGOING_FORM.test(lines[1] ?? '') && /^\d{4,6}$/.test(lines[0] ?? '')
  return lines.every((line, at) => isPrintLine(line) || OFFICE_COUNT.test(line) || (form && at < 2) || (counted >= 3 && counted * 2 >= lines.length && /^[/\d][/\dA-Z]{0,7}$/.test(line)))
}

/** An office and the copies a print counted for it, alone on a line (`OMB-01`, `NFAT-O.O`). */
const OFFICE_COUNT = /^[A-Z][A-Z0-9]{0,5}-[0O][0-9O.]{1,2}$/

const WASHINGTON = /\bWASH(?:DC|INGTON\s+DC)\b/
/** An addressee in Washington, in capitals: an agency, the city, what is left of a precedence (`DEPTTREAS WASHDC IMMEDIATE`, `WHITEHOUSE WASHDC /MEDIATE`). */
const WASHINGTON_ADDRESS = /^[A-Z][A-Z0-9]*(?: [A-Z][A-Z0-9]*)* WASH(?:DC|INGTON DC)(?: \/?[A-Z]{2,}| \d{1,5})*$/
/** Office symbols of a desired distribution, two at least (`D, EUR/NB, EUR/RPM, EUR/RUS`, `D, S/NIS`). */
const OFFICES = /^[A-Z]{1,4}(?:[/-][A-Z]{1,5})*(?:,\s*[A-Z]{1,4}(?:[/-][A-Z]{1,5})*)+$/

/** A TO or INFO line of addressees (`TO AMEMBASSY MOSCOW IMMEDIATE`, `INFO'SECDEF WASHDC IMMEDIATE`). */
function isAddressedLine(line: string): boolean {
  // Its separator OCR'd as a comma or an apostrophe too (`INFO'SECDEF WASHDC IMMEDIATE`).
  return /^(?:TO|INFO)(?:\s+|[,'’]\s*)[A-Z]/.test(line) && isAddresseeLine(line.replace(/^(?:TO|INFO)(?:\s+|[,'’]\s*)/, '').trim())
}

/** An outgoing telegram's form a print puts after its text (`SOURCE: KODAKC.290143`, `DRAFTED BY: EUR : MPADAIR`, `APPROVED BY:`, `S/S-O: CJHOH`, `DESIRED DISTRIBUTION:`). */
const OUTGOING_FORM = /^\W{0,2}(?:SO[UO]RCE|DRAFTED\s+BY|APPROVED\s+BY|CLEARED(?:\s+BY)?|S\/S(?:-[O0])?|DESIRED\s+DISTRIBUTION)\s*:/
/** A quoted text's end closing its last paragraph (`… AL-QADHAFI.  END TEXT.`). */
const CLOSED_AT_END = /\bEND[\s.-]{1,3}TEXT\W*$/i
/** The courtesy a diplomatic note closes with (`… avails itself of this opportunity to renew to the Government of Brazil the assurance of its highest consideration.`). */
const NOTE_CLOSES = /\bassurances?\s+of\s+(?:(?:its|his|her|my|our|the)\s+)?(?:highest|high|most\s+distinguished)\s+consideration\W*$/i
/** Teletype end marks (`BT`, `NNNN`, a received copy's `NNN`) and a database print's `End Cable Text`, never a signature. */
const END_MARK = /^(?:BT|NNNN?|#\d+|END\s+CABLE\s+TEXT)$/i
const SALUTE = /^(?:Dear|My dear|Excellency|Your Excellency|Mr\.|Mrs\.|Madam|Sir)\b.{0,80}[:,]$/
const CLOSER = /(?:regards|sincerely|respectfully|yours|faithfully|wishes)\s*,?$/i
const TERMINAL = /[.:?!"')\]]$/

/** Plain reading text of inline content (deleted text included, artefacts excluded). */
export function readingText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.value : inline.kind === 'lb' ? '\n' : '')).join('')
}

/** Give every draft block its kind; join paragraphs split by page breaks. */
export function structure(items: Array<DraftBlock | Milestone>): BodyItem[] {
  const out: BodyItem[] = []
  let inHeader = true
  let inLetter = false
  let afterCloser = false
  let afterSubject = false
  let noteClosed = false
  for (const item of items) {
    if ('kind' in item) {
      out.push(item)
      continue
    }
    for (const draft of splitJoinedLine(item).flatMap(splitFields)) {
      const text = readingText(draft.inlines).trim()
      if (noteClosed && PARAGRAPH_NUMBER.test(text)) inLetter = noteClosed = false
      const block = classify(draft, text, { inHeader, inLetter, afterCloser, afterSubject })
      if (block.kind === 'salute' || (block.kind === 'p' && (block.name !== undefined || isProse(text) || (afterSubject && isCapitalsProse(text))))) inHeader = false
      afterSubject ||= block.kind === 'field' && block.name === 'subject'
      if (block.kind === 'p' && LETTER_OPENS.test(text)) {
        out.push({ kind: 'block', block })
        inLetter = true
        continue
      }
      if (block.kind === 'trailer') inLetter = false
      afterCloser = block.kind === 'closer'
      if (!joinContinuation(out, block)) out.push({ kind: 'block', block })
      if (block.kind === 'trailer') splitTrailingSignature(out)
      // A quoted text closed at its last paragraph's end (`… AL-QADHAFI.  END TEXT.`): what follows is the telegram's again.
      else if (inLetter && CLOSED_AT_END.test(text)) inLetter = false
      // A diplomatic note closed by its courtesy, where no END TEXT was typed: its signature may follow, a numbered paragraph is the telegram's.
      noteClosed = inLetter && (noteClosed || NOTE_CLOSES.test(text))
    }
  }
  markTelegramSignature(out, out.length)
  return out
}

/** Prose, not a header line: long enough and not all capitals. */
function isProse(text: string): boolean {
  return text.length >= 40 && text !== text.toUpperCase()
}

/**
 * A telegram's sentences in capitals, not a header line: five words or more ending as a sentence
 * does (`THE AMBASSADOR MET GROMYKO TODAY.`), or lines holding two sentences' ends at least where a
 * page break cut the last one (`… IN THE REGION. RECOGNIZING THE` / `[Page 3]`). Sought only after
 * the subject: a text whose paragraphs bear no number opens so.
 */
function isCapitalsProse(text: string): boolean {
  if (text !== text.toUpperCase() || text.split(/\s+/).length < 5) return false
  return /[.?!]['"’”)]?$/.test(text) || (text.split('\n').length >= 3 && (text.match(SENTENCE_END) ?? []).length >= 2)
}

/** A sentence's end inside a line, the next one opening after it: `… IN THE REGION. RECOGNIZING …` (a word of two letters at least, not an initial's point). */
const SENTENCE_END = /[A-Z]{2}[.?!]['"’”)]?\s+[A-Z]/g

interface State {
  inHeader: boolean
  inLetter: boolean
  afterCloser: boolean
  afterSubject: boolean
}

function classify(draft: DraftBlock, text: string, state: State): Block {
  const base = { inlines: draft.inlines, line: draft.line, inLetter: state.inLetter }
  const make = (kind: BlockKind, name?: string): Block => (name === undefined ? { kind, ...base } : { kind, name, ...base })
  if (LETTER_CLOSES.test(text) || QUOTE_CLOSES.test(text)) return { ...make('trailer'), inLetter: false }
  const field = fieldName(text)
  if (field && !state.inLetter) return make('field', field)
  if (DRAFTING_ROW.test(text) && !state.inLetter) return make('form')
  const numbered = PARAGRAPH_NUMBER.exec(text)
  if (numbered && !state.inLetter) return make('p', numbered[1])
  if (state.inLetter) {
    if (SALUTE.test(text)) return make('salute')
    if (text.length < 80 && CLOSER.test(text)) return make('closer')
    if (state.afterCloser && text.split(/\s+/).length <= 6 && !TERMINAL.test(text)) return make('signed')
    return make('p')
  }
  // A precedence line or a sender's line opens the routing block wherever the print put it (after the body, too).
  // And a print's distribution, under what is left of a page header (`TOKYO 01089 00 OF 03 270946Z'` / `@INFO: CIAE(00) …`).
  // And a TO or INFO line of addressees, which a print may put after the text (`TO AMEMBASSY MOSCOW IMMEDIATE`).
  const first = text.split('\n', 1)[0] ?? ''
  if (PRECEDENCE_LINE.test(text) || isSenderLine(first) || isAddressedLine(first) || text.split('\n', 3).some((line) => DISTRIBUTION_LINE.test(line))) return make('routing')
  if (state.inHeader) {
    if (draft.multiline && /\t/.test(text)) return make('form')
    if (CAPTION_LINE.test(text)) return make('caption')
    if (state.afterSubject && isCapitalsProse(text)) return make('p')
    if (ROUTING.some((pattern) => pattern.test(text))) return make('routing')
    if (text === text.toUpperCase() && /[A-Z]/.test(text)) return make('routing')
  }
  return make('p')
}

/**
 * A telegram whose publisher joined its lines into one, two spaces or more where a paragraph or
 * a header line ended (a corpus of cable bodies a line each: `C O N F I D E N T I A L BAGHDAD
 * 1907  E.O. 12356: DECL:OADR TAGS: PREL, IZ SUBJECT: …  1. (U) AS REPORTED …  NEWTON`): a
 * block from each numbered paragraph, each header field that opens after such a gap, the
 * telegram line before the first gap and the name after the last, as if the lines were there,
 * with no line break added. Only a line longer than any a typist or a printer made, holding
 * such a gap before a numbered paragraph or a field: two spaces after a sentence's full stop
 * (`… RECEIVED.  WE SHOULD …`) cut nothing.
 */
function splitJoinedLine(draft: DraftBlock): DraftBlock[] {
  if (draft.inlines.some((inline) => inline.kind === 'lb') || draft.inlines.reduce((length, inline) => length + (inline.kind === 'text' ? inline.value.length : 0), 0) < JOINED_LINE) return [draft]
  const text = readingText(draft.inlines)
  const cuts = [...text.matchAll(JOINED_CUT)].map((m) => m.index + m[0].length)
  if (cuts.length === 0) return [draft]
  const first = /\S[^\S\n]{2,}/.exec(text)
  if (first && telegramLine(text.slice(0, first.index + 1).trim())?.classification !== undefined) cuts.unshift(first.index + first[0].length)
  const signed = JOINED_SIGNATURE.exec(text)
  if (signed) cuts.push(signed.index + (signed[1]?.length ?? 0))
  const parts: DraftBlock[] = []
  let rest = draft
  let done = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    const [head, tail] = splitInlines(rest.inlines, textIndex(rest.inlines, cut - done))
    if (readingText(head).trim() !== '') parts.push({ ...rest, inlines: head })
    rest = { ...rest, inlines: tail }
    done = cut
  }
  return [...parts, rest]
}

/** A line longer than a typed or printed one (a Cablegate paragraph stored as a line is one too, but holds no gap before a paragraph number). */
const JOINED_LINE = 400
/** Two spaces or more before a numbered paragraph (`  2. SUMMARY:`) or a header field (`  E.O. 12356:`, `  REF: STATE 323960`). */
const JOINED_CUT = /(?<=\S)[^\S\n]{2,}(?=\d{1,2}\.[^\S\n]+\S|(?:E\.\s?O\.|TAGS:|SUBJECT:|SUBJ:|REFS?:)\s)/g
/** The name after the last gap, at the line's end (`… PREVAIL.  END TEXT.  NEWTON `): its group, the gap. */
const JOINED_SIGNATURE = /(?<=\S)([^\S\n]{2,})[A-Z][A-Z'-]{2,}\s*$/

/** `E.O. 12958: DECL: 10/31/07 TAGS: PREL, AM`: one line, two fields, two blocks (`TAGS: PREL, PGOV SUBJECT: …` / its second line, too). */
function splitFields(draft: DraftBlock): DraftBlock[] {
  const text = readingText(draft.inlines)
  if (!fieldName(text) || draft.inlines.some((inline) => inline.kind !== 'text' && inline.kind !== 'artefact' && inline.kind !== 'lb')) return [draft]
  const parts: DraftBlock[] = []
  let rest = draft
  for (;;) {
    const restText = readingText(rest.inlines)
    const match = FIELD_SPLIT.exec(restText)
    // A label alone is no field to cut off (`SUBJECT: SUBJECT: …` is one subject).
    if (!match || !/\S\s+\S/.test(restText.slice(0, match.index).trim())) break
    // The match is an index into the reading text, where a line break is a character.
    const [head, tail] = splitInlines(rest.inlines, textIndex(rest.inlines, match.index))
    parts.push({ ...rest, inlines: head })
    // The rest begins on the line the cut is on; cut at a line's start (`REF: STATE 40380` / `(SBU) Poloff …`), on the next, as a block does.
    const line = rest.line + head.filter((inline) => inline.kind === 'lb').length
    rest = tail[0]?.kind === 'lb' ? { ...rest, inlines: tail.slice(1), line: line + 1 } : { ...rest, inlines: tail, line }
  }
  parts.push(rest)
  return parts
}

/** An index into `readingText` as `splitInlines` counts (text only: a line break is no character there). */
export function textIndex(inlines: Inline[], index: number): number {
  let seen = 0
  let breaks = 0
  for (const inline of inlines) {
    if (seen >= index) break
    if (inline.kind === 'text') seen += inline.value.length
    else if (inline.kind === 'lb') {
      seen++
      breaks++
    }
  }
  return index - breaks
}

/** Split inline content at a reading-text index; whitespace at the cut stays with the first part. */
export function splitInlines(inlines: Inline[], index: number): [Inline[], Inline[]] {
  const head: Inline[] = []
  const tail: Inline[] = []
  let seen = 0
  for (const inline of inlines) {
    if (inline.kind !== 'text') {
      ;(seen < index ? head : tail).push(inline)
      continue
    }
    const cut = index - seen
    if (cut >= inline.value.length) head.push(inline)
    else if (cut <= 0) tail.push(inline)
    else {
      const ws = /^\s*/.exec(inline.value.slice(cut))?.[0].length ?? 0
      head.push({ ...inline, value: inline.value.slice(0, cut + ws) })
      tail.push({ ...inline, value: inline.value.slice(cut + ws), offset: inline.offset + cut + ws })
    }
    seen += inline.value.length
  }
  return [head, tail]
}

/**
 * A paragraph that ends without closing punctuation and is followed, across page
 * furniture, by an unnumbered paragraph, is one paragraph broken by the page: join them,
 * moving the page break and furniture inside it.
 */
function joinContinuation(out: BodyItem[], block: Block): boolean {
  if (block.kind !== 'p' || block.name !== undefined) return false
  let i = out.length - 1
  const between: Milestone[] = []
  while (i >= 0) {
    const item = out[i]
    if (item === undefined || item.kind === 'block') break
    between.unshift(item)
    i--
  }
  const previous = out[i]
  if (between.length === 0 || previous?.kind !== 'block' || previous.block.kind !== 'p') return false
  if (TERMINAL.test(readingText(previous.block.inlines).trim())) return false
  const at = between[0]?.kind === 'fw' ? between[0].furniture.offset : (between[0]?.offset ?? 0)
  // The line break before the page's furniture, unless the furniture stood inside the line the paragraph goes on in (Cablegate's page line where a publisher joined the lines).
  const last = [...previous.block.inlines].reverse().find((inline) => inline.kind === 'text')
  const furniture = between.find((item) => item.kind === 'fw')
  const inLine = furniture?.kind === 'fw' && furniture.furniture.line === block.line && last?.kind === 'text' && last.offset + last.value.length === at
  previous.block.inlines.push(...(inLine ? [] : [{ kind: 'text' as const, value: '\n', offset: at, deleted: false }]), ...between, ...block.inlines)
  out.length = i + 1
  return true
}

/**
 * `End Text. ALBRIGHT`, `UNQUOTE CHRISTOPHER`: the name after the end of a letter or of a
 * quoted telegram is the telegram's signature. Before `UNQUOTE`, the quoted telegram's own
 * end may carry its signature too.
 */
function splitTrailingSignature(out: BodyItem[]): void {
  const last = out[out.length - 1]
  if (last?.kind !== 'block') return
  const trailer = out.length - 1
  const text = readingText(last.block.inlines)
  // Also as a numbered paragraph of its own (`13. (U) END TEXT.` / `CHRISTOPHER`).
  // And with what a print has at the foot after the name (`10. END TEXT.` / `TARNOFF` / `-isc-c-Rp`, `ALBRIGHT` / `1.4(B)` / `1.4(D)`).
  let foot = footOf(text)
  let match = SIGNED_END.exec(text.slice(0, foot.at))
  // One word in capitals, no English one, under the name is what the OCR made of the struck marking (`CHRISTOPHER` / `CDCIZET`).
  const below = /\n[^\S\n]*([A-Z]{4,10})\s*$/.exec(text.slice(0, foot.at))
  if (!match && below?.[1] && !isEnglishWord(below[1].toLowerCase())) {
    const retried = SIGNED_END.exec(text.slice(0, below.index))
    if (retried) [match, foot] = [retried, { at: below.index, print: foot.print }]
  }
  if (QUOTE_CLOSES.test(text.trim())) markTelegramSignature(out, trailer)
  if (!match || match[2] === undefined || match[2] !== match[2].toUpperCase()) return
  const inlines = last.block.inlines
  const [head, tail] = splitInlines(inlines, textIndex(inlines, (match[1] ?? '').trimEnd().length))
  last.block.inlines = head
  pushSignature(out, out.length, tail, foot.at - readingText(head).length, last.block.line)
}

/** The signature `tail` begins, a block of its own at `at`, and what stands after its first `length` characters, a paragraph after it. */
function pushSignature(out: BodyItem[], at: number, tail: Inline[], length: number, line: number): void {
  const [name, after] = splitInlines(tail, textIndex(tail, length))
  out.splice(at, 0, { kind: 'block', block: { kind: 'signed', inlines: name, line, inLetter: false } })
  if (readingText(after).trim() !== '') out.splice(at + 1, 0, { kind: 'block', block: { kind: 'p', inlines: after, line, inLetter: false } })
  else name.push(...after)
}

/**
 * Where the lines after a telegram's signature begin among the last lines of its paragraph
 * (the text's length when there are none), and whether a print's job line is among them: what
 * a print or the release put there, never a word of the text.
 */
function footOf(text: string): { at: number; print: boolean } {
  const lines: Array<{ start: number; line: string }> = []
  let end = text.length
  while (lines.length < FOOT_LINES) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    if (text.length - start > FOOT_CHARS) break
    lines.push({ start, line: text.slice(start, end).trim() })
    if (start === 0) break
    end = start - 1
  }
  let at = text.length
  let print = false
  // Where a publisher lowered the text, a word in small letters is text (`Best, Jeff` / `clinton`), no junk.
  const lowered = (text.match(/\p{Ll}/gu)?.length ?? 0) > (text.match(/\p{Lu}/gu)?.length ?? 0)
  // Nothing after a teletype's end of message (`NNNN`) is the telegram's: a SMART print's trailer the OCR misread there (`Io nature` / `JACOBSON`, its `Signature:`) is foot.
  const ended = lines.findIndex(({ line }) => /^N{4}$/.test(line))
  for (const [index, { start, line }] of lines.entries()) {
    if (line === '') continue
    // A database print's redaction is after its end marks (`NNNN` / `End Cable Text` / `XXXXXXXXXXXX`).
    const redaction = /^X{4,}$/i.test(line) && END_MARK.test(lines.slice(index + 1).find((l) => l.line !== '')?.line ?? '')
    // Three capitals under a name in capitals are what the OCR made of the struck marking under the signature (`TALBOTT` / `NTT`), and so
    // is a word of capitals that is no English word, on the text's last line (`TARNOFF` / `CECUT`).
    const struck = /^[A-Z]{3}$/.test(line) || (index === 0 && /^[A-Z]{4,10}$/.test(line) && !isEnglishWord(line.toLowerCase()))
    const above = struck ? (lines.slice(index + 1).find((next) => next.line !== '')?.line ?? '') : ''
    // (Not under a publisher's redaction: `XXXXXXXXXXXX` / `PURNELL` is the name.)
    const stray = /^[A-Z][A-Z'-]{3,}$/.test(above) && !/^X+$/.test(above)
    if (index > ended && !redaction && !stray && (!isFootLine(line) || (lowered && /^\p{Ll}{3,}$/u.test(line)))) break
    print ||= PRINT_JOB.test(line)
    at = start === 0 ? 0 : start - 1
  }
  return { at, print }
}

/** Lines and characters at the end of a paragraph that its foot is sought in. */
const FOOT_LINES = 10
const FOOT_CHARS = 400
/** A print's job line, with the banner the print put before it (`PTP8421`, `C NrIDENTIAL PTP8421`), a sign the OCR put inside its number too (`SONLIPBNTIXI7-77i PTP297-6,`). */
const PRINT_JOB = /^.{0,24}\bPTP(?:\d{3,5}|\d{2,4}[-.]\d{1,2})\b\W*$/
/** Withholding codes the release put by a passage (`1.4(B)`, `B1`, `1.4(D) B1`). */
const WITHHELD_CODES = /^(?:(?:\d\.\d\s*\(\s*[A-H]\s*\)|B\d)[\s,;]*)+$/i

/**
 * What a print or a release puts after a telegram's signature: a stray mark (`>`, `...`), a
 * print's job line or the end of its page header (`04/18/96 10:03 am Page: 5`), a form's `INCOMING`, its distribution (`8INFO: C (01) …`), teletype end marks, withholding codes, the note of a copy
 * `NOT PASSED TO ABOVE ADDRESSEE(S)`, a caption (`EXDIS`), a page stamp the OCR broke, a database print's
 * `From DB/Inbox:` line, the classification at the foot, mangled (`CONF1DhNiii-u,`) or cut to
 * its end (`NTIAL`), and that classification struck through on release and read as junk
 * (`-stieRFg-`, `CECRrir`, `OF 2`: a short line with small letters, digits or signs, and no
 * English word nor name).
 */
function isFootLine(line: string): boolean {
  if (/^(?:[<>]|\.{3}|…)$/.test(line) || PRINT_JOB.test(line) || POEMS_TIME.test(line) || END_MARK.test(line) || WITHHELD_CODES.test(line) || (CAPTIONS as readonly string[]).includes(line)) return true
  if (/^NOTE\s*:\s*NOT\s+PASSED\b/i.test(line) || /Depart(?:m|rn)ent\s*of\s*State\s*Case\s*No/i.test(line) || isClassification(line)) return true
  if (/^\S.*\bFrom\s+DB\/Inbox:/.test(line) || CHANNEL_FOOT.test(line)) return true
  // Junk holds no word and no name (`3. Koenig`, `VIALBOTT`).
  const named = line.split(/\s+/).some((word) => /^[A-Z][A-Z'-]{2,}$/.test(word) || (CAPITALISED_NAME.test(word) && !isEnglishWord(word.toLowerCase())))
  // A marking the OCR mangled: its first letters, then small letters or digits among them (`CONF1DhNiii-u,`, `CONrIDENTLAT`),
  // or its core in a line's first word, the print's caption and number after it (`rnmFIDENTIAL  EXDIS ATHENS 02176 .`); a print's page header (`PAGE 01 BUDAPE' 10578 072116Z`).
  if (line.length <= 24 && /^\W*(?:CON|SEC|UNC)[A-Za-z]*[a-z\d]/.test(line)) return true
  if (line.length <= 48 && /^\S*(?:FIDENTIAL|NFIDEN|ECRET\b)/i.test(line) && /[a-z\d]/.test(line.split(/\s/, 1)[0] ?? '')) return true
  if ((/^\W{0,2}PAGE\s+\d{2}\b/.test(line) && line.length <= 48) || FORM_WORD.test(line)) return true
  // A marking whose end the OCR mangled in capitals (`CONFIDENTM`).
  if (/^(?:CONFID|UNCLASS|SECRE)[A-Z]{0,8}$/.test(line)) return true
  // A POEMS print's distribution run into the paragraph above its routing (`8INFO: C (01) CMS (01) …`, `161705L MAR 00 GKH (TOTAL COPIES: 012)`).
  if (DISTRIBUTION_LINE.test(line.replace(/[\s'.,`]+$/, '')) || /^\S?INFO\s*:/.test(line) || /\(TOTAL\s+COPIES\s*:\s*\d+\)$/.test(line)) return true
  // What the OCR kept of the marking: its last letters (`NTIAL`), a letter or two.
  const letters = line.replace(/[^A-Z]/g, '')
  // Capitals without a vowel are no name (`CCCRDT`, the struck marking under `TALBOTT`; a drafter's initials, `TPV`).
  if (/^[B-DF-HJ-NP-TV-XZ]{3,10}$/.test(line) && !END_MARK.test(line)) return true
  if ((letters.length >= 3 && letters === line.replace(/\s/g, '') && MARKING_WORDS.some((word) => word.includes(letters) || (letters.length >= 4 && lessOneLetter(word).some((less) => less.includes(letters))))) || /^[A-Z]{1,2}$/.test(line)) return true
  return isStruckFoot(line) || (line.length <= 24 && !named && /[^A-Z\s]/.test(line) && !(line.match(/\p{L}{4,}/gu) ?? []).some((word) => isEnglishWord(word.toLowerCase())))
}

/** The channel and number a print of an official-informal telegram repeats at each page's foot (`NODIS OFFICIAL INFORMAL . MUSCAT-01094`, `OFFICIAL INFORMAL SECSTATE 29851 Page 3 of 3`). */
const CHANNEL_FOOT = /^(?:(?:CONFIDENTIAL|SECRET|NODIS|EXDIS|LIMDIS)\s+)*OFFICIAL[\s-]INFORMAL[\s.]+[A-Z]+[\s-]0*\d{2,6}(?:\s+Page\s+\d+\s+of\s+\d+)?$/i

/** The passing instructions under a print's routing, a line each (`STATE FOR D AND AF`, `STATE PASS USAID FOR AFR/SA`, `SECDEF,FOR OSD ISA/AF - DAS MCCONNELL`). */
function isPassingBlock(text: string): boolean {
  return text.split('\n').every((line) => /^[A-Z][A-Z/.]*(?:\s+(?:PASS|ALSO)\s+[A-Z/]+)?[\s,]+FOR\s+\S/.test(line.trim()))
}

/** A word with one of its letters left out, each way (`CONFID` gives `ONFID`, `CNFID`, …): what the OCR may keep of it. */
function lessOneLetter(word: string): string[] {
  return [...word].map((_, i) => word.slice(0, i) + word.slice(i + 1))
}

/** Classification markings, whose ends a print's foot may keep. */
const MARKING_WORDS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'LIMITED OFFICIAL USE'.replace(/ /g, '')]

/**
 * A telegram's classification at its foot, struck through on release and OCR'd as a short run
 * of letters with a digit or sign (`-isc-c-Rp`, `isEekrr-`, `PATES 0'`): after the signature,
 * never it. A name is none (`Smith-Jones`, `O'Brien`), nor a line that holds one (`3. Koenig`).
 */
function isStruckFoot(text: string): boolean {
  const named = text.split(/\s+/).some((word) => CAPITALISED_NAME.test(word) && !isEnglishWord(word.toLowerCase()))
  // Not a name with a stray mark on the line under it (`HOOKS` / `>`).
  return text.length <= 10 && /\d|[-<>~!*_=|\\/{}()[\]]|^'|'$/.test(text) && !named && !text.split('\n').some((line) => isLoneName(line.trim())) && !/^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(text)
}

/**
 * A name alone: in capitals (`BUNKER`, `MURRAY .`), or capitalised (`Brownfield`, `LeBaron`,
 * `Wood`: many surnames are English words too), but for the words a text closes or a section
 * opens with (`Comment`, `Thanks`).
 */
function isLoneName(text: string): boolean {
  return (SIGNATURE.test(text) || CAPITALISED_NAME.test(text)) && !NO_SIGNATURE.has(text.toLowerCase())
}

/** Words alone at a text's end that name nobody (and `OADR`, of a declassification line; a caption, `EXDIS`, a print may put among its distribution). */
const NO_SIGNATURE = new Set([...CAPTIONS.map((caption) => caption.toLowerCase()), 'comment', 'comments', 'summary', 'note', 'end', 'ends', 'endit', 'quote', 'unquote', 'text', 'thanks', 'thank', 'regards', 'cheers', 'best', 'sincerely', 'signed', 'sipdis', 'noforn', 'unclassified', 'confidential', 'secret', 'classified', 'sensitive', 'declassified', 'attachment', 'attachments', 'enclosure', 'enclosures', 'continued', 'none', 'action', 'info', 'drafted', 'cleared', 'approved', 'released', 'background', 'conclusion', 'recommendation', 'oadr', 'form', 'signature'])

/** A lowered surname alone in its block (`jones`) after a block that ends with a post's closing mark (`http://www.state.sgov.gov/p/nea/kuwait/`). */
function loweredAfterMark(out: readonly BodyItem[], at: number, text: string): boolean {
  if (!/^[a-z][a-z'-]{2,}$/.test(text) || NO_SIGNATURE.has(text)) return false
  for (let i = at - 1; i >= 0; i--) {
    const before = out[i]
    if (before?.kind === 'block') return LOWERED_NAME_AFTER_MARK.test(`${readingText(before.block.inlines).trimEnd()}\n${text}`)
  }
  return false
}

/** A name Cablegate printed twice (`SIBERELL SIBERELL`, `Huntsman` / `huntsman`): the repeat marks it a signature, an English word too. */
function isTwiceName(text: string): boolean {
  const name = doubledName(text)
  return name !== undefined && (SIGNATURE.test(name) || CAPITALISED_NAME.test(name))
}

/**
 * The signature of a telegram (or of the telegram a repeat quotes), in its last text block
 * before `end` (teletype end marks aside): the block itself when it is a lone name in
 * capitals (`BUNKER`, `YY`), or a name after the last sentence of the last paragraph
 * (`… tel. 202-647-4581. CHRISTOPHER`), which becomes a block of its own.
 */
function markTelegramSignature(out: BodyItem[], end: number): void {
  let footSeen = false
  let skipped = false
  let routingAfter = false
  for (let i = end - 1; i >= 0; i--) {
    const item = out[i]
    if (item?.kind !== 'block') continue
    const text = readingText(item.block.inlines).trim()
    // Teletype end marks, and a line of no letters at all (a stray `>` of the print), stand after the signature; so does the OCR's
    // reading of a scan's smudges, no line a name and no run of four letters (`- 7 ,04 r ,„ A 1-.1•4:?.`, `- "I MTV,. .7=C:`).
    if (END_MARK.test(text) || !/\p{L}/u.test(text) || (!/\p{L}{4}/u.test(text) && !text.split('\n').some((line) => isLoneName(line.trim())))) continue
    // The signature split from a trailer (`10. (U) END TEXT.,----=-7-=` / `ALBRIGHT`), and the foot the print put under it (`SE`).
    if (item.block.kind === 'signed') return
    const before = out[i - 1]
    // (And a word in capitals right under a signature: the struck marking the OCR read, `CHRISTOPHER` / `CDCIZET`.)
    if (before?.kind === 'block' && before.block.kind === 'signed' && (text.split('\n').every((line) => isFootLine(line.trim())) || /^[A-Z]{4,10}$/.test(text))) continue
    if (!footSeen && isStruckFoot(text)) {
      footSeen = true
      continue
    }
    // A print's routing after the text (a POEMS print: the distribution, `FM`/`TO`, the telegram line, E.O. and TAGS), the signature before it.
    if ((AFTER_TEXT.has(item.block.kind) || OUTGOING_FORM.test(text) || isPrintBlock(text) || isPassingBlock(text)) && !item.block.inLetter) {
      skipped = true
      // The telegram line the last page repeats at its foot (`LOAFI D E N T I A L SEOUL 00658`) is the print's, as its routing is; so is a SMART print's trailer (`Dissemination Rule: Archive Copy`).
      routingAfter ||= item.block.kind === 'routing' || (item.block.kind === 'field' && ((item.block.name === 'telegram' && text.split('\n').length <= 2) || item.block.name === 'drafting'))
      continue
    }
    const inlines = item.block.inlines
    const raw = readingText(inlines)
    // What stands on lines after the name stays after the signature (`MCDONALD` / `>`, `CLINTON` / `NNNN` / `End Cable Text` / `XXXXXXXXXXXX`, `KAUZLARICH` / `-8FteRe'r-`: `footOf`).
    const foot = footOf(raw)
    // A quoted text's end the OCR ran into the paragraph before it (`10. (U) THE CALL ENDED …` / `5_ END TEXT_ CHRISTOPHER`) closes it there.
    const quoteClosed = item.block.inLetter && endsQuote(raw, foot)
    if (item.block.kind !== 'p' || (item.block.inLetter && !quoteClosed) || (skipped && !routingAfter)) return
    // A name alone signs a text before it: a file of one word (`It`) is that text.
    const textBefore = out.slice(0, i).some((before) => before.kind === 'block')
    if ((isLoneName(text) || isTwiceName(text) || loweredAfterMark(out, i, text)) && textBefore) {
      item.block.kind = 'signed'
      delete item.block.name
      return
    }
    // In capitals (`… MEETING. STOESSEL`, `END COMMENT` / `DELL`, typed with a stray full stop before it: `… restructuring. .FARRAR`), or capitalised on a line of its own where a publisher lowered the text (`… xxxxx.` / `Camp`, `McMullen`).
    // Cablegate's posts closed with a line of their own pointing to their website (`Visit London's Classified Website: http://…`), the name on the line after it.
    // A name printed twice (`… End Comment.` / `SIBERELL SIBERELL`) is read at its first print; the signature keeps both.
    // (Sought in the block's last characters: a name is short, and a block may be one long run of letters.)
    const signed = raw.slice(0, foot.at)
    // A name alone above its foot (`ALBRIGHT` / `•` / `..: 0: 1'`).
    if (foot.at < raw.length && textBefore && (isLoneName(signed.trim()) || isTwiceName(signed.trim())) && !NO_SIGNATURE.has(signed.trim().toLowerCase())) {
      const [name, after] = splitInlines(inlines, textIndex(inlines, signed.length))
      item.block.inlines = name
      item.block.kind = 'signed'
      delete item.block.name
      out.splice(i + 1, 0, { kind: 'block', block: { kind: 'p', inlines: after, line: item.block.line, inLetter: false } })
      return
    }
    const window = signed.length - Math.min(signed.length, 120)
    const repeat = /(\S+)\s+(\S+)\s*$/.exec(signed.slice(window))
    const scanned = repeat?.[1] && repeat[1].toLowerCase() === repeat[2]?.toLowerCase() ? signed.slice(0, window + repeat.index + repeat[1].length) : signed
    const match = NAME_AFTER_SENTENCE.exec(scanned)
    // Capitalised after the last sentence on its line, where a publisher lowered the text (`… a single vacation. Randt`): a name, not a word opening a sentence (`… report. Later`) nor a form's label after a stray mark (`READ - . ExecSec`).
    const sameLine = match ? undefined : NAME_ON_SENTENCE_LINE.exec(scanned)
    // Before a print's job line, a name alone on its line ends the text whatever the line before it (`UKRAINIAN NOTETAKER` / `MILLER` / `PTP6584`).
    // So does a surname in capitals under a paragraph in small letters, where the text was cut before its last full stop (`… push ahead` / `GOLDBERG`).
    // And the name of a chief of mission or a Secretary the text names so (`SECRETARY ALBRIGHT`), alone on the last line under a sentence the scan cut (`… ABM/TMD AND START` / `ALBRIGHT`).
    const last = NAME_BEFORE_PRINT.exec(scanned)
    const printed = match || sameLine || !last?.[2] || !(foot.print || signsSmallText(scanned) || titledIn(out, last[2])) ? undefined : last
    const lowered = match || sameLine || printed ? undefined : LOWERED_NAME_AFTER_MARK.exec(scanned)
    const website = match || sameLine || printed || lowered ? undefined : NAME_AFTER_WEBSITE.exec(scanned)
    // An English word there opens a sentence (`… report. Later`), unless the text names a chief of mission so (`… end of May. Brownfield`, `Ambassador Brownfield`).
    const onLine = sameLine?.[2] && (!isEnglishWord(sameLine[2].toLowerCase()) || titledIn(out, sameLine[2])) ? sameLine[2] : undefined
    const name = [match?.[2], match?.[3], onLine, printed?.[2], lowered?.[2], website?.[2]].find((word) => word !== undefined && !NO_SIGNATURE.has(word.toLowerCase()))
    const at = match ?? sameLine ?? printed ?? lowered ?? website
    // A page break inside the paragraph (Cablegate's `STATE 00004108 003 OF 003`) stays before the name; the signature itself is text.
    if (!at || !name || END_MARK.test(name)) return
    const [head, tail] = splitInlines(inlines, textIndex(inlines, at.index + (at[1]?.length ?? 1)))
    // A name on the line after the last sentence (`… MEETING.` / `STOESSEL`): the line break ends the paragraph's line.
    // (And the spaces before it: `… trouble. -` / `DAVIS`.)
    while (tail[0]?.kind === 'lb' || (tail[0]?.kind === 'text' && tail[0].value.trim() === '' && tail[1]?.kind === 'lb')) {
      const lineBreak = tail.shift()
      if (lineBreak) head.push(lineBreak)
    }
    item.block.inlines = head
    pushSignature(out, i + 1, tail, signed.length - readingText(head).length, item.block.line)
    return
  }
}

import { isEnglishWord } from '../suspects/lexicon.ts'
import { CHANNEL_SUBJECT, subjectRun } from '../vocabulary/blocks.ts'
import { BANNER_CAPTIONS } from '../vocabulary/classifications.ts'
import { POST_PLACES } from '../vocabulary/posts.ts'
import { TAGS } from '../vocabulary/tags.ts'
import { NAMED_FORMS } from '../vocabulary/telegrams.ts'
import { subjectValue } from './facts.ts'
import { kindHeading, openingLines, SALUTATION } from './kind.ts'
import type { TextBlock } from './lemma.ts'

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with'])
/**
 * Names of three or four letters that are places or months, not codes (`IRAN`, `CUBA`, `RIGA`,
 * the `RIO` of `RIO DE JANEIRO`, `FEB`): the words of the TAGS countries' names and of the
 * posts' places, and the months as telegrams abbreviate them.
 */
const SHORT_NAMES: ReadonlySet<string> = new Set([
  ...[...TAGS.filter((tag) => tag.kind === 'country').map((tag) => tag.name), ...POST_PLACES]
    .flatMap((name) => name.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length === 3 || word.length === 4),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  // A continent that no country or post is named for.
  'asia'
])
const NO_NAMES: ReadonlySet<string> = new Set()

/**
 * The short words a text writes as codes, in capitals between words in small letters (`the ROK
 * government`), and as names, capitalised inside a sentence (`… Vice Premier Wu Yi
 * intervened …`, `Zuma`, after a title: `Dr. Gao`, the part after a name's hyphen: `Shui-bian`), in small letters: a subject in capitals names
 * them (`WU YI`, `ZUMA`) as it names codes (`DPRK`, and `UNODC` after its name in full); the text tells them apart. A word opening a
 * sentence proves nothing and is not counted.
 */
function shortWordsIn(lemma: readonly TextBlock[]): { names: ReadonlySet<string>; codes: Set<string> } {
  const names = new Set<string>()
  const codes = new Set<string>()
  // (The space looked back over is bounded: each place in a run of it looked back over the whole run.)
  for (const block of lemma) {
    if (block.kind !== 'p') continue
    for (const m of block.text.matchAll(/(?<=(?:[\p{Ll},;]|\b(?:Dr|Mr|Mrs|Ms|Gen|Amb)\.)\s{1,40}(?:\p{Lu}\p{Ll}+\s{1,40})?)\p{Lu}\p{Ll}{1,3}\b/gu)) names.add(m[0].toLowerCase())
    // The part of a name after its hyphen, in small letters (`Chen Shui-bian`), is a name too.
    for (const m of block.text.matchAll(/(?<=\b\p{Lu}\p{Ll}{1,20}-)\p{Ll}{1,4}\b/gu)) names.add(m[0])
    for (const m of block.text.matchAll(/(?<=\p{Ll}{2}\s{1,40})\p{Lu}{2,4}\b(?!['’]?\p{Ll})(?=\s+\p{Ll})/gu)) codes.add(m[0].toLowerCase())
    // A long code spelt out before it, in brackets (`the UN Office of Drugs and Crime (UNODC)`), is one; short ones are codes anyway, and initials in brackets may be a person's (`(AT)`).
    for (const m of block.text.matchAll(/(?<=\p{Ll}\s{1,40}\()\p{Lu}{5,6}(?=\))/gu)) if (!isEnglishWord(m[0].toLowerCase())) codes.add(m[0].toLowerCase())
  }
  return { names, codes }
}

/** Titles abbreviated before a name (`DR.`, `AMB.`, `LT. GEN.`), which are no codes. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'lt', 'amb', 'gen', 'col', 'maj', 'capt', 'adm', 'sgt', 'sen', 'rep', 'gov', 'prof', 'rev', 'fr', 'hon', 'pres'])
/**
 * A person's title right before a word (`FOREIGN MINISTER PHIL GOFF`, `FM KONO`, `PRESIDENT EMIL
 * CONSTANTINESCU`, `MAYOR WANG`): a short word after it is a name, not a code, unless the text
 * writes it as one. (`DEPUTY` is left out: `DEPUTY NSA` is an office.)
 */
const PERSON_TITLE_BEFORE = /(?:\b(?:FM|FONMIN|MINISTER|PRESIDENT|PM|PREMIER|SECRETARY|AMBASSADOR|ENVOY|SIR|CHANCELLOR|SENATOR|MAYOR|GOVERNOR|KING|QUEEN|PRINCE|SHEIKH|DIRECTOR|CHAIRMAN|SPEAKER|COMMANDER|SYG)|\b(?:DR|MR|MRS|MS|AMB|GEN|SEN|GOV|PROF|REV|HON|PRES|COL|ADM|CAPT|MAJ)\.)\s+$/i

/** Two-letter words that are words, and the particles and articles of names (`DE GUCHT`, `DI TELLA`, `EL SALVADOR`, `LA PAZ`, `AL-MASRI`); any other pair of capitals is a code (`US`, `UK`, `NZ`). */
const TWO_LETTER_WORDS = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 're', 'so', 'to', 'up', 'we', 'de', 'di', 'da', 'du', 'el', 'la', 'le', 'al'])

/**
 * A title for catalogues from a SUBJECT line in capitals (OCR may have lowered a letter or
 * two): words capitalised, short function words lower-case, each part of a hyphenated name
 * capitalised, codes kept (`US`, `UAE`, `DPRK`, `NATO`: capitals of up to four letters that are
 * no English word and no place's name, `SHORT_NAMES`). A SUBJECT all in lower case (a
 * publisher lowered the whole text, as Cablegate did to some redacted cables) is title-cased too,
 * its codes then beyond telling. The SUBJECT itself stays as written in the text.
 */
export function titleCase(subject: string, names: ReadonlySet<string> = NO_NAMES, codes: ReadonlySet<string> = NO_NAMES): string {
  // A publisher's redaction (`xxxxxxxxxxxx ON IRANIAN THREATS`) says nothing of the case the subject was typed in.
  // Nor does a publisher's note in small letters (`IRAN POST-ELECTION: [Source removed] CALLS`), which stays as written.
  const typed = subject.replace(REDACTION, '').replace(PUBLISHER_NOTE, '')
  const notes = [...subject.matchAll(PUBLISHER_NOTE)].map((note) => [note.index, note.index + note[0].length] as const)
  const letters = typed.replace(/[^\p{L}]/gu, '')
  const capitals = letters.replace(/[^\p{Lu}]/gu, '')
  // A subject a publisher lowered but for a name or two starts in small letters (`turkish p.m. Erdogan goes to washington: …`): it is title-cased, its names as written.
  const lowered = /^\P{L}*\p{Ll}/u.test(typed)
  if (letters.length === 0 || (capitals.length > 0 && capitals.length < letters.length * 0.9 && !lowered)) return subject
  let start = true
  return subject
    // An apostrophe typed as an acute accent (`CHINA´S`) is one.
    .replace(/\p{L}[\p{L}'’´]*/gu, (word: string, at: number, whole: string) => {
      // Letters joined by a slash are an abbreviation as written (`A/S`, `S/P`), and so are initials (`A.Q.`).
      const joiner = (c: string | undefined): boolean => c === '/' || (c === '.' && word.length === 1)
      const joinedBefore = joiner(whole[at - 1]) && /\p{L}/u.test(whole[at - 2] ?? '')
      const joinedAfter = joiner(whole[at + word.length]) && /\p{L}/u.test(whole[at + word.length + 1] ?? '')
      // A few letters against a digit are a code's (`C-RE9-02710`, `G7`), but for an ordinal's ending (`3RD` is `3rd`); a word the OCR ran into a digit (`SECRETARY1`) is a word.
      const digitBefore = /\d/.test(whole[at - 1] ?? '')
      const ordinal = digitBefore && /^(?:st|nd|rd|th)$/i.test(word)
      const inCode = word.length <= 4 && (digitBefore || /\d/.test(whole[at + word.length] ?? ''))
      // Words joined by a slash (`OFFICIAL/INFORMAL`, `GERMANY/BAVARIA`, `TURKMENISTAN/IRAN`) are words like any other; an abbreviation's letters (`A/S`, `EUR/RUS`), and what is joined to one (`DOE/INECP`, `D/SACEUR`), are not.
      // An English word joined to an office's letters is a word too (`A/UNDERSECRETARY` is `A/Undersecretary`).
      const pairedWord = (joinedBefore || joinedAfter) && (slashGroup(whole, at).every((member) => member.length > 4 || SHORT_NAMES.has(member.toLowerCase())) || (word.length > 4 && isEnglishWord(word.toLowerCase())))
      if (((joinedBefore || joinedAfter) && !pairedWord) || (!ordinal && inCode)) {
        start = false
        // Initials a publisher lowered (`p.m. Erdogan`, `u.s.`) are capitals again; a time's (`10 a.m.`) stay small.
        const time = /\d\s*(?:\p{L}\.)*$/u.test(whole.slice(Math.max(0, at - 8), at))
        return lowered && word.length === 1 && !time && /^\p{Ll}\./u.test(whole.slice(at, at + 2)) ? word.toUpperCase() : word
      }
      if (ordinal) {
        start = false
        return word.toLowerCase()
      }
      // A publisher's redaction (`xxxxxxxxxxxx`) or note stays as it was written, and so does a name in a lowered subject (`Erdogan`, `McCain`).
      if (REDACTION_WORD.test(word) || notes.some(([from, to]) => at > from && at < to) || (lowered && /\p{Lu}/u.test(word))) {
        start = false
        return word
      }
      const lower = word.toLowerCase()
      const bare = lower.replace(/['’´]s$/, '')
      // A title before a name, with its full stop (`DR. KISSINGER`, `AMB. COLLINS`), is a word.
      const titled = whole[at + word.length] === '.' && TITLES.has(lower)
      // A short word the text writes as a name (`ZUMA` where the text has `Zuma`, `GAO`, `KIM`) is one.
      // And one the text writes in capitals among words in small letters (`the ROK government`) is a code; so is a word of five or six
      // letters, no English one, before a number of three digits or more (`UNSCR 1747`, a resolution's; not a month's day, `ANUARY 26`).
      // A caption of distribution is written as one (`NODIS`). The prefix `CO-` is a word's (`CO-SPONSOR`), not Colombia's code.
      const numbered = (): boolean => bare.length >= 5 && bare.length <= 6 && /^\s+\d{3}/.test(whole.slice(at + word.length)) && !isEnglishWord(bare)
      const code =
        !titled &&
        !names.has(bare) &&
        !(PERSON_TITLE_BEFORE.test(whole.slice(Math.max(0, at - 24), at)) && !codes.has(bare)) &&
        word === word.toUpperCase() &&
        (codes.has(bare) || numbered() || (BANNER_CAPTIONS as readonly string[]).includes(word) || (bare.length === 2 ? !TWO_LETTER_WORDS.has(bare) && !(bare === 'co' && whole[at + word.length] === '-') : bare.length <= 4 && !isEnglishWord(bare) && !SHORT_NAMES.has(bare)))
      // A code's possessive is written small (`NATO'S` is `NATO's`).
      // A name with a letter and an apostrophe before it is capitalised after it too (`O'BRIEN` is `O'Brien`, `N'DJAMENA` `N'Djamena`); French `d'` and `l'` inside a title stay small (`Tour d'Horizon`).
      const elided = /^\p{L}['’´]\p{L}{2}/u.test(lower)
      const first = elided && !start && /^[dl]/.test(lower) ? (lower[0] ?? '') : (lower[0]?.toUpperCase() ?? '')
      const capitalised = first + (elided ? lower[1] + (lower[2]?.toUpperCase() ?? '') + lower.slice(3) : lower.slice(1))
      const result = code ? word.replace(/(['’´])S$/, '$1s') : !start && SMALL.has(lower) ? lower : capitalised
      start = false
      return result
    })
    .replace(/: (\p{Ll})/gu, (_, c: string) => `: ${c.toUpperCase()}`)
}

/** A publisher's redaction, a run of x. */
const REDACTION = /\b[xX]{4,}\b/g
/** A publisher's note in brackets, in small letters (`[Source removed]`, `[Name removed]`); one in capitals is cased with the subject. */
const PUBLISHER_NOTE = /\[[^[\]\n\p{Ll}]*\p{Ll}[^[\]\n]*\]/gu
const REDACTION_WORD = /^x{4,}$/i

/** The words a slash joins to the one at `at` (`GERMANY/BAVARIA` → GERMANY, BAVARIA). */
function slashGroup(text: string, at: number): string[] {
  // A group is a few words: no further than that is looked (a line of thousands of `A/A/…` is no title).
  let start = at
  while (start > 0 && at - start < MAX_GROUP && /[\p{L}/]/u.test(text[start - 1] ?? '')) start--
  let end = at
  while (end < text.length && end - at < MAX_GROUP && /[\p{L}/]/u.test(text[end] ?? '')) end++
  return text.slice(start, end).split('/').filter(Boolean)
}

const MAX_GROUP = 60

/** Without a subject line, a telegram's title is its number, a cover sheet's the telegram it names (`Telegram VIENNA 2214`). */
export function numberTitle(facts: { kind: string; telegram?: string }): string | undefined {
  if (!facts.telegram) return undefined
  if (facts.kind === 'Telegram') return `Telegram ${facts.telegram}`
  return facts.kind === 'Cover sheet' ? `Cover sheet of telegram ${facts.telegram}` : undefined
}

/**
 * The document's title: the lemma's SUBJECT, title-cased (a channel's subject, `OFFICIAL INFORMAL`,
 * with the subject of the message it carries); without one, a telegram by its number
 * (`Telegram VIENNA 2214`: an older telegram has no subject line, and its first line is the
 * form's `Department of State INCOMING TELEGRAM`), a cover sheet by the telegram it names (its
 * first line is a form's label, `S/S AUTHORIZATION:`) or else by the form it is (`Memcon cover
 * sheet`, `NAMED_FORMS`), a memorandum of conversation by its heading
 * (`Memorandum of Telephone Conversation`: its first paragraph is a list of participants; another
 * memorandum's heading, `MEMORANDUM FOR THE RECORD`, says less than its first line);
 * else (a layout this tool does not know) the first line of the lemma's first paragraph, else of
 * its first block with words (a file name is never a title when the text has words).
 */
export function titleOf(facts: { subject?: string; kind: string; telegram?: string; tags?: readonly string[] }, lemma: readonly TextBlock[]): string {
  if (facts.subject) {
    const carried = CHANNEL_SUBJECT.test(facts.subject) ? carriedSubject(lemma) : undefined
    // Without the full stop a subject may close with (`… TALBOTT/SOLANA MEETING.`), not an abbreviation's (`… U.S.`).
    const { names, codes } = shortWordsIn(lemma)
    // A long code the telegram's TAGS give (`UNHCR`, `ASEAN`) is one in its subject too; a short one may be a word there (`AS`, Australia's).
    for (const tag of facts.tags ?? []) if (tag.length >= 5) codes.add(tag.toLowerCase())
    return titleCase(carried ? `${facts.subject}: ${carried}` : facts.subject, names, codes).replace(/(?<=[\p{L}\d]{4,})\.$/u, '')
  }
  const byNumber = numberTitle(facts)
  if (byNumber) return byNumber
  const form = facts.kind === 'Cover sheet' ? NAMED_FORMS.find(([pattern]) => openingLines(lemma).some((line) => pattern.test(line)))?.[1] : undefined
  if (form) return form
  const heading = facts.kind === 'Memorandum of conversation' ? kindHeading(lemma) : undefined
  if (heading?.kind === facts.kind) return titleCase(heading.line)
  const byParties = partiesTitle(facts.kind, lemma)
  if (byParties) return byParties
  const worded = (line: string): boolean => {
    // An e-mail client's separator (`----- Original Message -----`) says nothing of the text, nor does a record of the file a program put before it (`{"collection": …}`).
    if (/^[-\s]*Original\s+Message[-\s]*$/i.test(line) || /^\s*\{\s*"[^"]+"\s*:/.test(line)) return false
    // Words, not the noise a scanner makes of handwriting (`wo f/~~~ wsc:`): two tokens mostly of letters, one of them a word or a name.
    const tokens = line.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= Math.max(2, w.length * 0.6))
    return tokens.length >= 2 && tokens.some((w) => /^\p{Lu}\p{Ll}{2,}[.,:;]?$/u.test(w) || (/\p{L}{4}/u.test(w) && isEnglishWord(w.replace(/[^\p{L}]/gu, '').toLowerCase())))
  }
  const first = (blocks: ReadonlyArray<{ text: string }>): string | undefined => blocks.flatMap((b) => b.text.split('\n')).find(worded)
  const line = first(lemma.filter((b) => b.kind === 'p')) ?? first(lemma) ?? lemma.flatMap((b) => b.text.split('\n')).find((l) => /\p{L}/u.test(l))
  if (!line) return 'Untitled document'
  // Without the runs of signs a print frames its heading with (`*** ACTIVITY REPORT *******$$$$`).
  const words = line.replace(/^[*$#=~_+\s]+|(?<![*$#=~_+\s])[*$#=~_+\s]+$/g, '').replace(/\s+/g, ' ').trim().split(' ')
  // A heading in capitals is cased as a subject is (`COMMON ELEMENTS FOR THE CONDUCT OF A NATO-RUSSIA DIALOGUE`); a line in small letters stays as written.
  const { names, codes } = shortWordsIn(lemma)
  const cased = /^\P{L}*\p{Ll}/u.test(line) ? words : titleCase(words.join(' '), names, codes).split(' ')
  return cased.length > 12 ? `${cased.slice(0, 12).join(' ')}…` : cased.join(' ')
}

/**
 * The first subject line of the lemma that says more than the channel (`CHANNEL_SUBJECT`), with
 * the lines it runs on to: what a channel's telegram carries (a proposed message after `BEGIN
 * TEXT`, a memcon) has a subject of its own, which the title adds.
 */
function carriedSubject(lemma: readonly TextBlock[]): string | undefined {
  for (const block of lemma) {
    if (!/^\s*SUBJ(?:ECT)?\s*:/i.test(block.text)) continue
    const [first = '', ...rest] = block.text.split('\n')
    // A print repeats the channel's subject at the head of a page, before the text runs on.
    if (CHANNEL_SUBJECT.test(subjectValue(first) ?? '')) continue
    const value = subjectValue(subjectRun(first, rest).join(' '))?.replace(/\s*[,;:]$/, '')
    if (value && !CHANNEL_SUBJECT.test(value)) return value
  }
  return undefined
}

/**
 * A letter or a memorandum without a subject line by its parties, as a catalogue names it: a
 * letter by its salutation (`Dear Mr. Usery:` gives `Letter to Mr. Usery`) and its signature
 * (`Letter from Condoleezza to Strobe`), a memorandum by its
 * `From:` and `To:` lines (`Memorandum from Strobe Talbott to Peter Tarnoff`), rather than by a
 * letterhead or an address, the first lines such records have.
 */
function partiesTitle(kind: string, lemma: readonly TextBlock[]): string | undefined {
  const lines = openingLines(lemma)
  if (kind === 'Letter') {
    const name = lines.map((line) => SALUTATION.exec(line)?.[1]).find(Boolean)
    const writer = letterWriter(lemma)
    return name ? ['Letter', writer && `from ${writer}`, `to ${name}`].filter(Boolean).join(' ') : undefined
  }
  if (kind !== 'Memorandum') return undefined
  const party = (field: RegExp): string | undefined => {
    const at = lines.findIndex((line) => {
      const name = field.exec(line)?.[1]
      return name !== undefined && isPartyName(name)
    })
    const name = field.exec(lines[at] ?? '')?.[1]
    // A party that ends on a word that needs more goes on on the next line (`TO: Those interested in reform of the` / `United Nations Charter`).
    const next = lines[at + 1]
    return name && next && /\b(?:of|the|and|for|in|on|to|with|at|by)$/i.test(name) && !/^\s*\p{L}+\s*:/u.test(next) && isPartyName(next.trim()) ? `${name} ${next.trim()}` : name
  }
  const from = party(FROM_LINE)
  // Or its heading's addressee (`MEMORANDUM FOR MR. KENNETH C. BRILL`), in capitals as typed: title-cased.
  const heading = party(MEMORANDUM_FOR)
  const to = party(TO_LINE) ?? (heading && titleCase(heading))
  return from || to ? ['Memorandum', from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(' ') : undefined
}

/**
 * Who signed a letter: the name on the line after its closing (`Sincerely,` / `Condoleezza`),
 * among its last lines, typed as a name (capitalised words, `Alan nston` is what the OCR made of
 * a signature, and names nobody).
 */
export function letterWriter(lemma: readonly TextBlock[]): string | undefined {
  const lines = lemma.flatMap((block) => block.text.split('\n').map((line) => line.trim())).filter(Boolean).slice(-LETTER_FOOT)
  // The last closing (`As ever,` / `Yours sincerely,`); a mark the OCR added after the name (`Fritz Stern '`) is none of it.
  const closing = lines.length - 1 - [...lines].reverse().findIndex((line) => LETTER_CLOSING.test(line))
  // Past what the OCR made of a pen's stroke between them, a line without two letters (`Sincerely,` / `1-` / `Strobe Talbott`).
  let at = closing + 1
  while (at < lines.length && at <= closing + 2 && !/\p{L}{2}/u.test(lines[at] ?? '')) at++
  const name = closing >= lines.length ? undefined : lines[at]?.replace(/(?<![^\p{L}.])[^\p{L}.]+$/u, '')
  // Not an address the letter goes on to (`The Honorable Strobe Talbott`).
  return name !== undefined && SIGNED_NAME.test(name) && !/^The\s/.test(name) && !isEnglishWord(name.toLowerCase()) ? name : undefined
}

/** A letter's closing formula on a line of its own. */
const LETTER_CLOSING = /^(?:(?:Very\s+|Yours\s+)?(?:sincerely|truly|faithfully|respectfully|cordially)(?:\s+yours)?|Yours(?:\s+ever)?|(?:With\s+)?(?:best|warm|kind|warmest)(?:\s+personal)?\s+(?:regards|wishes)|Regards|Best|All\s+the\s+best|As\s+ever|Cordially)\s*[,.]?$/i
/** A name as a letter is signed: one to five capitalised words or initials (`Condoleezza`, `Charles Z. Wick`, `Charles McC. Mathias`, `Most Reverend Theodore E. McCarrick`), not OCR noise (`CarolpeqleiffiiKe`). */
const SIGNED_NAME = /^(?:\p{Lu}\.|(?:Mc|Mac|O['’])?\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\.))(?:\s+(?:\p{Lu}\.|(?:Mc|Mac|O['’])?\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\.))){0,4}$/u
/** The lines at a letter's foot its closing is sought among. */
const LETTER_FOOT = 12

/**
 * A party's name as typed (`Strobe Talbott`, `S/S-EX - Toni Hawkins`, `D - Helen M. Elli`), not
 * what the OCR made of a handwritten one (`Ziam,,,pan.3.-Ion`, `FII -7441%eft 64/ -g 9`) nor a
 * form's label for it (`(Agency)`): letters, and no digits or runs of signs but at its end.
 */
function isPartyName(name: string): boolean {
  // A mark the OCR added after the name (`Strobe Talbotty7`) leaves it a name.
  const typed = name.replace(/(?<![^\p{L}.])[^\p{L}.]+$/u, '')
  return /^\p{L}[\p{L} .,'’&/-]*$/u.test(typed) && !/[^\p{L}\s]{2,}/u.test(typed.replace(/\. /g, ' '))
}

/** A memorandum's `From:` and `To:` lines and the party each names. */
const FROM_LINE = /^From\s*:\s*(\S.{0,60}?)\s*$/i
const TO_LINE = /^To\s*:\s*(\S.{0,60}?)\s*$/i
/** A memorandum's heading and the person it is for (`MEMORANDUM FOR MR. KENNETH C. BRILL`): not an office (`FOR THE PRESIDENT`, `FOR THE RECORD`), which its first line says more than. */
const MEMORANDUM_FOR = /^MEMORANDUM\s+FOR\s+((?:MR|MS|MRS|DR)\.?\s+\S.{0,60}?)\s*$/i

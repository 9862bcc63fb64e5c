/**
 * Security classifications and handling captions of State Department records, as they are
 * typed in cables and stamped on pages.
 */

/** Classification levels, lowest first (the order decides a document's highest level). */
export const CLASSIFICATION_LEVELS = ['UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const

/** Every classification marking that can stand in a banner, the levels and SBU. */
export const CLASSIFICATION_MARKINGS = [...CLASSIFICATION_LEVELS, 'SENSITIVE BUT UNCLASSIFIED'] as const

/**
 * Handling captions and distribution controls (EXDIS, NODIS…) and channel captions (CEDAR,
 * ROGER, CHEROKEE). `SIENSITIVE` is an OCR reading of SENSITIVE kept so such lines are still
 * recognised as captions.
 */
export const CAPTIONS = ['EXDIS', 'NODIS', 'LIMDIS', 'NOFORN', 'STADIS', 'CEDAR', 'ROGER', 'CHEROKEE'] as const
/** Distribution controls that are stamped beside a classification in page banners (`SECRET/NODIS`). */
export const BANNER_CAPTIONS = ['NOFORN', 'NODIS', 'EXDIS', 'LIMDIS'] as const
const CAPTION_LINE_WORDS = [...CAPTIONS, 'SIENSITIVE', 'EYES ONLY', 'HANDLE AS']

/** Alternatives of a regular expression for the classification markings, words separated by any space. */
export const CLASSIFICATION_PATTERN = CLASSIFICATION_MARKINGS.map((marking) => marking.replace(/ /g, '\\s+')).join('|')

/**
 * A classification word as typed or letter-spaced (`S E C R E T`), each word once: a word two
 * markings share (`SECRET`, `UNCLASSIFIED`) named twice would let a banner line of it, repeated,
 * be read in twice as many ways a word (a line of 30 `SECRET`s and a stray letter took minutes).
 */
export const SPACED_CLASSIFICATION_PATTERN = `(?:${[...new Set(CLASSIFICATION_MARKINGS.flatMap((words) => words.split(' ')))]
  .map((word) => `${word}|${[...word].join(' ')}`)
  .join('|')})`

/** A caption line: captions, optionally with a passing instruction (`VIENNA FOR USDEL OSCE`). */
export const CAPTION_LINE = new RegExp(
  `^(?:(?:${CAPTION_LINE_WORDS.join('|')})[\\s,]*)+(?:,?\\s*[A-Z][A-Z/]* FOR [A-Z][A-Z/ ]*)?$|^[A-Z][A-Z/]* FOR [A-Z][A-Z/ ]+$`
)

/** The captions named in a text, in order of appearance. */
export function captionsIn(text: string): string[] {
  // `match` with a global pattern starts from 0 and finds all: one compiled pattern serves every call.
  return text.match(CAPTION_WORDS) ?? []
}

const CAPTION_WORDS = new RegExp(`\\b(?:${CAPTIONS.join('|')})\\b`, 'g')

const LEVEL_WORDS = CLASSIFICATION_LEVELS.join('|')
/** A level where a line of text has a marking (`markingLines`). */
const MARKING_PLACE = new RegExp(`^[^\\p{L}]*(?:${LEVEL_WORDS})\\b|\\b(?:CLASSIFICATION|Classification|CLASS|Class)\\s*:\\s*(?:${LEVEL_WORDS})\\b|^\\s*Heading:.*\\b(?:${LEVEL_WORDS})\\b|\\s{2}(?:${LEVEL_WORDS})[^\\p{L}]*$`, 'u')

/**
 * The lines of a text that hold a classification marking, not a word of a sentence: the level
 * opens the line (`SECRET//NOFORN`, `S E C R E T SECTION 01 OF 02`), follows a label
 * (`CLASSIFICATION: SECRET`, `Class: CONFIDENTIAL`, a print's `Heading: STATE 198014 CONFIDENTIAL
 * PRIORITY`), or closes it after a gap (a banner the OCR
 * ran into the line: `… AFTER INITIALLY  CONFIDENTIAL`). `MR. DONALD HAS A TOP SECRET
 * CLEARANCE` and `PLEASE PASS TO SECRET SERVICE` are no marking.
 */
export function markingLines(text: string): string[] {
  return text.split('\n').filter((line) => MARKING_PLACE.test(squeezeSpaced(line)))
}

/** `S E C R E T` as `SECRET`. */
function squeezeSpaced(text: string): string {
  return text.replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1')
}

/**
 * The highest classification level a set of texts states, ignoring quoted stamps
 * (`"UNCLASSIFIED"`), `DECLASSIFIED` and letter-spacing (`S E C R E T`).
 */
export function highestClassification(texts: readonly string[]): string | undefined {
  let best = -1
  for (const text of texts) {
    const squeezed = squeezeSpaced(text)
    // From the highest level down: the first found is this text's highest.
    for (let index = LEVEL_PATTERNS.length - 1; index > best; index--) {
      if (LEVEL_PATTERNS[index]?.test(squeezed)) {
        best = index
        break
      }
    }
  }
  return best >= 0 ? CLASSIFICATION_LEVELS[best] : undefined
}

/** Each level as a word of its own, not in quotes; in the order of CLASSIFICATION_LEVELS (compiled once: this runs on every line of furniture). */
const LEVEL_PATTERNS = CLASSIFICATION_LEVELS.map((level) => new RegExp(`(?<!")\\b${level}\\b(?!")`))

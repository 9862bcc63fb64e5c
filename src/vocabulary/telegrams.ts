import { CLASSIFICATION_LEVELS } from './classifications.ts'

/**
 * A telegram's identity as the pages of a released copy print it: its number (`STATE
 * 233819`, `11 RABAT 1210`, `09ULAANBAATAR234`) and its date-time group (`090302Z NOV 96`),
 * wherever an era's print put them, and the records that name a telegram without being a
 * copy of it (cover sheets). Used to find the copies of one telegram across released files.
 */

/** Months of a date-time group. */
export const DTG_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const

/** A full date-time group: day, hour, minute, `Z`, month, two-digit year (`090302Z NOV 96`). */
export const DATE_TIME_GROUP = /\b(\d{2})(\d{2})(\d{2})Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(\d{2})\b/

/**
 * Where a line states the telegram's own date-time group: a precedence line (`O 090302Z NOV
 * 96`), a cover sheet's or a SMART cable's `DTG:` field (`Date/DTG: Nov 26, 2011 / 261556Z
 * NOV 11`). A group standing anywhere else (a REF, a repeat's `DATED`) is another telegram's.
 */
export const DTG_LINES: readonly RegExp[] = [
  new RegExp(`^\\s*[OPRZ0](?:\\s+[OPRZ0])?\\s+${DATE_TIME_GROUP.source}`),
  new RegExp(`\\bDTG\\s*:\\s*(?:[A-Z][a-z]{2}\\s+\\d{1,2},\\s+\\d{4}\\s*/\\s*)?${DATE_TIME_GROUP.source}`)
]

/**
 * A post as a telegram number names it. Prints cut names to six letters (`ABIDJA 12224`,
 * `CAPE T`), so numbers are compared by the first six letters of the post.
 */
const POST_WORD = '[A-Z][A-Z]{2,}(?: [A-Z]{1,})?'

/**
 * Lines that state the telegram's own number, each with the post and number as groups 1
 * and 2 (and, where the print gives one, a two-digit year as group 1, post and number as 2
 * and 3):
 * - a telegram page header, `PAGE 01 STATE 233819 090306Z` (`PAGE 01 ABIDJA 12224 00 OF 02`);
 * - a PTP print header, `[STATE 233819] D COPY 2 OF 11`;
 * - the telegram line under the routing: the number after the classification, typed,
 *   letter-spaced, struck and read as junk, or run into the post (`SECRETSTATE 233819`,
 *   `S E C R E T STATE 127892`, `-21-E-e-R-T-T STATE 220605`, `CONrIDDNTIALABIDJAN 012224`);
 * - a SMART cable's or a cover sheet's `MRN:` (`MRN: 11 RABAT 1210`; `MRN: 233819` takes its
 *   post from the `POST:` field, see `MRN_POST`);
 * - a Cablegate reference id, `09ULAANBAATAR234`, on a line of its own.
 * A telegram line's number that reads as a year (`ELECTIONS 1995`) is not taken.
 */
export const NUMBER_LINES: readonly RegExp[] = [
  new RegExp(`^\\W*PAGE\\s+0*1\\s+\\.?(${POST_WORD})\\s+(\\d{2,6})\\b`),
  new RegExp(`\\[(${POST_WORD})\\s+(\\d{2,6})\\]`),
  new RegExp(`^\\W{0,3}(?:(?:${CLASSIFICATION_LEVELS.join('|')})\\s*|(?:[A-Z] ){2,}[A-Z]\\s+|[-~(){}\\d]*(?:[A-Za-z][-~(){}\\d]+){2,}[A-Za-z]?\\s+)?([A-Z][A-Za-z]{2,})\\s+(0\\d{1,5}|(?!19\\d\\d\\b|20\\d\\d\\b)\\d{2,6})\\s*\\S{0,2}\\s*$`),
  new RegExp(`\\bMRN\\s*:\\s*(?:(\\d{2})\\s+)?(${POST_WORD})\\s+(\\d{2,6})\\b`),
  /^\s*(\d{2})([A-Z]{4,})(\d{1,6})\s*$/
]

/** `MRN: 233819` without a post, and the `POST:` field that names it (`POST: STATE DTG: …`). */
export const MRN_NUMBER = /\bMRN\s*:\s*0*(\d{2,6})\b/
export const MRN_POST = /\b[Pp]?(?:OST|ost)\s*:\s*\W?([A-Z]+(?: [A-Z]+)*)\s+(?:DTG|MRN)\b|\b[Pp]?(?:OST|ost)\s*:\s*\W?([A-Z]+)\s*$/

/**
 * Words that end a line in routing and are not posts: precedence and addressee words before
 * a serial number (`TO SECSTATE WASHDC IMMEDIATE 8868`) and print headers.
 */
export const NOT_A_POST = /^(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH|PAGE|COPY|COPIES|TOTAL|INFO|ACTION|OF|NO|DOC|CASE|DATE|MAY|JUNE|JULY|APRIL|MARCH|ZFF\d?)$/

/** A fax's cover sheet: its count of pages `(Including This One)`, `(including cover sheet)`, `(Incl. cover)`, or its heading as the OCR read it (`Facsimile Transmission`, `FacsInille TransmIsslon`). */
const FAX_COVER = /\(\s*Including\s+(?:this|the|cover)\s+(?:one|page|sheet|cover(?:\s+sheet)?)\s*\)|\(\s*[Il1]ncl\.\s*cover(?:\s+sheet)?\s*\)|\bFacs\w{4,6}\s+Transm\w{5,7}\b/i

/**
 * Records that travel with a telegram and name it but are not a copy of its text: the
 * Executive Secretariat's memcon cover sheet and the NODIS incoming cover sheet (`U.S.
 * DEPARTMENT OF STATE … INCOMING … This NODIS message will be automatically decaptioned`),
 * routing and transmittal slips, the Executive Secretariat's clearance form (`FOR CLEARANCE …
 * S/S DOCUMENT NO. … TELEGRAM TO`), the receipt of a document sent by the Department's secure
 * fax (`WASHFAX RECEIPT`), the White House Situation Room's transmittal sheet (`PLEASE DELIVER TO:
 * … SPECIAL DELIVERY INSTRUCTIONS/REMARKS:`), a fax's cover sheet (`No. of Pages: (Including This One)`). They stay documents of their own, linked to the telegram.
 */
export const COVER_SHEET_MARKERS: readonly RegExp[] = [
  /\bCOVER\s+SHE\s?ET\b/i,
  /\bROUTING\s+SLIP\b/i,
  /\bTRANSMITTAL\s+(?:SLIP|SHEET|FORM)\b/i,
  /\bautomatically\s+decaptioned\b/i,
  /\bS\/S\s+AUTHORIZATION\b/,
  /\bS\/S\s+DOCUMENT\s+NO\b/,
  /\bWASHFAX\b/,
  /\bSPECIAL\s+DELIVERY\s+INSTRUCTIONS\b/,
  FAX_COVER,
  // The memcon cover sheet's steps, typed, where the OCR lost its heading (`.NopIs .,mEmcom,:covErt`).
  /\bCenter\s+forwards\s+draft\s+memcon\b/i
]

/**
 * The forms among them a catalogue names by their kind, for the typed heading the OCR reads
 * (`NODIS MKMCON COVER SHEET`, `-NOLIS ,MEMCON - COVER SHEET`, `MEPACON`) says no more, and what follows
 * it is handwriting (`THE DEPUTY SECRETARY'S CONVERSATION WITH titry`).
 */
export const NAMED_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bM[\S ]{1,4}CON[\s\W]{0,4}COVER\s+SHE\s?ET\b|\bCenter\s+forwards\s+draft\s+memcon\b/i, 'Memcon cover sheet'],
  [/\bS\/S\s+DOCUMENT\s+NO\b/, 'Executive Secretariat clearance form'],
  [/\bACTION\s+ASSIGNED\s+TO\s*:/, 'Executive Secretariat action slip'],
  [/\bWASHFAX\b/, 'WASHFAX receipt'],
  [/\bSPECIAL\s+DELIVERY\s+INSTRUCTIONS\b/, 'White House Situation Room transmittal sheet'],
  [FAX_COVER, 'Fax cover sheet']
]

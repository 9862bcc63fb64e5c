/**
 * The stamps a FOIA release puts on each page, as OCR reads them: the Department's page stamp
 * (`UNCLASSIFIED U.S. Department of State Case No. … Doc No. … Date: …`), the case and
 * document pair (`FL-2017-13804 B-00002120004`), release decisions, review authorities and
 * declassification stamps. Each pattern has the `stamp/@type` it gets in the TEI.
 */

/** A stamp the declassifying agency put on the page (`stamp/@type`). */
export type StampType = 'foia' | 'release' | 'classification'

/** A FOIA case number (`FL-2017-13804`, `F-2014-20439`). */
export const FOIA_CASE = /\b[A-Z]{1,2}-\d{4}-?\d{4,6}\b/
/** A FOIA document number (`B-00002120004`, `C06698960`). */
export const FOIA_DOCUMENT = /\b(?:[A-Z]-?\d{7,11}|C\d{8})\b/
/**
 * A FOIA document number where a release states it: after `Doc No.` in the page stamp, or after
 * the case number in the case and document pair (`FL-2017-13804 B-00002120004`); never a number
 * the text quotes (a passport's `NO. A2519939`).
 */
export const STAMPED_DOCUMENT = new RegExp(`(?:\\bDoc\\s*No\\.?\\s*|\\b[A-Z]{1,2}-\\d{4}-\\d{4,6}\\s+)(${FOIA_DOCUMENT.source})`)

/**
 * The Department's page stamp with its case and document numbers and release date, also as OCR
 * reads it: words run together (`DepartmentofStateCase`), `Date` without its colon, a space in
 * the date (`0 5/29/2019`), the date's noughts read as `Q` or `O` and its strokes as `i`, `l` or
 * `!` (`11/18/2Q20`, `12i23i2020`: `stampDateRead` reads them back). Over the stamp's `UNCLASSIFIED` the release prints the document
 * number, which OCR reads as noise before it (`C O 6 6 9 7 8 2 3:IED U.S. Department …`), its `m` as `rn`, `Doc` as `Doe`.
 */
export const PAGE_STAMP = /(?:UNCLASSIFIED\s+)?\.?U\.\s?S\.\s*Depart(?:m|rn)ent\s*of\s*State\s*Case\s*No\.?\s*(\S+)\s+Do[ce]\s*No\.?\s*(\S+)(?:\s+Date:?\s*([\dQO]\s?[\dQO]?[/il!]\s?[\dQO]{1,2}[/il!][\dQO]{2,4}))?/

/** The page stamp's date as the OCR read it (`11/18/2Q20`, `12i23i2020`), its figures and strokes read back (`11/18/2020`). */
export function stampDateRead(date: string): string {
  return date.replace(/\s+/g, '').replace(/[QO]/g, '0').replace(/[il!]/g, '/')
}
/**
 * A whole line holding the page stamp: no words before it, only the noise of the overprinted
 * number and classification, which the OCR reads with small letters (`g068] 5070=IED`, `Cp68 j
 * 5O7O FIED`, `QQ gggg74QFIED`), never as a word of three small letters standing alone.
 */
export const PAGE_STAMP_LINE = new RegExp(`^(?:(?!(?<![A-Za-z0-9])[a-z]{3,}(?![A-Za-z0-9]))[^\\n]){0,40}?${PAGE_STAMP.source}[^a-z]*$`)
/** The case and document numbers side by side, as on the sample's release stamp (`FL-2017-13804 B-00002120004`, a systematic review's `CSP-2025-00040 B-00002707027`). */
export const CASE_AND_DOCUMENT = /\b([A-Z]{1,3}-\d{4}-\d{4,6})\s+([A-Z]-?\d{7,11})\b/
/** A release decision (`RELEASE IN FULL`, `RELEASE IN PART B5,B6`), in its brackets as the OCR read them (`[RELEASE IN FULLI`, `)RELEASE IN FULLY`), its last `L` read as `I` (`RELEASE IN FULI`). */
export const RELEASE_DECISION = /[[\](){}|]?\bRELEASE\s*IN\s+(?:FUL[I1](?![A-Za-z])|FULL(?:[\]1IlYJ|})](?![A-Za-z]))?|PART(?:\s+B\d(?:\([A-Z0-9]+\))?(?:\s*,\s*B\d(?:\([A-Z0-9]+\))?)*)?)/

/** The reviewer's stamp of a declassification (`Senior Reviewer, A/GIS/IPS 5/8/2019`, OCR `AIGISIIPS`), also where `Senior` closed the line before. */
export const REVIEWER = /\b(?:Senior\s+)?Reviewer,?\s+A\S{0,3}GIS\S{0,3}IPS\b(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})?/

/** The National Archives' declassification authority (`Authority NND 969000`); group: the authority. */
export const NARA_AUTHORITY = /\bAuthority\s+(NND\s*\d+)\b/i
/** Who declassified at the National Archives, and when (`By RH NARA Date 7/14/00`); groups: initials, date. */
export const NARA_BY = /\bBy\s+([A-Z]{1,4})\s+NARA,?\s+Date\s+(\d{1,2}\/\d{1,2}\/\d{2,4})/

/** The reviewer's `DECLASSIFIED`, also as the OCR spaced its letters (`DEC LASS IFI ED`). */
const DECLASSIFIED = 'D ?E ?C ?L ?A ?S ?S ?I ?F ?I ?E ?D'

/** Stamps, strongest first; the first that matches a place wins it. */
export const STAMPS: ReadonlyArray<readonly [RegExp, StampType]> = [
  [global(PAGE_STAMP), 'foia'],
  [global(CASE_AND_DOCUMENT), 'foia'],
  [global(RELEASE_DECISION), 'release'],
  [/\b(?:REVIEW|DECLASSIFY|RELEASE|EXCISE|DENY)\s+(?:AUTHORITY|ON):?[^\n]*$/g, 'release'],
  [/\bDeclassification\s+Authority:?[^\n]*$/gi, 'release'],
  [global(REVIEWER), 'release'],
  [/\bPortions\s+Reclassified\s+by\b[^\n]*$/gi, 'classification'],
  // The reviewer's classification of what a partial release withholds: `Classified by Director A/GIS/IPS, DoS on 05/14/2019 - Class: CONFIDENTIAL - …`.
  [/\bClassified\s+by\s+Director\s+A\S{0,3}GIS\S{0,3}IPS\b[^\n]*$/gi, 'classification'],
  [/\bReason:\s*[^\n]*?Declassify\s+on:[^\n]*$/gi, 'classification'],
  [/\bDeclassified\/Released\s+US\s+Department\s+of\s+State\s+EO\b/g, 'classification'],
  [/\bSystematic\s+Review\s+\d{1,2}\s+[A-Z]{3}\s+\d{4}\b/g, 'classification'],
  [/"UNCLASSIFIED"/g, 'classification'],
  // The reviewer's `DECLASSIFIED`, and `DECONTROLLED` (of a sensitive but unclassified text), also run together (`DECLASSIFIED'ECONTROLLED`).
  [new RegExp(`\\b${DECLASSIFIED}(?:\\s+AND\\s+DECAPTIONED|\\W?D?ECONTROLLED\\b)?`, 'g'), 'classification'],
  [/\bDECONTROLLED\b/g, 'classification'],
  // Also with its closing bracket read as a letter (`DECAPTIONEDJ'`, `[DECAPTIONEDi`).
  [/\b(?:DE|O)CAPTIONE[D\d](?:[\]1IiJ|)]['’]?)?(?![A-Za-z])/g, 'classification'],
  [global(NARA_AUTHORITY), 'classification'],
  [global(NARA_BY), 'classification'],
  // The stamps of documents produced to the House Select Committee on Benghazi (FOIA case
  // F-2015-04841), on lines of their own or beside the page stamp's parts; the Bates number.
  [/(?:\bUNCLASSIFIED\s+)?\bSTATE\s+DEPT\.?\s*-\s*PRODUCED\s+TO\s+HOUSE\s+SELECT\s+BENGHAZI\s+COMM\.?/g, 'foia'],
  [/(?:\bU\.\s?S\.\s*Department\s+of\s+State\s+)?\bSUBJECT\s+TO\s+AGREEMENT\s+ON\s+SENSITIVE\s+INFORMATION\s*&\s*REDACTIONS\.?\s*NO\s+FOIA\s+WAIVER\.?/g, 'foia'],
  [/\bSTATE-[0-9A-Z]{10}\b/g, 'foia'],
  [/\bDoc\s*No\.?\s*C\d{8}\b/g, 'foia'],
  [global(FOIA_CASE), 'foia']
]

/**
 * Stamps that may close a text line (`End Text. YY FL-2017-13804 B-00002120004`, `… TEXT.
 * Senior Reviewer, A/GIS/IPS 5/8/2019`, `Your meeting with Boris Yeltsin (II) RELEASE IN FULL`),
 * and the reviewer's `DECLASSIFIED`, `DECONTROLLED` or `DECAPTIONED` closing a line in capitals
 * (`SUBJECT: OFFICIAL-INFORMAL DECLASSIFIED`, `SUMMARY DECLASSIFIED`, `DEAR YEVGENIY MAXIMOVICH,
 * DECONTROLLED`, a caption and the stamp, `EKDZS DECAPTIONED`, `EXDIS OCAPTIONED`):
 * a sentence in small letters may say it (`the paper was declassified`), a telegram's line in
 * capitals hardly ever does.
 */
export const TRAILING_STAMP = new RegExp(`(?<!\\s)\\s+((?:UNCLASSIFIED\\s+U\\.\\s?S\\.\\s+Department.*)|(?:[A-Z]{1,2}-\\d{4}-\\d{4,6}\\s+[A-Z]-?\\d{7,11}(?:\\s+"UNCLASSIFIED")?)|(?:${REVIEWER.source})|(?:${RELEASE_DECISION.source})|(?:(?:DECAPTIONED\\s+)?\\[?${DECLASSIFIED}\\]?|DECONTROLLED|(?:DE|O)CAPTIONE[D\\d])(?=\\s*$)(?<![a-z][^\\n]*))\\s*$`)

function global(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')
}

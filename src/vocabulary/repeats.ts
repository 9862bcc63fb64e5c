/**
 * How a telegram repeats another: the introduction (`FOLLOWING STATE 127892 DATED 150910Z
 * DEC 09 SENT ACTION RIGA … IS BEING REPEATED FOR YOUR ACTION`, `FOLLOWING REPEAT STATE
 * 052113 ACTION OTTAWA INFO VANCOUVER MAR 15`, teletype `FOL RPT`) and the quotation marks
 * that enclose the repeated text (`QUOTE` … `UNQUOTE`, teletype `QTE` … `UNQTE`).
 */

/** An introduction that announces a repeated telegram. */
export const REPEAT_INTRO = /\b(?:FOLLOWING\s+(?:REPEAT|RPT)\b|FOL\s+RPT\b|IS\s+BEING\s+(?:REPEATED|RPTD)\b|(?:REPEATED|RPTD)\s+FOR\s+YOUR\s+(?:INFO|ACTION|INFORMATION)\b)/i

/** The word that opens the repeated text (never the end of `UNQUOTE`). */
export const QUOTE_OPENS = /(?<![A-Z])(?:QUOTE|QTE)(?![A-Z])\s*:?/i

/** The word that closes it. */
export const QUOTE_CLOSES = /(?<![A-Z])(?:UNQUOTE|UNQTE|END\s+QUOTE)(?![A-Z])/i

/**
 * The repeated telegram named in an introduction: its number (`STATE 127892`, `STATE
 * 052113`), with an optional year prefix, and what follows it.
 */
export const REPEATED_NUMBER = /\b(?:FOLLOWING|FOL)\s+(?:(?:REPEAT|RPT)\s+)?(?:\d{2}\s+)?([A-Z][A-Z]+(?: [A-Z]+)?)\s+(\d{2,6})\b/

/** Where an introduction begins: `FOLLOWING`, `FOL RPT`. */
export const INTRO_STARTS = /\b(?:FOLLOWING|FOL)\b/g

/** `DATED 13 MAY 96`, `DATED 150910Z DEC 09`, or a date closing the introduction (`… TORONTO MAR 15.`, `… PARIS 14 MAR 75`). */
export const REPEAT_DATED = /\bDATED\s+(\d{6}Z\s+[A-Z]{3}\s+\d{2}|\d{1,2}\s+[A-Z]{3}\s+\d{2,4}|[A-Z]{3}\s+\d{1,2}(?:,?\s+\d{2,4})?)|\s((?:\d{1,2}\s+)?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+\d{1,2}(?:\s+\d{2,4})?)\s*\.?$/

/** Addressees as an introduction names them: `SENT ACTION RIGA, TALLINN INFO ALL NATO POST COLLECTIVE`, up to `(IS) BEING REPEATED`. */
export const REPEAT_ACTION = /\bACTION\s+(.+?)(?=\s+INFO\b|\s+DATED\b|\s+(?:IS\s+)?BEING\b|\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+\d{1,2}\b|[.;]|$)/
export const REPEAT_INFO = /\bINFO\s+(.+?)(?=\s+DATED\b|\s+(?:IS\s+)?BEING\b|\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+\d{1,2}\b|[.;]|$)/

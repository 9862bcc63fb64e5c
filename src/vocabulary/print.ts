/**
 * What printers, scanners, fax machines and text extractors add to the pages of a released
 * telegram, in the spellings OCR gives them. None of it is the telegram's text: each line is
 * page furniture of the copy it stands in (`fw`), and some of it starts a new page.
 *
 * - Print headers of each era: POEMS (1994–96) `POEMS Automated Telegram Handler - B26 SECRET
 *   05/15/96 11:21 am Page: 1` and `Item Subject: …` on every page; PTP (1996–97) `Fri Nov 8
 *   22:14:20 1996 [STATE 233819] D COPY 2 OF 11 Page 1 OF 3` and the print job `PTP0900`;
 *   1998–2000 `Post: STATE MRN: 232714 Printed by: …`.
 * - `[Page N]`, the page mark a text extractor writes before each page of a PDF.
 * - A form feed, the page break of a text layer (U+000C).
 * - Fax headers: `NOV-08-1996 14:22 FROM US EMBASSY BUCHAREST TO 912026474000 P.02`.
 * - The headers of a released e-mail chain: `From:`, `Sent:`, `To:`, `Cc:`, `Subject:`.
 * - The note a publisher of the 2010 Cablegate release put before a cable it had only in part:
 *   `This record is a partial extract of the original cable. The full text of the original
 *   cable is not available.`, and the line it closed a cable with: its record number and
 *   classification, `2004CARACA02200 - CONFIDENTIAL`; and the head its text dumps put over each
 *   cable (`RECORD_HEAD`).
 */

/** `POEMS Automated Telegram Handler`, as OCR reads it (`P6EMS`, `POEMS.Automated`, `Te'legram`, the name lost: `emis Automated …`). */
export const POEMS_HEADER = /Automated[\s.]*Te\S?legram\s*Handler/i
/** The end of a POEMS page header the OCR put on a line of its own: the day, the time and the page (`04/13/96 09v57 am Page: 5`, `09:53 am Page: 4`). */
export const POEMS_TIME = /^\s*(?:\d{2}\/\d{2}\/\d{2}\s+)?\d{1,2}\S\d{2}\s*[ap]m\s+Page:\s*(?:\d{1,3}\s*)?(?:\S\s*)?$/

/** `Item Subject: …`, the subject POEMS prints on each page (OCR: `/tem Subject:`). */
export const ITEM_SUBJECT = /^\s*\W{0,2}[/I1l|]tem\s+Subject\s*:\s*(.*)$/

/** The PTP page head: `[STATE 233819] D COPY 2 OF 11 Page 1 OF 3` (OCR: `Page l OF 3`), also without its counts (`[MOSCOW 5954] PRT COPY`), a post of two words cut (`[THE HA 1587]`). */
export const PTP_PAGE = /\[([A-Z]+(?: [A-Z]+)?\s+\d{3,6})\]\s+\S+\s+COPY(?:\s+\d+\s+OF\s+\d+\s+Page\s+\S{1,2}\s+OF\s+\d+|\s*$)/
/** The day a PTP print was made, anywhere in its line: `Fri Nov 8 22:14:20 1996`; groups: month, day, year. */
export const PTP_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+([\dB]{1,2})\s+\d\d:\d\d:\d\d\s+(\d{4})\b/
/** The day a POEMS print was made: `… Handler - B26 SECRET 05/15/96 11:21 am`; group: the date. */
export const POEMS_DATE = /Handler.*?\b(\d{2}\/\d{2}\/\d{2})\s+\d{1,2}:\d{2}\s*[ap]m\b/i
/** The PTP print time alone on its line: `Wed Nov 27 15:33:26 1996` (OCR: `Nov B`, noise before it). */
export const PTP_TIME = /^\s*(?:\S{1,8}?\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+[\dB]{1,2}\s+\d\d:\d\d:\d\d\s+\d{4}\s*$/
/** The PTP print job (`PTP0900`, `SEC= PTP6721`, `tiPTP7994`). */
export const PTP_JOB = /^\s*(?:\S{1,4}\s*)?(?:\S{0,3}=\s*)?PTP\d{3,5}\s*$/
/** A received print's control group: the message's id in hex, its time, a count (`A82EB9 261739Z /38`). */
export const CONTROL_GROUP = String.raw`[0-9A-FO]{6}\s+[0-9O]{6}Z\s*\/\s*\d{1,3}`
/** The control line after the text's first lines. */
export const PRINT_CONTROL = new RegExp(String.raw`^\s*${CONTROL_GROUP}\b`)

/** `Post: STATE MRN: 232714 Printed by: Soltis, Marjorie A. 12/4/00 10:16` (OCR: `ost:`). */
/**
 * The heading line of a message system's print of a telegram, its post and number first
 * (`Heading: STATE 154142 L NODIS IMMEDIATE`, `Heading: LONDON 3711 IMMEDIATE`); groups: post, number.
 */
export const MESSAGE_HEADING = /^\s*Heading:\s*([A-Z][A-Z ]*?[A-Z])\s+(\d{1,6})\b/
export const POST_PRINT = /^\s*\W{0,2}P?ost:\s*'?([A-Z]+(?: [A-Z]+)*)\s+MRN:\s*(\d+)\s+Printed\s+by:/

/** `[Page 2]`: the extractor's mark before each page of the PDF. */
export const PAGE_MARK = /^\s*\[Page\s+(\d{1,4})\]\s*$/

/** The form feed that ends a page of a text layer. */
export const FORM_FEED = '\f'

/**
 * A fax header or footer: a clock time (`17:08`, OCR'd `17 : 08`), a sender or a fax number,
 * and a page mark (`P.02`, `P 3`, `P.02/05`, `@002/005`, `PAGE 2`) at the end of the line; or, without a page mark, a fax
 * machine's date, time and sender opening the line (`MAR-05-1993 14:06 FROM CLEA, DCUSA`, its
 * month OCR'd `rIAR`).
 */
export const FAX_HEADER = /^(?=.*\b\d{1,2} ?: ?\d{2}\b)(?=.*(?:\bFAX\b|\bFROM\b|\d{3}[\s-]?\d{3}[\s-]?\d{4}))(?=.*(?:\bP\.?\s?\d{1,3}(?:\/\d{1,3})?|@\s?\d{3}(?:\/\d{3})?|\bPAGE\s*\d{1,3}(?:\s*OF\s*\d{1,3})?)\s*$).{20,}$|^\s*\S{3,4}-\d{2}-(?:19|20)\d{2}\s+\d{1,2}:\d{2}\s+FROM\s+\S/i

/** The fields of an e-mail header block (Outlook's print), in the order a header gives them; a label whose colon the OCR lost before its column (`Sent                Saturday, …`), or read a speck after (`Subject:.`). */
export const EMAIL_FIELD = /^\s*(From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance)(?:\s*:[.,](?=\s)|\s*:|[^\S\n]{3,}(?=\S))/i

/** The forwarding and reply prefixes of an e-mail subject (`FW:`, `RE:`, `Fwd:`, OCR'd `FVV:`), also alone (`Subject: FW`). */
export const EMAIL_SUBJECT_PREFIX = /^(?:\s*(?:FWD?|FVV|RE)\s*(?::\s*|$))+/i

/** The Cablegate publisher's note before a cable it released only in part (a line of its own). */
export const PARTIAL_EXTRACT_NOTE = /^\s*This record is a partial extract of the original cable\.\s+The full text of the original cable is not available\.\s*$/

/**
 * The lines a newspaper's print of a leaked cable puts at its foot: who printed it and when, and
 * the record's number (`Track impresión: asegovia @ Sat Dec 4 19:20:36 2010. Este documento es
 * propiedad de EL PAÍS`, `ID:<tab>187536`).
 */
export const NEWSPAPER_PRINT = /^\s*(?:Track impresi[oó]n:[^\n]*\bEste documento es propiedad de EL PA[IÍ]S|ID:\t\d{4,})\s*$/u

/**
 * The head a publisher of the Cablegate texts put over each cable, a line each: the reference id,
 * the title (the subject's first line, or an empty line), the day as a program printed it, the
 * classification and the origin (`00TASHKENT4223` / `KARIMOV URGES CLOSER COOPERATION WITH U.S.,
 * COMMITS TO` / `Thu Nov 02 00:00:00 +0100 2000` / `CONFIDENTIAL` / `Embassy Tashkent`).
 */
export const RECORD_HEAD = {
  id: /^\s*\d{2}[A-Z][A-Z-]*\d{1,6}\s*$/,
  /** Groups: month, day, year. */
  day: /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) \d{2}:\d{2}:\d{2} [+-]\d{4} (\d{4})\s*$/,
  classification: /^\s*(?:UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|TOP SECRET)(?:\/\/[A-Z][A-Z/ ]*)?\s*$/,
  origin: /^\s*[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,5}\s*$/
}

/**
 * The lines a text dump of the Cablegate release (its `cables.csv` written out) puts around a
 * cable: the labels of the record's fields, each on a line of its own (`id: 594`, `date: 1/4/1993
 * 22:51`, `refid: 93LIMA56`, `origin: Embassy Lima`, `classification: CONFIDENTIAL`,
 * `destination:`, `header:`), the line between the routing and the text (`----------------- header
 * ends ----------------`) and the last (`=======================CABLE ENDS============================`).
 */
export const RECORD_DUMP_LABEL = /^\s*(?:id:\s*\d+|date:\s*\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}|refid:\s*\d{2}[A-Z][A-Z-]*\d{1,6}|origin:[^\n]*|classification:[^\n]*|destination:[^\n]*|header:)\s*$/
export const RECORD_DUMP_MARK = /^\s*(?:-{3,}\s*header ends\s*-{3,}|={3,}\s*CABLE ENDS\s*={3,})\s*$/

/** The Cablegate publisher's last line of a cable: its record number (year, post cut to six letters, serial) and classification, labelled or not (`2004VATICA03213 - Classification: CONFIDENTIAL`). */
export const RECORD_FOOTER = /^\s*\d{4}[A-Z]{2,6}\d{5}\s+-\s+(?:Classification:\s*)?(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)(?:\/\/NOFORN)?\s*$/

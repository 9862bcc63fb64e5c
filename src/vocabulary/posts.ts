/**
 * Posts and precedence in telegram routing: the address prefixes the Department's
 * telegrams use for embassies, consulates, missions and the Department itself, and the
 * precedence words that stand before an addressee.
 */

/** Address prefixes of posts (`AMEMBASSY MOSCOW`, `SECSTATE WASHDC`, `USMISSION USUN NEW YORK`). */
export const POST_PREFIXES = ['AMEMBASSY', 'AMCONSUL', 'AMCONGEN', 'USMISSION', 'SECSTATE', 'USDEL', 'USLO', 'USUN', 'USNATO', 'SECDEF'] as const

/** A post named in a text (commanders in chief, `CINCPAC`, count as posts). */
export const POST = new RegExp(`\\b(?:${POST_PREFIXES.join('|')}|CINC\\w*)\\b`)

/** Precedence of a telegram or of one addressee, highest last. */
export const PRECEDENCES = ['ROUTINE', 'PRIORITY', 'IMMEDIATE', 'NIACT', 'FLASH'] as const

/** Split an addressee list at posts and precedence words; drop serial numbers. */
export function addressees(text: string): string[] {
  const split = new RegExp(`\\s*(?:\\b(?:${PRECEDENCES.join('|')})\\b|,|(?=\\b(?:${POST_PREFIXES.join('|')})\\b))\\s*`)
  return text
    .split(split)
    .map((a) => a.replace(/\s+\d+$/, '').trim())
    .filter((a) => a.length > 1 && !/^\d+$/.test(a))
}

/** A line that only continues an addressee list (`AMCONSUL TORONTO`, `AMEMBASSY VIENTIANE 0877`, `CINCPAC`). */
export function isAddresseeLine(text: string): boolean {
  return new RegExp(`^(?:${POST_PREFIXES.join('|')}|CINC\\w*)\\b`).test(text) && /^[A-Z0-9 ,/]+$/.test(text)
}

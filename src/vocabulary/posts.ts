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

/**
 * The time zone (IANA tz database name) of posts, by the city an address names, for a
 * sender's local time (`DATE: APRIL 9, 7 PM` from Vienna) and the Department's own
 * (`Rec'd` in Washington). The tz database gives each zone's offset at the time, summer
 * time included, so a 1968 Vienna time is +01:00 (Austria had no summer time then).
 */
export const POST_TIME_ZONES: Readonly<Record<string, string>> = {
  WASHDC: 'America/New_York', WASHINGTON: 'America/New_York', SECSTATE: 'America/New_York', 'NEW YORK': 'America/New_York',
  OTTAWA: 'America/Toronto', TORONTO: 'America/Toronto', VANCOUVER: 'America/Vancouver', MEXICO: 'America/Mexico_City',
  LONDON: 'Europe/London', PARIS: 'Europe/Paris', BONN: 'Europe/Berlin', BERLIN: 'Europe/Berlin', VIENNA: 'Europe/Vienna',
  PRAGUE: 'Europe/Prague', WARSAW: 'Europe/Warsaw', ROME: 'Europe/Rome', BRUSSELS: 'Europe/Brussels', GENEVA: 'Europe/Zurich',
  BERN: 'Europe/Zurich', MOSCOW: 'Europe/Moscow', KIEV: 'Europe/Kyiv', BAKU: 'Asia/Baku', YEREVAN: 'Asia/Yerevan',
  ANKARA: 'Europe/Istanbul', CAIRO: 'Africa/Cairo', 'TEL AVIV': 'Asia/Jerusalem', 'NEW DELHI': 'Asia/Kolkata',
  SAIGON: 'Asia/Ho_Chi_Minh', BANGKOK: 'Asia/Bangkok', VIENTIANE: 'Asia/Vientiane', 'PHNOM PENH': 'Asia/Phnom_Penh',
  TOKYO: 'Asia/Tokyo', SEOUL: 'Asia/Seoul', BEIJING: 'Asia/Shanghai', PEKING: 'Asia/Shanghai', CANBERRA: 'Australia/Sydney'
}

/** The time zone of an address (`VIENNA`, `AMEMBASSY VIENNA`, `SECSTATE WASHDC`), if the table has its city. */
export function postTimeZone(address: string): string | undefined {
  const words = address.replace(new RegExp(`^(?:${POST_PREFIXES.join('|')})\\s+`), '').trim()
  return POST_TIME_ZONES[words] ?? POST_TIME_ZONES[words.split(/\s+/)[0] ?? '']
}

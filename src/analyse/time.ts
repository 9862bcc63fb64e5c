/**
 * Dates and times as telegrams write them (`APRIL 9`, `7 PM`, `2:31 PM`) made ISO 8601, with
 * the UTC offset the sender's time zone had on that day (from the tz database that Node's
 * `Intl` carries), so that a local time and a Washington time can be compared.
 */
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/** `APRIL`, `Apr`, `SEPT` → 1–12. */
export function monthNumber(name: string): number | undefined {
  const index = MONTH_NAMES.indexOf(name.slice(0, 3).toUpperCase())
  return index < 0 ? undefined : index + 1
}

/** The days of a month (1–12) in a year of the Gregorian calendar: no date of the calendar is valid past it (`9/31/2009` is none). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `7 PM`, `2:31 P.M.`, `1900`, `NOON` → hours and minutes. */
export function clockTime(text: string): [number, number] | undefined {
  const t = text.trim().toUpperCase()
  if (t === 'NOON') return [12, 0]
  if (t === 'MIDNIGHT') return [0, 0]
  const twelve = /^(\d{1,2})(?::(\d\d))?\s*([AP])\.?\s?M\.?$/.exec(t)
  if (twelve) {
    const hour = Number(twelve[1])
    if (hour < 1 || hour > 12) return undefined
    return [(hour % 12) + (twelve[3] === 'P' ? 12 : 0), Number(twelve[2] ?? 0)]
  }
  const military = /^(\d{2})(\d{2})Z?$/.exec(t)
  if (military && Number(military[1]) < 24 && Number(military[2]) < 60) return [Number(military[1]), Number(military[2])]
  return undefined
}

/** `+01:00`: the offset of `zone` at an instant (ms since the epoch). */
function offsetAt(zone: string, instant: number): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value
  const offset = name?.replace(/^GMT/, '') ?? ''
  return offset === '' ? '+00:00' : offset
}

function minutes(offset: string): number {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset)
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

/**
 * A local wall time as ISO 8601: with the offset `zone` had then (`1968-04-09T19:00:00+01:00`),
 * or without an offset when the zone is not known.
 */
export function localDateTime(year: number, month: number, day: number, [hour, minute]: [number, number], zone?: string): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const local = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`
  if (!zone) return local
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  // The offset at the wall time read as UTC, corrected once for a change of offset in between.
  let offset = offsetAt(zone, wall)
  offset = offsetAt(zone, wall - minutes(offset) * 60_000)
  return local + offset
}

/**
 * A moment as ISO 8601 in Amsterdam time with its offset, e.g.
 * "2026-12-07T11:12:48+01:00" (summer: "+02:00"): what editors read in a
 * spreadsheet is the Dutch clock, and scripts still read the exact moment.
 * The offset comes from the platform's time-zone data (Intl), not from a
 * hand-kept rule for summer time.
 */
import { TIMEZONE } from './dutch.ts'

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIMEZONE,
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  timeZoneName: 'longOffset',
})

export function amsterdamIso(date: string | Date): string {
  const part = Object.fromEntries(PARTS.formatToParts(new Date(date)).map(({ type, value }) => [type, value]))
  // "GMT+01:00"; at offset zero Intl writes just "GMT".
  const offset = part.timeZoneName!.replace('GMT', '') || '+00:00'
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`
}

/**
 * The calendar file (.ics) of a plan, written by `ical-generator`: lines
 * folded at 75 octets (RFC 5545 §3.1), times in Europe/Amsterdam with
 * `DTSTART;TZID=Europe/Amsterdam` and the zone's `VTIMEZONE` (from
 * `@touch4it/ical-timezones`, imported as text so the browser needs no fs),
 * so a client in another zone still shows 13:30 Dutch time.
 */
import ical, { ICalCalendarMethod } from 'ical-generator'
import amsterdam from '@touch4it/ical-timezones/zones/Europe/Amsterdam.ics?raw'
import { addDays, type CalendarEvent } from './calendar.ts'

/** The time zone a Dutch team plans in. */
export const TIME_ZONE = 'Europe/Amsterdam'

/** The `VTIMEZONE` block of the zone file (the file wraps it in a calendar of its own). */
const VTIMEZONE = amsterdam.slice(amsterdam.indexOf('BEGIN:VTIMEZONE'), amsterdam.indexOf('END:VCALENDAR')).trim()

/**
 * A wall-clock time as a Date whose local fields are that time: the writer
 * prints the local fields after `TZID=` (it does not convert a plain Date).
 */
function wallClock(date: string, time: string, plusMinutes = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const total = hours * 60 + minutes + plusMinutes
  const [y, m, d] = addDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, Math.floor(total / 1440)).split('-').map(Number) as [number, number, number]
  const rest = total % 1440
  return new Date(y, m - 1, d, Math.floor(rest / 60), rest % 60)
}

/** A day as midnight UTC: the writer prints an all-day date in UTC when no zone is set (see icsOf). */
function dateOnly(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day))
}

export function icsOf(events: readonly CalendarEvent[], url?: string): string {
  const calendar = ical({
    prodId: { company: 'toolkit-destigmatisering', product: 'planner', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // The zone goes on each timed event (its VTIMEZONE comes from the generator), not on the calendar: with a calendar
    // zone the writer prints DTSTAMP in the device's local time without `Z` (RFC 5545 wants UTC) and adds a
    // non-standard `TIMEZONE-ID` line.
    timezone: { name: null, generator: (zone) => (zone === TIME_ZONE ? VTIMEZONE : null) },
  })
  events.forEach((event, i) => {
    const common = {
      id: `toolkit-plan-${event.date}-${i}@toolkit-destigmatisering`,
      summary: event.title,
      description: event.description,
      stamp: new Date(),
      ...(url ? { url } : {}),
    }
    if (!event.start || !event.minutes) {
      calendar.createEvent({ ...common, allDay: true, start: dateOnly(event.date), end: dateOnly(addDays(event.date, 1)) })
      return
    }
    calendar.createEvent({ ...common, timezone: TIME_ZONE, start: wallClock(event.date, event.start), end: wallClock(event.date, event.start, event.minutes) })
  })
  // RFC 5545 §3.1 ends every content line with CRLF, the last (END:VCALENDAR) too; the writer leaves that one bare.
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

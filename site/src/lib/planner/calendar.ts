/**
 * Dates of the session and its follow-up meetings, as plain data for the
 * calendar file. The guide asks for a meeting within 6 months and then one
 * every 3 to 6 months; the planner proposes one every 13 weeks (about 3
 * months) for a year, on the session's weekday, so a team keeps its slot.
 */
import type { RunSheet } from './describe.ts'
import type { PlanInput } from './types.ts'

/** Weeks after the session at which follow-up meetings are proposed. */
export const FOLLOW_UP_WEEKS = [13, 26, 39, 52] as const
/** Length of a follow-up meeting in minutes; the guide gives none, the facilitator changes it in the calendar. */
export const FOLLOW_UP_MINUTES = 60
/** Start time of follow-up meetings when the session has none. */
export const DEFAULT_START = '10:00'

/** `2026-12-07` + 91 days → `2027-03-08`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, day + days))
  return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}-${String(next.getUTCDate()).padStart(2, '0')}`
}

export function followUpDates(date: string): string[] {
  return FOLLOW_UP_WEEKS.map((weeks) => addDays(date, weeks * 7))
}

/** `2026-12-07` → `maandag 7 december 2026`. */
export function formatDutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  )
}

export type CalendarEvent = {
  title: string
  description: string
  /** `YYYY-MM-DD`. */
  date: string
  /** `HH:MM`; absent for an all-day event. */
  start?: string
  minutes?: number
}

/** What the calendar's events say: the session's title and text, and the follow-ups' text. */
export type CalendarTexts = { title: string; session: string; followUp: string[] }

/**
 * The texts of a run sheet's events: the session is called what the run
 * sheet on screen calls it ("Teambijeenkomst over hoop"), with its schedule
 * and the address of the run sheet (`address`); follow-ups list its steps.
 */
export function calendarTexts(sheet: Pick<RunSheet, 'title' | 'parts' | 'followUp'>, address: string): CalendarTexts {
  const schedule = sheet.parts.map((part) => `${part.start}–${part.end} ${part.title} (${part.minutes} min)`).join('\n')
  return { title: sheet.title, session: `${sheet.title}\n\n${schedule}\n\nDraaiboek: ${address}`, followUp: sheet.followUp.steps }
}

/**
 * The session (when it has a date) and the follow-up meetings. Without a
 * session date the follow-ups count from `today` (`YYYY-MM-DD`).
 */
export function calendarEvents(input: PlanInput, today: string, texts: CalendarTexts): CalendarEvent[] {
  const events: CalendarEvent[] = []
  const base = input.date ?? today
  if (input.date) {
    events.push({
      title: texts.title,
      description: texts.session,
      date: input.date,
      ...(input.start ? { start: input.start, minutes: input.minutes } : {}),
    })
  }
  followUpDates(base).forEach((date, i) => {
    events.push({
      title: `${i === 0 ? 'Evaluatie actiepunten destigmatisering' : 'Opvolgingsbijeenkomst destigmatisering'} (${i + 1} van ${FOLLOW_UP_WEEKS.length})`,
      description: texts.followUp.join('\n'),
      date,
      start: input.start ?? DEFAULT_START,
      minutes: FOLLOW_UP_MINUTES,
    })
  })
  return events
}

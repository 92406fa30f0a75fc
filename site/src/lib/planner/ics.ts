/**
 * The calendar file (.ics) of a plan, made with the `ics` library. Times are
 * floating local times (no time zone), as a Dutch team reads them.
 */
import { createEvents, type EventAttributes } from 'ics'
import type { CalendarEvent } from './calendar.ts'

export function icsOf(events: readonly CalendarEvent[], url?: string): string {
  const attributes: EventAttributes[] = events.map((event, i) => {
    const [year, month, day] = event.date.split('-').map(Number) as [number, number, number]
    const common = {
      title: event.title,
      description: event.description,
      uid: `toolkit-plan-${event.date}-${i}@toolkit-destigmatisering`,
      productId: 'toolkit-destigmatisering/planner',
      ...(url ? { url } : {}),
    }
    if (!event.start || !event.minutes) {
      return { ...common, start: [year, month, day], end: nextDay(year, month, day) } as EventAttributes
    }
    const [hours, minutes] = event.start.split(':').map(Number) as [number, number]
    return {
      ...common,
      start: [year, month, day, hours, minutes],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { hours: Math.floor(event.minutes / 60), minutes: event.minutes % 60 },
    } as EventAttributes
  })
  const { error, value } = createEvents(attributes)
  if (error || !value) throw error ?? new Error('Agenda kon niet worden gemaakt')
  return value
}

function nextDay(year: number, month: number, day: number): [number, number, number] {
  const date = new Date(Date.UTC(year, month - 1, day + 1))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

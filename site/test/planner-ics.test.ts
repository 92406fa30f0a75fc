/**
 * The planner's calendar file against RFC 5545 as strict clients read it:
 * every line at most 75 octets (multi-byte Dutch text included), the start
 * in Europe/Amsterdam with its VTIMEZONE, and a parser (ical.js) that reads
 * the same instants back, in winter and in summer time.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarEvents, calendarTexts, DEFAULT_INPUT, describePlan, makePlan } from '../src/lib/planner/index.ts'
import { icsOf } from '../src/lib/planner/ics.ts'
import { seedCatalog, seedDetails } from './planner-helpers.ts'

const longText = 'Teambijeenkomst over zelfstigma — “De rol van empowerment”, één actiepunt en de vragen bij ‘Hoop’. '.repeat(4)
const events = calendarEvents({ ...DEFAULT_INPUT, date: '2026-12-07', start: '13:30' }, '2026-11-30', { title: 'Teambijeenkomst over zelfstigma', session: longText, followUp: ['Evalueer de actiepunten.', longText] })
const text = icsOf(events, 'https://toolkit.example/plannen/?tijd=90&groep=teams&thema=zelfstigma&grootte=12&ervaringsdeskundige=nee&datum=2026-12-07&start=13:30')
const lines = text.split('\r\n')

describe('calendar file (.ics)', () => {
  it('folds every line at 75 octets, with CRLF line ends, and unfolds to the original text', () => {
    const octets = lines.map((line) => new TextEncoder().encode(line).length)
    expect(Math.max(...octets)).toBeLessThanOrEqual(75)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    const description = unfolded.split('\r\n').find((line) => line.startsWith('DESCRIPTION:'))!
    expect(description.slice('DESCRIPTION:'.length).replace(/\\,/g, ',').replace(/\\;/g, ';')).toBe(longText)
  })

  it('ends every content line with CRLF, the last one (END:VCALENDAR) too', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/)
  })

  it('calls the session what the run sheet on screen calls it (theme hoop: "Teambijeenkomst over hoop")', () => {
    const input = { ...DEFAULT_INPUT, themes: ['hoop'], date: '2026-12-07', start: '13:30' }
    const catalog = seedCatalog()
    const sheet = describePlan(makePlan(input, catalog), catalog, seedDetails())
    expect(sheet.title).toBe('Teambijeenkomst over hoop')
    const ics = icsOf(calendarEvents(input, '2026-11-30', calendarTexts(sheet, 'https://toolkit.example/plannen/?thema=hoop')))
    const summaries = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.startsWith('SUMMARY:'))
    expect(summaries[0]).toBe(`SUMMARY:${sheet.title}`)
  })

  it('gives the start as Dutch local time with TZID=Europe/Amsterdam and the zone’s VTIMEZONE', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261207T133000')
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261207T150000')
    const zone = text.slice(text.indexOf('BEGIN:VTIMEZONE'), text.indexOf('END:VTIMEZONE'))
    expect(zone).toContain('TZID:Europe/Amsterdam')
    expect(zone).toContain('BEGIN:DAYLIGHT')
    expect(zone).toContain('BEGIN:STANDARD')
    // Every date-time is either zoned or UTC (DTSTAMP); none floats.
    const inEvents = text.slice(text.indexOf('BEGIN:VEVENT')).split('\r\n')
    for (const line of inEvents.filter((l) => /^DT(START|END)/.test(l))) expect(line).toMatch(/^DT(START|END);TZID=Europe\/Amsterdam:\d{8}T\d{6}$/)
    const stamps = lines.filter((line) => line.startsWith('DTSTAMP'))
    expect(stamps).toHaveLength(5)
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/)
    // Only standard properties (and the widely read X- ones).
    expect(lines.filter((line) => line.startsWith('TIMEZONE-ID'))).toEqual([])
  })

  it('numbers the follow-up meetings from 1, and gives a session without a start time its whole day', () => {
    expect(events.slice(1).map((event) => event.title)).toEqual([
      'Evaluatie actiepunten destigmatisering (1 van 4)',
      'Opvolgingsbijeenkomst destigmatisering (2 van 4)',
      'Opvolgingsbijeenkomst destigmatisering (3 van 4)',
      'Opvolgingsbijeenkomst destigmatisering (4 van 4)',
    ])
    const allDay = icsOf(calendarEvents({ ...DEFAULT_INPUT, date: '2026-12-07' }, '2026-11-30', { title: 'Sessie', session: 'Sessie', followUp: [] }).slice(0, 1)).split('\r\n')
    expect(allDay).toContain('DTSTART;VALUE=DATE:20261207')
    expect(allDay).toContain('DTEND;VALUE=DATE:20261208')
  })

  it('a parser reads the same instants: 13:30 in Amsterdam is 12:30 UTC in December and 11:30 UTC in June', () => {
    const calendar = new ICAL.Component(ICAL.parse(text))
    const zone = calendar.getFirstSubcomponent('vtimezone')!
    ICAL.TimezoneService.register(zone)
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(parsed).toHaveLength(5)
    const utc = (time: ICAL.Time) => time.toJSDate().toISOString()
    expect(parsed[0]!.startDate.zone!.tzid).toBe('Europe/Amsterdam')
    expect(utc(parsed[0]!.startDate)).toBe('2026-12-07T12:30:00.000Z')
    expect(utc(parsed[0]!.endDate)).toBe('2026-12-07T14:00:00.000Z')
    const june = parsed.find((event) => event.startDate.toString().startsWith('2027-06'))!
    expect(utc(june.startDate)).toBe('2027-06-07T11:30:00.000Z')
    expect(parsed.every((event) => event.uid.endsWith('@toolkit-destigmatisering'))).toBe(true)
  })
})

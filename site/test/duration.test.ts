import { describe, expect, it } from 'vitest'
import { durationBands, durationOf } from '../src/lib/view/duration.ts'
import { formatMinutesRange } from '../src/lib/view/format.ts'
import { fixtureContent } from './helpers.ts'

describe('duration bands', () => {
  it('puts a range in every band it overlaps', () => {
    expect(durationBands({ min: 20, max: 25 })).toEqual(['short'])
    expect(durationBands({ min: 30, max: 30 })).toEqual(['short'])
    expect(durationBands({ min: 31, max: 31 })).toEqual(['session'])
    expect(durationBands({ min: 120, max: 120 })).toEqual(['session'])
    expect(durationBands({ min: 60, max: 240 })).toEqual(['session', 'half-day'])
    expect(durationBands({ min: 20, max: 600 })).toEqual(['short', 'session', 'half-day', 'long'])
  })

  it('gives no band without a duration', () => {
    expect(durationBands(undefined)).toEqual([])
  })
})

describe('duration of content', () => {
  const content = fixtureContent()

  it('rounds a fragment up to whole minutes', () => {
    expect(durationOf('fragments', content.find('fragments', 'hoop')!)).toEqual({ min: 6, max: 6 })
  })

  it('uses the range of activities and productions', () => {
    expect(durationOf('activities', content.find('activities', 'de-rol-van-empowerment')!)).toEqual({ min: 20, max: 25 })
    expect(durationOf('productions', content.find('productions', 'bij-nader-inzien')!)).toEqual({ min: 60, max: 240 })
  })

  it('uses an intervention’s minutes only when the source gives them', () => {
    expect(durationOf('interventions', content.find('interventions', 'e-learning-destigmatiserend-werken')!)).toEqual({ min: 120, max: 120 })
    expect(durationOf('interventions', content.find('interventions', 'wrap')!)).toBeUndefined()
    expect(durationOf('guidance', content.find('guidance', 'stigmatisering-uitbannen')!)).toBeUndefined()
  })
})

describe('formatMinutesRange', () => {
  it('writes minutes, or hours when whole', () => {
    expect(formatMinutesRange({ min: 20, max: 25 })).toBe('20–25 minuten')
    expect(formatMinutesRange({ min: 45, max: 45 })).toBe('45 minuten')
    expect(formatMinutesRange({ min: 60, max: 240 })).toBe('1–4 uur')
    expect(formatMinutesRange({ min: 120, max: 120 })).toBe('2 uur')
    expect(formatMinutesRange({ min: 30, max: 60 })).toBe('30–60 minuten')
  })
})

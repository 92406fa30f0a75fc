/**
 * How long a piece of content takes, and the duration bands of the filters.
 * Bands are derived (DURATION_BANDS in schemas), never stored.
 */
import { DURATION_BANDS, durationBandOf, type ContentCollectionSlug, type DurationBand } from '@toolkit/schemas'
import type { AnyDoc, DocOf } from '../content/index.ts'

export type MinutesRange = { min: number; max: number }

/** Duration in minutes, where the content type and the document give one. */
export function durationOf(collection: ContentCollectionSlug, doc: AnyDoc): MinutesRange | undefined {
  switch (collection) {
    case 'fragments': {
      const minutes = Math.ceil((doc as DocOf<'fragments'>).durationSeconds / 60)
      return { min: minutes, max: minutes }
    }
    case 'activities':
      return (doc as DocOf<'activities'>).durationMinutes
    case 'productions':
      return (doc as DocOf<'productions'>).sessionMinutes
    case 'interventions': {
      const minutes = (doc as DocOf<'interventions'>).durationMinutes
      return minutes ? { min: minutes, max: minutes } : undefined
    }
    default:
      return undefined
  }
}

/**
 * Every band a duration range overlaps: a session of 1–4 hours fits both
 * "30 minutes to 2 hours" and "2 to 4 hours", so both filters find it.
 */
export function durationBands(range: MinutesRange | undefined): DurationBand[] {
  if (!range) return []
  const order = DURATION_BANDS.map((band) => band.value)
  const from = order.indexOf(durationBandOf(range.min))
  const to = order.indexOf(durationBandOf(range.max))
  return order.slice(from, to + 1)
}

import { z } from 'zod'
import { documentBase, quoteSchema, taxonomyTags, text } from './common.ts'

/** Guidance: a titled list of what a professional can do. */
export const guidanceSchema = z.object({
  ...documentBase,
  /** Title, e.g. "Wat kun jij doen tegen zelfstigma?". */
  title: text,
  /** Short introduction in our own words. */
  intro: z.string().trim().optional(),
  /** The points, in order, in our own words. */
  items: z.array(text).min(1, 'een lijst heeft minstens één punt'),
  /** People the source quotes to illustrate the points, word for word. */
  quotes: z.array(quoteSchema).default([]),
  ...taxonomyTags,
})

export type Guidance = z.infer<typeof guidanceSchema>

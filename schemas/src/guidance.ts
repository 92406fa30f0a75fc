import { z } from 'zod'
import { documentBase, quoteSchema, taxonomyTags } from './common.ts'
import { FIELDS } from './fields.ts'
import { optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.guidance

/** Guidance: a titled list of what a professional can do. */
export const guidanceSchema = z.object({
  ...documentBase,
  /** Title, e.g. "Wat kun jij doen tegen zelfstigma?". */
  title: requiredText(F.title),
  /** Short introduction in our own words. */
  intro: optionalText(F.intro).optional(),
  /** The points, in order, in our own words. */
  items: z.array(requiredText(F.items)).min(1, 'een lijst heeft minstens één punt'),
  /** People the source quotes to illustrate the points, word for word. */
  quotes: z.array(quoteSchema).default([]),
  ...taxonomyTags,
})

export type Guidance = z.infer<typeof guidanceSchema>

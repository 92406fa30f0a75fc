import { z } from 'zod'
import { slug } from './common.ts'
import { FIELDS } from './fields.ts'
import { optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.themes

/** A theme of the shared taxonomy (hope, recovery, disclosure, …); tags every kind of content. */
export const themeSchema = z.object({
  /** URL-safe identifier, e.g. "openheid". */
  slug,
  /** Dutch name as shown in filters, e.g. "Openheid". */
  name: requiredText(F.name),
  /** One or two sentences on what the theme covers, in our own words. */
  description: optionalText(F.description).optional(),
  /**
   * Other words searchers use for this theme, for search only (never shown):
   * English terms, abbreviations, spelling variants, e.g. "recovery" for
   * "Herstel". They find the theme and everything tagged with it, both ways.
   */
  synonyms: z.array(requiredText(F.synonyms)).default([]),
})

export type Theme = z.infer<typeof themeSchema>

import { z } from 'zod'
import { slug, text } from './common.ts'

/** A theme of the shared taxonomy (hope, recovery, disclosure, …); tags every kind of content. */
export const themeSchema = z.object({
  /** URL-safe identifier, e.g. "openheid". */
  slug,
  /** Dutch name as shown in filters, e.g. "Openheid". */
  name: text,
  /** One or two sentences on what the theme covers, in our own words. */
  description: z.string().trim().optional(),
  /**
   * Other words searchers use for this theme, for search only (never shown):
   * English terms, abbreviations, spelling variants, e.g. "recovery" for
   * "Herstel". They find the theme and everything tagged with it, both ways.
   */
  synonyms: z.array(text).default([]),
})

export type Theme = z.infer<typeof themeSchema>

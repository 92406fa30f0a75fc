import type { ContentCollectionSlug } from './slugs.ts'

/**
 * The fields whose text is taken over word for word from the source (schema
 * type `verbatim`), per collection, as dotted paths; a path runs through
 * every item of a list ("steps.suggestedText"). All other text is in our own
 * words. `seed/test/source-fidelity.test.ts` checks every value at these
 * paths against the document the record cites.
 */
export const VERBATIM_FIELDS: Record<ContentCollectionSlug, readonly string[]> = {
  themes: [],
  productions: [],
  fragments: [],
  activities: ['goals', 'steps.suggestedText', 'keyMessages'],
  interventions: [],
  evidence: ['question', 'rows.label', 'quotes.text'],
  cases: [],
  guidance: ['quotes.text'],
}

import type { ContentCollectionSlug } from './slugs.ts'

/**
 * The fields whose text is always taken over word for word from the source
 * (schema type `verbatim`: a table's question and answers as printed, a
 * person quoted), per collection, as dotted paths; a path runs through every
 * item of a list ("rows.label"). `seed/test/source-fidelity.test.ts` checks
 * every value at these paths against the document the record cites.
 */
export const VERBATIM_FIELDS: Record<ContentCollectionSlug, readonly string[]> = {
  themes: [],
  productions: [],
  fragments: [],
  activities: [],
  interventions: [],
  evidence: ['question', 'rows.label', 'quotes.text'],
  cases: [],
  guidance: ['quotes.text'],
}

/**
 * The fields whose text is word for word from the source only when the
 * editor marks it so (`verbatimMark`, the field beside it named by
 * `verbatimMarkOf`); unmarked, the text is in our own words and is not shown
 * as a quote. The source-fidelity test checks marked text against the source
 * and unmarked text as our own words.
 */
export const MARKED_VERBATIM_FIELDS: Record<ContentCollectionSlug, readonly string[]> = {
  themes: [],
  productions: [],
  fragments: [],
  activities: ['goals', 'steps.suggestedText', 'keyMessages'],
  interventions: [],
  evidence: [],
  cases: [],
  guidance: [],
}

/** The mark beside a field of `MARKED_VERBATIM_FIELDS`: "steps.suggestedText" → "steps.suggestedTextVerbatim". */
export const verbatimMarkOf = (path: string): string => `${path}Verbatim`

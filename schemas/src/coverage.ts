import type { ContentCollectionSlug } from './slugs.ts'

/**
 * The gap map (dekking): how many methods exist for each stigma type in each
 * care setting, optionally for one audience. A method is something a team
 * can do: a film fragment, an activity or an intervention. The site's
 * /dekking/ and the admin's "Dekking" view count the same collections.
 */
export const COVERAGE_COLLECTIONS = ['fragments', 'activities', 'interventions'] as const satisfies readonly ContentCollectionSlug[]
export type CoverageCollection = (typeof COVERAGE_COLLECTIONS)[number]

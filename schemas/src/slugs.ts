/**
 * Collection slugs, exported once and used everywhere: the CMS config, the
 * seed importer, the site's content loader and the tests. Renaming a
 * collection is a change to this file only.
 */
export const COLLECTIONS = {
  productions: 'productions',
  fragments: 'fragments',
  activities: 'activities',
  interventions: 'interventions',
  evidence: 'evidence',
  cases: 'cases',
  guidance: 'guidance',
  themes: 'themes',
  media: 'media',
  attachments: 'attachments',
  users: 'users',
} as const

export type CollectionSlug = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/** The collections that hold published toolkit content (drafts + versions). */
export const CONTENT_COLLECTIONS = [
  COLLECTIONS.themes,
  COLLECTIONS.productions,
  COLLECTIONS.fragments,
  COLLECTIONS.activities,
  COLLECTIONS.interventions,
  COLLECTIONS.evidence,
  COLLECTIONS.cases,
  COLLECTIONS.guidance,
] as const

export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]

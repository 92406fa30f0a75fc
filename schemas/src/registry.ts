import type { z } from 'zod'
import { activitySchema } from './activity.ts'
import { caseSchema } from './case.ts'
import { evidenceSchema } from './evidence.ts'
import { fragmentSchema } from './fragment.ts'
import { guidanceSchema } from './guidance.ts'
import { interventionSchema } from './intervention.ts'
import { productionSchema } from './production.ts'
import type { ContentCollectionSlug } from './slugs.ts'
import { themeSchema } from './theme.ts'

/** The schema of every content collection, by slug. */
export const SCHEMAS = {
  themes: themeSchema,
  productions: productionSchema,
  fragments: fragmentSchema,
  activities: activitySchema,
  interventions: interventionSchema,
  evidence: evidenceSchema,
  cases: caseSchema,
  guidance: guidanceSchema,
} as const satisfies Record<ContentCollectionSlug, z.ZodType>

export type ContentDocument<C extends ContentCollectionSlug> = z.infer<(typeof SCHEMAS)[C]>

/**
 * The relationship fields of each collection and the collection they point
 * to. The seed importer resolves these slugs to ids; the site loader turns
 * populated relations back into slugs. Dotted paths reach into groups.
 */
export const RELATIONS: Record<ContentCollectionSlug, Record<string, ContentCollectionSlug>> = {
  themes: {},
  productions: { themes: 'themes', relatedInterventions: 'interventions' },
  fragments: { production: 'productions', themes: 'themes' },
  activities: { themes: 'themes', relatedInterventions: 'interventions' },
  interventions: {
    themes: 'themes',
    relatedInterventions: 'interventions',
    relatedEvidence: 'evidence',
    'familiarity.evidence': 'evidence',
  },
  evidence: { themes: 'themes', relatedInterventions: 'interventions', comparesWith: 'evidence' },
  cases: { themes: 'themes' },
  guidance: { themes: 'themes' },
}

import { z } from 'zod'
import { SCHEMAS } from './registry.ts'

/** When a published document was last changed, added to every document in a snapshot. */
const stamped = <T extends z.ZodType>(schema: T) =>
  z.intersection(schema, z.object({ updatedAt: z.iso.datetime({ offset: true }) }))

/**
 * The published toolkit content as the CMS exports it (`GET /api/snapshot`)
 * and the site reads it: every published document of every content
 * collection, in the shape of its schema, relations as slugs. Drafts never
 * appear in a snapshot.
 */
export const snapshotSchema = z.object({
  /** When the CMS made the snapshot (ISO 8601). */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Hash of the content; changes whenever any published document changes. */
  contentVersion: z.string().min(1),
  collections: z.object({
    themes: z.array(stamped(SCHEMAS.themes)),
    productions: z.array(stamped(SCHEMAS.productions)),
    fragments: z.array(stamped(SCHEMAS.fragments)),
    activities: z.array(stamped(SCHEMAS.activities)),
    interventions: z.array(stamped(SCHEMAS.interventions)),
    evidence: z.array(stamped(SCHEMAS.evidence)),
    cases: z.array(stamped(SCHEMAS.cases)),
    guidance: z.array(stamped(SCHEMAS.guidance)),
  }),
})

export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotCollections = Snapshot['collections']

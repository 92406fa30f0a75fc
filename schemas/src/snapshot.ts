import { z } from 'zod'
import { SCHEMAS } from './registry.ts'
import { CONTENT_COLLECTIONS } from './slugs.ts'
import { openDataSettingsSchema } from './openDataSettings.ts'

/** Fields for editors only: never in a snapshot, a page or an open-data file. */
export const EDITOR_ONLY_FIELDS: readonly string[] = ['editorNotes', 'sourcesSilent']

/** A document as the public sees it: without the editor-only `editorNotes` and `sourcesSilent`. */
export type Published<T> = T extends unknown ? Omit<T, 'editorNotes' | 'sourcesSilent'> : never

/** Drops the fields that are for editors only (see `editorNotes`, `sourcesSilent`). */
export function withoutEditorNotes<T extends object>(doc: T): Published<T> {
  const { editorNotes: _notes, sourcesSilent: _silent, ...published } = doc as T & { editorNotes?: unknown; sourcesSilent?: unknown }
  return published as Published<T>
}

/**
 * A published document in a snapshot: stamped with when it last changed, and
 * without editor notes, so no page, PDF or embed can show them (their type
 * has no such field) even if a snapshot held them.
 */
const stamped = <T extends z.ZodType>(schema: T) =>
  z
    .intersection(schema, z.object({ updatedAt: z.iso.datetime({ offset: true }) }))
    .transform((doc) => withoutEditorNotes(doc))

/**
 * An address that moved: a published document whose slug an editor changed
 * (`from`, an earlier published slug) is now at `to`. The site redirects
 * the old address, so shared links, bookmarks and embeds keep working.
 */
const movedSlugSchema = z.object({ collection: z.enum(CONTENT_COLLECTIONS), from: z.string().min(1), to: z.string().min(1) })
export type MovedSlug = z.infer<typeof movedSlugSchema>

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
  /** Publisher and licence of the open data, when editors set them (the CMS global "Open data"). */
  openData: openDataSettingsSchema.optional(),
  /** Addresses that moved: earlier published slugs of published documents; the site redirects them. */
  moved: z.array(movedSlugSchema).optional(),
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

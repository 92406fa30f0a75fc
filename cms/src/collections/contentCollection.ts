import type { CollectionConfig, Field } from 'payload'
import { CONTENT_TYPES, type ContentCollectionSlug } from '@toolkit/schemas'
import { admins, editors, editorsOrPublished } from '../access/predicates.ts'
import { SCHEDULE_PUBLISH } from '../admin/dutch.ts'
import { AUTOSAVE } from '../admin/livePreview.ts'
import { checkDraftsToo } from '../fields/checkDraftsToo.ts'
import { completenessField, slugField, sourcesSilentField, viewOnSiteField } from '../fields/common.ts'
import { editedByField, recordEditor } from '../fields/editedBy.ts'
import { withFieldMeta } from '../fields/fieldMeta.ts'
import { withDerivedRelations } from '../fields/derivedRelations.ts'
import { cachePublicReads } from '../hooks/cachePublicReads.ts'
import { noteAutosave, lockAfterAutosave } from '../hooks/keepLockOnAutosave.ts'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced.ts'
import { forceAnonymousReadsToPublished } from '../hooks/forceAnonymousReadsToPublished.ts'
import { hideEditorOnlyFields } from '../hooks/hideEditorOnlyFields.ts'
import { validateAgainstSchema } from '../hooks/validateAgainstSchema.ts'
import { noteLiveBefore, updateSiteAfterChange, updateSiteAfterDelete } from '../publishing/enqueueSiteUpdate.ts'
import { previewLinkPath } from '../preview/endpoints.ts'
import { guardRequest } from '../requests/guardRequest.ts'

type Options = {
  slug: ContentCollectionSlug
  useAsTitle: string
  description?: string
  defaultColumns?: string[]
  fields: Field[]
}

/**
 * Every toolkit collection shares the same rules: drafts and versions, a
 * unique slug, public read of published documents only, editors write,
 * admins delete what nothing points to, validation against the shared zod schema on publish, and a
 * computed completeness (editors only) with its own list column.
 */
export function contentCollection(options: Options): CollectionConfig {
  return {
    slug: options.slug,
    // What the collection is called, once for CMS and site (@toolkit/schemas contentTypes.ts).
    labels: { singular: CONTENT_TYPES[options.slug].singular, plural: CONTENT_TYPES[options.slug].plural },
    admin: {
      useAsTitle: options.useAsTitle,
      description: options.description,
      defaultColumns: withCompleteness(options.defaultColumns ?? [options.useAsTitle, 'slug', '_status', 'updatedAt']),
      listSearchableFields: [options.useAsTitle, 'slug'],
      // "Voorbeeld": the current draft on the site's own templates, through a short-lived token (preview/).
      preview: (doc, { req }) => (doc?.id ? previewLinkPath(req.payload.config.routes.api, options.slug, doc.id as string) : null),
      // A publish the server refused leaves both save buttons enabled (admin/KeepChangesAfterRefusal.tsx); a new list row
      // gets its fields when Payload's form forgot to ask for them (admin/SettleNewRows.tsx); planning a publication of a
      // document never published starts from "Publiceren" (admin/ScheduleNewDocumentToPublish.tsx).
      components: {
        edit: {
          beforeDocumentControls: [
            '/admin/KeepChangesAfterRefusal#KeepChangesAfterRefusal',
            '/admin/SettleNewRows#SettleNewRows',
            '/admin/ScheduleNewDocumentToPublish#ScheduleNewDocumentToPublish',
          ],
        },
        // The versions list with who made each version (admin/VersionsView.tsx).
        views: { edit: { versions: { Component: '/admin/VersionsView#VersionsView' } } },
      },
    },
    // Drafts are checked too, except for completeness (fields/checkDraftsToo.ts).
    // Editors can also schedule a publication; the jobs queue carries it out (payload.config.ts).
    // A document related to another is embedded with what a link needs, not whole
    // (a list of 20 interventions at depth 1 was 163 KB).
    defaultPopulate: { slug: true, [options.useAsTitle]: true, _status: true },
    // Public lists filter on status and sort by creation date (issue 11).
    indexes: [{ fields: ['_status', 'createdAt'] }],
    // Drafts autosave, so the live preview beside the form follows the editor (admin/livePreview.ts).
    versions: { drafts: { autosave: AUTOSAVE, validate: true, schedulePublish: SCHEDULE_PUBLISH }, maxPerDoc: 50 },
    access: {
      read: editorsOrPublished,
      readVersions: editors,
      create: editors,
      update: editors,
      delete: admins,
    },
    hooks: {
      // An autosave keeps the editor's lock (hooks/keepLockOnAutosave.ts).
      beforeOperation: [guardRequest, forceAnonymousReadsToPublished, cachePublicReads, noteAutosave],
      // Who saved it (fields/editedBy.ts), then the schema check; whether the site showed it (publishing/enqueueSiteUpdate.ts).
      beforeChange: [recordEditor, validateAgainstSchema(options.slug), noteLiveBefore],
      // What reaches or leaves the public site queues a site update.
      afterChange: [updateSiteAfterChange, lockAfterAutosave],
      // A document others still point to stays (hooks/refuseDeleteWhileReferenced.ts).
      beforeDelete: [refuseDeleteWhileReferenced],
      afterDelete: [updateSiteAfterDelete],
      afterRead: [hideEditorOnlyFields],
    },
    // Relationship targets come from the schema (fields/derivedRelations.ts); labels,
    // help, limits and checks from the field metadata in @toolkit/schemas (fields/fieldMeta.ts).
    fields: checkDraftsToo(
      withFieldMeta(
        options.slug,
        withDerivedRelations(options.slug, [slugField, viewOnSiteField, ...options.fields, completenessField, ...optional(sourcesSilentField(options.slug)), editedByField]),
      ),
    ),
  }
}

const optional = <T>(field: T | undefined): T[] => (field ? [field] : [])

/** The list columns with "Volledigheid" before the status. */
function withCompleteness(columns: string[]): string[] {
  const at = columns.indexOf('_status')
  return at === -1 ? [...columns, 'completeness'] : [...columns.slice(0, at), 'completeness', ...columns.slice(at)]
}

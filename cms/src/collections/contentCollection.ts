import type { CollectionConfig, Field } from 'payload'
import type { ContentCollectionSlug } from '@toolkit/schemas'
import { admins, editors, editorsOrPublished } from '../access/predicates.ts'
import { slugField } from '../fields/common.ts'
import { forceAnonymousReadsToPublished } from '../hooks/forceAnonymousReadsToPublished.ts'
import { validateAgainstSchema } from '../hooks/validateAgainstSchema.ts'

type Options = {
  slug: ContentCollectionSlug
  singular: string
  plural: string
  useAsTitle: string
  description?: string
  defaultColumns?: string[]
  fields: Field[]
}

/**
 * Every toolkit collection shares the same rules: drafts and versions, a
 * unique slug, public read of published documents only, editors write,
 * admins delete, and validation against the shared zod schema on publish.
 */
export function contentCollection(options: Options): CollectionConfig {
  return {
    slug: options.slug,
    labels: { singular: options.singular, plural: options.plural },
    admin: {
      useAsTitle: options.useAsTitle,
      description: options.description,
      defaultColumns: options.defaultColumns ?? [options.useAsTitle, 'slug', '_status', 'updatedAt'],
      listSearchableFields: [options.useAsTitle, 'slug'],
    },
    versions: { drafts: { autosave: false }, maxPerDoc: 50 },
    access: {
      read: editorsOrPublished,
      readVersions: editors,
      create: editors,
      update: editors,
      delete: admins,
    },
    hooks: {
      beforeOperation: [forceAnonymousReadsToPublished],
      beforeChange: [validateAgainstSchema(options.slug)],
    },
    fields: [slugField, ...options.fields],
  }
}

import type { ArrayField, Field, GroupField, JSONField, RelationshipField, SelectField, TextField, UIField } from 'payload'
import {
  AUDIENCES,
  SETTINGS,
  SOURCE_CHOICES,
  STIGMA_TYPES,
  completenessOf,
  silenceableFields,
  type ContentCollectionSlug,
} from '@toolkit/schemas'
import { editorsField } from '../access/predicates.ts'
import { duplicateSlug } from '../hooks/duplicateSlug.ts'
import { slugFromTitle } from '../hooks/slugFromTitle.ts'
import { TEXT_LIST, toSchemaShape } from '../content/shape.ts'
import { siteAddress } from '../preview/settings.ts'
import { DERIVED_RELATION, NOT_YET_DERIVED } from './derivedRelations.ts'
import { vocabularySelect } from './vocabulary.ts'

/**
 * Unique, indexed URL identifier. Label, help, length and the pattern check
 * come from the shared field metadata (`SHARED_FIELDS.slug` in @toolkit/schemas).
 */
export const slugField: TextField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar' },
  // A duplicate gets "<slug>-kopie", not Payload's "<slug> - Copy" that the slug pattern refuses; an empty slug comes from the title.
  hooks: { beforeDuplicate: [duplicateSlug], beforeValidate: [slugFromTitle] },
}

/**
 * A list of texts, one row (and one text box) per item. Label, help and
 * length come from the field metadata in @toolkit/schemas (fieldMeta.ts).
 */
export function textList(name: string, options: { minRows?: number; long?: boolean } = {}): ArrayField {
  return {
    name,
    type: 'array',
    minRows: options.minRows,
    // A list that must have rows is marked required (the asterisk); drafts may still lack it (checkDraftsToo).
    required: (options.minRows ?? 0) > 0 || undefined,
    custom: { shape: TEXT_LIST },
    labels: { singular: 'Punt', plural: 'Punten' },
    admin: { initCollapsed: false },
    fields: [
      options.long
        ? { name: 'text', label: 'Tekst', type: 'textarea', required: true }
        : { name: 'text', label: 'Tekst', type: 'text', required: true },
    ],
  }
}

/**
 * Relationship to documents of another collection, by id. Which collection,
 * and whether it holds one or a list, is not said here: the schema says it
 * (`ref(collection)` in @toolkit/schemas), and `contentCollection` fills it in
 * from `RELATION_FIELDS` (fields/derivedRelations.ts).
 */
export function relation(name: string, options: { required?: boolean } = {}): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo: NOT_YET_DERIVED,
    hasMany: false,
    index: true,
    required: options.required,
    custom: { [DERIVED_RELATION]: true },
  }
}

/** Which source document the facts come from; labels from `SHARED_FIELDS` in @toolkit/schemas. */
export const sourceField: GroupField = {
  name: 'source',
  type: 'group',
  fields: [
    {
      name: 'document',
      type: 'select',
      required: true,
      options: [...SOURCE_CHOICES],
    },
    { name: 'location', type: 'text' },
  ],
}

/**
 * Notes for the editors: what the sources leave open or where they disagree.
 * Only editors read them (REST, GraphQL, Local API without override); the
 * snapshot, and so the site, PDFs and embeds, never contain them. Label and
 * help from `SHARED_FIELDS` in @toolkit/schemas.
 */
export const editorNotesField: ArrayField = {
  ...textList('editorNotes', { long: true }),
  access: { read: editorsField, create: editorsField, update: editorsField },
}

/**
 * What the document still lacks, computed on every read from its fields by
 * the rules in `@toolkit/schemas` (completeness.ts). Virtual: never stored,
 * no column. Editors only.
 */
export const completenessField: JSONField = {
  name: 'completeness',
  type: 'json',
  virtual: true,
  access: { read: editorsField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableBulkEdit: true,
    disableListFilter: true,
    components: {
      Cell: '/admin/CompletenessCell#CompletenessCell',
      Field: '/admin/CompletenessField#CompletenessField',
      // Version comparison: words, not raw JSON (admin/CompletenessDiff.tsx).
      Diff: '/admin/CompletenessDiff#CompletenessDiff',
    },
  },
  hooks: {
    afterRead: [
      ({ collection, data }) => {
        if (!collection || !data) return undefined
        // Relations only need to be present, not resolved: a placeholder slug will do.
        const shape = toSchemaShape(collection.fields, data, (_target, id) => `ref-${String(id)}`)
        return completenessOf(collection.slug as ContentCollectionSlug, shape)
      },
    ],
  },
}

/**
 * "Bekijk op de site" in the sidebar of a published document (admin/ViewOnSite.tsx):
 * a link, no data; the address comes from SITE_URL, SITE_BASE and the shared routes.
 */
export const viewOnSiteField: UIField = {
  name: 'viewOnSite',
  label: 'Bekijk op de site',
  type: 'ui',
  admin: {
    position: 'sidebar',
    // A link in the edit view, nothing to show in a list ("View On Site" was offered as a column).
    disableListColumn: true,
    components: { Field: { path: '/admin/ViewOnSite#ViewOnSite', clientProps: { siteUrl: siteAddress().url, siteBase: siteAddress().base } } },
  },
}

/** The shared taxonomy tags, in a sidebar-friendly order. */
export const taxonomyFields: Field[] = [
  relation('themes'),
  vocabularySelect('stigmaTypes', STIGMA_TYPES, { hasMany: true }),
  vocabularySelect('audiences', AUDIENCES, { hasMany: true }),
  vocabularySelect('settings', SETTINGS, { hasMany: true }),
]

/** A duration range in minutes; labels and limits from the field metadata. */
export function minutesRangeField(name: string): GroupField {
  return {
    name,
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'min', type: 'number', required: true },
          { name: 'max', type: 'number', required: true },
        ],
      },
    ],
  }
}

/**
 * "Bronnen zeggen niets over": the fields an editor looked up and found the
 * sources silent on (`sourcesSilent` in @toolkit/schemas). They count as
 * complete and stay empty on the site; the options are the collection's
 * completeness fields that may stay empty. Editors only, like the notes.
 */
export function sourcesSilentField(slug: ContentCollectionSlug): SelectField | undefined {
  const options = silenceableFields(slug).map((field) => ({ value: field.path, label: field.label }))
  if (options.length === 0) return undefined
  return {
    name: 'sourcesSilent',
    type: 'select',
    hasMany: true,
    options,
    access: { read: editorsField, create: editorsField, update: editorsField },
    // Label and help from `SHARED_FIELDS` in @toolkit/schemas.
    admin: { position: 'sidebar' },
  }
}

/** The fields every toolkit document ends with: source and the editor notes. */
export const provenanceFields: Field[] = [sourceField, editorNotesField]

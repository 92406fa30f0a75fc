/**
 * Our content collections (cms/src/collections) as plain data for the bare
 * baseline: the same slugs, fields, field options, required flags, unique and
 * per-field indexes, and drafts; without anything of ours that acts on a
 * request (hooks, access rules, validators, the request guard, caching),
 * without our admin UI, the completeness and "Bekijk op de site" fields, our
 * default populate, our extra index on (_status, createdAt) and scheduled
 * publishing. Functions cannot cross JSON, so what remains is data only.
 */
import type { CollectionConfig, Field } from 'payload'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { Activities } from '../../cms/src/collections/Activities.ts'
import { Attachments } from '../../cms/src/collections/Attachments.ts'
import { Cases } from '../../cms/src/collections/Cases.ts'
import { Evidence } from '../../cms/src/collections/Evidence.ts'
import { Fragments } from '../../cms/src/collections/Fragments.ts'
import { Guidance } from '../../cms/src/collections/Guidance.ts'
import { Interventions } from '../../cms/src/collections/Interventions.ts'
import { Productions } from '../../cms/src/collections/Productions.ts'
import { Themes } from '../../cms/src/collections/Themes.ts'

const OURS = [Productions, Fragments, Activities, Interventions, Evidence, Cases, Guidance, Themes]

/** Field keys that carry our behaviour, not the data model. */
const BEHAVIOUR = new Set(['admin', 'access', 'hooks', 'validate', 'filterOptions'])

function bareFields(fields: Field[]): Field[] {
  return fields
    .filter((field) => field.type !== 'ui' && !('virtual' in field && field.virtual))
    .map((field) => {
      const kept = Object.fromEntries(Object.entries(field).filter(([key, value]) => !BEHAVIOUR.has(key) && typeof value !== 'function'))
      if ('fields' in field && Array.isArray(field.fields)) kept.fields = bareFields(field.fields)
      if (field.type === 'tabs') kept.tabs = field.tabs.map((tab) => ({ ...tab, fields: bareFields(tab.fields) }))
      return kept as Field
    })
}

/** The content collections, bare; throws when one of CONTENT_COLLECTIONS is not in the list above. */
export function bareCollections(): CollectionConfig[] {
  const missing = CONTENT_COLLECTIONS.filter((slug) => !OURS.some((collection) => collection.slug === slug))
  if (missing.length > 0) throw new Error(`bench/bare-payload/collections.ts mist ${missing.join(', ')}`)
  const bare: object[] = OURS.map((collection) => ({
    slug: collection.slug,
    labels: collection.labels,
    versions: { drafts: true },
    fields: bareFields(collection.fields),
  }))
  // The upload collection the content's attachment fields point to (Payload refuses a relation to a missing collection).
  bare.push({ slug: Attachments.slug, labels: Attachments.labels, upload: true, fields: bareFields(Attachments.fields) })
  // Through JSON: what is left is data, the same the baseline's config reads back.
  return JSON.parse(JSON.stringify(bare)) as CollectionConfig[]
}

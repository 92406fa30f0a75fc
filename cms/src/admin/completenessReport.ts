import type { PayloadRequest } from 'payload'
import { COMPLETENESS_RULES, CONTENT_COLLECTIONS, fieldLabelOf, type Completeness, type ContentCollectionSlug } from '@toolkit/schemas'
import { isEditorUser, userOf } from '../access/roles.ts'
import { fieldHref } from './completenessLinks.ts'
import { parentIdOf } from '../content/versionParent.ts'

/** One thing a document lacks, with a link to that field in the edit view. */
export type MissingItem = { path: string; label: string; href: string }

/** One incomplete document: what it is called, what it lacks and where to fix it. */
export type IncompleteDocument = {
  id: string | number
  title: string
  /** As Payload's list shows it: `changed` is a draft of a document that has a published version. */
  status: DisplayStatus
  missing: MissingItem[]
  /** Its edit view in the admin. */
  href: string
}

export type DisplayStatus = 'draft' | 'published' | 'changed'

/** Payload's own words for each status (its list view's status column), as translation keys. */
export const STATUS_LABEL_KEY = {
  draft: 'version:draft',
  published: 'version:published',
  changed: 'version:draftHasPublishedVersion',
} as const

/**
 * The documents among `drafts` that have a published version: Payload's rule
 * for "Concept (heeft gepubliceerde versie)" (enrichDocsWithVersionStatus in
 * @payloadcms/next's list view, not exported), in one query per collection.
 */
async function withPublishedVersion(req: PayloadRequest, collection: ContentCollectionSlug, drafts: Doc[]): Promise<Set<string>> {
  if (drafts.length === 0) return new Set()
  const { docs } = await req.payload.findVersions({
    collection,
    depth: 0,
    pagination: false,
    select: { parent: true },
    where: { and: [{ parent: { in: drafts.map((doc) => doc.id) } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((version) => String(parentIdOf(version))))
}

/** What the overview is narrowed to: one collection, one missing field (a path), or both. */
export type CompletenessFilter = { collection?: string; field?: string }

/** The fields completeness asks for in a collection, for the "missing field" filter. */
export function completenessFieldsOf(collection: ContentCollectionSlug): { path: string; label: string }[] {
  return COMPLETENESS_RULES[collection].map((rule) => ({ path: rule.path, label: fieldLabelOf(collection, rule.path) }))
}

/** The incomplete documents of one collection. */
export type CollectionCompleteness = {
  collection: ContentCollectionSlug
  /** The collection's plural label, e.g. "Filmfragmenten". */
  label: string
  /** Every document, complete or not. */
  total: number
  incomplete: IncompleteDocument[]
}

type Doc = { id: string | number; slug?: string; _status?: string; completeness?: Completeness } & Record<string, unknown>

/**
 * What the "Volledigheid" view shows: per content collection, the documents
 * that still lack something (their latest version, drafts included). Read with
 * the request's own access, so only editors get an answer; anyone else gets
 * `null`, never a list of documents.
 */
export async function completenessReport(req: PayloadRequest, filter: CompletenessFilter = {}): Promise<CollectionCompleteness[] | null> {
  if (!isEditorUser(userOf(req))) return null
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const report: CollectionCompleteness[] = []
  const collections = CONTENT_COLLECTIONS.filter((collection) => !filter.collection || collection === filter.collection)
  for (const collection of collections) {
    const config = payload.collections[collection]!.config
    const { docs } = await payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      sort: config.admin.useAsTitle ?? 'slug',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const titleField = config.admin.useAsTitle ?? 'slug'
    const shown = (docs as unknown as Doc[])
      .filter((doc) => doc.completeness && !doc.completeness.complete)
      .filter((doc) => !filter.field || doc.completeness!.missing.some((item) => item.path === filter.field))
    const changed = await withPublishedVersion(req, collection, shown.filter((doc) => doc._status !== 'published'))
    const incomplete = shown.map((doc) => ({
        id: doc.id,
        title: String(doc[titleField] ?? doc.slug ?? doc.id),
        status: (doc._status === 'published' ? 'published' : changed.has(String(doc.id)) ? 'changed' : 'draft') as DisplayStatus,
        missing: doc.completeness!.missing.map((item) => ({ ...item, href: fieldHref(adminRoute, collection, doc.id, item.path) })),
        href: `${adminRoute}/collections/${collection}/${doc.id}`,
      }))
    const plural = config.labels.plural
    report.push({ collection, label: typeof plural === 'string' ? plural : collection, total: docs.length, incomplete })
  }
  return report
}

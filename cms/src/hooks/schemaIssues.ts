/**
 * The shared zod schema's verdict on one field, for the field's own
 * validation. Why here and not only in validateAgainstSchema (beforeChange):
 * after a failed save the admin re-validates the form on the server with the
 * fields' `validate` functions (form state, `skipValidation: !submitted`),
 * and a field whose own check passes is marked valid again. An error that
 * only the beforeChange hook knew showed for half a second and was gone.
 * Answered from the field's validation it stays on the field until fixed.
 *
 * Drafts may lack parts (empty texts, too few rows: checked on publish), but
 * never hold a value of the wrong kind (a negative duration, "geen url"), so
 * those issues count on every save.
 */
import type { Field, PayloadRequest } from 'payload'
import { SCHEMAS, type ContentCollectionSlug } from '@toolkit/schemas'
import { toSchemaShape } from '../content/shape.ts'

type Issue = { code: string; path: PropertyKey[]; message: string; input?: unknown; origin?: string }

/** Issues of a part that is not there yet: drafts may have them. */
const isMissing = (issue: Issue) =>
  (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) ||
  (issue.code === 'too_small' && (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set')) ||
  issue.code === 'custom'

/** One parse per document data object, shared by all its fields' validations. */
const cache = new WeakMap<object, Issue[]>()

function issuesOf(slug: ContentCollectionSlug, fields: Field[], data: Record<string, unknown>): Issue[] {
  const cached = cache.get(data)
  if (cached) return cached
  const shape = toSchemaShape(fields, data, (_target, id) => `ref-${String(id).toLowerCase()}`)
  const result = SCHEMAS[slug].safeParse(shape)
  const issues = result.success ? [] : (result.error.issues as unknown as Issue[])
  cache.set(data, issues)
  return issues
}

/**
 * The schema's message for the field at `path` in this document, or true.
 * Only for the toolkit's content collections; anything else passes.
 */
export function schemaIssueAt(options: { collectionSlug?: string; data?: unknown; path?: (string | number)[]; req?: PayloadRequest }): string | true {
  const { collectionSlug, data, path, req } = options
  if (!collectionSlug || !(collectionSlug in SCHEMAS) || !data || typeof data !== 'object' || !path?.length || !req?.payload) return true
  const collection = req.payload.collections[collectionSlug as never]
  if (!collection) return true
  const draft = (data as { _status?: string })._status !== 'published'
  const at = path.join('.')
  const issue = issuesOf(collectionSlug as ContentCollectionSlug, collection.config.fields, data as Record<string, unknown>).find(
    (candidate) => candidate.path.join('.') === at && !(draft && isMissing(candidate)),
  )
  return issue ? issue.message : true
}

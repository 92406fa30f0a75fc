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
import { SCHEMAS, missingMessage, type ContentCollectionSlug } from '@toolkit/schemas'
import { TEXT_LIST, toSchemaShape } from '../content/shape.ts'
import { fieldAt } from '../fields/fieldLabel.ts'

/** `missing`: the part is not there at all (placeIssue), so a draft may lack it. */
export type Issue = { code: string; path: PropertyKey[]; message: string; input?: unknown; origin?: string; missing?: boolean }

/**
 * Whether the schema-shaped document has nothing here (content/shape.ts
 * leaves the CMS's nulls out). An empty choice is a part left out like an
 * empty text, not a wrong value: zod reports it as `invalid_value` ("Kies
 * een van de toegestane waarden"), and a draft with only "Plaats in de bron"
 * filled in was refused for it.
 */
const absent = (value: unknown) => value === undefined || value === null

/**
 * Where the form shows an issue and what it says. A part left out entirely
 * gets plain words (`missingMessage`) and is marked `missing`, and a left-out
 * group (the source, a duration) is shown on its first field: the admin draws
 * no message for a group itself, so "Bron" was named in the toast and marked
 * nowhere.
 */
export function placeIssue(slug: ContentCollectionSlug, fields: Field[], shape: unknown, issue: Issue): Issue {
  // An item of a text list is a row with one text field in the form (content/shape.ts).
  const list = typeof issue.path.at(-1) === 'number' ? fieldAt(fields, issue.path) : undefined
  // An empty row (its text null) is a part left out, not zod's "verwacht string, ontving null".
  if (list && 'custom' in list && list.custom?.shape === TEXT_LIST) {
    const path = [...issue.path, 'text']
    const empty = issue.code === 'invalid_type' && absent(valueAt(shape, issue.path))
    return { ...issue, path, ...(empty ? { missing: true, message: missingMessage(slug, path.filter((key) => typeof key === 'string').join('.')) } : {}) }
  }
  // zod leaves the input out of its issues; the schema-shaped document says whether the part is there.
  if ((issue.code !== 'invalid_type' && issue.code !== 'invalid_value') || !absent(valueAt(shape, issue.path))) return issue
  const field = fieldAt(fields, issue.path)
  const first = field?.type === 'group' ? firstNamed(field.fields) : undefined
  const path = first ? [...issue.path, first] : issue.path
  return { ...issue, path, missing: true, message: missingMessage(slug, path.filter((key) => typeof key === 'string').join('.')) }
}

/** Issues of a part that is not there yet: drafts may have them. */
const isMissing = (issue: Issue) =>
  issue.missing === true ||
  (issue.code === 'too_small' && (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set')) ||
  issue.code === 'custom'

/** The name of the first named field, looking through rows and other unnamed containers. */
function firstNamed(fields: Field[]): string | undefined {
  for (const field of fields) {
    if ('name' in field && field.name) return field.name
    const inner = 'fields' in field ? firstNamed(field.fields) : undefined
    if (inner) return inner
  }
  return undefined
}

function valueAt(node: unknown, path: readonly PropertyKey[]): unknown {
  let current = node
  for (const key of path) current = current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined
  return current
}

/** One parse per document data object, shared by all its fields' validations. */
const cache = new WeakMap<object, Issue[]>()

function issuesOf(slug: ContentCollectionSlug, fields: Field[], data: Record<string, unknown>): Issue[] {
  const cached = cache.get(data)
  if (cached) return cached
  const shape = toSchemaShape(fields, data, (_target, id) => `ref-${String(id).toLowerCase()}`)
  const result = SCHEMAS[slug].safeParse(shape)
  const issues = result.success ? [] : (result.error.issues as unknown as Issue[]).map((issue) => placeIssue(slug, fields, shape, issue))
  cache.set(data, issues)
  return issues
}

/**
 * The schema's message for the field at `path` in this document, or true.
 * Only for the toolkit's content collections; anything else passes.
 *
 * A draft's missing parts count only by the publish rules: when the document
 * is published or being published, or when the caller asks (`publish`: the
 * admin's form still shows a publish's refusal of this field, see
 * fields/checkDraftsToo.ts and fields/refusedMarks.ts). A draft is saved
 * without them.
 */
export function schemaIssueAt(options: { collectionSlug?: string; data?: unknown; path?: (string | number)[]; publish?: boolean; req?: PayloadRequest }): string | true {
  const { collectionSlug, data, path, req } = options
  if (!collectionSlug || !(collectionSlug in SCHEMAS) || !data || typeof data !== 'object' || !path?.length || !req?.payload) return true
  const collection = req.payload.collections[collectionSlug as never]
  if (!collection) return true
  const draft = !options.publish && (data as { _status?: string })._status !== 'published'
  const at = path.join('.')
  const issue = issuesOf(collectionSlug as ContentCollectionSlug, collection.config.fields, data as Record<string, unknown>).find(
    (candidate) => candidate.path.join('.') === at && !(draft && isMissing(candidate)),
  )
  return issue ? issue.message : true
}

/**
 * The fields Payload's own admin form sends beyond a collection's data fields.
 * For an auth collection the create-first-user, create-user, account and
 * reset-password forms add `password` and `confirm-password`; they are not in
 * the collection's field config but in the admin's form schema. The request
 * guard takes them from Payload's schema builder (`buildFieldSchemaMap`), the
 * same one the admin renders its forms from, so a field Payload adds in a
 * later version is accepted without a list of our own.
 */
import { buildFieldSchemaMap } from '@payloadcms/ui/utilities/buildFieldSchemaMap/index'
import type { Field, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

type FormOnlyField = Field & { name: string; validate?: (value: unknown, options: Record<string, unknown>) => true | string | Promise<true | string> }

const cache = new Map<string, FormOnlyField[]>()

/** Top-level fields of the collection's admin form that are no data fields of the collection. */
export function formOnlyFields(req: PayloadRequest, collection: SanitizedCollectionConfig): FormOnlyField[] {
  const cached = cache.get(collection.slug)
  if (cached) return cached
  const dataFields = new Set(collection.flattenedFields.map((field: FlattenedField) => field.name))
  const { fieldSchemaMap: schemaMap } = buildFieldSchemaMap({ collectionSlug: collection.slug, config: req.payload.config, i18n: req.i18n } as Parameters<typeof buildFieldSchemaMap>[0])
  const top = (schemaMap.get(collection.slug) as { fields?: Field[] } | undefined)?.fields ?? []
  const extra = top.filter((field): field is FormOnlyField => 'name' in field && typeof field.name === 'string' && !dataFields.has(field.name))
  cache.set(collection.slug, extra)
  return extra
}

/**
 * Checks the form-only fields a request carries with the validators the admin
 * form runs on them (e.g. `confirm-password` equals `password`); an API
 * client that leaves them out is not asked for them.
 */
export async function formOnlyProblem(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
): Promise<{ path: string; message: string } | undefined> {
  for (const field of formOnlyFields(req, collection)) {
    if (!(field.name in data) || typeof field.validate !== 'function') continue
    const result = await field.validate(data[field.name], { req, siblingData: data, data, required: false, collectionSlug: collection.slug })
    if (result !== true) return { path: field.name, message: String(result) }
  }
  return undefined
}

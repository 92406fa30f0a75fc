import type { FieldHook } from 'payload'
import { slugFrom } from '@toolkit/schemas'
import { freeSlug } from './duplicateSlug.ts'

/**
 * A new document's slug from its title when the editor left it empty: a new
 * intervention named "Dialoogdag GGZ" gets "dialoogdag-ggz" (or
 * "dialoogdag-ggz-2" when that is taken), instead of a publish refused
 * with "Slug (webadres): Vul dit in". A slug the editor typed stays, and a
 * document that has one never gets another from its title.
 */
export const slugFromTitle: FieldHook = async ({ value, data, originalDoc, collection, req }) => {
  if ((typeof value === 'string' && value.trim() !== '') || !collection) return value
  // A document that has a slug keeps its address: emptying it is refused (required), never replaced from the title.
  if (originalDoc?.slug) return value
  const titleField = collection.admin?.useAsTitle
  const title = titleField ? (data?.[titleField] ?? originalDoc?.[titleField]) : undefined
  const base = typeof title === 'string' ? slugFrom(title) : ''
  if (!base) return value
  return freeSlug(base, collection.slug, req, originalDoc?.id ?? data?.id)
}

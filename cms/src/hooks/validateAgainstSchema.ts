import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { SCHEMAS, describeIssue, type ContentCollectionSlug } from '@toolkit/schemas'
import { toSchemaShape } from '../content/shape.ts'
import { fieldLabel } from '../fields/fieldLabel.ts'
import { placeIssue, type Issue } from './schemaIssues.ts'

/**
 * On publish, check the document against the shared zod schema, the same
 * check the site's build runs, so editors hear about a problem in the admin
 * form instead of from a failed site build. Drafts may be incomplete.
 */
export function validateAgainstSchema(slug: ContentCollectionSlug): CollectionBeforeChangeHook {
  return ({ collection, data, req }) => {
    if (data._status !== 'published') return data
    // Relations are checked by Payload itself; give them a placeholder slug.
    const shape = toSchemaShape(collection.fields, data, (_target, id) => `ref-${String(id).toLowerCase()}`)
    const result = SCHEMAS[slug].safeParse(shape)
    if (result.success) return data
    throw new ValidationError({
      collection: slug,
      // Dutch (zod's locale is set in @toolkit/schemas) and naming the field by the label editors see.
      // A part left out entirely is named on the field the editor fills in, in plain words (placeIssue).
      errors: result.error.issues.map((raw) => {
        const issue = placeIssue(slug, collection.fields, shape, raw as unknown as Issue)
        const label = fieldLabel(collection.fields, issue.path)
        return { path: issue.path.join('.'), label, message: issue === (raw as unknown) ? describeIssue(raw, () => label) : issue.message }
      }),
    }, req?.t)
  }
}

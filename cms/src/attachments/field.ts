import type { UploadField } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'

/**
 * "Bijlagen" on a fragment, werkvorm or production: files from the
 * attachments collection, in the order readers see them. Label and help
 * come from @toolkit/schemas (fields.ts) like every other field's.
 */
export const attachmentsField: UploadField = {
  name: 'attachments',
  type: 'upload',
  relationTo: COLLECTIONS.attachments,
  hasMany: true,
}

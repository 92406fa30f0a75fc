import type { Field } from 'payload'
import { UPLOAD_FIELDS } from '@toolkit/schemas'

/**
 * Dutch names for the upload fields Payload labels in English itself ("MIME
 * Type", "Thumbnail URL", in the list's columns and filters), the file's
 * fields named as the schema names them (the open data's columns say the
 * same). Payload merges a field of the same name into its own
 * (`mergeBaseFields`), so only the label changes: same columns, same hooks.
 */
export const uploadFieldLabels: Field[] = [
  { name: 'url', type: 'text', label: UPLOAD_FIELDS.url.label },
  { name: 'filename', type: 'text', label: UPLOAD_FIELDS.filename.label },
  { name: 'mimeType', type: 'text', label: UPLOAD_FIELDS.mimeType.label },
  { name: 'filesize', type: 'number', label: UPLOAD_FIELDS.filesize.label },
  { name: 'thumbnailURL', type: 'text', label: 'Adres van de miniatuur' },
]

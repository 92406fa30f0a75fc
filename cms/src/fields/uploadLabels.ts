import type { Field } from 'payload'

/**
 * Dutch names for the upload fields Payload labels in English itself ("MIME
 * Type", "Thumbnail URL", in the list's columns and filters). Payload
 * merges a field of the same name into its own (`mergeBaseFields`), so only
 * the label changes: same columns, same hooks.
 */
export const uploadFieldLabels: Field[] = [
  { name: 'mimeType', type: 'text', label: 'Bestandstype' },
  { name: 'thumbnailURL', type: 'text', label: 'Adres van de miniatuur' },
]

import type { SelectField } from 'payload'
import type { VocabularyEntry } from '@toolkit/schemas'

type Options = { required?: boolean; hasMany?: boolean; description?: string; defaultValue?: string }

/** A select whose options come from one of the schemas' vocabularies (never repeated here); its label from the field metadata. */
export function vocabularySelect(
  name: string,
  vocabulary: readonly VocabularyEntry[],
  options: Options = {},
): SelectField {
  const base = {
    name,
    type: 'select' as const,
    options: vocabulary.map(({ value, label: optionLabel }) => ({ value, label: optionLabel })),
    required: options.required ?? false,
    index: true,
    defaultValue: options.defaultValue,
    admin: { description: options.description },
  }
  return options.hasMany ? { ...base, hasMany: true } : { ...base, hasMany: false }
}

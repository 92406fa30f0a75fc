import { z } from 'zod'
import { valuesOf, type VocabularyEntry } from './vocabularies.ts'

/**
 * A choice among labelled values (a vocabulary, the source documents): the
 * `z.enum` of their stored values that also knows each value's label, so a
 * refusal names the choices as the admin's form lists them ("Ambulante
 * zorg"), not by the keys it stores ("ambulatory"). dutchIssues.ts reads the
 * labels from the schema.
 */
export const choiceLabels = z.registry<{ labels: ReadonlyMap<string, string> }>()

export function choice<V extends string>(entries: readonly VocabularyEntry<V>[]) {
  const schema = z.enum(valuesOf(entries))
  choiceLabels.add(schema, { labels: new Map<string, string>(entries.map((entry) => [entry.value, entry.label])) })
  return schema
}

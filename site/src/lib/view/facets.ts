/**
 * The filters of the listings: which facets exist, their Dutch labels and
 * the options that occur in a set of items (with counts).
 */
import {
  AUDIENCES,
  DURATION_BANDS,
  EVIDENCE_LEVELS,
  EVIDENCE_LEVEL_LABEL,
  FIELDS,
  FORMATS,
  SETTINGS,
  STIGMA_TYPES,
  type VocabularyEntry,
} from '@toolkit/schemas'
import type { Content } from '../content/index.ts'
import { SECTIONS } from '../routes.ts'
import { ITEM_COLLECTIONS, type ListItem } from './items.ts'
import { byName, stigmaThemes } from './taxonomy.ts'

export type FacetKey = 'soort' | 'thema' | 'stigma' | 'doelgroep' | 'zorgvorm' | 'vorm' | 'duur' | 'niveau'

/** URL keys of the filters, in the order they are shown. */
export const FACET_KEYS: readonly FacetKey[] = ['soort', 'thema', 'stigma', 'doelgroep', 'zorgvorm', 'vorm', 'duur', 'niveau']

/** The filters' headings; a filter on a field is named as the field (@toolkit/schemas fields.ts). */
export const FACET_LABELS: Record<FacetKey, string> = {
  soort: 'Soort inhoud',
  thema: FIELDS.fragments.themes.label,
  stigma: FIELDS.fragments.stigmaTypes.label,
  doelgroep: FIELDS.fragments.audiences.label,
  zorgvorm: FIELDS.fragments.settings.label,
  vorm: FIELDS.interventions.formats.label,
  // Bands of the durations in minutes (DURATION_BANDS), across collections.
  duur: 'Duur',
  niveau: EVIDENCE_LEVEL_LABEL,
}


export type FacetOption = { value: string; label: string; count: number }
export type FacetGroup = { key: FacetKey; label: string; options: FacetOption[] }

function vocabularyFor(key: FacetKey, content: Content): readonly VocabularyEntry[] {
  switch (key) {
    case 'soort':
      return ITEM_COLLECTIONS.map((collection) => ({ value: collection, label: SECTIONS[collection].title }))
    case 'thema':
      return [...content.collections.themes]
        .sort(byName)
        .map((theme) => ({ value: theme.slug, label: theme.name }))
    case 'stigma': {
      // A stigma type with a theme of the same name is shown once, as that theme (taxonomy.ts).
      const merged = stigmaThemes(content.collections.themes)
      return STIGMA_TYPES.filter((type) => !merged.has(type.value))
    }
    case 'doelgroep':
      return AUDIENCES
    case 'zorgvorm':
      return SETTINGS
    case 'vorm':
      return FORMATS
    case 'duur':
      return DURATION_BANDS
    case 'niveau':
      return EVIDENCE_LEVELS
  }
}

/**
 * The filter groups for a list of items: per facet the options that occur,
 * in vocabulary order, with the number of items that have them. Facets that
 * would not narrow the list down (no options, or one option every item has)
 * are left out.
 */
export function facetGroups(items: readonly ListItem[], keys: readonly FacetKey[], content: Content): FacetGroup[] {
  return keys
    .map((key) => {
      const options = vocabularyFor(key, content)
        .map((entry) => ({
          value: entry.value,
          label: entry.label,
          count: items.filter((item) => item.facets[key]?.includes(entry.value)).length,
        }))
        .filter((option) => option.count > 0)
      return { key, label: FACET_LABELS[key], options }
    })
    .filter((group) => group.options.length > 1 || (group.options.length === 1 && group.options[0]!.count < items.length))
}

import { FIELDS } from './fields.ts'
import type { ContentCollectionSlug } from './slugs.ts'
import { SETTINGS, STIGMA_TYPES } from './vocabularies.ts'

/**
 * The gap map (dekking): how many methods exist for each stigma type in each
 * care setting, optionally for one audience. A method is something a team
 * can do: a film fragment, an activity or an intervention. The site's
 * /dekking/ and the admin's "Dekking" view count the same collections.
 */
export const COVERAGE_COLLECTIONS = ['fragments', 'activities', 'interventions'] as const satisfies readonly ContentCollectionSlug[]
export type CoverageCollection = (typeof COVERAGE_COLLECTIONS)[number]

/**
 * The gap map's headings, one definition for the site's /dekking/ and the
 * admin's "Dekking": the rows and columns are named like the fields editors
 * tag methods with (fields.ts), the totals in the same words.
 */
export const COVERAGE_HEADINGS = {
  /** The rows: the field "Soort stigma". */
  stigmaTypes: FIELDS.interventions.stigmaTypes.label,
  /** The columns: the field "Setting". */
  settings: FIELDS.interventions.settings.label,
  /** The choice of audience: the field "Doelgroep". */
  audiences: FIELDS.interventions.audiences.label,
  /** The column of each row's methods in any setting, or none. */
  allSettings: 'Alle settings',
  /** The row of each column's methods of any stigma type. */
  allStigmaTypes: 'Alle soorten stigma',
  /** The map over every audience (the choice's first option, the site's first link). */
  allAudiences: 'Alle doelgroepen',
} as const

/** What the gap map reads of a method: its tags, themes by any key (a slug on the site, an id in the CMS). */
export type CoverageMethod = {
  stigmaTypes?: readonly string[] | null
  settings?: readonly string[] | null
  audiences?: readonly string[] | null
  themes?: readonly (string | number)[] | null
}

/** How many methods of each collection, and all together. */
export type CoverageCount = { counts: Record<CoverageCollection, number>; total: number }

export type CoverageCounts = {
  /** Per stigma type (STIGMA_TYPES' order): per setting (SETTINGS' order), and in any setting (`all`). */
  rows: { stigmaType: string; cells: (CoverageCount & { setting: string })[]; all: CoverageCount }[]
  /** Per setting, the methods of any stigma type. */
  columnTotals: (CoverageCount & { setting: string })[]
  /** Every method (for the audience). */
  total: CoverageCount
}

const comparable = (text: string) => text.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Stigma type → the key of the theme named like it ("self" → the theme
 * "Zelfstigma"): one subject, so a method tagged with either counts for it.
 * The rule follows the names editors give; nothing is hard-coded.
 */
export function stigmaThemeKeys<K>(themes: readonly { key: K; name: string }[]): Map<string, K> {
  const map = new Map<string, K>()
  for (const type of STIGMA_TYPES) {
    const theme = themes.find((candidate) => comparable(candidate.name) === comparable(type.label))
    if (theme) map.set(type.value, theme.key)
  }
  return map
}

/**
 * The gap map's numbers: per stigma type and setting how many methods have
 * both, per collection; a method counts in every stigma type, setting and
 * audience it is tagged with, and for a stigma type also when it has the
 * theme of that name (`stigmaThemeKeys`). Methods without a setting count
 * only in "Alle settings". The site's /dekking/ and the admin's "Dekking"
 * both count with this, so they agree on the same documents.
 */
export function coverageCounts(
  methods: { readonly [C in CoverageCollection]: readonly CoverageMethod[] },
  themeOfStigmaType: ReadonlyMap<string, string | number>,
  audience?: string,
): CoverageCounts {
  const forAudience = {} as Record<CoverageCollection, readonly CoverageMethod[]>
  for (const collection of COVERAGE_COLLECTIONS) forAudience[collection] = methods[collection].filter((doc) => !audience || (doc.audiences ?? []).includes(audience))
  const count = (matches: (doc: CoverageMethod) => boolean): CoverageCount => {
    const counts = Object.fromEntries(COVERAGE_COLLECTIONS.map((collection) => [collection, forAudience[collection].filter(matches).length])) as Record<CoverageCollection, number>
    return { counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) }
  }
  const hasType = (type: string) => {
    const theme = themeOfStigmaType.get(type)
    return (doc: CoverageMethod) =>
      (doc.stigmaTypes ?? []).includes(type) || (theme !== undefined && (doc.themes ?? []).some((key) => String(key) === String(theme)))
  }
  const inSetting = (setting: string) => (doc: CoverageMethod) => (doc.settings ?? []).includes(setting)
  return {
    rows: STIGMA_TYPES.map((type) => ({
      stigmaType: type.value,
      cells: SETTINGS.map((setting) => ({ setting: setting.value, ...count((doc) => hasType(type.value)(doc) && inSetting(setting.value)(doc)) })),
      all: count(hasType(type.value)),
    })),
    columnTotals: SETTINGS.map((setting) => ({ setting: setting.value, ...count(inSetting(setting.value)) })),
    total: count(() => true),
  }
}

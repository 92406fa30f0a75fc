import type { ContentCollectionSlug } from './slugs.ts'

/**
 * What each kind of content is called, once: the CMS's collection labels,
 * the site's headings, type labels and counts, the PDFs' document type and
 * the planner's part titles all take the name from here.
 */
export type ContentTypeName = {
  /** One item, as a type label: "Werkvorm". */
  readonly singular: string
  /** Several, as a heading: "Werkvormen". */
  readonly plural: string
  /** Lowercase plural for counts ("3 werkvormen"), where the plural heading does not count well. */
  readonly counted: string
  /** "This one", with the right article, for sentences about one item: "deze werkvorm", "dit fragment". */
  readonly demonstrative: string
}

/** `neuter`: a het-word ("het fragment", so "dit fragment"). */
const name = (singular: string, plural: string, options: { counted?: string; neuter?: boolean } = {}): ContentTypeName => ({
  singular,
  plural,
  counted: options.counted ?? plural.toLocaleLowerCase('nl'),
  demonstrative: `${options.neuter ? 'dit' : 'deze'} ${singular.toLocaleLowerCase('nl')}`,
})

export const CONTENT_TYPES: Record<ContentCollectionSlug, ContentTypeName> = {
  themes: name('Thema', 'Thema’s', { neuter: true }),
  productions: name('Impactproductie', 'Impactproducties'),
  fragments: name('Filmfragment', 'Filmfragmenten', { neuter: true }),
  activities: name('Werkvorm', 'Werkvormen'),
  interventions: name('Interventie', 'Interventies'),
  // Evidence is a mass noun in Dutch: one table or finding is "onderbouwing" too.
  evidence: name('Onderbouwing', 'Onderbouwing', { counted: 'onderdelen onderbouwing' }),
  cases: name('Casus', 'Casussen'),
  guidance: name('Handreiking', 'Handreikingen'),
}

/**
 * One shape for every kind of content in lists, filters and search metadata:
 * title, summary, a few facts and the facet values the filters use.
 */
import { respondentsShort } from './respondents.ts'
import { FORMATS, formatSeconds, labelOf, type ContentCollectionSlug } from '@toolkit/schemas'
import type { AnyDoc, Content, DocOf } from '../content/index.ts'
import { selection } from '../content/reads.ts'
import { pathOf, SECTIONS } from '../routes.ts'
import { durationBands, durationOf } from './duration.ts'
import type { FacetValues } from './filters.ts'
import { formatMinutesRange } from './format.ts'
import { stigmaTypesOf, themesOf } from './taxonomy.ts'

export type ListItem = {
  collection: ContentCollectionSlug
  slug: string
  /** Site path without base, e.g. `/interventies/wrap/`. */
  path: string
  title: string
  /** "Interventie", "Werkvorm", … */
  typeLabel: string
  summary?: string
  /** Short facts for the card: duration, format, table number. */
  facts: string[]
  /** Values per facet key (see facets.ts), for filters. */
  facets: FacetValues
}

/** The collections that make up the browsable toolkit (themes are a taxonomy, not items). */
export const ITEM_COLLECTIONS = [
  'fragments',
  'activities',
  'interventions',
  'cases',
  'guidance',
  'evidence',
  'productions',
] as const satisfies readonly ContentCollectionSlug[]
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number]

/** Title as readers see it; interventions carry their abbreviation: "Honest, Open, Proud (HOP)". */
export function titleOf(collection: ContentCollectionSlug, doc: AnyDoc): string {
  if (collection === 'interventions') {
    const { name, abbreviation } = doc as DocOf<'interventions'>
    return abbreviation ? `${name} (${abbreviation})` : name
  }
  if (collection === 'themes') return (doc as DocOf<'themes'>).name
  return (doc as { title: string }).title
}

function summaryOf(collection: ItemCollection, doc: AnyDoc): string | undefined {
  switch (collection) {
    case 'fragments':
      return (doc as DocOf<'fragments'>).description
    case 'interventions':
      return (doc as DocOf<'interventions'>).aim
    case 'guidance':
      return (doc as DocOf<'guidance'>).intro ?? (doc as DocOf<'guidance'>).items[0]
    case 'evidence': {
      const evidence = doc as DocOf<'evidence'>
      return evidence.kind === 'key-finding' ? evidence.statement : (evidence.summary ?? evidence.question)
    }
    default:
      return (doc as { summary?: string }).summary
  }
}

function factsOf(collection: ItemCollection, doc: AnyDoc, content: Content): string[] {
  const duration = durationOf(collection, doc)
  switch (collection) {
    case 'fragments': {
      const fragment = doc as DocOf<'fragments'>
      const production = content.find('productions', fragment.production)
      return [
        `Fragment ${fragment.number}${production ? ` van ${production.title}` : ''}`,
        formatSeconds(fragment.durationSeconds),
      ]
    }
    case 'interventions': {
      const intervention = doc as DocOf<'interventions'>
      return [
        // No empty entry when the sources give no format.
        ...(intervention.formats.length ? [intervention.formats.map((format) => labelOf(FORMATS, format)).join(', ')] : []),
        ...(intervention.duration ? [intervention.duration] : []),
      ]
    }
    case 'evidence': {
      const evidence = doc as DocOf<'evidence'>
      return evidence.kind === 'survey-table'
        ? [`Tabel ${evidence.tableNumber}`, `${evidence.population === 'clients' ? 'Cliënten' : 'Hulpverleners'}, ${respondentsShort(evidence)}`]
        : [evidence.figure ? `Kerncijfer ${evidence.figure}` : 'Bevinding', ...(evidence.citation ? [`${evidence.citation.authors} (${evidence.citation.year})`] : [])]
    }
    case 'guidance':
      return [`${(doc as DocOf<'guidance'>).items.length} punten`]
    case 'cases':
      return []
    default:
      return duration ? [formatMinutesRange(duration)] : []
  }
}

function facetsOf(collection: ItemCollection, doc: AnyDoc, content: Content): FacetValues {
  const tagged = doc as DocOf<'fragments'>
  const facets: Record<string, string[]> = {
    soort: [collection],
    thema: themesOf(tagged, content),
    stigma: stigmaTypesOf(tagged, content),
    doelgroep: tagged.audiences,
    zorgvorm: tagged.settings,
    duur: durationBands(durationOf(collection, doc)),
  }
  if (collection === 'interventions') {
    const intervention = doc as DocOf<'interventions'>
    facets.vorm = intervention.formats
    facets.niveau = intervention.evidenceLevel ? [intervention.evidenceLevel] : []
  }
  return facets
}

export function toListItem(collection: ItemCollection, doc: AnyDoc, content: Content): ListItem {
  return {
    collection,
    slug: doc.slug,
    path: pathOf(collection, doc.slug),
    title: titleOf(collection, doc),
    typeLabel: SECTIONS[collection].singular,
    summary: summaryOf(collection, doc),
    facts: factsOf(collection, doc, content).filter(Boolean),
    facets: facetsOf(collection, doc, content),
  }
}

/** All items of one collection, in reading order (fragments by number, others by title). A selection (content/reads.ts). */
export const listItems = selection('lib/view/items.ts#listItems', (content: Content, collection: ItemCollection): ListItem[] => {
  const docs = [...(content.collections[collection] as AnyDoc[])]
  if (collection === 'fragments') {
    docs.sort((a, b) => (a as DocOf<'fragments'>).number - (b as DocOf<'fragments'>).number)
  }
  const items = docs.map((doc) => toListItem(collection, doc, content))
  if (collection !== 'fragments') items.sort((a, b) => a.title.localeCompare(b.title, 'nl'))
  return items
})

/** Every item of the toolkit, grouped by collection in ITEM_COLLECTIONS order. */
export const allItems = selection('lib/view/items.ts#allItems', (content: Content): ListItem[] =>
  ITEM_COLLECTIONS.flatMap((collection) => listItems(content, collection)),
)

/** The items tagged with a theme (or its stigma type), for its page: a page depends on these, not on every item. */
export const itemsWithTheme = selection('lib/view/items.ts#itemsWithTheme', (content: Content, theme: string): ListItem[] =>
  allItems(content).filter((item) => item.facets.thema?.includes(theme)),
)

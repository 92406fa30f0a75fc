/** How a part of a plan is named: its title in messages and its key while the plan is edited. */
import { isShort, SHORT_BELOW } from './rules.ts'
import type { ItemKind, PlanItem, PlannerCatalog } from './types.ts'

/** The title of a part of the guide's structure, in messages and on the run sheet; `minutes` is the plan's time (a short plan has one action point). */
export function structureTitle(kind: Exclude<ItemKind, 'fragment' | 'activity'>, minutes: number): string {
  switch (kind) {
    case 'opening':
      return 'Opening'
    case 'theory':
      return 'Theorie over (de)stigma'
    case 'actions':
      return isShort(minutes) ? 'Eén actiepunt' : 'Top 3 actiepunten'
    case 'closing':
      return 'Afsluiting'
  }
}

/** A part's title in messages ("Filmfragment Hoop"; the run sheet's headings are `partTitle` in describe.ts). */
export function titleOf(item: PlanItem, catalog: PlannerCatalog, minutes = SHORT_BELOW): string {
  switch (item.kind) {
    case 'fragment':
      return `Filmfragment ${catalog.fragments.find((fragment) => fragment.slug === item.slug)?.title ?? item.slug}`
    case 'activity':
      return `Werkvorm ${catalog.activities.find((activity) => activity.slug === item.slug)?.title ?? item.slug}`
    default:
      return structureTitle(item.kind, minutes)
  }
}

/** A part's key, stable while the plan is edited: `fragment-hoop`, `opening`. */
export function partKeyOf(item: PlanItem): string {
  return 'slug' in item ? `${item.kind}-${item.slug}` : item.kind
}

/**
 * The detail component of each kind of item and the prop it takes its
 * document by: one map for the item's page (src/pages/[section]/[slug].astro)
 * and the draft preview (src/preview/render.ts). Themes
 * have none: a theme's page lists what is tagged with it (src/pages/themas/).
 */
import type { ContentCollectionSlug } from '@toolkit/schemas'
import type { AnyDoc, Content, DocOf } from '../../lib/content/index.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from '../../lib/view/items.ts'
import ActivityDetail from './ActivityDetail.astro'
import CaseDetail from './CaseDetail.astro'
import EvidenceDetail from './EvidenceDetail.astro'
import FragmentDetail from './FragmentDetail.astro'
import GuidanceDetail from './GuidanceDetail.astro'
import InterventionDetail from './InterventionDetail.astro'
import ProductionDetail from './ProductionDetail.astro'

type Component = typeof ActivityDetail
// `props` as a method: checked bivariantly, so each kind's entry fits the map's common type in detailOf.
type Detail<C extends ItemCollection> = { readonly component: Component; props(content: Content, doc: DocOf<C>): Record<string, unknown> }

const DETAILS: { readonly [C in ItemCollection]: Detail<C> } = {
  fragments: { component: FragmentDetail, props: (content, fragment) => ({ content, fragment }) },
  activities: { component: ActivityDetail, props: (content, activity) => ({ content, activity }) },
  interventions: { component: InterventionDetail, props: (content, intervention) => ({ content, intervention }) },
  cases: { component: CaseDetail, props: (content, casus) => ({ content, casus }) },
  guidance: { component: GuidanceDetail, props: (content, guidance) => ({ content, guidance }) },
  evidence: { component: EvidenceDetail, props: (content, evidence) => ({ content, evidence }) },
  productions: { component: ProductionDetail, props: (content, production) => ({ content, production }) },
}

const ITEMS = new Set<string>(ITEM_COLLECTIONS)

/** The component that renders `doc` and its props, or undefined when its collection has no detail template (themes). */
export function detailOf(collection: ContentCollectionSlug, content: Content, doc: AnyDoc): { Detail: Component; props: Record<string, unknown> } | undefined {
  if (!ITEMS.has(collection)) return undefined
  const detail: Detail<ItemCollection> = DETAILS[collection as ItemCollection]
  return { Detail: detail.component, props: detail.props(content, doc as DocOf<ItemCollection>) }
}

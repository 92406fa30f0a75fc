/**
 * The detail component of each kind of document and the prop it takes its
 * document by: one map for the item's page (src/pages/[section]/[slug].astro),
 * the theme's (src/pages/themas/[slug].astro: what is tagged with it) and the
 * draft preview (src/preview/render.ts).
 */
import type { ContentCollectionSlug } from '@toolkit/schemas'
import type { AnyDoc, Content, DocOf } from '../../lib/content/index.ts'
import ActivityDetail from './ActivityDetail.astro'
import CaseDetail from './CaseDetail.astro'
import EvidenceDetail from './EvidenceDetail.astro'
import FragmentDetail from './FragmentDetail.astro'
import GuidanceDetail from './GuidanceDetail.astro'
import InterventionDetail from './InterventionDetail.astro'
import ProductionDetail from './ProductionDetail.astro'
import ThemeDetail from './ThemeDetail.astro'

type Component = typeof ActivityDetail
// `props` as a method: checked bivariantly, so each kind's entry fits the map's common type in detailOf.
type Detail<C extends ContentCollectionSlug> = { readonly component: Component; props(content: Content, doc: DocOf<C>): Record<string, unknown> }

const DETAILS: { readonly [C in ContentCollectionSlug]: Detail<C> } = {
  fragments: { component: FragmentDetail, props: (content, fragment) => ({ content, fragment }) },
  activities: { component: ActivityDetail, props: (content, activity) => ({ content, activity }) },
  interventions: { component: InterventionDetail, props: (content, intervention) => ({ content, intervention }) },
  cases: { component: CaseDetail, props: (content, casus) => ({ content, casus }) },
  guidance: { component: GuidanceDetail, props: (content, guidance) => ({ content, guidance }) },
  evidence: { component: EvidenceDetail, props: (content, evidence) => ({ content, evidence }) },
  productions: { component: ProductionDetail, props: (content, production) => ({ content, production }) },
  themes: { component: ThemeDetail, props: (content, theme) => ({ content, theme }) },
}

/** The component that renders `doc` and its props. */
export function detailOf(collection: ContentCollectionSlug, content: Content, doc: AnyDoc): { Detail: Component; props: Record<string, unknown> } {
  const detail: Detail<ContentCollectionSlug> = DETAILS[collection]
  return { Detail: detail.component, props: detail.props(content, doc as DocOf<ContentCollectionSlug>) }
}

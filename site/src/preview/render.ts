/**
 * Renders one document of a snapshot with the site's own detail templates:
 * the draft preview (site/scripts/preview-server.mjs loads this module through
 * Vite, with Astro's container API). The snapshot is validated by the same
 * loader as the build, so a draft that would fail the build fails here too,
 * with the same messages.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { ContentCollectionSlug } from '@toolkit/schemas'
import ActivityDetail from '../components/details/ActivityDetail.astro'
import CaseDetail from '../components/details/CaseDetail.astro'
import EvidenceDetail from '../components/details/EvidenceDetail.astro'
import FragmentDetail from '../components/details/FragmentDetail.astro'
import GuidanceDetail from '../components/details/GuidanceDetail.astro'
import InterventionDetail from '../components/details/InterventionDetail.astro'
import ProductionDetail from '../components/details/ProductionDetail.astro'
import { indexContent, type AnyDoc, type Content } from '../lib/content/index.ts'
import { parseSnapshot } from '../lib/content/load.ts'

type Detail = { component: Parameters<AstroContainer['renderToString']>[0]; props: (content: Content, doc: AnyDoc) => Record<string, unknown> }

/** The component each page renders for a document (see src/pages/<section>/[slug].astro). */
const DETAILS: Partial<Record<ContentCollectionSlug, Detail>> = {
  activities: { component: ActivityDetail, props: (content, doc) => ({ content, activity: doc }) },
  cases: { component: CaseDetail, props: (content, doc) => ({ content, casus: doc }) },
  evidence: { component: EvidenceDetail, props: (content, doc) => ({ content, evidence: doc }) },
  fragments: { component: FragmentDetail, props: (content, doc) => ({ content, fragment: doc }) },
  guidance: { component: GuidanceDetail, props: (content, doc) => ({ content, guidance: doc }) },
  interventions: { component: InterventionDetail, props: (content, doc) => ({ content, intervention: doc }) },
  productions: { component: ProductionDetail, props: (content, doc) => ({ content, production: doc }) },
}

/** A document that has no page of its own to preview. */
export class PreviewUnavailable extends Error {}

let container: Promise<AstroContainer> | undefined

/** The page of `slug` in `collection`, rendered from `raw` (snapshot JSON with the draft in it). */
export async function renderDocument(raw: unknown, collection: ContentCollectionSlug, slug: string): Promise<string> {
  const content = indexContent(parseSnapshot(raw, 'voorbeeld'))
  const doc = content.find(collection, slug)
  if (!doc) throw new Error(`${collection}/${slug} staat niet in de voorbeeldinhoud`)
  const detail = DETAILS[collection]
  // A theme page lists what is tagged with it; it has no detail template of its own.
  if (!detail) throw new PreviewUnavailable('Van een thema is geen voorbeeld te zien: de themapagina toont wat ermee getagd is, en verschijnt na publiceren.')
  container ??= AstroContainer.create()
  return (await container).renderToString(detail.component, { props: detail.props(content, doc), params: { slug }, partial: false })
}

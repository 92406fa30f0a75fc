/**
 * The pages the content model makes, as getStaticPaths answers: one per
 * section of items (`/werkvormen/`, `/embed/werkvormen/`) and one per item
 * (`/werkvormen/<slug>/`; its embed view is drawn from its page,
 * lib/embed/item-view.ts). The routes under src/pages/[section]/ and
 * src/pages/embed/[section]/ take their paths from here, so a collection
 * added to ITEM_COLLECTIONS (with its segment in @toolkit/schemas
 * SITE_SEGMENTS) gets its pages without a page file of its own; its oEmbed
 * files follow too (integrations/oembed.ts).
 */
import { getContent, type AnyDoc } from './content/index.ts'
import { SECTIONS } from './routes.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from './view/items.ts'

export type SectionPathProps = { collection: ItemCollection }
export type ItemPathProps = { collection: ItemCollection; doc: AnyDoc }

/** One path per section of items: `{ section: 'werkvormen' }`. */
export function sectionPaths(): Array<{ params: { section: string }; props: SectionPathProps }> {
  return ITEM_COLLECTIONS.map((collection) => ({ params: { section: SECTIONS[collection].path }, props: { collection } }))
}

/** One path per item: `{ section: 'werkvormen', slug: 'de-rol-van-empowerment' }`, with its document. */
export async function itemPaths(): Promise<Array<{ params: { section: string; slug: string }; props: ItemPathProps }>> {
  const content = await getContent()
  return ITEM_COLLECTIONS.flatMap((collection) =>
    (content.collections[collection] as AnyDoc[]).map((doc) => ({
      params: { section: SECTIONS[collection].path, slug: doc.slug },
      props: { collection, doc },
    })),
  )
}

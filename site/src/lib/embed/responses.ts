/**
 * The oEmbed response of each item and listing, with the public addresses of
 * this build (SITE_URL + base). Used by the JSON files in src/pages/oembed/.
 */
import type { AnyDoc, Content } from '../content/index.ts'
import { absoluteUrl, SECTIONS } from '../routes.ts'
import { ITEM_COLLECTIONS, titleOf, type ItemCollection } from '../view/items.ts'
import { oembedResponse, type OembedResponse } from './oembed.ts'
import { estimatedHeight } from './height.ts'
import { START_HEIGHTS, embedPath } from './snippets.ts'

/** Every item's response, keyed for getStaticPaths: section path and slug. */
export function itemResponses(content: Content): Array<{ section: string; slug: string; response: OembedResponse }> {
  return ITEM_COLLECTIONS.flatMap((collection) =>
    (content.collections[collection] as AnyDoc[]).map((doc) => ({
      section: SECTIONS[collection].path,
      slug: doc.slug,
      response: oembedResponse({
        title: titleOf(collection, doc),
        embedUrl: absoluteUrl(embedPath(collection, doc.slug)),
        providerUrl: absoluteUrl('/'),
        // Follows the item's own length; the loader in the html then sizes it exactly where scripts may run.
        height: estimatedHeight(collection, doc, START_HEIGHTS[collection] / 2),
        loaderUrl: absoluteUrl('/embed.js'),
      }),
    })),
  )
}

/** The response for a listing (unfiltered; the server's endpoint adds filters, scripts/oembed-endpoint.mjs). */
export function listingResponse(collection: ItemCollection): OembedResponse {
  return oembedResponse({
    title: SECTIONS[collection].title,
    embedUrl: absoluteUrl(embedPath(collection)),
    providerUrl: absoluteUrl('/'),
    height: START_HEIGHTS.listing,
    loaderUrl: absoluteUrl('/embed.js'),
  })
}

/**
 * The oEmbed response of each item and listing, with the public addresses of
 * this build (`absolute`: SITE_URL + base, lib/routes.ts addressesUnder).
 * Written as files by integrations/oembed.ts.
 */
import type { AnyDoc, Content } from '../content/index.ts'
import { SECTIONS } from '../routes.ts'
import { ITEM_COLLECTIONS, titleOf, type ItemCollection } from '../view/items.ts'
import { oembedResponse, type OembedResponse } from './oembed.ts'
import { estimatedHeight } from './height.ts'
import { START_HEIGHTS, embedPath } from './snippets.ts'

type Absolute = (path: string) => string

/** Every item's response, with its collection and slug. */
export function itemResponses(content: Content, absoluteUrl: Absolute): Array<{ collection: ItemCollection; slug: string; response: OembedResponse }> {
  return ITEM_COLLECTIONS.flatMap((collection) =>
    (content.collections[collection] as AnyDoc[]).map((doc) => ({
      collection,
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
export function listingResponse(collection: ItemCollection, absoluteUrl: Absolute): OembedResponse {
  return oembedResponse({
    title: SECTIONS[collection].title,
    embedUrl: absoluteUrl(embedPath(collection)),
    providerUrl: absoluteUrl('/'),
    height: START_HEIGHTS.listing,
    loaderUrl: absoluteUrl('/embed.js'),
  })
}

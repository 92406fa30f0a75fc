/** oEmbed JSON of every listing: /oembed/<section>/index.json. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { listingResponse } from '../../../lib/embed/responses.ts'
import { SECTIONS } from '../../../lib/routes.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from '../../../lib/view/items.ts'

export const getStaticPaths = (() =>
  ITEM_COLLECTIONS.map((collection) => ({ params: { section: SECTIONS[collection].path }, props: { collection } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(listingResponse((props as { collection: ItemCollection }).collection)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

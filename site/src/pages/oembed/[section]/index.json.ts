/** oEmbed JSON of every listing: /oembed/<section>/index.json. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { listingResponse } from '../../../lib/embed/responses.ts'
import { sectionPaths, type SectionPathProps } from '../../../lib/item-routes.ts'

export const getStaticPaths = sectionPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(listingResponse((props as SectionPathProps).collection)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

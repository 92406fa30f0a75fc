/** oEmbed JSON of every item: /oembed/<section>/<slug>.json, the endpoint on static hosts. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../../lib/content/index.ts'
import { keyedByProps } from '../../../lib/content/reads.ts'
import type { OembedResponse } from '../../../lib/embed/oembed.ts'
import { itemResponses } from '../../../lib/embed/responses.ts'

export const getStaticPaths = (async () => {
  const content = await getContent()
  return keyedByProps(itemResponses(content).map(({ section, slug, response }) => ({ params: { section, slug }, props: { response } })))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { response: OembedResponse }).response), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

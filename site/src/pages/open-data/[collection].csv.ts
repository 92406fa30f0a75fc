/** One CSV per collection (open data), written at build time: /open-data/<collection>.csv */
import type { APIRoute, GetStaticPaths } from 'astro'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { getContent } from '../../lib/content/index.ts'
import { openDataFiles, SCHEMA_PATH } from '../../lib/open-data/files.ts'
import { absoluteUrl } from '../../lib/routes.ts'

export const getStaticPaths = (() => CONTENT_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const file = openDataFiles(await getContent(), absoluteUrl(SCHEMA_PATH)).csv.find((csv) => csv.collection === params.collection)!
  return new Response(file.body, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}

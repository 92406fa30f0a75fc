/** The whole published toolkit as one JSON file (open data), written at build time: /open-data/toolkit.json */
import type { APIRoute } from 'astro'
import { getContent } from '../../lib/content/index.ts'
import { openDataFiles, SCHEMA_PATH } from '../../lib/open-data/files.ts'
import { absoluteUrl } from '../../lib/routes.ts'

export const GET: APIRoute = async () => {
  const { json } = openDataFiles(await getContent(), absoluteUrl(SCHEMA_PATH))
  return new Response(json.body, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}

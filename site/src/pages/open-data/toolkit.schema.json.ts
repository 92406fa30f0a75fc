/** The JSON Schema of /open-data/toolkit.json, generated from the zod model: /open-data/toolkit.schema.json */
import type { APIRoute } from 'astro'
import { getContent } from '../../lib/content/index.ts'
import { openDataFiles, SCHEMA_PATH } from '../../lib/open-data/files.ts'
import { absoluteUrl } from '../../lib/routes.ts'

export const GET: APIRoute = async () => {
  const { schema } = openDataFiles(await getContent(), absoluteUrl(SCHEMA_PATH))
  return new Response(schema.body, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } })
}

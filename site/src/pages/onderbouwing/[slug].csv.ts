/** CSV download of each survey table, written at build time: /onderbouwing/<slug>.csv */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../lib/content/index.ts'
import { surveyTableCsv } from '../../lib/view/csv.ts'

export const getStaticPaths = (async () => {
  const content = await getContent()
  return content.collections.evidence
    .filter((evidence) => evidence.kind === 'survey-table')
    .map((table) => ({ params: { slug: table.slug }, props: { table } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(surveyTableCsv(props.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } })

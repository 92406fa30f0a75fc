/**
 * The planner's catalogue: every fragment, activity and key finding with what
 * choosing needs (src/lib/planner/packed.ts), named by its content hash so a
 * browser keeps it until the content changes (src/lib/planner/files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../../lib/content/index.ts'
import { keyedByProps } from '../../../lib/content/reads.ts'
import { plannerFiles } from '../../../lib/planner/files.ts'

export const getStaticPaths = (async () => {
  const { index } = plannerFiles(await getContent())
  return keyedByProps([{ params: { hash: index.hash }, props: { text: index.text } }])
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })

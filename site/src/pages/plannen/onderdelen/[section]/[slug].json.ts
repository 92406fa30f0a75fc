/**
 * The texts the planner's run sheet shows of one fragment, activity or key
 * finding (questions, materials, statement), fetched when the item enters a
 * plan: /plannen/onderdelen/<section>/<slug>.json (src/lib/planner/files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../../../lib/content/index.ts'
import { keyedByProps } from '../../../../lib/content/reads.ts'
import { DETAIL_SECTIONS, plannerFiles } from '../../../../lib/planner/files.ts'
import { SECTIONS } from '../../../../lib/routes.ts'
import type { DetailKind } from '../../../../lib/planner/types.ts'

export const getStaticPaths = (async () => {
  const { details } = plannerFiles(await getContent())
  return keyedByProps(
    (Object.keys(DETAIL_SECTIONS) as DetailKind[]).flatMap((kind) =>
      Object.entries(details[kind]).map(([slug, value]) => ({
        params: { section: SECTIONS[DETAIL_SECTIONS[kind]].path, slug },
        props: { value },
      })),
    ),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { value: unknown }).value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })

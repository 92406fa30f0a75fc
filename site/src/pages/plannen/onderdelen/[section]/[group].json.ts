/**
 * The texts the planner's run sheet shows of the fragments, activities or key
 * findings of one group (questions, materials, statement), fetched when one
 * of them enters a plan: /plannen/onderdelen/<section>/<group>.json, an
 * object by slug (src/lib/planner/detail-groups.ts says which group).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getContent } from '../../../../lib/content/index.ts'
import { keyedByProps } from '../../../../lib/content/reads.ts'
import { groupedBySlug } from '../../../../lib/planner/detail-groups.ts'
import { DETAIL_SECTIONS, plannerFiles } from '../../../../lib/planner/files.ts'
import { SECTIONS } from '../../../../lib/routes.ts'
import type { DetailKind } from '../../../../lib/planner/types.ts'

export const getStaticPaths = (async () => {
  const { details } = plannerFiles(await getContent())
  return keyedByProps(
    (Object.keys(DETAIL_SECTIONS) as DetailKind[]).flatMap((kind) =>
      Object.entries(groupedBySlug<unknown>(details[kind])).map(([group, value]) => ({
        params: { section: SECTIONS[DETAIL_SECTIONS[kind]].path, group },
        props: { value },
      })),
    ),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { value: unknown }).value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })

/**
 * What the planner page sends, and where (build side only). The page itself
 * carries the shell (guide, tips, themes, labels), the default plan and the
 * texts of the items in it: a few KB, whatever the size of the content.
 * Everything to choose from is one packed file named by its content hash
 * (cached for a year), and the texts of each fragment, activity and key
 * finding are in a small file of its group (detail-groups.ts), loaded when
 * the item enters a plan.
 *
 *   /plannen/gegevens/catalogus-<hash>.json          src/pages/plannen/gegevens/catalogus-[hash].json.ts
 *   /plannen/onderdelen/<section>/<group>.json       src/pages/plannen/onderdelen/[section]/[group].json.ts
 */
import { createHash } from 'node:crypto'
import type { Content } from '../content/index.ts'
import { selection } from '../content/reads.ts'
import { SECTIONS, withBase } from '../routes.ts'
// @ts-expect-error plain ESM script without types
import { HASHED_DATA_FOLDERS } from '../../http/security-headers.mjs'
import { catalogFrom, detailsFrom } from './catalog.ts'
import { detailGroup } from './detail-groups.ts'
import { detailsOfPlan } from './details.ts'
import { packIndex } from './packed.ts'
import { makePlan } from './make-plan.ts'
import { holdsItem } from './structure.ts'
import { DEFAULT_INPUT } from './rules.ts'
import type { DetailKind, Plan, PlannerCatalog, PlannerDetails, PlannerIndex, PlannerShell } from './types.ts'

/** Folder of the hashed catalogue file: served with `Cache-Control: immutable` (src/http/security-headers.mjs). */
export const INDEX_FOLDER: string = (HASHED_DATA_FOLDERS as string[]).find((folder) => folder.startsWith('/plannen/'))!
export const DETAILS_FOLDER = '/plannen/onderdelen/'

/** The collection whose site section names the details folder of a kind: `/plannen/onderdelen/filmfragmenten/3f.json`. */
export const DETAIL_SECTIONS = { fragment: 'fragments', activity: 'activities', finding: 'evidence' } as const satisfies Record<DetailKind, string>

/** Path of the file holding an item's details, with `{group}` for its group when no slug is given (the island fills it in). */
export function detailsPath(kind: DetailKind, slug?: string): string {
  return `${DETAILS_FOLDER}${SECTIONS[DETAIL_SECTIONS[kind]].path}/${slug === undefined ? '{group}' : detailGroup(slug)}.json`
}

export type PlannerFiles = {
  catalog: PlannerCatalog
  details: PlannerDetails
  /** The catalogue file: its name's hash and its text. */
  index: { hash: string; text: string }
}

/** The island's props: small and of a fixed size. */
export type PlannerProps = {
  shell: PlannerShell
  /** The default plan, made at build time. */
  initial: Plan
  /** The index entries and the texts of what the default plan shows, so it renders (also without JavaScript) before the catalogue is loaded. */
  seed: { index: PlannerIndex; details: PlannerDetails }
  /** Address of the catalogue file. */
  indexUrl: string
  /** Address of the file of an item's details per kind, with `{group}` for its group (detail-groups.ts). */
  detailsUrls: Record<DetailKind, string>
  /** The site's base path, for links to fragments and activities. */
  base: string
}

/** The planner's data for this content, made once per build and shared by the page and its data files (a selection, content/reads.ts). */
export const plannerFiles = selection('lib/planner/files.ts#plannerFiles', (content: Content): PlannerFiles => {
  const catalog = catalogFrom(content.collections)
  const { fragments, activities, findings, cooccurrence } = catalog
  const text = JSON.stringify(packIndex({ fragments, activities, findings, cooccurrence }))
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 12)
  return { catalog, details: detailsFrom(content.collections), index: { hash, text } }
})

export function indexPath(hash: string): string {
  return `${INDEX_FOLDER}catalogus-${hash}.json`
}

/** What the planner page shows: a page depends on these, not on the whole catalogue (a selection, content/reads.ts). */
export const plannerProps = selection('lib/planner/files.ts#plannerProps', (content: Content, base: string): PlannerProps => {
  const { catalog, details, index } = plannerFiles(content)
  const initial = makePlan(DEFAULT_INPUT, catalog)
  const inPlan = (kind: 'fragment' | 'activity', slug: string) => holdsItem(initial, kind, slug)
  const figures = new Set(initial.items.flatMap((item) => (item.kind === 'theory' ? item.figures : [])))
  const { production, themes, labels } = catalog
  return {
    shell: { ...(production ? { production } : {}), themes, labels },
    initial,
    seed: {
      index: {
        fragments: catalog.fragments.filter((f) => inPlan('fragment', f.slug)),
        activities: catalog.activities.filter((a) => inPlan('activity', a.slug)),
        findings: catalog.findings.filter((f) => figures.has(f.slug)),
        cooccurrence: {},
      },
      details: detailsOfPlan(initial, details),
    },
    indexUrl: withBase(indexPath(index.hash), base),
    detailsUrls: {
      fragment: withBase(detailsPath('fragment'), base),
      activity: withBase(detailsPath('activity'), base),
      finding: withBase(detailsPath('finding'), base),
    },
    base,
  }
})

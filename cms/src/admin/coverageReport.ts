import type { PayloadRequest } from 'payload'
import { COVERAGE_COLLECTIONS, SETTINGS, STIGMA_TYPES, type CoverageCollection } from '@toolkit/schemas'
import { isEditorUser, userOf } from '../access/roles.ts'

type Tagged = { stigmaTypes?: string[] | null; settings?: string[] | null; audiences?: string[] | null }

/** One cell: how many documents of each method collection have this stigma type and setting. */
export type CoverageReportCell = { stigmaType: string; setting: string; counts: Record<CoverageCollection, number>; total: number }

/**
 * What the "Dekking" view shows: per stigma type and care setting, how many
 * methods (COVERAGE_COLLECTIONS) editors have tagged with both, drafts
 * included (the latest version of each document), optionally for one
 * audience. Read with the request's own access: editors only, anyone else
 * gets `null`. The site's /dekking/ counts published methods with the
 * finder's filters; this counts the fields editors fill in.
 */
export async function coverageReport(req: PayloadRequest, audience?: string): Promise<CoverageReportCell[][] | null> {
  if (!isEditorUser(userOf(req))) return null
  const docs = {} as Record<CoverageCollection, Tagged[]>
  for (const collection of COVERAGE_COLLECTIONS) {
    const { docs: found } = await req.payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      select: { stigmaTypes: true, settings: true, audiences: true },
      overrideAccess: false,
      req,
    })
    docs[collection] = (found as Tagged[]).filter((doc) => !audience || (doc.audiences ?? []).includes(audience))
  }
  return STIGMA_TYPES.map((type) =>
    SETTINGS.map((setting) => {
      const counts = Object.fromEntries(
        COVERAGE_COLLECTIONS.map((collection) => [
          collection,
          docs[collection].filter((doc) => (doc.stigmaTypes ?? []).includes(type.value) && (doc.settings ?? []).includes(setting.value)).length,
        ]),
      ) as Record<CoverageCollection, number>
      return { stigmaType: type.value, setting: setting.value, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }
    }),
  )
}

/** The admin list of a collection filtered to one cell (Payload's list view reads `where` from the address). */
export function listHref(adminRoute: string, collection: string, cell: { stigmaType: string; setting: string }, audience?: string): string {
  const params = new URLSearchParams()
  params.set('where[and][0][stigmaTypes][in][0]', cell.stigmaType)
  params.set('where[and][1][settings][in][0]', cell.setting)
  if (audience) params.set('where[and][2][audiences][in][0]', audience)
  return `${adminRoute}/collections/${collection}?${params}`
}

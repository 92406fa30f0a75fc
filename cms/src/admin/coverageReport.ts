import type { PayloadRequest } from 'payload'
import { COVERAGE_COLLECTIONS, coverageCounts, stigmaThemeKeys, type CoverageCollection, type CoverageCounts, type CoverageMethod } from '@toolkit/schemas'
import { isEditorUser, userOf } from '../access/roles.ts'

/** What the "Dekking" view shows: the counts, and per stigma type the theme of its name (for the list links). */
export type CoverageReport = CoverageCounts & { themeOfStigmaType: ReadonlyMap<string, string | number> }

/**
 * What the "Dekking" view shows: per stigma type and care setting, how many
 * methods (COVERAGE_COLLECTIONS) editors have tagged with both, and per
 * stigma type in any setting ("Alle settings"), optionally for one
 * audience. Counted by the schemas' `coverageCounts`, the function the
 * site's /dekking/ counts with, so both give the same numbers for the same
 * documents; here the latest version of each document counts (drafts
 * included: editors see where something is on its way), on the site the
 * published ones. Read with the request's own access: editors only, anyone
 * else gets `null`.
 */
export async function coverageReport(req: PayloadRequest, audience?: string): Promise<CoverageReport | null> {
  if (!isEditorUser(userOf(req))) return null
  const methods = {} as Record<CoverageCollection, CoverageMethod[]>
  for (const collection of COVERAGE_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      select: { stigmaTypes: true, settings: true, audiences: true, themes: true },
      overrideAccess: false,
      req,
    })
    methods[collection] = docs as CoverageMethod[]
  }
  const { docs: themes } = await req.payload.find({ collection: 'themes', draft: true, depth: 0, pagination: false, select: { name: true }, overrideAccess: false, req })
  const themeOfStigmaType = stigmaThemeKeys((themes as { id: string | number; name: string }[]).map((theme) => ({ key: theme.id, name: theme.name })))
  return { ...coverageCounts(methods, themeOfStigmaType, audience), themeOfStigmaType }
}

/** A cell of the map: a stigma type (or any, for a setting's total), a setting (or any, for "Alle settings"). */
export type CellPlace = { stigmaType?: string; setting?: string }

/**
 * The admin list of a collection filtered to one cell (Payload's list view
 * reads `where` from the address): a stigma type with a theme of its name is
 * either, as the map counts it.
 */
export function listHref(adminRoute: string, collection: string, cell: CellPlace, audience?: string, themeOfStigmaType: ReadonlyMap<string, string | number> = new Map()): string {
  const shared: Record<string, string>[] = []
  if (cell.setting) shared.push({ settings: cell.setting })
  if (audience) shared.push({ audiences: audience })
  const theme = cell.stigmaType ? themeOfStigmaType.get(cell.stigmaType) : undefined
  const alternatives: Record<string, string>[][] = cell.stigmaType
    ? [[{ stigmaTypes: cell.stigmaType }, ...shared], ...(theme === undefined ? [] : [[{ themes: String(theme) }, ...shared]])]
    : [shared]
  const params = new URLSearchParams()
  alternatives.forEach((conditions, or) =>
    conditions.forEach((condition, and) => {
      const [field, value] = Object.entries(condition)[0]!
      params.set(`where[or][${or}][and][${and}][${field}][in][0]`, value)
    }),
  )
  const query = params.toString()
  return `${adminRoute}/collections/${collection}${query ? `?${query}` : ''}`
}

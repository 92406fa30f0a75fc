/**
 * Makes a session plan. Pure: the same input and catalog give the same plan,
 * and the minutes of the parts always add up to the time chosen (`balance`).
 * Content the time cannot hold is named with the reason (`planNotices`).
 */
import { balance } from './balance.ts'
import { rankFindings } from './fit.ts'
import { planNotices } from './plan-notices.ts'
import { figureCount } from './rules.ts'
import { select } from './select.ts'
import { assemble, withPref } from './structure.ts'
import type { Plan, PlanInput, PlannerCatalog } from './types.ts'

/** Makes the plan for an input. */
export function makePlan(input: PlanInput, catalog: PlannerCatalog): Plan {
  const selection = select(input, catalog)
  const figures = rankFindings(input, catalog).slice(0, figureCount(input.minutes)).map((finding) => finding.slug)
  const items = balance(withPref(assemble(selection.selected, figures, catalog, input), input, catalog), input, catalog)
  return { input, items, notices: planNotices(input, catalog, selection, items) }
}

/**
 * Which details a plan needs: the run sheet shows the questions, materials
 * and statements of the items in the plan only, so the browser loads them one
 * item at a time (as the item enters the plan) instead of all with the page.
 */
import type { DetailKind, Plan, PlannerDetails } from './types.ts'

export type DetailRef = { kind: DetailKind; slug: string }

export const detailKey = (ref: DetailRef): string => `${ref.kind}/${ref.slug}`

export function emptyDetails(): PlannerDetails {
  return { fragment: {}, activity: {}, finding: {} }
}

/** The fragments, activities and key findings a plan shows, in running order. */
export function detailsNeeded(plan: Plan): DetailRef[] {
  return plan.items.flatMap((item): DetailRef[] =>
    item.kind === 'fragment' || item.kind === 'activity'
      ? [{ kind: item.kind, slug: item.slug }]
      : item.kind === 'theory'
        ? item.figures.map((slug) => ({ kind: 'finding' as const, slug }))
        : [],
  )
}

/** What the plan shows that `details` does not hold yet. */
export function missingDetails(plan: Plan, details: PlannerDetails): DetailRef[] {
  return detailsNeeded(plan).filter((ref) => !(ref.slug in details[ref.kind]))
}

/** Only the details `plan` shows, taken from `all` (the page gives these to the island with the first plan). */
export function detailsOfPlan(plan: Plan, all: PlannerDetails): PlannerDetails {
  const picked = emptyDetails()
  for (const { kind, slug } of detailsNeeded(plan)) {
    const found = all[kind][slug]
    if (found) (picked[kind] as Record<string, unknown>)[slug] = found
  }
  return picked
}

/** `details` with one more item. */
export function withDetails<K extends DetailKind>(details: PlannerDetails, kind: K, slug: string, value: PlannerDetails[K][string]): PlannerDetails {
  return { ...details, [kind]: { ...details[kind], [slug]: value } }
}

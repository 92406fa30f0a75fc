/** What an edit took from or gave to the other parts of a plan, and the sentence that names it. */
import { partKeyOf, titleOf } from './part-names.ts'
import type { PlanItem, PlannerCatalog } from './types.ts'

/** How a part's minutes changed by an edit (parts are matched by kind and slug). */
export type PartChange = { key: string; title: string; from: number; to: number }

/** The parts, other than `skip`, whose minutes an edit changed: what an edit took from or gave to the others. */
export function changesOf(before: readonly PlanItem[], after: readonly PlanItem[], catalog: PlannerCatalog, minutes: number, skip?: PlanItem): PartChange[] {
  const was = new Map(before.map((item) => [partKeyOf(item), item.minutes]))
  return after.flatMap((item) => {
    const from = was.get(partKeyOf(item))
    if (from === undefined || from === item.minutes || (skip && partKeyOf(skip) === partKeyOf(item))) return []
    return [{ key: partKeyOf(item), title: titleOf(item, catalog, minutes), from, to: item.minutes }]
  })
}

/** "Opening 10 → 5 min, Top 3 actiepunten 15 → 10 min" */
export function describeChanges(changes: readonly PartChange[]): string {
  return changes.map((change) => `${change.title} ${change.from} → ${change.to} min`).join(', ')
}

/**
 * Keeps a plan's minutes adding up to the time chosen: `balance` moves
 * minutes between the parts, `fits` says whether the parts can fit at all.
 */
import { rangeOf, type MinutesRange } from './rules.ts'
import type { ItemKind, PlanInput, PlanItem, PlannerCatalog } from './types.ts'

/** Order in which parts get spare minutes, pass by pass; and in which they give minutes back. */
const GROW_TO_PREF: ItemKind[] = ['fragment', 'activity', 'opening', 'theory', 'actions', 'closing']
const GROW_TO_MAX: ItemKind[] = ['activity', 'fragment', 'actions', 'theory', 'opening', 'closing']
const GROW_BEYOND: ItemKind[] = ['fragment', 'actions']
const GROW_ANY: ItemKind[] = ['fragment', 'actions', 'theory', 'opening', 'closing', 'activity']
const SHRINK_TO_PREF: ItemKind[] = ['closing', 'opening', 'theory', 'actions', 'fragment', 'activity']
const SHRINK_TO_MIN: ItemKind[] = ['closing', 'theory', 'opening', 'actions', 'activity', 'fragment']

export function totalMinutes(items: readonly PlanItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0)
}

function ranges(items: readonly PlanItem[], input: PlanInput, catalog: PlannerCatalog): MinutesRange[] {
  return items.map((item) => rangeOf(item, input, catalog))
}

/**
 * Moves minutes between parts until they add up to `input.minutes`, in steps
 * of at most 5 minutes, round-robin in the order of each pass. The part at
 * `pinned` (just edited) keeps its minutes. Activities never leave their
 * range. Callers make sure the shortest parts fit (`fits`).
 */
export function balance(items: PlanItem[], input: PlanInput, catalog: PlannerCatalog, pinned = -1): PlanItem[] {
  const result = items.map((item) => ({ ...item }))
  const bounds = ranges(result, input, catalog)
  let diff = input.minutes - totalMinutes(result)
  const pass = (order: ItemKind[], limit: (range: MinutesRange) => number, sign: 1 | -1, keepPinned = true) => {
    const indices = order.flatMap((kind) => result.flatMap((item, index) => (item.kind === kind && (index !== pinned || !keepPinned) ? [index] : [])))
    let moved = true
    while (diff * sign > 0 && moved) {
      moved = false
      for (const index of indices) {
        if (diff * sign <= 0) break
        const room = sign > 0 ? limit(bounds[index]!) - result[index]!.minutes : result[index]!.minutes - limit(bounds[index]!)
        if (room <= 0) continue
        const step = Math.min(5, room, Math.abs(diff))
        result[index]!.minutes += sign * step
        diff -= sign * step
        moved = true
      }
    }
  }
  if (diff > 0) {
    pass(GROW_TO_PREF, (range) => range.pref, 1)
    pass(GROW_TO_MAX, (range) => range.max, 1)
    pass(GROW_BEYOND, () => input.minutes, 1)
    // Nothing left to hold the time but the other soft parts, or in the end the edited part itself.
    pass(GROW_ANY, (range) => (range.hard ? range.max : input.minutes), 1)
    pass(GROW_ANY, (range) => (range.hard ? range.max : input.minutes), 1, false)
  } else if (diff < 0) {
    pass(SHRINK_TO_PREF, (range) => range.pref, -1)
    pass(SHRINK_TO_MIN, (range) => range.min, -1)
    pass(SHRINK_TO_MIN, (range) => range.min, -1, false)
  }
  return result
}

/** True when every part fits at its shortest. */
export function fits(items: readonly PlanItem[], input: PlanInput, catalog: PlannerCatalog): boolean {
  return ranges(items, input, catalog).reduce((sum, range) => sum + range.min, 0) <= input.minutes
}

/** Edits of a plan's fragments and activities: move, remove, add and swap, each keeping the total. */
import { balance, fits } from './balance.ts'
import { unchanged, type EditResult } from './edit-result.ts'
import { changesOf, describeChanges } from './part-changes.ts'
import { titleOf } from './part-names.ts'
import { rangeOf } from './rules.ts'
import { contentItem, holdsItem, MOVABLE } from './structure.ts'
import type { ItemKind, Plan, PlanItem, PlannerCatalog } from './types.ts'

/** Index range [first, last] of the movable block (fragments and activities) in the plan. */
function block(items: readonly PlanItem[]): { first: number; end: number } {
  const first = items.findIndex((item) => item.kind !== 'opening' && item.kind !== 'theory')
  const actions = items.findIndex((item) => item.kind === 'actions')
  return { first: first < 0 ? items.length : first, end: actions < 0 ? items.length : actions }
}

/** Moves a fragment or activity one place up (-1) or down (+1) among the fragments and activities. */
export function moveItem(plan: Plan, index: number, delta: -1 | 1, catalog: PlannerCatalog): EditResult {
  const item = plan.items[index]
  if (!item || !MOVABLE.has(item.kind)) return unchanged(plan, 'Dit onderdeel heeft een vaste plaats in de bijeenkomst.')
  const { first, end } = block(plan.items)
  const target = index + delta
  if (target < first || target >= end) return unchanged(plan, `${titleOf(item, catalog, plan.input.minutes)} staat al ${delta < 0 ? 'bovenaan' : 'onderaan'}.`)
  const items = [...plan.items]
  items[index] = items[target]!
  items[target] = item
  return { plan: { ...plan, items, notices: [] }, message: `${titleOf(item, catalog, plan.input.minutes)} is verplaatst naar plaats ${target - first + 1} van ${end - first}.`, changed: true }
}

/** Removes a fragment or activity; its minutes go to the other parts. */
export function removeItem(plan: Plan, index: number, catalog: PlannerCatalog): EditResult {
  const item = plan.items[index]
  if (!item || !MOVABLE.has(item.kind)) return unchanged(plan, 'Dit onderdeel hoort bij elke bijeenkomst en kan niet weg.')
  const items = balance(plan.items.filter((_, i) => i !== index), plan.input, catalog)
  const changes = changesOf(plan.items, items, catalog, plan.input.minutes)
  return {
    plan: { ...plan, items, notices: [] },
    message: `${titleOf(item, catalog, plan.input.minutes)} is verwijderd.${changes.length ? ` De ${item.minutes} minuten gaan naar: ${describeChanges(changes)}.` : ''}`,
    changed: true,
    changes,
  }
}

/** Adds a fragment or activity at the end of the fragments and activities, if it fits. */
export function addItem(plan: Plan, kind: 'fragment' | 'activity', slug: string, catalog: PlannerCatalog): EditResult {
  const exists = kind === 'fragment' ? catalog.fragments.some((f) => f.slug === slug) : catalog.activities.some((a) => a.slug === slug)
  if (!exists) return unchanged(plan, 'Dit onderdeel bestaat niet in de toolkit.')
  if (holdsItem(plan, kind, slug)) return unchanged(plan, 'Dit onderdeel staat al in het plan.')
  const item = { ...contentItem({ kind, slug }) }
  const { end } = block(plan.items)
  const insertAt = kind === 'fragment' ? lastIndexOfKind(plan.items, 'fragment', end) : end
  const items = [...plan.items.slice(0, insertAt), item, ...plan.items.slice(insertAt)]
  if (!fits(items, plan.input, catalog)) {
    return unchanged(plan, `${titleOf(item, catalog, plan.input.minutes)} past niet meer in ${plan.input.minutes} minuten. Verwijder eerst een onderdeel of kies meer tijd.`)
  }
  const range = rangeOf(item, plan.input, catalog)
  const others = items.filter((_, i) => i !== insertAt).reduce((sum, other) => sum + rangeOf(other, plan.input, catalog).min, 0)
  items[insertAt] = { ...item, minutes: Math.max(range.min, Math.min(range.pref, plan.input.minutes - others)) }
  const balanced = balance(items, plan.input, catalog, insertAt)
  const changes = changesOf(plan.items, balanced, catalog, plan.input.minutes)
  return {
    plan: { ...plan, items: balanced, notices: [] },
    message: `${titleOf(item, catalog, plan.input.minutes)} is toegevoegd (${balanced[insertAt]!.minutes} minuten).${changes.length ? ` Dat gaat af van: ${describeChanges(changes)}.` : ''}`,
    changed: true,
    changes,
  }
}

function lastIndexOfKind(items: readonly PlanItem[], kind: ItemKind, fallback: number): number {
  let at = -1
  items.forEach((item, i) => {
    if (item.kind === kind) at = i
  })
  if (at >= 0) return at + 1
  return Math.min(fallback, block(items).first)
}

/** Replaces a fragment or activity by another of the same kind. */
export function swapItem(plan: Plan, index: number, slug: string, catalog: PlannerCatalog): EditResult {
  const item = plan.items[index]
  if (!item || (item.kind !== 'fragment' && item.kind !== 'activity')) return unchanged(plan, 'Dit onderdeel kan niet worden gewisseld.')
  if (plan.items.some((other) => other.kind === item.kind && 'slug' in other && other.slug === slug)) return unchanged(plan, 'Dit onderdeel staat al in het plan.')
  const exists = item.kind === 'fragment' ? catalog.fragments.some((f) => f.slug === slug) : catalog.activities.some((a) => a.slug === slug)
  if (!exists) return unchanged(plan, 'Dit onderdeel bestaat niet in de toolkit.')
  const replacement = { ...contentItem({ kind: item.kind, slug }) }
  const items = plan.items.map((other, i) => (i === index ? replacement : other))
  if (!fits(items, plan.input, catalog)) return unchanged(plan, `${titleOf(replacement, catalog, plan.input.minutes)} past niet in ${plan.input.minutes} minuten.`)
  items[index] = { ...replacement, minutes: rangeOf(replacement, plan.input, catalog).pref }
  const balanced = balance(items, plan.input, catalog)
  return { plan: { ...plan, items: balanced, notices: [] }, message: `${titleOf(item, catalog, plan.input.minutes)} is vervangen door ${titleOf(replacement, catalog, plan.input.minutes)}.`, changed: true }
}

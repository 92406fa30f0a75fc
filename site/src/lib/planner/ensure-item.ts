/**
 * Puts one fragment or activity into a plan that was made without it (a link
 * from its page: `/plannen/?werkvorm=<slug>`), with the same edits the
 * facilitator has: `addItem`, and `removeItem` for what has to make room. So
 * the guide's order, the minutes adding up and `balance` hold as after any
 * edit.
 */
import type { ContentKind } from './fit.ts'
import { addItem, removeItem } from './edit-parts.ts'
import { isShort, rangeOf } from './rules.ts'
import { contentItem, MOVABLE } from './structure.ts'
import type { Plan, PlanItem, PlannerCatalog } from './types.ts'

type ContentItem = Extract<PlanItem, { slug: string }>
type Asked = { kind: ContentKind; slug: string }

const KIND_NAMES: Record<ContentKind, string> = { fragment: 'filmfragment', activity: 'werkvorm' }

/** "werkvorm ‘De rol van empowerment’", as the plan's other notices name content. */
function nameOf(item: Asked, catalog: PlannerCatalog): string {
  const title = item.kind === 'fragment' ? catalog.fragments.find((f) => f.slug === item.slug)?.title : catalog.activities.find((a) => a.slug === item.slug)?.title
  return `${KIND_NAMES[item.kind]} ‘${title ?? item.slug}’`
}

const capital = (text: string) => text.replace(/^./, (first) => first.toLocaleUpperCase('nl'))

const keyOf = (item: Asked) => `${item.kind}/${item.slug}`
const movable = (item: PlanItem): item is ContentItem => MOVABLE.has(item.kind) && 'slug' in item

export type Ensured = {
  /** The plan with the item; absent when it cannot be placed (the plan stays as it was). */
  plan?: Plan
  /** What the facilitator should know: what made room for it, or why it is not in the plan. */
  message?: string
}

/**
 * The plan with the item in it. When it does not fit, the last fragment or
 * activity of the same kind makes room (then the last of the other kind),
 * never one in `keep` (asked for by the same link). A short plan holds one
 * part, so there the asked item takes the place of the chosen one.
 * The caller checks that the item exists and is not in the plan yet.
 */
export function ensureItem(plan: Plan, kind: ContentKind, slug: string, keep: ReadonlySet<string>, catalog: PlannerCatalog): Ensured {
  const asked: Asked = { kind, slug }
  const { minutes } = plan.input
  const short = isShort(minutes)
  const kept = plan.items.filter(movable).find((item) => keep.has(keyOf(item)))
  if (short && kept) {
    return { message: `Een plan korter dan een uur heeft één onderdeel: ${nameOf(kept, catalog)} uit de link staat erin, ${nameOf(asked, catalog)} niet. Kies een uur of meer voor allebei.` }
  }
  let current = plan
  const takenOut: ContentItem[] = []
  const takeOut = (index: number) => {
    takenOut.push(current.items[index] as ContentItem)
    current = removeItem(current, index, catalog).plan
  }
  if (short) {
    for (let index = current.items.findLastIndex(movable); index >= 0; index = current.items.findLastIndex(movable)) takeOut(index)
  }
  for (;;) {
    const added = addItem(current, kind, slug, catalog)
    if (added.changed) {
      const room = takenOut.map((item) => nameOf(item, catalog)).join(' en ')
      if (takenOut.length === 0) return { plan: added.plan }
      return {
        plan: added.plan,
        message: short
          ? `Een plan korter dan een uur heeft één onderdeel: ${nameOf(asked, catalog)} uit de link staat erin, in plaats van ${room}.`
          : `${capital(nameOf(asked, catalog))} uit de link staat in het plan, in plaats van ${room}: samen passen ze niet in ${minutes} minuten.`,
      }
    }
    const candidates = current.items.flatMap((item, index) => (movable(item) && !keep.has(keyOf(item)) ? [{ item, index }] : []))
    const room = candidates.findLast(({ item }) => item.kind === kind) ?? candidates.at(-1)
    if (!room) {
      const range = rangeOf(contentItem(asked), plan.input, catalog)
      const needs = range.hard ? `${range.min}–${range.max} minuten` : `minstens ${range.min} minuten`
      return { message: `${capital(nameOf(asked, catalog))} uit de link (${needs}) past niet in een bijeenkomst van ${minutes} minuten. Kies meer tijd om die in te plannen.` }
    }
    takeOut(room.index)
  }
}

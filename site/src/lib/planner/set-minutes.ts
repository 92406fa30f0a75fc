/** Gives a part of a plan a number of minutes, paid for by the other parts or by a longer session. */
import { balance, totalMinutes } from './balance.ts'
import { unchanged, type EditResult } from './edit-result.ts'
import { changesOf, describeChanges } from './part-changes.ts'
import { titleOf } from './part-names.ts'
import { EDIT_STEP_MINUTES, isShort, MAX_MINUTES, rangeOf, SHORT_BELOW } from './rules.ts'
import type { Plan, PlannerCatalog } from './types.ts'

/**
 * How an edit that makes a part longer or shorter is paid for: `take` keeps
 * the total and takes the minutes from (or gives them to) the other parts,
 * naming each; `grow` keeps the other parts and lets the total change.
 */
export type MinutesMode = 'take' | 'grow'

/** Gives a part a number of minutes within what fits, paid for as `mode` says; the result names what changed. */
export function setMinutes(plan: Plan, index: number, minutes: number, catalog: PlannerCatalog, mode: MinutesMode = 'take'): EditResult {
  const item = plan.items[index]
  if (!item || !Number.isFinite(minutes)) return unchanged(plan, 'Vul een aantal minuten in.')
  const range = rangeOf(item, plan.input, catalog)
  const title = titleOf(item, catalog, plan.input.minutes)
  const wanted = Math.round(minutes)
  if (mode === 'grow') {
    const others = totalMinutes(plan.items) - item.minutes
    // A short plan stays short: its parts have the short slot's lengths (an hour or more gets a theory block and longer parts).
    const ceiling = isShort(plan.input.minutes) ? SHORT_BELOW - 5 : MAX_MINUTES
    const highest = Math.min(range.hard ? range.max : ceiling, ceiling - others)
    let value = Math.max(range.min, Math.min(highest, wanted))
    // The total stays on whole steps of 5 minutes (the link and the time list keep it that way).
    const off = (others + value) % EDIT_STEP_MINUTES
    if (off !== 0) value = value - off >= range.min ? value - off : value + EDIT_STEP_MINUTES - off <= highest ? value + EDIT_STEP_MINUTES - off : item.minutes
    const total = others + value
    const items = plan.items.map((other, i) => (i === index ? { ...other, minutes: value } : other))
    const note = wanted < range.min ? ` (minstens ${range.min} minuten)` : wanted > highest ? ` (hooguit ${highest} minuten)` : ''
    return {
      plan: { ...plan, input: { ...plan.input, minutes: total }, items, notices: [] },
      message: `${title}: ${value} minuten${note}. De andere onderdelen blijven gelijk; de bijeenkomst duurt nu ${total} minuten (was ${plan.input.minutes}).`,
      changed: value !== item.minutes,
      changes: [],
    }
  }
  const othersMin = plan.items.reduce((sum, other, i) => (i === index ? sum : sum + rangeOf(other, plan.input, catalog).min), 0)
  const highest = Math.min(range.hard ? range.max : plan.input.minutes, plan.input.minutes - othersMin)
  const value = Math.max(range.min, Math.min(highest, wanted))
  const items = plan.items.map((other, i) => (i === index ? { ...other, minutes: value } : other))
  const balanced = balance(items, plan.input, catalog, index)
  const result = balanced[index]!.minutes
  const changes = changesOf(plan.items, balanced, catalog, plan.input.minutes, item)
  const note =
    wanted < range.min ? ` (minstens ${range.min} minuten)` : wanted > highest ? ` (hooguit ${highest} minuten in dit plan)` : result !== value ? ' (de andere onderdelen kunnen niet meer tijd hebben)' : ''
  const paid = changes.length === 0 ? '' : result > item.minutes ? ` Dat gaat af van: ${describeChanges(changes)}.` : ` Dat gaat naar: ${describeChanges(changes)}.`
  return {
    plan: { ...plan, items: balanced, notices: [] },
    message: `${title}: ${result} minuten${note}.${paid} Totaal blijft ${plan.input.minutes} minuten.`,
    changed: value !== item.minutes || balanced.some((other, i) => other.minutes !== plan.items[i]!.minutes),
    changes,
  }
}

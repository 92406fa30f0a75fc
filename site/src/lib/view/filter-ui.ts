/**
 * Browser side of the filter groups (FilterGroups.astro), shared by the
 * listings and the search page: read the ticked boxes, show live counts,
 * mark options that would give nothing, and say how many are chosen.
 */
import type { FilterState } from './filters.ts'

export function readBoxes(boxes: readonly HTMLInputElement[]): FilterState {
  const state: FilterState = {}
  for (const box of boxes) if (box.checked) (state[box.name] ??= []).push(box.value)
  return state
}

export function setBoxes(boxes: readonly HTMLInputElement[], state: FilterState) {
  for (const box of boxes) box.checked = state[box.name]?.includes(box.value) ?? false
}

/**
 * Writes the live counts next to each option. An option that would give no
 * results (and is not ticked) is disabled and says so, so nobody walks into
 * an empty list.
 */
export function showCounts(form: HTMLElement, counts: Record<string, Record<string, number>>) {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[box.name]?.[box.value] ?? 0
    const label = box.closest('label')
    const shown = label?.querySelector<HTMLElement>('[data-count]')
    if (shown) shown.textContent = count === 0 && !box.checked ? '(0, geeft geen resultaten)' : `(${count})`
    box.disabled = count === 0 && !box.checked
    label?.classList.toggle('empty', box.disabled)
  }
  for (const group of form.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')) {
    const chosen = group.querySelectorAll('input:checked').length
    const marker = group.querySelector<HTMLElement>('[data-chosen]')
    if (marker) marker.textContent = chosen > 0 ? ` (${chosen} gekozen)` : ''
  }
}

/** Opens the groups that have a ticked option. */
export function openChosenGroups(form: HTMLElement) {
  for (const group of form.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')) {
    if (group.querySelector('input:checked')) group.open = true
  }
}

/**
 * The link after the filters: "Toon 5 resultaten" on a narrow screen (a
 * sticky button), "Naar de resultaten (5)" on a wide one (a plain link).
 */
export function showResultCount(link: HTMLElement | null, count: number) {
  if (!link) return
  const narrow = link.querySelector<HTMLElement>('[data-narrow]')
  const wide = link.querySelector<HTMLElement>('[data-wide]')
  if (narrow) narrow.textContent = count === 1 ? 'Toon 1 resultaat' : `Toon ${count} resultaten`
  if (wide) wide.textContent = `Naar de resultaten (${count})`
}

/**
 * Makes a session plan and edits it. Pure: the same input and catalog give
 * the same plan, and the minutes of the parts always add up to the time
 * chosen (`balance`). Content the time cannot hold is named with the reason.
 */
import { askedNames, rankCandidates, rankFindings, type Candidate } from './fit.ts'
import { EDIT_STEP_MINUTES, figureCount, isShort, MAX_MINUTES, rangeOf, SHORT_BELOW, TIME_STEPS, type MinutesRange } from './rules.ts'
import type { ItemKind, Plan, PlanInput, PlanItem, PlanNotice, PlannerCatalog } from './types.ts'

/** Parts the facilitator can move, add, remove and swap; the others hold the guide's place. */
export const MOVABLE: ReadonlySet<ItemKind> = new Set(['fragment', 'activity'])

const STRUCTURE_BEFORE: ItemKind[] = ['opening', 'theory']
const STRUCTURE_AFTER: ItemKind[] = ['actions', 'closing']

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

function contentItem(candidate: Pick<Candidate, 'kind' | 'slug'>): PlanItem {
  return candidate.kind === 'fragment'
    ? { kind: 'fragment', slug: candidate.slug, minutes: 0 }
    : { kind: 'activity', slug: candidate.slug, minutes: 0 }
}

function structural(kind: ItemKind, figures: string[]): PlanItem {
  if (kind === 'theory') return { kind, minutes: 0, figures }
  return { kind, minutes: 0 } as PlanItem
}

/** The structural parts before the content: a short plan has no theory block. */
function structureBefore(input: PlanInput): ItemKind[] {
  return isShort(input.minutes) ? ['opening'] : STRUCTURE_BEFORE
}

/** The parts in the guide's order: opening, theory, fragments (by number), activities, action points, closing. */
function assemble(selected: Candidate[], figures: string[], catalog: PlannerCatalog, input: PlanInput): PlanItem[] {
  const fragments = selected
    .filter((candidate) => candidate.kind === 'fragment')
    .sort((a, b) => numberOf(catalog, a.slug) - numberOf(catalog, b.slug))
  const activities = selected.filter((candidate) => candidate.kind === 'activity')
  return [
    ...structureBefore(input).map((kind) => structural(kind, figures)),
    ...fragments.map(contentItem),
    ...activities.map(contentItem),
    ...STRUCTURE_AFTER.map((kind) => structural(kind, figures)),
  ]
}

function numberOf(catalog: PlannerCatalog, slug: string): number {
  return catalog.fragments.find((fragment) => fragment.slug === slug)?.number ?? 0
}

function withPref(items: PlanItem[], input: PlanInput, catalog: PlannerCatalog): PlanItem[] {
  return items.map((item) => ({ ...item, minutes: rangeOf(item, input, catalog).pref }))
}

type Selection = { selected: Candidate[]; leftOut: Candidate[]; candidates: Candidate[] }

/**
 * Takes candidates in order while the structure at its shortest plus the
 * chosen items at their preferred length fit the time.
 */
function select(input: PlanInput, catalog: PlannerCatalog): Selection {
  const candidates = rankCandidates(input, catalog)
  const structureMin = [...structureBefore(input), ...STRUCTURE_AFTER]
    .map((kind) => rangeOf(structural(kind, []), input, catalog).min)
    .reduce((sum, minutes) => sum + minutes, 0)
  let used = structureMin
  const selected: Candidate[] = []
  const leftOut: Candidate[] = []
  // A short plan holds the best single part that fits at its shortest; a longer one fills up at the preferred lengths.
  const short = isShort(input.minutes)
  for (const candidate of candidates) {
    const range = rangeOf(contentItem(candidate), input, catalog)
    const needed = short ? range.min : range.pref
    if (short && selected.length > 0) leftOut.push(candidate)
    else if (used + needed <= input.minutes) {
      selected.push(candidate)
      used += needed
    } else leftOut.push(candidate)
  }
  return { selected, leftOut, candidates }
}

const KIND_NAMES: Record<'fragment' | 'activity', string> = { fragment: 'filmfragment', activity: 'werkvorm' }
const PLURAL_NAMES: Record<'fragment' | 'activity', string> = { fragment: 'filmfragmenten', activity: 'werkvormen' }

/**
 * How many left-out items are named one by one, best fit first; the rest are
 * counted in one sentence. With thousands of documents a line per item buried
 * the plan under thousands of notices (and made the page megabytes).
 */
export const NAMED_LEFT_OUT = 3

function describeRange(candidate: Candidate, input: PlanInput, catalog: PlannerCatalog): string {
  const range = rangeOf(contentItem(candidate), input, catalog)
  return range.hard ? `${range.min}–${range.max} minuten` : `minstens ${range.min} minuten`
}

/** Makes the plan for an input. */
export function makePlan(input: PlanInput, catalog: PlannerCatalog): Plan {
  const notices: PlanNotice[] = []
  const { selected, leftOut, candidates } = select(input, catalog)
  const figures = rankFindings(input, catalog).slice(0, figureCount(input.minutes)).map((finding) => finding.slug)
  const items = balance(withPref(assemble(selected, figures, catalog, input), input, catalog), input, catalog)
  const asked = askedNames(input, catalog)

  for (const kind of ['fragment', 'activity'] as const) {
    const nearest = candidates.find((candidate) => candidate.kind === kind && candidate.fit === 'nearest')
    if (!nearest) continue
    const plural = PLURAL_NAMES[kind]
    const placed = selected.includes(nearest)
    notices.push({
      kind: 'nearest',
      text: `De toolkit heeft nog geen ${plural} over ${asked.join(' of ').toLocaleLowerCase('nl')}. Het dichtst erbij komt ${KIND_NAMES[kind]} ‘${nearest.title}’${placed ? '; die staat in het plan' : ''}.`,
    })
  }
  if (candidates.length === 0) {
    notices.push({ kind: 'nearest', text: 'De toolkit heeft nog geen filmfragmenten of werkvormen om in te plannen.' })
  }
  const selectedAt = selectionsByMinutes(input, catalog)
  for (const candidate of leftOut.slice(0, NAMED_LEFT_OUT)) {
    if (isShort(input.minutes) && selected.length > 0 && fitsAlone(candidate, input, catalog)) {
      notices.push({
        kind: 'left-out',
        text:
          `Niet in het plan: ${KIND_NAMES[candidate.kind]} ‘${candidate.title}’ (${describeRange(candidate, input, catalog)}). ` +
          `Een plan korter dan een uur heeft één onderdeel; die past ook in ${input.minutes} minuten in plaats van ‘${selected[0]!.title}’.`,
      })
      continue
    }
    const needed = minutesNeeded(candidate, input, selectedAt)
    notices.push({
      kind: 'left-out',
      text:
        `Niet in het plan: ${KIND_NAMES[candidate.kind]} ‘${candidate.title}’ (${describeRange(candidate, input, catalog)}). ` +
        `In ${input.minutes} minuten past die niet naast de vaste onderdelen${selected.length ? ' en wat er al in staat' : ''}. ` +
        (needed ? `Met ${needed} minuten past die wel.` : 'Ook in 4 uur past die niet naast de andere onderdelen.'),
    })
  }
  const others = leftOut.slice(NAMED_LEFT_OUT)
  if (others.length > 0) {
    const counts = (['fragment', 'activity'] as const).flatMap((kind) => {
      const count = others.filter((candidate) => candidate.kind === kind).length
      return count === 0 ? [] : [`${count} ${count === 1 ? `andere ${KIND_NAMES[kind]}` : `andere ${PLURAL_NAMES[kind]}`}`]
    })
    notices.push({
      kind: 'left-out',
      text: `Nog ${counts.join(' en ')} ${others.length === 1 ? 'komt' : 'komen'} in aanmerking, maar ${others.length === 1 ? 'past' : 'passen'} niet in ${input.minutes} minuten naast wat er al in staat.`,
    })
  }
  const extra = items.reduce((sum, item) => sum + Math.max(0, item.minutes - rangeOf(item, input, catalog).max), 0)
  if (extra > 0) {
    notices.push({
      kind: 'extra-time',
      text: `Met de inhoud die nu in de toolkit staat, houd je ${extra} minuten over. Die gaan naar het gesprek bij de fragmenten en de actiepunten; een kortere bijeenkomst kan ook.`,
    })
  }
  return { input, items, notices }
}

const candidateKey = (candidate: Candidate) => `${candidate.kind}/${candidate.slug}`

/**
 * What the selection would be at each longer time, worked out once per plan
 * and only when asked: every left-out candidate asks the same questions, and
 * with thousands of documents a selection per candidate and time took minutes.
 */
function selectionsByMinutes(input: PlanInput, catalog: PlannerCatalog): (minutes: number) => ReadonlySet<string> {
  const selections = new Map<number, ReadonlySet<string>>()
  return (minutes) => {
    let selection = selections.get(minutes)
    if (!selection) {
      selection = new Set(select({ ...input, minutes }, catalog).selected.map(candidateKey))
      selections.set(minutes, selection)
    }
    return selection
  }
}

/** True when the candidate, as the only part, fits the time with the structure at its shortest. */
function fitsAlone(candidate: Candidate, input: PlanInput, catalog: PlannerCatalog): boolean {
  const items = assemble([candidate], [], catalog, input)
  return fits(items, input, catalog)
}

/** The shortest time the form offers at which a left-out candidate gets a place, if any. */
function minutesNeeded(candidate: Candidate, input: PlanInput, selectedAt: (minutes: number) => ReadonlySet<string>): number | undefined {
  for (const minutes of TIME_STEPS) {
    if (minutes > input.minutes && minutes <= MAX_MINUTES && selectedAt(minutes).has(candidateKey(candidate))) return minutes
  }
  return undefined
}

// ——— Editing ———————————————————————————————————————————————————————————————

/** The result of an edit: the new plan and a sentence for the live region. */
export type EditResult = {
  plan: Plan
  message: string
  changed: boolean
  /** The other parts whose minutes the edit changed, so the page can show what it took from them. */
  changes?: PartChange[]
}

function unchanged(plan: Plan, message: string): EditResult {
  return { plan, message, changed: false }
}

/** A part's title in messages; `minutes` is the plan's time (a short plan has one action point). */
export function titleOf(item: PlanItem, catalog: PlannerCatalog, minutes = SHORT_BELOW): string {
  switch (item.kind) {
    case 'opening':
      return 'Opening'
    case 'theory':
      return 'Theorie over (de)stigma'
    case 'fragment':
      return `Filmfragment ${catalog.fragments.find((fragment) => fragment.slug === item.slug)?.title ?? item.slug}`
    case 'activity':
      return `Werkvorm ${catalog.activities.find((activity) => activity.slug === item.slug)?.title ?? item.slug}`
    case 'actions':
      return isShort(minutes) ? 'Eén actiepunt' : 'Top 3 actiepunten'
    case 'closing':
      return 'Afsluiting'
  }
}

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
  if (plan.items.some((item) => 'slug' in item && item.kind === kind && item.slug === slug)) return unchanged(plan, 'Dit onderdeel staat al in het plan.')
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

/** How a part's minutes changed by an edit (parts are matched by kind and slug). */
export type PartChange = { key: string; title: string; from: number; to: number }

/** A part's key, stable while the plan is edited: `fragment-hoop`, `opening`. */
export function partKeyOf(item: PlanItem): string {
  return 'slug' in item ? `${item.kind}-${item.slug}` : item.kind
}
const identity = partKeyOf

/** The parts, other than `skip`, whose minutes an edit changed: what an edit took from or gave to the others. */
export function changesOf(before: readonly PlanItem[], after: readonly PlanItem[], catalog: PlannerCatalog, minutes: number, skip?: PlanItem): PartChange[] {
  const was = new Map(before.map((item) => [identity(item), item.minutes]))
  return after.flatMap((item) => {
    const from = was.get(identity(item))
    if (from === undefined || from === item.minutes || (skip && identity(skip) === identity(item))) return []
    return [{ key: identity(item), title: titleOf(item, catalog, minutes), from, to: item.minutes }]
  })
}

/** "Opening 10 → 5 min, Top 3 actiepunten 15 → 10 min" */
export function describeChanges(changes: readonly PartChange[]): string {
  return changes.map((change) => `${change.title} ${change.from} → ${change.to} min`).join(', ')
}

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

/** Adds a key finding to the theory (at most four). */
export function addFigure(plan: Plan, slug: string, catalog: PlannerCatalog): EditResult {
  const index = plan.items.findIndex((item) => item.kind === 'theory')
  const theory = plan.items[index]
  const finding = catalog.findings.find((candidate) => candidate.slug === slug)
  if (!theory || theory.kind !== 'theory' || !finding) return unchanged(plan, 'Dit cijfer bestaat niet in de toolkit.')
  if (theory.figures.includes(slug)) return unchanged(plan, 'Dit cijfer staat al in het plan.')
  if (theory.figures.length >= 4) return unchanged(plan, 'De theorie heeft al vier kerncijfers; verwijder er eerst een.')
  const items = plan.items.map((item, i) => (i === index ? { ...theory, figures: [...theory.figures, slug] } : item))
  return { plan: { ...plan, items: balance(items, plan.input, catalog), notices: [] }, message: `Kerncijfer ‘${finding.title}’ is toegevoegd aan de theorie.`, changed: true }
}

/** Removes a key finding from the theory (at least two stay, when the content has them). */
export function removeFigure(plan: Plan, slug: string, catalog: PlannerCatalog): EditResult {
  const index = plan.items.findIndex((item) => item.kind === 'theory')
  const theory = plan.items[index]
  if (!theory || theory.kind !== 'theory' || !theory.figures.includes(slug)) return unchanged(plan, 'Dit cijfer staat niet in het plan.')
  if (theory.figures.length <= 2) return unchanged(plan, 'De theorie houdt minstens twee kerncijfers.')
  const title = catalog.findings.find((finding) => finding.slug === slug)?.title ?? slug
  const items = plan.items.map((item, i) => (i === index ? { ...theory, figures: theory.figures.filter((figure) => figure !== slug) } : item))
  return { plan: { ...plan, items: balance(items, plan.input, catalog), notices: [] }, message: `Kerncijfer ‘${title}’ is uit de theorie gehaald.`, changed: true }
}

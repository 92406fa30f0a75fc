/**
 * The notices under a new plan, in Dutch: the nearest content when the toolkit
 * has nothing on the themes asked, what was left out and with how many
 * minutes it would fit, and minutes the content cannot fill.
 */
import { askedNames, type Candidate } from './fit.ts'
import { fits } from './balance.ts'
import { isShort, MAX_MINUTES, rangeOf, TIME_STEPS } from './rules.ts'
import { candidateKey, selectionsByMinutes, type Selection } from './select.ts'
import { assemble, contentItem } from './structure.ts'
import type { PlanInput, PlanItem, PlanNotice, PlannerCatalog } from './types.ts'

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

/** The notices for a plan of `items` made from `selection`, in the order the page shows them. */
export function planNotices(input: PlanInput, catalog: PlannerCatalog, { selected, leftOut, candidates }: Selection, items: readonly PlanItem[]): PlanNotice[] {
  const notices: PlanNotice[] = []
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
  return notices
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

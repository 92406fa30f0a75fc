/**
 * The finder: "Ik heb [tijd] met [groep] over [thema]". Its answers become
 * the listing filters of /overzicht/ (the same URL keys). Time means "at
 * most": with two hours, shorter parts fit too.
 */
import type { DurationBand } from '@toolkit/schemas'
import { filterQueryString, type FilterState } from './filters.ts'

/*
 * The browser runs this module (Finder.astro's script), so it imports no
 * values from @toolkit/schemas: that would bring zod along (about 100 kB).
 * The order of the duration bands (DURATION_BANDS) comes in as `order`:
 * the page writes it into the form's time choices.
 */

/** The bands the finder offers as a time: every band but the longest (see FINDER_TIME_LABELS). */
export type FinderTime = Exclude<DurationBand, 'long'>

/**
 * How the sentence names each duration band ("Ik heb een half uur"); each
 * includes the shorter bands. The longest band is no choice: with more time
 * than a dagdeel everything fits, which is the first choice ("zoveel tijd
 * als nodig"). A "meer tijd" that filtered on the bands left out every item
 * without a duration and found what "een dagdeel" found.
 */
export const FINDER_TIME_LABELS: Record<FinderTime, string> = {
  short: 'een half uur',
  session: 'hooguit twee uur',
  'half-day': 'een dagdeel',
}

/** How the sentence names each audience ("met mijn team"). */
export const FINDER_GROUPS: Record<string, string> = {
  teams: 'mijn team',
  professionals: 'collega-hulpverleners',
  clients: 'cliënten',
  family: 'naasten en familie',
  organisations: 'mijn organisatie',
  students: 'studenten',
  public: 'een breed publiek',
}

/** The duration bands (in `order`, shortest first) that fit in the chosen time: `session` → short and session. */
export function bandsWithin(time: string, order: readonly string[]): string[] {
  const index = order.indexOf(time)
  return index === -1 ? [] : order.slice(0, index + 1)
}

/** The listing filters for the finder's answers, as a query string for /overzicht/. */
export function finderQuery(answers: { tijd?: string; groep?: string; thema?: string }, order: readonly string[]): string {
  const state: FilterState = {}
  const bands = answers.tijd ? bandsWithin(answers.tijd, order) : []
  if (bands.length) state.duur = bands
  if (answers.groep) state.doelgroep = [answers.groep]
  if (answers.thema) state.thema = [answers.thema]
  return filterQueryString(state, ['thema', 'doelgroep', 'duur'])
}

/** Reads the finder's answers back from listing filters (to show the sentence as chosen). */
export function finderAnswers(query: string, order: readonly string[]): { tijd?: string; groep?: string; thema?: string } {
  const params = new URLSearchParams(query)
  const bands = params.getAll('duur')
  // A band the finder does not offer (the longest, from a listing's boxes): the sentence cannot say it.
  const longest = bands.every((band) => order.includes(band)) ? bands.map((band) => order.indexOf(band)).sort((a, b) => b - a)[0] : undefined
  const groups = params.getAll('doelgroep')
  const themes = params.getAll('thema')
  return {
    tijd: longest === undefined ? undefined : order[longest],
    groep: groups.length === 1 ? groups[0] : undefined,
    thema: themes.length === 1 ? themes[0] : undefined,
  }
}

/**
 * The finder: "Ik heb [tijd] met [groep] over [thema]". Its answers become
 * the listing filters of /overzicht/ (the same URL keys). Time means "at
 * most": with two hours, shorter parts fit too.
 */
import { DURATION_BANDS } from '@toolkit/schemas'
import { filterQueryString, type FilterState } from './filters.ts'

/** Time answers, shortest first; each includes the bands up to and including its own. */
export const FINDER_TIMES = [
  { value: 'short', label: 'een half uur' },
  { value: 'session', label: 'een tot twee uur' },
  { value: 'half-day', label: 'een dagdeel' },
  { value: 'long', label: 'meer tijd' },
] as const

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

/** The duration bands that fit in the chosen time: `session` → short and session. */
export function bandsWithin(time: string): string[] {
  const order = DURATION_BANDS.map((band) => band.value as string)
  const index = order.indexOf(time)
  return index === -1 ? [] : order.slice(0, index + 1)
}

/** The listing filters for the finder's answers, as a query string for /overzicht/. */
export function finderQuery(answers: { tijd?: string; groep?: string; thema?: string }): string {
  const state: FilterState = {}
  const bands = answers.tijd ? bandsWithin(answers.tijd) : []
  if (bands.length) state.duur = bands
  if (answers.groep) state.doelgroep = [answers.groep]
  if (answers.thema) state.thema = [answers.thema]
  return filterQueryString(state, ['thema', 'doelgroep', 'duur'])
}

/** Reads the finder's answers back from listing filters (to show the sentence as chosen). */
export function finderAnswers(query: string): { tijd?: string; groep?: string; thema?: string } {
  const params = new URLSearchParams(query)
  const bands = params.getAll('duur')
  const order = DURATION_BANDS.map((band) => band.value as string)
  const longest = bands.map((band) => order.indexOf(band)).filter((index) => index >= 0).sort((a, b) => b - a)[0]
  const groups = params.getAll('doelgroep')
  const themes = params.getAll('thema')
  return {
    tijd: longest === undefined ? undefined : order[longest],
    groep: groups.length === 1 ? groups[0] : undefined,
    thema: themes.length === 1 ? themes[0] : undefined,
  }
}

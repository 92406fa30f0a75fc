import type { SessionPhase } from '@toolkit/schemas'
import { joinDutch } from './format.ts'

/**
 * The sentence that says which phases of a session guide are the toolkit's
 * own reading (`namedInSource` false), or undefined when the source names
 * them all. Shown with the guide on the page and in the booklet.
 */
export function ownPhasesNote(guide: readonly Pick<SessionPhase, 'title' | 'namedInSource'>[]): string | undefined {
  const quoted = (phases: typeof guide) => joinDutch(phases.map((phase) => `‘${phase.title}’`))
  const own = guide.filter((phase) => !phase.namedInSource)
  if (own.length === 0) return undefined
  const named = guide.filter((phase) => phase.namedInSource)
  const source = named.length === 0 ? 'noemt de bron geen fasen' : `noemt de bron alleen ${quoted(named)} bij naam`
  return `De indeling in ${quoted(own)}, en waar die fasen beginnen en eindigen, is van de toolkit; in de leidraad ${source}.`
}

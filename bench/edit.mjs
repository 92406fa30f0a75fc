/**
 * The "one edit" of the build benchmark: the first fragment's description
 * gets a sentence more and a newer `updatedAt`, as when an editor fixes a
 * typo and publishes; everything else stays byte for byte the same.
 */
import { wrapSnapshot } from '@toolkit/schemas/node'

export const EDIT_NOTE = ' (Bewerkt voor de benchmark.)'

/** A copy of `snapshot` with one fragment's text changed, and the new content version. */
export function editOneFragment(snapshot) {
  const [first, ...rest] = snapshot.collections.fragments ?? []
  if (!first) throw new Error('De snapshot heeft geen filmfragment om te bewerken')
  const edited = { ...first, description: `${first.description ?? ''}${EDIT_NOTE}`, updatedAt: new Date(Date.parse(first.updatedAt) + 60_000).toISOString() }
  return wrapSnapshot({ ...snapshot.collections, fragments: [edited, ...rest] }, snapshot.generatedAt)
}

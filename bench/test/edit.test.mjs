import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '@toolkit/site/src/lib/content/load.ts'
import { editOneFragment, EDIT_NOTE } from '../edit.mjs'
import { syntheticSnapshot } from '../snapshots.mjs'

describe('the one edit of the build benchmark', () => {
  const snapshot = syntheticSnapshot(undefined, 100)
  const edited = editOneFragment(snapshot)

  it('changes one fragment’s text and nothing else, under a new content version', () => {
    expect(edited.contentVersion).not.toBe(snapshot.contentVersion)
    const changed = Object.entries(snapshot.collections).flatMap(([collection, docs]) =>
      docs.filter((doc, i) => JSON.stringify(doc) !== JSON.stringify(edited.collections[collection][i])).map((doc) => `${collection}/${doc.slug}`),
    )
    expect(changed).toEqual([`fragments/${snapshot.collections.fragments[0].slug}`])
    expect(edited.collections.fragments[0].description).toBe(`${snapshot.collections.fragments[0].description}${EDIT_NOTE}`)
  })

  it('is still content the site accepts', () => {
    expect(() => parseSnapshot(edited, 'bewerkt')).not.toThrow()
  })
})

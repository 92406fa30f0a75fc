import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

/**
 * A published document whose slug an editor changes keeps its old address:
 * the snapshot lists the move (from the document's published versions) and
 * the site redirects it. Found walking the product: after a theme's slug
 * changed, /themas/empowerment/ answered 404 for every link shared before.
 */
let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms('moved-slugs')
})
afterAll(() => cms?.close())

const publish = (id: string | number, data: Record<string, unknown>) =>
  cms.payload.update({ collection: 'themes', id, data: { ...data, _status: 'published' }, overrideAccess: true })
const moved = async () => (await buildSnapshot(cms.payload)).moved ?? []

describe('addresses that moved', () => {
  it('lists an earlier published slug of a published document, pointing to its slug now', async () => {
    const theme = await cms.payload.create({ collection: 'themes', data: { slug: 'empowerment', name: 'Empowerment', _status: 'published' }, overrideAccess: true })
    expect(await moved()).toEqual([])
    await publish(theme.id, { slug: 'eigen-kracht' })
    expect(await moved()).toEqual([{ collection: 'themes', from: 'empowerment', to: 'eigen-kracht' }])
    // Again: every earlier address leads to the newest, no chains.
    await publish(theme.id, { slug: 'eigen-kracht-empowerment' })
    expect(await moved()).toEqual([
      { collection: 'themes', from: 'eigen-kracht', to: 'eigen-kracht-empowerment' },
      { collection: 'themes', from: 'empowerment', to: 'eigen-kracht-empowerment' },
    ])
  })

  it('leaves out a slug only a draft had, one another document has now, and those of a document no longer published', async () => {
    const draftOnly = await cms.payload.create({ collection: 'themes', data: { slug: 'openheid-test', name: 'Openheid', _status: 'published' }, overrideAccess: true })
    await cms.payload.update({ collection: 'themes', id: draftOnly.id, data: { slug: 'nog-een-concept' }, draft: true, overrideAccess: true })
    // The address 'empowerment' is given to a new theme: its page answers, no redirect.
    await cms.payload.create({ collection: 'themes', data: { slug: 'empowerment', name: 'Nieuw empowerment', _status: 'published' }, overrideAccess: true })
    const gone = await cms.payload.create({ collection: 'themes', data: { slug: 'weg-oud', name: 'Weg', _status: 'published' }, overrideAccess: true })
    await publish(gone.id, { slug: 'weg-nieuw' })
    await cms.payload.update({ collection: 'themes', id: gone.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await moved()).toEqual([{ collection: 'themes', from: 'eigen-kracht', to: 'eigen-kracht-empowerment' }])
  })
})

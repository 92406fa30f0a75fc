/**
 * The "Open data" global: editors set the publisher and licence of the open
 * data; the snapshot the site is built from carries them only when set, and
 * a change to them is a change of content (a new content version, so the
 * site is rebuilt). Anonymous visitors may read them, not change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotSchema } from '@toolkit/schemas'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { OPEN_DATA_GLOBAL } from '../src/globals/openDataSettings.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures } from './helpers/fixtures.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms('open-data')
  await makeFixtures(cms.payload)
})
afterAll(() => cms?.close())

const setOpenData = (data: Record<string, string | null>) =>
  cms.payload.updateGlobal({ slug: OPEN_DATA_GLOBAL, data, overrideAccess: true, context: { skipSiteUpdate: true } })

describe('open data settings', () => {
  it('are absent from the snapshot until editors set them; then present, and the content version changes', async () => {
    const before = await buildSnapshot(cms.payload)
    expect(before.openData).toBeUndefined()
    expect(before.contentVersion).toBe(wrapSnapshot(before.collections).contentVersion)

    await setOpenData({ publisher: 'Uitgever van de test', licence: 'Testlicentie', licenceUrl: 'https://licentie.example/tekst' })
    const after = await buildSnapshot(cms.payload)
    expect(snapshotSchema.parse(after).openData).toEqual({ publisher: 'Uitgever van de test', licence: 'Testlicentie', licenceUrl: 'https://licentie.example/tekst' })
    expect(after.contentVersion).not.toBe(before.contentVersion)
    expect(after.contentVersion).toBe(wrapSnapshot(after.collections, after.generatedAt, after.openData).contentVersion)

    // Emptied again: gone from the snapshot, and the version is the old one.
    await setOpenData({ publisher: '', licence: null, licenceUrl: null })
    const cleared = await buildSnapshot(cms.payload)
    expect(cleared.openData).toBeUndefined()
    expect(cleared.contentVersion).toBe(before.contentVersion)
  })

  it('refuse a licence link that is not an http(s) address', async () => {
    await expect(setOpenData({ licenceUrl: 'javascript:alert(1)' })).rejects.toThrow(/Link naar de licentietekst/)
  })

  it('can be read by anyone but changed only by editors', async () => {
    const read = await cms.rest('GET', `/globals/${OPEN_DATA_GLOBAL}`)
    expect(read.status).toBe(200)
    const write = await cms.rest('POST', `/globals/${OPEN_DATA_GLOBAL}`, { body: { publisher: 'Iemand anders' } })
    expect(write.status).toBe(403)
    const global = await cms.payload.findGlobal({ slug: OPEN_DATA_GLOBAL })
    expect(global.publisher ?? '').not.toBe('Iemand anders')
  })
})

describe('open data settings in the snapshot', () => {
  it('leave out a stored value the schema refuses, and keep the others', async () => {
    const { openDataOf } = await import('../src/globals/openDataSettings.ts')
    expect(openDataOf({ publisher: ' Uitgever ', licence: '', licenceUrl: 'ftp://oud.example/licentie', id: 1 })).toEqual({ publisher: 'Uitgever' })
  })
})

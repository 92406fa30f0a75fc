import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * Who made each version (fields/editedBy.ts): each save records the saving
 * account's name (or e-mail address) on the document and so on its version;
 * editors see it in the version history, the public API, the snapshot the
 * site and the open data are built from, never.
 */
let cms: TestCms
let editorToken: string
let adminToken: string
let ids: { theme: unknown; production: unknown }
let guidanceId: string | number
const EDITOR_NAME = 'Ria Redacteur'
const ADMIN_EMAIL = 'beheer-versies@example.org'

type Version = { id: string | number; version: { editedBy?: string | null; title?: string; _status?: string } }

async function versionsOf(id: string | number): Promise<Version[]> {
  const response = await cms.rest('GET', `/guidance/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=50`, { token: editorToken })
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()).docs
}

beforeAll(async () => {
  cms = await startTestCms('version-author')
  const { payload } = cms
  await payload.create({ collection: 'users', data: { email: 'redactie-versies@example.org', name: EDITOR_NAME, password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  await payload.create({ collection: 'users', data: { email: ADMIN_EMAIL, password: 'Geheim-wachtwoord-1', roles: ['admin'] }, overrideAccess: true })
  editorToken = await cms.login('redactie-versies@example.org', 'Geheim-wachtwoord-2')
  adminToken = await cms.login(ADMIN_EMAIL, 'Geheim-wachtwoord-1')
  const fixtures = await makeFixtures(payload)
  ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  // The editor publishes a document, sending a name of their own along: it is not kept.
  const created = await cms.rest('POST', '/guidance', {
    token: editorToken,
    body: { ...validDocument('guidance', 'versie-auteur', ids), title: 'Lijst met auteur', intro: 'Inleiding.', _status: 'published', editedBy: 'Iemand anders' },
  })
  expect(created.status, await created.clone().text()).toBe(201)
  guidanceId = (await created.json()).doc.id
  // Then the admin (who has no name) changes it.
  const updated = await cms.rest('PATCH', `/guidance/${guidanceId}`, { token: adminToken, body: { title: 'Lijst met auteur, aangepast', _status: 'published' } })
  expect(updated.status, await updated.clone().text()).toBe(200)
})
afterAll(() => cms?.close())

describe('each version names who made it', () => {
  it('records the saving account on each version: name, or the e-mail address without one', async () => {
    const versions = await versionsOf(guidanceId)
    expect(versions.map((v) => [v.version.title, v.version.editedBy])).toEqual([
      ['Lijst met auteur, aangepast', ADMIN_EMAIL],
      ['Lijst met auteur', EDITOR_NAME],
    ])
    const doc = await (await cms.rest('GET', `/guidance/${guidanceId}?depth=0`, { token: editorToken })).json()
    expect(doc.editedBy).toBe(ADMIN_EMAIL)
  })

  it('records an autosaved draft too, and a save without an account names nobody', async () => {
    const draft = await cms.rest('PATCH', `/guidance/${guidanceId}?draft=true&autosave=true`, { token: editorToken, body: { title: 'Concepttitel' } })
    expect(draft.status, await draft.clone().text()).toBe(200)
    expect((await versionsOf(guidanceId))[0]!.version).toMatchObject({ title: 'Concepttitel', editedBy: EDITOR_NAME, _status: 'draft' })
    await cms.payload.update({ collection: 'guidance', id: guidanceId, data: { title: 'Zonder account' }, draft: true, overrideAccess: true })
    expect((await versionsOf(guidanceId))[0]!.version).toMatchObject({ title: 'Zonder account', editedBy: null })
  })
})

describe('never public', () => {
  it('is not in the public REST answer, by id or in a list, nor to be found with a query', async () => {
    const one = await cms.rest('GET', `/guidance/${guidanceId}?depth=0`)
    expect(one.status).toBe(200)
    const body = await one.json()
    expect(body.title).toBe('Lijst met auteur, aangepast')
    expect(body).not.toHaveProperty('editedBy')
    const list = await (await cms.rest('GET', '/guidance?limit=100&depth=0')).text()
    expect(list).toContain('Lijst met auteur, aangepast')
    expect(list).not.toContain('editedBy')
    expect(list).not.toContain(ADMIN_EMAIL)
    const probe = await cms.rest('GET', `/guidance?where[editedBy][like]=beheer`)
    if (probe.status === 200) expect((await probe.json()).totalDocs).toBe(0)
    else expect(probe.status).toBeGreaterThanOrEqual(400)
    expect((await cms.rest('GET', `/guidance/versions?where[parent][equals]=${guidanceId}`)).status).toBeGreaterThanOrEqual(400)
  })

  it('is not in the public GraphQL answer', async () => {
    const result = await cms.graphql('{ Guidances { docs { title editedBy } } }')
    const text = JSON.stringify(result)
    expect(text).not.toContain(ADMIN_EMAIL)
    expect(text).not.toContain(EDITOR_NAME)
  })

  it('is not in the snapshot the site and the open data are built from', async () => {
    const snapshot = await buildSnapshot(cms.payload)
    const guidance = snapshot.collections.guidance as Record<string, unknown>[]
    expect(guidance.map((doc) => doc.title)).toContain('Lijst met auteur, aangepast')
    const text = JSON.stringify(snapshot)
    expect(text).not.toContain('editedBy')
    expect(text).not.toContain(ADMIN_EMAIL)
    expect(text).not.toContain(EDITOR_NAME)
  })
})

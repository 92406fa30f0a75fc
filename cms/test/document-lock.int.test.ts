import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * The lock dialog ("wordt bewerkt") needs Payload's lock record while an
 * editor works on a document; drafts autosave, and every save deleted the
 * record (hooks/keepLockOnAutosave.ts). An autosave leaves the editor holding
 * it; any other save still releases it, as Payload does.
 */
let cms: TestCms
let editor: { token: string; id: number | string }
let docId: number | string

const locksOf = async (id: number | string) =>
  (await cms.payload.find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } }, depth: 0, overrideAccess: true })).docs as unknown as {
    user: { value: number | string }
  }[]

beforeAll(async () => {
  cms = await startTestCms('document-lock')
  const user = await cms.payload.create({ collection: 'users', data: { email: 'slot@example.org', name: 'Sam Slot', password: 'Geheim-wachtwoord-3', roles: ['editor'] }, overrideAccess: true })
  editor = { token: await cms.login('slot@example.org', 'Geheim-wachtwoord-3'), id: user.id }
  const fixtures = await makeFixtures(cms.payload)
  const created = await cms.rest('POST', '/guidance', { token: editor.token, body: { ...validDocument('guidance', 'slot', { theme: fixtures.theme.id, production: fixtures.production.id }), _status: 'draft' } })
  expect(created.status, await created.clone().text()).toBe(201)
  docId = (await created.json()).doc.id
})
afterAll(() => cms?.close())

describe('the document lock of an editor whose draft autosaves', () => {
  it('is held after the autosave, and released by a save of another kind', async () => {
    const autosave = await cms.rest('PATCH', `/guidance/${docId}?autosave=true&draft=true&depth=0`, { token: editor.token, body: { title: 'Slot, getypt' } })
    expect(autosave.status, await autosave.clone().text()).toBe(200)
    const held = await locksOf(docId)
    expect(held).toHaveLength(1)
    expect(held[0]!.user.value).toBe(editor.id)
    // A second autosave does not pile up locks.
    await cms.rest('PATCH', `/guidance/${docId}?autosave=true&draft=true&depth=0`, { token: editor.token, body: { title: 'Slot, verder getypt' } })
    expect(await locksOf(docId)).toHaveLength(1)
    // "Bewaar concept" is not an autosave: Payload releases the lock.
    const saved = await cms.rest('PATCH', `/guidance/${docId}?draft=true&depth=0`, { token: editor.token, body: { title: 'Slot, bewaard' } })
    expect(saved.status, await saved.clone().text()).toBe(200)
    expect(await locksOf(docId)).toHaveLength(0)
  })
})

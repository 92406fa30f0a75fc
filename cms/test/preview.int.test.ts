import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrity, snapshotSchema } from '@toolkit/schemas'
import { mintPreviewToken, verifyPreviewToken } from '@toolkit/schemas/node'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * The draft preview's CMS side: only an editor's session mints a link, and
 * only a valid token gets the draft (GET /api/preview-draft), which stays out
 * of the published snapshot.
 */
const secret = 'preview-secret-for-the-test-0123456789abcdef'
let cms: TestCms
let editorToken: string
let doc: { id: string | number; createdAt?: string }
let fixtures: Awaited<ReturnType<typeof makeFixtures>>

beforeAll(async () => {
  cms = await startTestCms('preview', { PREVIEW_SECRET: secret, PREVIEW_URL: 'http://voorbeeld.test' })
  const { payload } = cms
  await payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  editorToken = await cms.login('redactie@example.org', 'Geheim-wachtwoord-2')
  fixtures = await makeFixtures(payload)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  doc = await fixtures.create('guidance', { ...validDocument('guidance', 'voorbeeldlijst', ids), title: 'Gepubliceerde titel', editorNotes: [{ text: 'Notitie voor de redactie' }] })
  await payload.update({ collection: 'guidance', id: doc.id, data: { title: 'Concepttitel' }, draft: true, overrideAccess: true })
})
afterAll(() => cms?.close())

describe('the "Voorbeeld" link', () => {
  it('needs an editor session', async () => {
    const response = await cms.rest('GET', `/preview/guidance/${doc.id}`)
    expect(response.status).toBe(401)
    expect(response.headers.get('location')).toBeNull()
  })

  it('sends an editor to the preview server with a 10-minute token for that document', async () => {
    const response = await cms.rest('GET', `/preview/guidance/${doc.id}`, { token: editorToken })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!)
    expect(location.origin).toBe('http://voorbeeld.test')
    const check = verifyPreviewToken(location.searchParams.get('token'), secret)
    expect(check).toMatchObject({ ok: true, collection: 'guidance', id: String(doc.id) })
    if (check.ok) expect(check.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000)
  })

  it('is offered in the edit view (admin.preview) of every content collection', () => {
    const preview = cms.config.collections.find((c) => c.slug === 'guidance')!.admin.preview!
    expect(preview({ id: doc.id }, { req: { payload: cms.payload } } as never)).toBe(`/api/preview/guidance/${doc.id}`)
  })
})

describe('GET /api/preview-draft', () => {
  const draftWith = (token: string | undefined) => cms.rest('GET', `/preview-draft${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`)

  it('gives the latest draft, in the snapshot, with a valid token', async () => {
    const response = await draftWith(mintPreviewToken({ collection: 'guidance', id: String(doc.id), createdAt: String(doc.createdAt) }, secret))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.json()
    // A draft after publishing: the preview shows what is not published yet.
    expect(body).toMatchObject({ collection: 'guidance', slug: 'voorbeeldlijst', published: false })
    const snapshot = snapshotSchema.parse(body.snapshot)
    expect(checkIntegrity(snapshot.collections)).toEqual([])
    const shown = snapshot.collections.guidance.filter((g) => g.slug === 'voorbeeldlijst')
    expect(shown.map((g) => g.title)).toEqual(['Concepttitel'])
    expect(JSON.stringify(body)).not.toContain('Notitie voor de redactie')
  })

  it.each([
    ['no token', undefined],
    ['a forged token', mintPreviewToken({ collection: 'guidance', id: '1', createdAt: '2026-01-01T00:00:00.000Z' }, 'een-ander-geheim-van-voldoende-lengte-123')],
    ['an expired token', mintPreviewToken({ collection: 'guidance', id: '1', createdAt: '2026-01-01T00:00:00.000Z' }, secret, { now: Date.now() - 11 * 60_000 })],
    ['a token with a changed document', 'eyJjIjoiZ3VpZGFuY2UiLCJpZCI6IjIiLCJleHAiOjk5OTk5OTk5OTl9.AAAA'],
  ])('gives nothing for %s', async (_name, token) => {
    const response = await draftWith(token)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('Concepttitel')
  })

  it('says when the version shown is the published one: published, and no changes since', async () => {
    const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
    const live = await fixtures.create('guidance', { ...validDocument('guidance', 'ongewijzigd', ids), title: 'Ongewijzigd gepubliceerd' })
    const tokenFor = (d: { id: string | number; createdAt?: string }) => mintPreviewToken({ collection: 'guidance', id: String(d.id), createdAt: String(d.createdAt) }, secret)
    expect(await (await draftWith(tokenFor(live))).json()).toMatchObject({ slug: 'ongewijzigd', published: true })
    // Never published: a concept.
    const concept = await fixtures.create('guidance', { ...validDocument('guidance', 'alleen-concept', ids), title: 'Alleen concept' }, false)
    expect(await (await draftWith(tokenFor(concept))).json()).toMatchObject({ slug: 'alleen-concept', published: false })
  })

  it('answers 404 to an old link after its document was deleted, even when a new document gets the same id', async () => {
    const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
    const first = await fixtures.create('guidance', { ...validDocument('guidance', 'weggegooid', ids), title: 'Oud concept' }, false)
    const link = await cms.rest('GET', `/preview/guidance/${first.id}`, { token: editorToken })
    const token = new URL(link.headers.get('location')!).searchParams.get('token')!
    expect((await draftWith(token)).status).toBe(200)

    await cms.payload.delete({ collection: 'guidance', id: first.id, overrideAccess: true })
    const second = await fixtures.create('guidance', { ...validDocument('guidance', 'nieuw-concept', ids), title: 'Ander concept' }, false)
    // SQLite hands out the deleted id again; MongoDB never does. Either way the old link is dead.
    if (process.env.TEST_DATABASE !== 'mongodb') expect(second.id).toBe(first.id)
    const response = await draftWith(token)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Ander concept')
  })

  it('leaves the published snapshot alone', async () => {
    const snapshot = await (await cms.rest('GET', '/snapshot')).json()
    const titles = snapshot.collections.guidance.map((g: { title: string }) => g.title)
    expect(titles).toContain('Gepubliceerde titel')
    expect(titles).not.toContain('Concepttitel')
  })
})

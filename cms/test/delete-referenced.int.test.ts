import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * An admin deleting a theme (or any document) that other documents still
 * point to gets a refusal naming them, and nothing changes: before, the
 * theme went, and with it every link to it, in the stored versions too.
 */
let cms: TestCms
let token: string
let fixtures: Awaited<ReturnType<typeof makeFixtures>>

beforeAll(async () => {
  cms = await startTestCms('delete-referenced')
  await cms.payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'Geheim-wachtwoord-1', roles: ['admin'] }, overrideAccess: true })
  token = await cms.login('beheer@example.org', 'Geheim-wachtwoord-1')
  fixtures = await makeFixtures(cms.payload)
})
afterAll(() => cms?.close())

const theme = (slug: string, name: string) => fixtures.create('themes', { slug, name })
/** A published handreiking about `themes`. */
const guidanceAbout = (slug: string, title: string, themes: unknown[]) =>
  fixtures.create('guidance', { ...validDocument('guidance', slug, { theme: themes[0], production: fixtures.production.id }), title, themes })
const stored = async (collection: 'themes' | 'guidance', id: string | number) =>
  (await cms.payload.find({ collection, where: { id: { equals: id } }, depth: 0, draft: true, overrideAccess: true })).docs[0] as Record<string, unknown> | undefined

describe('deleting a document others point to', () => {
  it('is refused with the documents that point to it named, and the links stay', async () => {
    const hope = await theme('hoop-test', 'Hoop')
    const guidance = await guidanceAbout('over-hoop', 'Wat hoop doet', [hope.id])

    const response = await cms.rest('DELETE', `/themes/${hope.id}`, { token })
    expect(response.status).toBe(409)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0]!.message).toBe('Thema “Hoop” is niet verwijderd: 1 document verwijst er nog naar (handreiking “Wat hoop doet”). Haal die verwijzingen eerst weg.')
    expect(await stored('themes', hope.id)).toBeDefined()
    expect((await stored('guidance', guidance.id))?.themes).toEqual([hope.id])
    const versions = await cms.payload.findVersions({ collection: 'guidance', where: { parent: { equals: guidance.id } }, depth: 0, overrideAccess: true })
    expect(versions.docs.map((version) => (version.version as unknown as { themes: unknown }).themes)).toEqual([[hope.id]])
  })

  it('counts the links of an unpublished newer draft, and allows the delete once no document points to it', async () => {
    const recovery = await theme('herstel-test', 'Herstel')
    const other = await theme('ander-test', 'Ander')
    const guidance = await guidanceAbout('over-herstel', 'Herstel in de praktijk', [other.id])
    await cms.payload.update({ collection: 'guidance', id: guidance.id, data: { themes: [other.id, recovery.id] }, draft: true, overrideAccess: true })

    const refused = await cms.rest('DELETE', `/themes/${recovery.id}`, { token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain('handreiking “Herstel in de praktijk”')

    await cms.payload.update({ collection: 'guidance', id: guidance.id, data: { themes: [other.id] }, draft: true, overrideAccess: true })
    expect((await cms.rest('DELETE', `/themes/${recovery.id}`, { token })).status).toBe(200)
    expect(await stored('themes', recovery.id)).toBeUndefined()
  })

  it('in a bulk delete, keeps the document others point to and deletes the rest', async () => {
    const used = await theme('gebruikt-test', 'Gebruikt')
    const unused = await theme('ongebruikt-test', 'Ongebruikt')
    await guidanceAbout('gebruikt', 'Gebruikt in een handreiking', [used.id])

    const response = await cms.rest('DELETE', `/themes?where[id][in][0]=${used.id}&where[id][in][1]=${unused.id}`, { token })
    expect(response.status).toBeLessThan(500)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors.map((error) => error.message).join(' ')).toContain('Thema “Gebruikt” is niet verwijderd')
    expect(await stored('themes', used.id)).toBeDefined()
    expect(await stored('themes', unused.id)).toBeUndefined()
  })

  it('names at most five and counts the rest', async () => {
    const popular = await theme('populair-test', 'Populair')
    for (let n = 1; n <= 7; n++) {
      await guidanceAbout(`populair-${n}`, `Handreiking ${n}`, [popular.id])
    }
    const response = await cms.rest('DELETE', `/themes/${popular.id}`, { token })
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0]!.message).toMatch(/^Thema “Populair” is niet verwijderd: 7 documenten verwijzen er nog naar \((handreiking “Handreiking \d”, ){4}handreiking “Handreiking \d” en 2 andere\)/)
  })
})

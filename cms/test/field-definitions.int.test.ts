import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIELDS } from '@toolkit/schemas'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * One definition of each field, over the real REST API: the limits and
 * messages of @toolkit/schemas (fields.ts) hold in the CMS, on drafts too,
 * and a value of the wrong kind answers 400 in Dutch naming the field.
 */
let cms: TestCms
let token: string
let ids: { theme: unknown; production: unknown }
let interventionId: string

beforeAll(async () => {
  cms = await startTestCms('field-definitions')
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  token = await cms.login('redactie@example.org', 'Geheim-wachtwoord-2')
  const fixtures = await makeFixtures(cms.payload)
  ids = { theme: fixtures.theme.id, production: fixtures.production.id }
})
afterAll(() => cms?.close())

type Answer = { status: number; body: { errors?: { message: string; data?: { errors?: { path: string; message: string; label?: string }[] } }[] } }

async function send(method: string, route: string, body: unknown): Promise<Answer> {
  const response = await cms.rest(method, route, { token, body })
  return { status: response.status, body: await response.json() }
}

/** The field errors of a 400: path and Dutch message. */
const fieldErrors = (answer: Answer) => answer.body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

describe('durations have a realistic maximum', () => {
  it('refuses 100000 minutes for an intervention, published or draft, with a Dutch 400 naming the field', async () => {
    const max = FIELDS.interventions.durationMinutes.max
    for (const draft of [false, true]) {
      const answer = await send('POST', `/interventions${draft ? '?draft=true' : ''}`, {
        ...validDocument('interventions', `lang-${draft}`, ids),
        durationMinutes: 100_000,
        _status: draft ? 'draft' : 'published',
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      const error = fieldErrors(answer).find((e) => e.path === 'durationMinutes')!
      expect(error.message).toContain(`mag hoogstens ${max} minuten zijn`)
      expect(JSON.stringify(answer.body)).toContain('Duur in minuten (voor het filter)')
    }
    const ok = await send('POST', '/interventions', { ...validDocument('interventions', 'twee-uur', ids), durationMinutes: 120, _status: 'published' })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    interventionId = (ok.body as unknown as { doc: { id: string } }).doc.id
  })

  it('refuses an activity of more than a day', async () => {
    const answer = await send('POST', '/activities', { ...validDocument('activities', 'te-lang', ids), durationMinutes: { min: 20, max: 100_000 }, _status: 'published' })
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer).map((e) => e.path)).toContain('durationMinutes.max')
  })
})

describe('a link is an http(s) link, even in a draft', () => {
  it.each(['javascript:alert(1)', 'htp:/kapotte link'])('refuses %s as a video link in a draft', async (videoUrl) => {
    const answer = await send('POST', '/fragments?draft=true', { ...validDocument('fragments', `link-${videoUrl.length}`, ids), videoUrl, _status: 'draft' })
    expect(answer.status, JSON.stringify(answer.body)).toBe(400)
    const error = fieldErrors(answer).find((e) => e.path === 'videoUrl')!
    expect(error.message).toMatch(/http\(s\)-link/)
    expect(JSON.stringify(answer.body)).toContain('Videolink (Vimeo)')
  })

  it('refuses it in an update of a draft too, and saves a draft with a good link or none', async () => {
    const created = await send('POST', '/fragments?draft=true', { ...validDocument('fragments', 'goede-link', ids), videoUrl: 'https://vimeo.com/1', _status: 'draft' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = (created.body as unknown as { doc: { id: string } }).doc.id
    const bad = await send('PATCH', `/fragments/${id}?draft=true`, { videoUrl: 'javascript:alert(1)' })
    expect(bad.status).toBe(400)
    const links = await send('PATCH', `/interventions/${interventionId}?draft=true`, { links: [{ label: 'Site', url: 'javascript:alert(1)' }], _status: 'draft' })
    expect(links.status).toBe(400)
    expect(fieldErrors(links).map((e) => e.path)).toContain('links.0.url')
    const none = await send('POST', '/fragments?draft=true', { ...validDocument('fragments', 'geen-link', ids), _status: 'draft' })
    expect(none.status, JSON.stringify(none.body)).toBe(201)
  })
})

describe('the evidence level', () => {
  it('has no default: a new intervention is not "Onbekend" but empty, and completeness asks for it', async () => {
    const { evidenceLevel: _level, ...data } = validDocument('interventions', 'zonder-niveau', ids)
    const created = await send('POST', '/interventions', { ...data, _status: 'published' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = (created.body as unknown as { doc: { id: string; evidenceLevel?: string | null } }).doc
    expect(doc.evidenceLevel ?? null).toBeNull()
    const read = await (await cms.rest('GET', `/interventions/${doc.id}`, { token })).json()
    expect(read.completeness.missing).toContainEqual({ path: 'evidenceLevel', label: 'Erkenningsniveau' })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH } from '@toolkit/schemas'
import { bootstrap } from '../src/bootstrap.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

/**
 * Passwords of at least 12 characters (NCSC guidance), with a Dutch message
 * on the password field, however the password is set; ADMIN_PASSWORD on
 * start follows the same rule.
 */
let cms: TestCms
let adminToken: string
const ADMIN = { email: 'beheer@example.org', password: 'Geheim-wachtwoord-1' }

beforeAll(async () => {
  cms = await startTestCms('passwords')
  await cms.payload.create({ collection: 'users', data: { ...ADMIN, roles: ['admin'] }, overrideAccess: true })
  adminToken = await cms.login(ADMIN.email, ADMIN.password)
})
afterAll(() => cms?.close())

type Answer = { status: number; text: string }
const post = async (route: string, body: unknown, token = adminToken): Promise<Answer> => {
  const response = await cms.rest('POST', route, { token, body })
  return { status: response.status, text: await response.text() }
}

describe('a new account', () => {
  it('is refused with an 11-character password: a Dutch 400 on the password field', async () => {
    const answer = await post('/users', { email: 'kort@example.org', password: 'elf-tekens!', roles: ['editor'] })
    expect('elf-tekens!').toHaveLength(PASSWORD_MIN_LENGTH - 1)
    expect(answer.status, answer.text).toBe(400)
    const body = JSON.parse(answer.text)
    const error = body.errors[0].data.errors[0]
    expect(error.path).toBe('password')
    expect(error.message).toMatch(/^Kies een wachtwoord van minstens 12 tekens \(nu 11\)/)
    const { totalDocs } = await cms.payload.count({ collection: 'users', where: { email: { equals: 'kort@example.org' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('is created with a 12-character password', async () => {
    const answer = await post('/users', { email: 'lang@example.org', password: 'twaalf-tekens', roles: ['editor'] })
    expect(answer.status, answer.text).toBe(201)
  })

  it('is refused a 3-character password through the Local API too', async () => {
    await expect(cms.payload.create({ collection: 'users', data: { email: 'drie@example.org', password: 'abc', roles: ['editor'] }, overrideAccess: true })).rejects.toThrow(
      /wachtwoord|password/i,
    )
  })
})

describe('changing a password', () => {
  it('refuses a short new password on the account, keeps the old one working', async () => {
    const user = await cms.payload.create({ collection: 'users', data: { email: 'wijzig@example.org', password: 'Oud-wachtwoord-123', roles: ['editor'] }, overrideAccess: true })
    const token = await cms.login('wijzig@example.org', 'Oud-wachtwoord-123')
    const response = await cms.rest('PATCH', `/users/${user.id}`, { token, body: { password: 'kort', currentPassword: 'Oud-wachtwoord-123' } })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('minstens 12 tekens')
    expect(await cms.login('wijzig@example.org', 'Oud-wachtwoord-123')).toBeTruthy()
  })

  it('says in Dutch that a reset link used before no longer works', async () => {
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email: 'wijzig@example.org' }, disableEmail: true })
    expect((await post('/users/reset-password', { token, password: 'Nieuw-wachtwoord-123' }, '')).status).toBe(200)
    const again = await post('/users/reset-password', { token, password: 'Ander-wachtwoord-456' }, '')
    expect(again.status, again.text).toBe(403)
    expect(JSON.parse(again.text).errors).toEqual([
      expect.objectContaining({
        message: 'Deze link om een wachtwoord in te stellen is ongeldig of verlopen: een link werkt één keer en een uur lang. Vraag met ‘Wachtwoord vergeten?’ een nieuwe aan.',
      }),
    ])
    expect(await cms.login('wijzig@example.org', 'Nieuw-wachtwoord-123')).toBeTruthy()
  })

  it('refuses a short password through a reset link', async () => {
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email: 'wijzig@example.org' }, disableEmail: true })
    const answer = await post('/users/reset-password', { token, password: 'kort-ww' }, '')
    expect(answer.status, answer.text).toBe(400)
    expect(answer.text).toContain('minstens 12 tekens')
  })
})

describe('ADMIN_PASSWORD on start', () => {
  it('is checked by the same rule before the first admin is created', async () => {
    await expect(bootstrap(cms.payload, cmsSettings({ ADMIN_EMAIL: 'start@example.org', ADMIN_PASSWORD: 'kort', SEED_ON_START: 'false' }))).rejects.toThrow(
      /^ADMIN_PASSWORD: Kies een wachtwoord van minstens 12 tekens/,
    )
    await bootstrap(cms.payload, cmsSettings({ ADMIN_EMAIL: 'start@example.org', ADMIN_PASSWORD: 'een lange zin als wachtwoord', SEED_ON_START: 'false' }))
    const { totalDocs } = await cms.payload.count({ collection: 'users', where: { email: { equals: 'start@example.org' } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })
})

/**
 * Issue 21, row 11: until the first account exists, only this computer, or
 * someone with the set-up code the CMS prints at start, can claim the admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PEER_HEADER } from '../src/auth/peerHeader.mjs'
import { setupToken } from '../src/auth/firstAccount.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const FIRST = { email: 'eerste@example.org', password: 'Geheim-wachtwoord-eerste-11' }
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms('first-account')
  delete process.env.PROXY_HOPS
})
afterAll(() => cms?.close())

const register = (peer: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  cms.rest('POST', '/users/first-register', {
    body: { ...FIRST, 'confirm-password': FIRST.password, ...extra },
    headers: { [PEER_HEADER]: peer, ...headers },
  })

const userCount = async () => (await cms.payload.count({ collection: 'users', overrideAccess: true })).totalDocs

describe('row 11: the first account', () => {
  it('is refused from another computer without the set-up code, also with a spoofed X-Forwarded-For', async () => {
    for (const response of [
      await register('192.0.2.44'),
      await register('192.0.2.44', {}, { 'X-Forwarded-For': '127.0.0.1' }),
      await register('192.0.2.44', { setupToken: 'geraden' }),
    ]) {
      expect(response.status).toBe(403)
      expect(await response.text()).toMatch(/installatiecode/)
    }
    expect(await userCount()).toBe(0)
  })

  it('is made from another computer with the set-up code, which is not stored', async () => {
    const response = await register('192.0.2.44', { setupToken: setupToken() })
    expect(response.status, await response.clone().text()).toBe(200)
    const [user] = (await cms.payload.find({ collection: 'users', overrideAccess: true, showHiddenFields: true })).docs
    expect(user).toMatchObject({ email: FIRST.email, roles: ['admin'] })
    expect(user).not.toHaveProperty('setupToken')
  })

  it('uses SETUP_TOKEN when set, otherwise one random code per process', () => {
    expect(setupToken(cmsSettings({ SETUP_TOKEN: 'vaste-code' }))).toBe('vaste-code')
    expect(setupToken(cmsSettings({}))).toBe(setupToken(cmsSettings({})))
    expect(setupToken(cmsSettings({})).length).toBeGreaterThanOrEqual(16)
  })
})

/**
 * Issue 21, rows 2, 3 and 5: nobody can lock out an editor, the answers do
 * not tell which e-mails have an account, X-Forwarded-For is trusted only
 * behind configured proxies, and a logged-in admin is never treated as
 * anonymous because of a query parameter.
 */
import http from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clientAddress, proxyHops } from '../src/auth/clientAddress.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { PEER_HEADER, recordPeer } from '../src/auth/peerHeader.mjs'
import { accountDelayMs, FAILED_PER_ACCOUNT_AND_ADDRESS, FAILED_PER_ADDRESS, MAX_ACCOUNT_DELAY_MS } from '../src/auth/rateLimitLogin.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const ADMIN = { email: 'beheer@example.org', password: 'Geheim-wachtwoord-beheer-21' }
let cms: TestCms
let peerCounter = 0
/** A fresh socket address (TEST-NET-3), as the CMS's server records it. */
const newPeer = () => `203.0.113.${++peerCounter}`

function login(peer: string, email: string, password: string, headers: Record<string, string> = {}) {
  return cms.rest('POST', '/users/login', { body: { email, password }, headers: { [PEER_HEADER]: peer, ...headers } })
}

beforeAll(async () => {
  cms = await startTestCms('login-protection')
  await cms.payload.create({ collection: 'users', data: { ...ADMIN, roles: ['admin'] }, overrideAccess: true })
})
beforeEach(() => {
  // No proxy, as in development and the default production set-up.
  delete process.env.PROXY_HOPS
})
afterAll(() => cms?.close())

describe('row 2: ten spoofed failed logins', () => {
  it('leave the admin able to log in, from their own address', async () => {
    const attacker = newPeer()
    const statuses: number[] = []
    for (let i = 1; i <= 10; i += 1) {
      const response = await login(attacker, ADMIN.email, `fout-${i}`, { 'X-Forwarded-For': `198.51.100.${i}` })
      statuses.push(response.status)
      expect(await response.text()).not.toMatch(/vergrendeld/i)
    }
    // X-Forwarded-For did not make ten addresses of one: the attacker's own allowance ran out.
    expect(statuses).toEqual([...Array(FAILED_PER_ACCOUNT_AND_ADDRESS).fill(401), ...Array(10 - FAILED_PER_ACCOUNT_AND_ADDRESS).fill(429)])
    const response = await login(newPeer(), ADMIN.email, ADMIN.password)
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await response.json()).token).toBeTruthy()
  })

  it('never lock the account, however many addresses the attempts come from', async () => {
    for (let i = 0; i < 12; i += 1) expect((await login(newPeer(), ADMIN.email, `fout-${i}`)).status).toBe(401)
    const started = Date.now()
    expect((await login(newPeer(), ADMIN.email, ADMIN.password)).status).toBe(200)
    // Slowed down while under attack, but let in.
    expect(Date.now() - started).toBeLessThan(MAX_ACCOUNT_DELAY_MS + 2_000)
  })

  it('slow an account under attack down, step by step, to at most a few seconds', () => {
    expect(accountDelayMs(0)).toBe(0)
    expect(accountDelayMs(10)).toBe(0)
    expect(accountDelayMs(11)).toBeGreaterThan(0)
    expect(accountDelayMs(1_000)).toBe(MAX_ACCOUNT_DELAY_MS)
  })

  it(`stop one address after ${FAILED_PER_ADDRESS} wrong passwords for any accounts`, async () => {
    const sprayer = newPeer()
    const statuses: number[] = []
    for (let i = 0; i <= FAILED_PER_ADDRESS; i += 1) statuses.push((await login(sprayer, `iemand-${i}@example.org`, 'fout')).status)
    expect(statuses).toEqual([...Array(FAILED_PER_ADDRESS).fill(401), 429])
  })
})

describe('row 3: known and unknown e-mails', () => {
  it('get the same answers, wrong password after wrong password', async () => {
    const answers = async (email: string) => {
      const peer = newPeer()
      const seen: string[] = []
      for (let i = 0; i < 10; i += 1) {
        const response = await login(peer, email, `fout-${i}`)
        seen.push(`${response.status} ${JSON.stringify(await response.json())}`)
      }
      return seen
    }
    const known = await answers(ADMIN.email)
    expect(await answers('niemand@example.org')).toEqual(known)
    expect(known.join('\n')).not.toMatch(/vergrendeld/i)
  })
})

describe('the client address', () => {
  it('is the socket address without proxies; X-Forwarded-For is ignored, also in development', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7', [PEER_HEADER]: '192.0.2.10' })
    expect(proxyHops(cmsSettings({}))).toBe(0)
    expect(clientAddress({ headers }, cmsSettings({}))).toBe('192.0.2.10')
    expect(clientAddress({ headers }, cmsSettings({ NODE_ENV: 'development' }))).toBe('192.0.2.10')
  })

  it('is the entry PROXY_HOPS from the right behind that many proxies', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7', [PEER_HEADER]: '10.0.0.2' })
    expect(clientAddress({ headers }, cmsSettings({ PROXY_HOPS: '1' }))).toBe('198.51.100.7')
    expect(clientAddress({ headers }, cmsSettings({ PROXY_HOPS: '2' }))).toBe('6.6.6.6')
    expect(() => proxyHops(cmsSettings({ PROXY_HOPS: 'twee' }))).toThrow(/PROXY_HOPS/)
  })

  it("is recorded from the socket by the CMS's server, whatever the client sent", async () => {
    const server = http.createServer((req, res) => {
      recordPeer(req)
      res.end(req.headers[PEER_HEADER])
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '198.51.100.99' } })
      expect(await response.text()).toBe('127.0.0.1')
    } finally {
      server.close()
    }
  })
})

describe('row 5: a logged-in admin is never treated as anonymous', () => {
  let token: string
  beforeAll(async () => {
    const response = await login(newPeer(), ADMIN.email, ADMIN.password)
    token = (await response.json()).token
  })

  it('GET /api/users/me?limit=250 with the admin token answers the admin', async () => {
    const response = await cms.rest('GET', '/users/me?limit=250', { token })
    expect(response.status).toBe(200)
    expect((await response.json()).user?.email).toBe(ADMIN.email)
  })

  it('lists with limit=250 (relationship columns) and limit=0 (bulk delete) for the admin', async () => {
    for (const limit of [250, 0]) {
      const response = await cms.rest('GET', `/guidance?limit=${limit}`, { token })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const theme = await cms.payload.create({ collection: 'themes', data: { slug: 'weg-ermee', name: 'Weg ermee', _status: 'published' }, overrideAccess: true })
    const response = await cms.rest('DELETE', `/themes?limit=0&where[id][in][0]=${theme.id}`, { token })
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await cms.payload.find({ collection: 'themes', where: { id: { equals: theme.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('still caps anonymous readers', async () => {
    const response = await cms.rest('GET', '/guidance?limit=250')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/limit/)
  })
})

/**
 * Hardening of the CMS (issue 12): CSRF on cookie sessions, the Secure
 * cookie, password reset by email, security headers, per-address login
 * limits with equal timing, the current password on a password change, and
 * the health endpoint. Each test names the finding it protects.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { clientAddress } from '../src/auth/clientAddress.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { FAILED_PER_ACCOUNT_AND_ADDRESS, RESET_REQUESTS_PER_ADDRESS } from '../src/auth/rateLimitLogin.ts'
import { emailAdapter, sender, smtpOptions } from '../src/email.ts'
import { HEALTH_TIMEOUT_MS } from '../src/endpoints/health.ts'
import { securityHeaders } from '../src/security/headers.ts'
import { cmsServerUrl, csrfOrigins, secureCookies } from '../src/security/origins.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const CMS_ORIGIN = 'https://cms.example.org'
const SITE_ORIGIN = 'https://toolkit.example.org'
const ADMIN = { email: 'beheer@example.org', password: 'Geheim-wachtwoord-beheer-1' }
const EDITOR = { email: 'redactie@example.org', password: 'Geheim-wachtwoord-redactie-1' }

let cms: TestCms
let ids: { admin: number | string; editor: number | string }
let addressCounter = 0
/** A fresh client address (TEST-NET), so one test's limits never touch another's. */
const newAddress = () => `203.0.113.${++addressCounter}`

async function createUser(user: { email: string; password: string }, roles: ('admin' | 'editor')[]) {
  const created = await cms.payload.create({ collection: 'users', data: { ...user, roles }, overrideAccess: true })
  return created.id
}

function loginFrom(address: string, email: string, password: string) {
  return cms.rest('POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': address } })
}

beforeAll(async () => {
  // Behind one proxy, so each test can come from an address of its own (X-Forwarded-For).
  cms = await startTestCms('security', { PAYLOAD_PUBLIC_SERVER_URL: CMS_ORIGIN, CORS_ORIGINS: SITE_ORIGIN, PROXY_HOPS: '1' })
  ids = { admin: await createUser(ADMIN, ['admin']), editor: await createUser(EDITOR, ['editor']) }
})
afterAll(() => cms?.close())

describe('finding 3: the session cookie counts only from trusted origins (CSRF)', () => {
  let cookie: string
  let counter = 0
  beforeAll(async () => {
    const response = await loginFrom(newAddress(), EDITOR.email, EDITOR.password)
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).toMatch(/^payload-token=.+/)
  })
  const createTheme = (headers: Record<string, string>) => {
    counter += 1
    return cms.rest('POST', '/themes', { body: { slug: `csrf-${counter}`, name: 'CSRF', _status: 'published' }, headers: { Cookie: cookie, ...headers } })
  }

  it('refuses a write from another site with an editor cookie', async () => {
    const response = await createTheme({ Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' })
    expect(response.status).toBe(403)
  })

  it('refuses a cross-site write that sends no Origin', async () => {
    expect((await createTheme({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
  })

  it('accepts the same cookie from the admin itself', async () => {
    expect((await createTheme({ Origin: CMS_ORIGIN, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201)
  })

  it('derives serverURL and the allowlist (the CMS itself only) from PAYLOAD_PUBLIC_SERVER_URL / CMS_URL', () => {
    expect(cms.payload.config.serverURL).toBe(CMS_ORIGIN)
    // Payload adds serverURL once more.
    expect([...new Set(cms.payload.config.csrf)]).toEqual([CMS_ORIGIN])
    expect(csrfOrigins(cmsSettings({ CMS_URL: 'https://cms.example.org/', CORS_ORIGINS: 'https://a.example, https://b.example/' }))).toEqual(['https://cms.example.org'])
    expect(cmsServerUrl(cmsSettings({ CMS_URL: 'http://cms:3000', PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.example.org' }))).toBe('https://cms.example.org')
    expect(cmsServerUrl(cmsSettings({}))).toBe('http://localhost:3000')
    expect(() => csrfOrigins(cmsSettings({ CMS_URL: 'cms.example.org' }))).toThrow(/CMS_URL is geen geldige URL/)
  })
})

describe('issue 21 row 6: the public site gets CORS without credentials', () => {
  let cookie: string
  beforeAll(async () => {
    const response = await loginFrom(newAddress(), EDITOR.email, EDITOR.password)
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  })

  it("a preflight from the site's origin for PATCH allows neither credentials nor PATCH", async () => {
    const response = await cms.rest('OPTIONS', '/themes/1', { headers: { Origin: SITE_ORIGIN, 'Access-Control-Request-Method': 'PATCH' } })
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS')
  })

  it('the site reads content across origins, without credentials', async () => {
    const response = await cms.rest('GET', '/themes', { headers: { Origin: SITE_ORIGIN } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const graphql = await cms.graphqlResponse(JSON.stringify({ query: '{ Themes { totalDocs } }' }))
    expect(graphql.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it("an editor's cookie sent from the site's origin counts for nothing", async () => {
    const response = await cms.rest('POST', '/themes', {
      body: { slug: 'van-de-site', name: 'Van de site', _status: 'published' },
      headers: { Cookie: cookie, Origin: SITE_ORIGIN, 'Sec-Fetch-Site': 'same-site' },
    })
    expect(response.status).toBe(403)
  })
})

describe('finding 4: the session cookie is Secure over https and in production', () => {
  it('sets Secure, HttpOnly and SameSite=Lax when the CMS is public over https', async () => {
    const setCookie = (await loginFrom(newAddress(), EDITOR.email, EDITOR.password)).headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/;\s*Secure/)
    expect(setCookie).toMatch(/;\s*HttpOnly/)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/)
  })

  it('is Secure in production even on an http address, and not on a laptop', () => {
    expect(secureCookies(cmsSettings({ NODE_ENV: 'production', CMS_URL: 'http://localhost:3000' }))).toBe(true)
    expect(secureCookies(cmsSettings({ CMS_URL: 'https://cms.example.org' }))).toBe(true)
    expect(secureCookies(cmsSettings({ NODE_ENV: 'development' }))).toBe(false)
  })
})

describe('finding 5: password reset by email', () => {
  it('answers 200, mails a Dutch reset link, and the token sets a new password', async () => {
    const user = { email: 'vergeten@example.org', password: 'Oud-wachtwoord-123' }
    await createUser(user, ['editor'])
    const send = vi.spyOn(cms.payload.email, 'sendEmail')
    try {
      const response = await cms.rest('POST', '/users/forgot-password', { body: { email: user.email } })
      expect(response.status).toBe(200)
      // Our adapter (no SMTP_HOST in tests: the log one), not Payload's fallback.
      expect(cms.payload.email.name).toBe('log')
      expect(send).toHaveBeenCalledTimes(1)
      const mail = send.mock.calls[0]![0]
      expect(mail.to).toBe(user.email)
      expect(mail.subject).toBe('Nieuw wachtwoord voor de Toolkit destigmatisering')
      expect(String(mail.html)).toContain('Stel een nieuw wachtwoord in')
      const token = new RegExp(`${CMS_ORIGIN}/admin/reset/([0-9a-f]+)`).exec(String(mail.html))?.[1]
      expect(token, String(mail.html)).toBeTruthy()

      const reset = await cms.rest('POST', '/users/reset-password', { body: { token, password: 'Nieuw-wachtwoord-456' } })
      expect(reset.status).toBe(200)
      expect((await loginFrom(newAddress(), user.email, 'Nieuw-wachtwoord-456')).status).toBe(200)
      expect((await loginFrom(newAddress(), user.email, user.password)).status).toBe(401)
    } finally {
      send.mockRestore()
    }
  })

  it('sends over SMTP when SMTP_HOST is set, with settings from the environment', () => {
    expect(smtpOptions(cmsSettings({}))).toBeNull()
    expect(smtpOptions(cmsSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465', SMTP_USER: 'toolkit', SMTP_PASS: 'x' }))).toMatchObject({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      auth: { user: 'toolkit', pass: 'x' },
    })
    expect(smtpOptions(cmsSettings({ SMTP_HOST: 'smtp.example.org', NODE_ENV: 'production' }))).toMatchObject({ port: 587, secure: false, requireTLS: true })
    expect(() => smtpOptions(cmsSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: 'abc' }))).toThrow(/SMTP_PORT/)
    expect(sender(cmsSettings({ EMAIL_FROM: 'Kenniscentrum <toolkit@example.org>' }))).toEqual({ name: 'Kenniscentrum', address: 'toolkit@example.org' })
    const logger = { info: vi.fn(), warn: vi.fn() }
    const adapter = emailAdapter(cmsSettings({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' }))({ payload: { logger } as never })
    expect(adapter.name).toBe('smtp')
  })

  it('logs the mail in development, and in production without SMTP warns and keeps the token out of the log', async () => {
    const logger = { info: vi.fn(), warn: vi.fn() }
    const development = emailAdapter(cmsSettings({ NODE_ENV: 'development' }))({ payload: { logger } as never })
    await development.sendEmail({ to: 'a@example.org', subject: 'Onderwerp', html: '<a href="https://x/reset/geheim">link</a>' })
    expect(logger.info.mock.calls[0]![0]).toContain('https://x/reset/geheim')

    const production = emailAdapter(cmsSettings({ NODE_ENV: 'production' }))({ payload: { logger } as never })
    expect(production.name).toBe('log')
    expect(logger.warn.mock.calls[0]![0]).toMatch(/SMTP_HOST ontbreekt/)
    await production.sendEmail({ to: 'a@example.org', subject: 'Onderwerp', html: '<a href="https://x/reset/geheim">link</a>' })
    expect(logger.warn.mock.calls[1]![0]).toMatch(/NIET verstuurd/)
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('geheim')
  })
})

describe('finding 6: the admin and the API cannot be framed by other sites', () => {
  const expected = {
    'Content-Security-Policy': "frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  }

  it('next.config.mjs sends them on every path, /admin, /admin/login and /api included', async () => {
    const { default: nextConfig } = await import('../next.config.mjs')
    const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[]
    // `/:path*` is Next.js for every path, the root included.
    const everywhere = rules.filter((rule) => rule.source === '/:path*')
    const sent = Object.fromEntries(everywhere.flatMap((rule) => rule.headers).map(({ key, value }) => [key, value]))
    expect(sent).toMatchObject(expected)
    expect(sent['Permissions-Policy']).toContain('camera=()')
    expect(sent['Strict-Transport-Security']).toMatch(/max-age=\d+/)
  })

  it('sends HSTS only when the CMS is public over https', () => {
    const keys = (env: Record<string, string | undefined>) => securityHeaders(cmsSettings(env)).map((header) => header.key)
    expect(keys({ CMS_URL: 'https://cms.example.org' })).toContain('Strict-Transport-Security')
    expect(keys({ CMS_URL: 'http://localhost:3000' })).not.toContain('Strict-Transport-Security')
    expect(keys({})).toEqual(expect.arrayContaining(Object.keys(expected)))
  })
})

describe('finding 7: one address cannot lock an account, and timing does not reveal accounts', () => {
  it(`answers 429 after ${FAILED_PER_ACCOUNT_AND_ADDRESS} wrong passwords from one address, and never locks the account`, async () => {
    const attacker = newAddress()
    const statuses: number[] = []
    let refused: Response | undefined
    for (let i = 0; i < 11; i += 1) {
      const response = await loginFrom(attacker, ADMIN.email, `fout-${i}`)
      statuses.push(response.status)
      if (response.status === 429) refused = response
    }
    expect(statuses.slice(0, FAILED_PER_ACCOUNT_AND_ADDRESS)).toEqual(Array(FAILED_PER_ACCOUNT_AND_ADDRESS).fill(401))
    expect(statuses.slice(FAILED_PER_ACCOUNT_AND_ADDRESS)).toEqual(Array(11 - FAILED_PER_ACCOUNT_AND_ADDRESS).fill(429))
    expect(Number(refused!.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(JSON.stringify(await refused!.json())).toMatch(/Te veel mislukte pogingen met een wachtwoord vanaf dit adres/)

    const stored = await cms.payload.db.findOne<{ id: number | string; loginAttempts?: number; lockUntil?: string | null }>({
      collection: 'users',
      where: { id: { equals: ids.admin } },
    })
    expect(stored?.lockUntil ? new Date(stored.lockUntil).getTime() > Date.now() : false).toBe(false)
    // The admin, from another address, still gets in.
    expect((await loginFrom(newAddress(), ADMIN.email, ADMIN.password)).status).toBe(200)
  })

  it('does not count successful logins against the address (a team behind one address)', async () => {
    const office = newAddress()
    for (let i = 0; i < FAILED_PER_ACCOUNT_AND_ADDRESS + 2; i += 1) expect((await loginFrom(office, EDITOR.email, EDITOR.password)).status).toBe(200)
    expect((await loginFrom(office, EDITOR.email, 'fout')).status).toBe(401)
  })

  it(`limits password-reset requests to ${RESET_REQUESTS_PER_ADDRESS} per address`, async () => {
    const address = newAddress()
    const statuses: number[] = []
    for (let i = 0; i <= RESET_REQUESTS_PER_ADDRESS; i += 1) {
      const response = await cms.rest('POST', '/users/forgot-password', { body: { email: `onbekend-${i}@example.org` }, headers: { 'X-Forwarded-For': address } })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(RESET_REQUESTS_PER_ADDRESS).fill(200), 429])
  })

  it('behind PROXY_HOPS proxies, takes the client address that many entries from the right of X-Forwarded-For', () => {
    const req = (value: string) => ({ headers: new Headers({ 'x-forwarded-for': value, 'x-toolkit-peer': '10.0.0.9' }) })
    expect(clientAddress(req('6.6.6.6, 198.51.100.1'), cmsSettings({ PROXY_HOPS: '1' }))).toBe('198.51.100.1')
    expect(clientAddress(req('6.6.6.6, 198.51.100.1, 10.0.0.2'), cmsSettings({ PROXY_HOPS: '2' }))).toBe('198.51.100.1')
    expect(clientAddress({ headers: new Headers() }, cmsSettings({ PROXY_HOPS: '1' }))).toBe('onbekend')
  })

  it('answers a wrong password as slowly for an unknown email as for a known one', async () => {
    const timed = async (email: string) => {
      const started = performance.now()
      const response = await loginFrom(newAddress(), email, 'verkeerd-wachtwoord')
      expect(response.status).toBe(401)
      return performance.now() - started
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    await timed(EDITOR.email)
    await timed('niemand@example.org')
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i += 1) {
      known.push(await timed(EDITOR.email))
      unknown.push(await timed(`niemand-${i}@example.org`))
    }
    const ratio = median(known) / median(unknown)
    // Without the dummy hash an unknown email answered ~10× faster.
    expect(ratio, `bekend ${known.map(Math.round)} ms, onbekend ${unknown.map(Math.round)} ms`).toBeLessThan(2)
    expect(ratio).toBeGreaterThan(0.5)
    // The right password still works after these wrong ones (fewer than the lock).
    expect((await loginFrom(newAddress(), EDITOR.email, EDITOR.password)).status).toBe(200)
  })
})

describe('finding 11: changing a password or email needs the current password', () => {
  const user = { email: 'wijzig@example.org', password: 'Huidig-wachtwoord-1' }
  let id: number | string
  let token: string
  beforeAll(async () => {
    id = await createUser(user, ['editor'])
    token = await cms.login(user.email, user.password)
  })
  const patch = (userId: number | string, body: Record<string, unknown>, as = token) => cms.rest('PATCH', `/users/${userId}`, { token: as, body })
  const fieldError = async (response: Response) => {
    const body = (await response.json()) as { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
    return body.errors[0]!.data!.errors![0]!
  }

  it('refuses a new password without the current one: 400 naming currentPassword, in Dutch', async () => {
    const response = await patch(id, { password: 'Overgenomen-wachtwoord-9' })
    expect(response.status).toBe(400)
    const body = await response.clone().json()
    expect(body.errors[0].message).toBe('Het volgende veld is ongeldig: Huidig wachtwoord')
    expect(await fieldError(response)).toEqual({ path: 'currentPassword', label: 'Huidig wachtwoord', message: 'Vul je huidige wachtwoord in om een wachtwoord of e-mailadres te wijzigen.' })
    expect((await loginFrom(newAddress(), user.email, user.password)).status).toBe(200)
  })

  it('refuses a wrong current password', async () => {
    const response = await patch(id, { password: 'Overgenomen-wachtwoord-9', currentPassword: 'geraden' })
    expect(response.status).toBe(400)
    expect((await fieldError(response)).message).toBe('Het huidige wachtwoord klopt niet.')
  })

  it('refuses an email change without the current password', async () => {
    const response = await patch(id, { email: 'aanvaller@example.org' })
    expect(response.status).toBe(400)
    expect((await fieldError(response)).path).toBe('currentPassword')
  })

  it('refuses an email or password change in a bulk update (where instead of an id)', async () => {
    const response = await cms.rest('PATCH', `/users?where[id][equals]=${id}`, { token, body: { email: 'aanvaller@example.org', currentPassword: user.password } })
    expect(response.status).toBe(400)
    const stored = await cms.payload.findByID({ collection: 'users', id, overrideAccess: true })
    expect(stored.email).toBe(user.email)
  })

  it('saves other fields without it, and never stores or returns currentPassword', async () => {
    const response = await patch(id, { name: 'Wijzig', email: user.email, currentPassword: 'doet er niet toe' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { doc: Record<string, unknown> }
    expect(body.doc.name).toBe('Wijzig')
    expect(body.doc).not.toHaveProperty('currentPassword')
  })

  it('changes the password with the right current password', async () => {
    const response = await patch(id, { password: 'Nieuw-wachtwoord-2', currentPassword: user.password })
    expect(response.status).toBe(200)
    expect((await loginFrom(newAddress(), user.email, 'Nieuw-wachtwoord-2')).status).toBe(200)
    user.password = 'Nieuw-wachtwoord-2'
  })

  it("an admin sets another user's password with the admin's own current password", async () => {
    const adminToken = await cms.login(ADMIN.email, ADMIN.password)
    expect((await patch(id, { password: 'Door-beheer-3', currentPassword: user.password }, adminToken)).status).toBe(400)
    expect((await patch(id, { password: 'Door-beheer-3', currentPassword: ADMIN.password }, adminToken)).status).toBe(200)
    expect((await loginFrom(newAddress(), user.email, 'Door-beheer-3')).status).toBe(200)
  })
})

describe('GET /api/health', () => {
  it('answers 200 without authentication when the database answers', async () => {
    const response = await cms.rest('GET', '/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('answers 503 when the database fails', async () => {
    const count = vi.spyOn(cms.payload.db, 'count').mockRejectedValue(new Error('SQLITE_CANTOPEN'))
    try {
      const response = await cms.rest('GET', '/health')
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'error', database: 'unavailable' })
    } finally {
      count.mockRestore()
    }
  })

  it('answers 503 when the database does not answer in time', async () => {
    const count = vi.spyOn(cms.payload.db, 'count').mockReturnValue(new Promise(() => {}))
    try {
      const started = performance.now()
      const response = await cms.rest('GET', '/health')
      expect(response.status).toBe(503)
      expect(performance.now() - started).toBeLessThan(HEALTH_TIMEOUT_MS + 2_000)
    } finally {
      count.mockRestore()
    }
  })
})

/**
 * The request guard accepts what Payload's own admin forms send (issue 17):
 * the first-account, new-user and account forms add `confirm-password` to
 * the user's fields. The guard once refused it as an unknown field, so no
 * editor could create the first account through /admin. The bodies below are
 * the ones those forms send; the browser suite (tests/cms/) drives the forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
const ADMIN = { email: 'eerste@example.org', password: 'Eerste-account-wachtwoord-1' }

beforeAll(async () => {
  cms = await startTestCms('admin-form-fields')
})
afterAll(() => cms?.close())

describe("the admin's own user forms pass the request guard", () => {
  it('creates the first account with the fields of the create-first-user form', async () => {
    const response = await cms.rest('POST', '/users/first-register', {
      body: { email: ADMIN.email, password: ADMIN.password, 'confirm-password': ADMIN.password },
      // From this computer (the CMS's server records the socket address here).
      headers: { 'x-toolkit-peer': '127.0.0.1' },
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const users = await cms.payload.find({ collection: 'users', overrideAccess: true })
    expect(users.docs.map((user) => user.email)).toEqual([ADMIN.email])
    // What the form sends for the form's sake is not stored.
    const stored = await cms.payload.findByID({ collection: 'users', id: users.docs[0]!.id, overrideAccess: true, showHiddenFields: true })
    expect(stored).not.toHaveProperty('confirm-password')
  })

  it('creates a user with a role from the new-user form', async () => {
    const token = await cms.login(ADMIN.email, ADMIN.password)
    const password = 'Redacteur-wachtwoord-1'
    const response = await cms.rest('POST', '/users', {
      token,
      body: { email: 'redacteur@example.org', roles: ['editor'], password, 'confirm-password': password },
    })
    expect(response.status, await response.clone().text()).toBe(201)
    await expect(cms.login('redacteur@example.org', password)).resolves.toBeTruthy()
  })

  it('refuses a confirmation that differs from the password, on that field', async () => {
    const token = await cms.login(ADMIN.email, ADMIN.password)
    const response = await cms.rest('POST', '/users', {
      token,
      body: { email: 'tweede@example.org', roles: ['editor'], password: 'Een-goed-wachtwoord-1', 'confirm-password': 'Een-ander-wachtwoord-2' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const fieldError = body.errors[0]?.data?.errors?.[0]
    expect(fieldError?.path).toBe('confirm-password')
    expect(fieldError?.message).toBe('Wachtwoorden komen niet overeen.')
    expect((await cms.payload.find({ collection: 'users', where: { email: { equals: 'tweede@example.org' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('still refuses a field that neither the collection nor its admin form has', async () => {
    const token = await cms.login(ADMIN.email, ADMIN.password)
    const response = await cms.rest('POST', '/users', {
      token,
      body: { email: 'derde@example.org', roles: ['editor'], password: 'Een-goed-wachtwoord-1', wachtwoordHerhaling: 'x' },
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('wachtwoordHerhaling')
  })
})

/**
 * The 12-character password rule in the browser, on a CMS of its own with an
 * empty users table: each admin form that sets a new password (first account,
 * new user, account page, reset link) says in Dutch that a password needs at
 * least 12 characters before it sends anything, and sends once the password
 * is long enough. The server's own refusal is tested in
 * cms/test/passwords.int.test.ts; here no request may even leave the page.
 */
import type { Page, Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { emptyCms, useAdminPage } from '../lib/admin-hooks.ts'
import type { AdminNetwork } from '../lib/admin-network.ts'
import type { RunningCms } from '../lib/start-cms.ts'

let cms: RunningCms
let page: Page
let network: AdminNetwork
/** Every request the page sent that writes to the users collection (create, update, first account, reset). */
let userWrites: string[] = []

const EMAIL = 'wachtwoord-beheerder@example.org'
const PASSWORD = 'Een lange zin als wachtwoord'
const SHORT = 'Kort2026!' // 9 characters: Payload's own browser check (3) lets it through

const MESSAGE = /minstens 12 tekens \(nu 9\)/

async function ready() {
  await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
}

/** Fills a box and waits until the value stays: on a loaded machine the reset form was seen to start over once after it said it was ready. */
async function fillSteady(label: string, value: string) {
  const box = page.getByLabel(label)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await box.fill(value)
    await page.waitForTimeout(300)
    if ((await box.inputValue()) === value) return
  }
  throw new Error(`${label}: de waarde bleef niet staan`)
}

/** The Dutch message under the password box, and no request sent. */
async function refusedInBrowser(send: () => Promise<void>) {
  const before = userWrites.length
  await send()
  const message = page.locator('.field-type.password .password-length')
  await message.waitFor({ timeout: 30_000 })
  expect(await message.innerText()).toMatch(MESSAGE)
  expect(await page.locator('#field-password').getAttribute('aria-invalid')).toBe('true')
  // Give a send that slipped through time to show up.
  await page.waitForTimeout(1_500)
  expect(userWrites.slice(before)).toEqual([])
}

/** Typing a long enough password takes the message away. */
async function fixedInBrowser(label: string) {
  await page.getByLabel(label, { exact: true }).fill(PASSWORD)
  await expect.poll(() => page.locator('.password-length').count(), { timeout: 10_000 }).toBe(0)
}

useAdminPage((admin) => {
  ;({ page, network } = admin)
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (request.method() !== 'GET' && /^\/api\/users(\/|$)/.test(url.pathname) && !/\/(login|logout|forgot-password|refresh-token)$/.test(url.pathname)) {
      userWrites.push(`${request.method()} ${url.pathname}`)
    }
  })
}, emptyCms((started) => (cms = started)))

describe('a new password of fewer than 12 characters is refused in the browser, in Dutch', () => {
  it('on the first-account form', async () => {
    await page.goto(`${cms.cmsUrl}/admin`, { timeout: 180_000 })
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 120_000 })
    await ready()
    await page.getByLabel('E-mail').fill(EMAIL)
    await page.getByLabel('Nieuw wachtwoord').fill(SHORT)
    await page.getByLabel('Wachtwoord bevestigen').fill(SHORT)
    await refusedInBrowser(() => page.getByRole('button', { name: 'Aanmaken' }).click())
    await fixedInBrowser('Nieuw wachtwoord')
    await page.getByLabel('Wachtwoord bevestigen').fill(PASSWORD)
    await page.getByRole('button', { name: 'Aanmaken' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
    expect(userWrites).toEqual(['POST /api/users/first-register'])
  }, 300_000)

  it('when an admin creates a user', async () => {
    await page.goto(`${cms.cmsUrl}/admin/collections/users/create`, { timeout: 120_000 })
    await ready()
    await page.getByLabel('E-mail').fill('korte-sleutel@example.org')
    await page.getByLabel('Nieuw wachtwoord').fill(SHORT)
    await page.getByLabel('Wachtwoord bevestigen').fill(SHORT)
    await refusedInBrowser(() => page.getByRole('button', { name: 'Bewaar' }).click())
    // Payload's keyboard shortcut sends through the same button.
    await refusedInBrowser(() => page.keyboard.press('Control+s'))
  }, 180_000)

  it('on the account page', async () => {
    await page.goto(`${cms.cmsUrl}/admin/account`, { timeout: 120_000 })
    await ready()
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
    await page.getByLabel('Nieuw wachtwoord').fill(SHORT)
    await page.getByLabel('Wachtwoord bevestigen').fill(SHORT)
    await page.getByLabel('Huidig wachtwoord').fill(PASSWORD)
    await refusedInBrowser(() => page.getByRole('button', { name: 'Bewaar' }).click())
  }, 180_000)

  it('on the reset form from the mail', async () => {
    // Logged out without the menu: the account page still holds the refused, unsaved password.
    await page.context().clearCookies()
    await page.goto(`${cms.cmsUrl}/admin/forgot`, { timeout: 120_000 })
    await ready()
    const logged = cms.output().length
    // As on the reset form below: the forgot form too was seen to start over after it said it was ready, and sent an empty address.
    await fillSteady('E-mail', EMAIL)
    await page.getByRole('button', { name: 'Indienen' }).click()
    await page.getByText('E-mail verzonden').first().waitFor({ timeout: 60_000 })
    // In development the mail is written to the CMS log (cms/src/email.ts).
    const pattern = /https?:\/\/\S+\/admin\/reset\/[\w-]+/
    await expect.poll(() => pattern.test(cms.output().slice(logged)), { timeout: 30_000 }).toBe(true)
    const link = pattern.exec(cms.output().slice(logged))![0]
    await page.goto(link, { timeout: 120_000 })
    await ready()
    await fillSteady('Nieuw wachtwoord', SHORT)
    await fillSteady('Wachtwoord bevestigen', SHORT)
    await refusedInBrowser(() => page.getByRole('button', { name: 'Wachtwoord herstellen' }).click())
    // Enter in the box submits the form too.
    await refusedInBrowser(() => page.getByLabel('Wachtwoord bevestigen').press('Enter'))
    const fresh = 'Nog een lange zin als wachtwoord'
    await page.getByLabel('Nieuw wachtwoord').fill(fresh)
    await expect.poll(() => page.locator('.password-length').count(), { timeout: 10_000 }).toBe(0)
    await page.getByLabel('Wachtwoord bevestigen').fill(fresh)
    await page.getByRole('button', { name: 'Wachtwoord herstellen' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
    expect(userWrites.at(-1)).toBe('POST /api/users/reset-password')

    // The same link a second time says in Dutch that it no longer works (Payload's own text is English).
    await page.context().clearCookies()
    network.expectFailure('POST', /\/api\/users\/reset-password$/, 403)
    await page.goto(link, { timeout: 120_000 })
    await ready()
    await fillSteady('Nieuw wachtwoord', `${fresh} opnieuw`)
    await fillSteady('Wachtwoord bevestigen', `${fresh} opnieuw`)
    await page.getByRole('button', { name: 'Wachtwoord herstellen' }).click()
    await page.getByText('Deze link om een wachtwoord in te stellen is ongeldig of verlopen', { exact: false }).first().waitFor({ timeout: 30_000 })
  }, 240_000)
})

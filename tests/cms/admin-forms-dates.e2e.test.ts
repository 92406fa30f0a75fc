/**
 * The dates inside Payload's own components that its config does not reach
 * (cms/scripts/patch-payload.mjs), in a real browser on the seeded product:
 * the date box of the schedule-publish drawer and "Bewerkt sinds" in the lock
 * dialog read "5 december 2026, 21:20", as every other date in the admin.
 * The test works on a draft and a colleague's account of its own, removed
 * afterwards; nothing is scheduled.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sessionSend as send } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'
import type { AdminNetwork } from '../lib/admin-network.ts'
import { ADMIN_VIEWPORT } from '../lib/browser.ts'

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'
/** "5 december 2026, 21:20": Dutch month, 24-hour clock, as `admin.dateFormat` says. */
const DUTCH_DATE = new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}, ([01]\\d|2[0-3]):[0-5]\\d$`)

let browser: Browser
let page: Page
let network: AdminNetwork
useAdminPage((admin) => ({ browser, page, network } = admin))
let colleague: BrowserContext | undefined
const cmsUrl = () => inject('cmsUrl')
const RUN = Date.now().toString(36)
const EDITOR = { name: 'Daan Datum', email: `daan-datum-${RUN}@example.org`, password: 'Een lange zin voor Daan' }
let docId: number | undefined
let editorId: number | undefined

const sessionSend = <T>(method: 'POST' | 'DELETE', path: string, data?: unknown) => send<T>(page, method, `${cmsUrl()}${path}`, data)

async function openEdit(on: Page, id: number) {
  await on.goto(`${cmsUrl()}/admin/collections/guidance/${id}`, { timeout: 180_000 })
  await on.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
}

beforeAll(async () => {
  await page.setViewportSize(ADMIN_VIEWPORT)
  docId = (await sessionSend<{ doc: { id: number } }>('POST', '/api/guidance?draft=true', { title: `Datums ${RUN}`, slug: `datums-${RUN}`, _status: 'draft' })).doc.id
}, 420_000)
afterAll(async () => {
  await colleague?.close()
  if (docId !== undefined) await sessionSend('DELETE', `/api/guidance/${docId}`).catch(() => {})
  if (editorId !== undefined) await sessionSend('DELETE', `/api/users/${editorId}`).catch(() => {})
})

describe('dates in Payload\u2019s own components, Dutch with a 24-hour clock', () => {
  it('shows the chosen moment in the schedule drawer\u2019s date box as "8 december 2026, 13:00"', async () => {
    await openEdit(page, docId!)
    await page.locator('.form-submit .popup-button').last().click()
    await page.getByRole('button', { name: 'Publicatie plannen' }).click()
    const drawer = page.locator('.schedule-publish')
    await drawer.waitFor({ timeout: 60_000 })
    const box = drawer.locator('.date-time-picker input')
    await box.click()
    // Two days ahead, so the day is in the future in UTC and in Amsterdam alike.
    const today = new Date()
    const target = new Date(Date.now() + 48 * 3600_000)
    if (target.getMonth() !== today.getMonth()) await page.locator('.react-datepicker__navigation--next').first().click()
    await page.locator(`.react-datepicker__day--0${String(target.getDate()).padStart(2, '0')}:not(.react-datepicker__day--outside-month)`).first().click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^13:00$/ }).click()
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toMatch(/13:00$/)
    const value = await box.inputValue()
    expect(value).toMatch(DUTCH_DATE)
    expect(value).toContain(`${target.getDate()} `)
    expect(value).not.toMatch(/\b(AM|PM|a\.m\.|p\.m\.)\b/i)
    // Nothing is scheduled: the drawer closes unsaved.
    await page.keyboard.press('Escape')
    await drawer.locator('h2').first().click().catch(() => {})
    await page.keyboard.press('Escape')
  }, 300_000)

  it('says since when a colleague edits, in the lock dialog, as "5 december 2026, 21:20"', async () => {
    editorId = (await sessionSend<{ doc: { id: number } }>('POST', '/api/users', { ...EDITOR, roles: ['editor'] })).doc.id
    // The admin starts editing: a change takes the lock.
    await openEdit(page, docId!)
    await page.getByLabel('Titel').fill(`Datums ${RUN} (bewerkt)`)
    await page.waitForTimeout(1_500)

    colleague = await browser.newContext({ viewport: ADMIN_VIEWPORT })
    const theirs = await colleague.newPage()
    await theirs.goto(`${cmsUrl()}/admin/login`, { timeout: 180_000 })
    await theirs.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await theirs.getByLabel('E-mail').fill(EDITOR.email)
    await theirs.getByLabel('Wachtwoord').fill(EDITOR.password)
    await theirs.getByRole('button', { name: 'Inloggen' }).click()
    await theirs.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
    await theirs.goto(`${cmsUrl()}/admin/collections/guidance/${docId}`, { timeout: 180_000 })
    const since = theirs.locator('.document-locked p').filter({ hasText: 'Bewerkt sinds' }).locator('strong')
    await since.waitFor({ timeout: 120_000 })
    await expect.poll(async () => (await since.innerText()).trim(), { timeout: 30_000 }).toMatch(DUTCH_DATE)
    await colleague.close()
    colleague = undefined
  }, 300_000)
})

/**
 * "Volledigheid" in the CMS admin, in a real browser: an editor finds the
 * overview in the navigation, sees per collection the incomplete documents
 * with what they lack, follows a link to one, and sees the completeness column
 * in a list. A visitor who is not logged in sees none of it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'

let browser: Browser
let page: Page
const cmsUrl = () => inject('cmsUrl')

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
}, 240_000)
afterAll(() => browser?.close())

describe('the "Volledigheid" view', () => {
  it('is linked in the admin navigation and lists incomplete documents with what they lack', async () => {
    // The navigation is a drawer (closed, hence inert, at this window width): check the link, then follow it.
    const link = page.locator('#nav-volledigheid').first()
    await link.waitFor({ state: 'attached', timeout: 60_000 })
    expect(await link.textContent()).toBe('Volledigheid')
    const href = await link.getAttribute('href')
    expect(href).toBe('/admin/volledigheid')
    await page.goto(`${cmsUrl()}${href}`, { timeout: 120_000 })
    await page.getByRole('heading', { name: 'Volledigheid', level: 1 }).waitFor({ timeout: 120_000 })
    const fragments = page.locator('section[data-collection="fragments"]')
    const hoop = fragments.locator('li', { has: page.getByRole('link', { name: 'Hoop', exact: true }) })
    await hoop.waitFor({ timeout: 60_000 })
    expect(await hoop.textContent()).toContain('Algemene vragen')
    expect(await hoop.textContent()).toContain('Opdracht')
    const cases = page.locator('section[data-collection="cases"]')
    expect(await cases.textContent()).toContain('Reacties van hulpverleners (0 van 4)')
    const interventions = page.locator('section[data-collection="interventions"]')
    expect(await interventions.textContent()).toContain('Aanbieder')
  }, 300_000)

  it('links each document to its edit view, which shows what is missing', async () => {
    await page.goto(`${cmsUrl()}/admin/volledigheid`, { timeout: 120_000 })
    await page.locator('section[data-collection="fragments"]').getByRole('link', { name: 'Hoop', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/fragments\/[^/]+$/, { timeout: 120_000 })
    const field = page.locator('.completeness-field')
    await field.waitFor({ timeout: 120_000 })
    expect(await field.textContent()).toMatch(/Volledigheid: \d+ ontbre(ekt|ken)/)
    expect(await field.textContent()).toContain('Thematische vragen')
    // The editor notes are there for the editor, under their own label.
    await page.getByText('Toelichting voor de redactie').first().waitFor({ timeout: 30_000 })
  }, 300_000)

  it('shows a completeness column in the list view', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/interventions`, { timeout: 120_000 })
    await page.getByRole('columnheader', { name: 'Volledigheid' }).waitFor({ timeout: 120_000 })
    const cells = page.locator('[data-completeness]')
    await cells.first().waitFor({ timeout: 60_000 })
    const texts = await cells.allTextContents()
    expect(texts.length).toBeGreaterThan(5)
    for (const text of texts) expect(text).toMatch(/^(Compleet|1 ontbreekt|\d+ ontbreken)$/)
  }, 300_000)

  it('shows nothing to a visitor who is not logged in', async () => {
    const anonymous = await browser.newPage()
    await anonymous.goto(`${cmsUrl()}/admin/volledigheid`, { timeout: 120_000 })
    await anonymous.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {})
    const text = (await anonymous.locator('body').textContent()) ?? ''
    expect(text).not.toContain('Ontbreekt:')
    expect(text).not.toContain('Reacties van hulpverleners')
    await anonymous.close()
  }, 300_000)
})

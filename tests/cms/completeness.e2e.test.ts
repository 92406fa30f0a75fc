/**
 * "Volledigheid" in the CMS admin, in a real browser: an editor finds the
 * overview in the navigation, sees per collection the incomplete documents
 * with what they lack, narrows it to a collection and a missing field,
 * follows a link to one document and to one field, records that the sources
 * say nothing about a field, and sees the completeness column in a list. A
 * visitor who is not logged in sees none of it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'

let browser: Browser
let page: Page
const cmsUrl = () => inject('cmsUrl')
/** A read of the CMS's API with the page's own editor session, as the admin makes it. */
const apiGet = (path: string) => page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${cmsUrl()}/api${path}`)

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
    // The first edit view of a run is compiled on demand: give the navigation time.
    await page.locator('section[data-collection="fragments"]').getByRole('link', { name: 'Hoop', exact: true }).click({ timeout: 120_000 })
    await page.waitForURL(/\/admin\/collections\/fragments\/[^/]+$/, { timeout: 120_000 })
    const field = page.locator('.completeness-field')
    await field.waitFor({ timeout: 120_000 })
    expect(await field.textContent()).toMatch(/Volledigheid: \d+ ontbre(ekt|ken)/)
    expect(await field.textContent()).toContain('Thematische vragen')
    // The editor notes are there for the editor, under their own label.
    await page.getByText('Toelichting voor de redactie').first().waitFor({ timeout: 30_000 })
  }, 300_000)

  it('shows a completeness column in the list view', async () => {
    // An explicit page size: the admin keeps the last one chosen in the user's preferences (another test picks 5).
    await page.goto(`${cmsUrl()}/admin/collections/interventions?limit=25`, { timeout: 120_000 })
    await page.getByRole('columnheader', { name: 'Volledigheid' }).waitFor({ timeout: 120_000 })
    const cells = page.locator('[data-completeness]')
    await cells.first().waitFor({ timeout: 60_000 })
    const texts = await cells.allTextContents()
    expect(texts.length).toBeGreaterThan(5)
    for (const text of texts) expect(text).toMatch(/^(Compleet|1 ontbreekt|\d+ ontbreken)$/)
  }, 300_000)

  it('filters by collection and by missing field, in the form above the list', async () => {
    await page.goto(`${cmsUrl()}/admin/volledigheid`, { timeout: 120_000 })
    await page.getByLabel('Collectie').selectOption('interventions')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL(/collectie=interventions/, { timeout: 60_000 })
    expect(await page.locator('section[data-collection]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-collection')))).toEqual(['interventions'])
    // The field list now offers the interventions' fields by their one label.
    await page.getByLabel('Ontbrekend veld').selectOption({ label: 'Aanbieder' })
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL(/veld=interventions%3Aprovider/, { timeout: 60_000 })
    const entries = page.locator('section[data-collection="interventions"] li[data-incomplete]')
    await entries.first().waitFor({ timeout: 60_000 })
    const texts = await entries.allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text).toContain('Aanbieder')
    const all = await apiGet('/interventions?limit=100&draft=true&depth=0')
    const lacking = all.docs.filter((doc: any) => doc.completeness.missing.some((item: any) => item.path === 'provider'))
    expect(texts).toHaveLength(lacking.length)
  }, 300_000)

  it('links each missing item to its field in the edit view', async () => {
    await page.goto(`${cmsUrl()}/admin/volledigheid?collectie=fragments`, { timeout: 120_000 })
    const hoop = page.locator('section[data-collection="fragments"] li', { has: page.getByRole('link', { name: 'Hoop', exact: true }) })
    const link = hoop.getByRole('link', { name: 'Vragen › Thematische vragen' })
    expect(await link.getAttribute('href')).toMatch(/\/admin\/collections\/fragments\/[^/]+#field-questions__thematic$/)
    await link.click()
    await page.waitForURL(/#field-questions__thematic$/, { timeout: 120_000 })
    const field = page.locator('#field-questions__thematic')
    await field.waitFor({ timeout: 120_000 })
    await expect.poll(() => field.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.top < window.innerHeight }), { timeout: 30_000 }).toBe(true)
    // The box in the sidebar links to the fields too.
    expect(await page.locator('.completeness-field a[data-field="questions.thematic"]').getAttribute('href')).toBe('#field-questions__thematic')
  }, 300_000)

  it('lets an editor record that the sources say nothing about a field: it then counts as complete', async () => {
    const all = await apiGet('/interventions?limit=100&draft=true&depth=0')
    const doc = all.docs.find((d: any) => d.completeness.missing.some((item: any) => item.path === 'provider'))
    expect(doc, 'a seeded intervention without a provider').toBeDefined()
    await page.goto(`${cmsUrl()}/admin/collections/interventions/${doc.id}`, { timeout: 120_000 })
    const box = page.locator('.completeness-field')
    await box.waitFor({ timeout: 120_000 })
    expect(await box.textContent()).toContain('Aanbieder')
    // The select (react-select): type the field's label and take the option.
    const input = page.locator('#field-sourcesSilent input').first()
    await input.waitFor({ timeout: 120_000 })
    await input.click()
    await input.pressSequentially('Aanbieder')
    await page.getByRole('option', { name: 'Aanbieder', exact: true }).click({ timeout: 60_000 })
    // Saved as the editor saves it: the form's own save (autosaved draft or "Opslaan").
    const save = page.getByRole('button', { name: /^(Concept opslaan|Opslaan|Bewaar)$/ }).first()
    if (await save.isEnabled().catch(() => false)) await save.click().catch(() => {})
    await expect
      .poll(async () => {
        const read = await apiGet(`/interventions/${doc.id}?draft=true&depth=0`)
        return read.sourcesSilent ?? []
      }, { timeout: 60_000 })
      .toContain('provider')
    await page.reload({ timeout: 120_000 })
    await box.waitFor({ timeout: 120_000 })
    expect(await box.textContent()).not.toContain('Aanbieder')
    const read = await apiGet(`/interventions/${doc.id}?draft=true&depth=0`)
    expect(read.completeness.missing.map((item: any) => item.path)).not.toContain('provider')
    expect(read.provider ?? null).toBeNull()
    // Nothing of it reaches visitors.
    const anonymous = await (await fetch(`${cmsUrl()}/api/interventions/${doc.id}?depth=0`)).text()
    expect(anonymous).not.toContain('sourcesSilent')
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

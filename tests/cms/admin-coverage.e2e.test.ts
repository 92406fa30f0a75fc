/**
 * "Dekking" in the CMS admin next to the site's /dekking/, in a real
 * browser, on the seeded product (every method published): the admin's map
 * has the same headings as the public one (the form's field labels, and
 * "Alle settings"), the same number in every cell (the site showed 9
 * methods for publiek stigma and 10 for zelfstigma in "Alle settings" while
 * the admin had no such column and "Geen" in every cell), and its audience
 * choice is the admin's own select and button.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'

let browser: Browser
let page: Page
const cmsUrl = () => inject('cmsUrl')
const siteUrl = () => inject('siteUrl')

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
}, 240_000)
afterAll(() => browser?.close())

/** The map on the page now: its column headings, and the numbers of its rows and totals row (the grand total left out: it also counts untagged drafts). */
async function grid(target: Page) {
  const table = target.locator('table[data-coverage]')
  await table.waitFor({ timeout: 120_000 })
  const headings = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim())
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), ...[...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-count')))] as const),
  )
  const totals = (await table.locator('tfoot td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))))).slice(0, -1)
  return { headings, rows, totals }
}

async function publicGrid(path: string) {
  const site = await browser.newPage()
  try {
    await site.goto(`${siteUrl()}${path}`, { timeout: 120_000 })
    return await grid(site)
  } finally {
    await site.close()
  }
}

describe('the admin\'s "Dekking" and the site\'s /dekking/', () => {
  it('have the same headings and the same number in every cell, "Alle settings" included', async () => {
    await page.goto(`${cmsUrl()}/admin/dekking`, { timeout: 180_000 })
    const admin = await grid(page)
    const site = await publicGrid('/dekking/')
    expect(admin.headings).toEqual(site.headings)
    expect(admin.headings[0]).toBe('Soort stigma')
    expect(admin.headings.at(-1)).toBe('Alle settings')
    expect(admin.rows).toEqual(site.rows)
    expect(admin.totals).toEqual(site.totals)
    // The seed tags methods with stigma types: "Alle settings" is not empty for publiek stigma and zelfstigma.
    const allSettings = (label: string) => admin.rows.find(([heading]) => heading === label)!.at(-1)
    expect(allSettings('Publiek stigma')).toBeGreaterThan(0)
    expect(allSettings('Zelfstigma')).toBeGreaterThan(0)
  }, 300_000)

  it("narrows to one audience with the admin's own select and button, and agrees with the site's page for it", async () => {
    await page.goto(`${cmsUrl()}/admin/dekking`, { timeout: 180_000 })
    const choice = page.locator('.coverage-audience .field-type.select')
    await choice.locator('.rs__control').click()
    await page.getByRole('option', { name: 'Hulpverleners', exact: true }).click()
    const button = page.locator('.coverage-audience').getByRole('button', { name: 'Toon' })
    expect(await button.getAttribute('class')).toMatch(/\bbtn--style-secondary\b/)
    await button.click()
    await page.waitForURL(/doelgroep=professionals/, { timeout: 60_000 })
    await page.locator('caption', { hasText: 'voor hulpverleners' }).waitFor({ timeout: 60_000 })
    const admin = await grid(page)
    const site = await publicGrid('/dekking/professionals/')
    expect(admin.rows).toEqual(site.rows)
    expect(admin.totals).toEqual(site.totals)
  }, 300_000)
})

/**
 * The admin's list and upload forms in a real browser, on the seeded
 * product: uploading a file; a list's columns, filter, sort and search; the
 * completeness view ("Volledigheid"). Each test compares what the admin
 * shows or stored with the REST API under the admin's own session, and fails
 * on any error answer to a request the admin page sends (lib/admin-network.ts).
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { sessionGet } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'
import type { AdminNetwork } from '../lib/admin-network.ts'
import { PNG } from '../lib/upload-files.ts'

let page: Page
let network: AdminNetwork
useAdminPage((admin) => ({ page, network } = admin))
const cmsUrl = () => inject('cmsUrl')
const api = <T>(path: string) => sessionGet<T>(page, `${cmsUrl()}/api${path}`)

/** The titles in the list's rows, top to bottom. */
async function listedTitles(): Promise<string[]> {
  await page.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
  return (await page.locator('.table tbody tr td.cell-title').allInnerTexts()).map((text) => text.trim())
}

describe('admin lists and uploads', () => {
  it('uploads a file, which is stored and served', async () => {
    const name = `e2e-pixel-${Date.now().toString(36)}.png`
    await page.goto(`${cmsUrl()}/admin/collections/media/create`, { timeout: 120_000 })
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: PNG })
    await page.getByLabel('Alternatieve tekst').fill('Eén pixel (e2e)')
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await page.waitForURL(/\/collections\/media\/\d+/, { timeout: 60_000 })
    const { docs } = await api<{ docs: { alt: string; filename: string; mimeType: string; url: string }[] }>(`/media?where[filename][equals]=${name}`)
    expect(docs[0]).toMatchObject({ alt: 'Eén pixel (e2e)', filename: name, mimeType: 'image/png' })
    const file = await fetch(new URL(docs[0]!.url, cmsUrl()))
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true)

    // The list shows the file and what it is, in Dutch; not the storage's bookkeeping (prefix, object key).
    await page.goto(`${cmsUrl()}/admin/collections/media`, { timeout: 120_000 })
    await page.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
    const headers = (await page.locator('.table thead th').allInnerTexts()).map((text) => text.trim()).filter(Boolean)
    expect(headers).toEqual(expect.arrayContaining(['Bestandsnaam', 'Alternatieve tekst', 'Bestandstype']))
    expect(headers.join(' | ')).not.toMatch(/Prefix|Object Key|MIME|Thumbnail/i)
    await page.getByRole('button', { name: 'Kolommen' }).click()
    const offered = await page.locator('.pill-selector, .column-selector').first().innerText()
    expect(offered).not.toMatch(/MIME Type|Thumbnail URL/)
  }, 180_000)

  it('shows a chosen column and keeps the choice', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/guidance`, { timeout: 120_000 })
    await listedTitles()
    await page.getByRole('button', { name: 'Kolommen' }).click()
    await page.locator('.pill-selector, .column-selector').getByRole('button', { name: 'Inleiding', exact: true }).click()
    await page.getByRole('columnheader', { name: 'Inleiding' }).waitFor({ timeout: 30_000 })
    // The choice is stored in the editor's preferences.
    await expect
      .poll(async () => JSON.stringify(await api('/payload-preferences/collection-guidance')), { timeout: 30_000 })
      .toMatch(/"accessor":"intro","active":true/)
    await page.reload({ timeout: 120_000 })
    await page.getByRole('columnheader', { name: 'Inleiding' }).waitFor({ timeout: 60_000 })
  }, 180_000)

  it('sorts by title and searches', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/guidance`, { timeout: 120_000 })
    await listedTitles()
    const header = page.getByRole('columnheader', { name: 'Titel' })
    await header.getByRole('button').first().click()
    await page.waitForURL(/sort=-?title/, { timeout: 30_000 })
    const sort = new URL(page.url()).searchParams.get('sort')!
    const sorted = await api<{ docs: { title: string }[] }>(`/guidance?sort=${sort}&limit=10&depth=0&draft=true`)
    await expect.poll(listedTitles, { timeout: 30_000 }).toEqual(sorted.docs.map((doc) => doc.title))

    await page.getByPlaceholder(/Zoek/).fill('stigma')
    await page.waitForURL(/search=stigma/, { timeout: 30_000 })
    const found = await api<{ docs: { title: string }[] }>(`/guidance?where[or][0][title][like]=stigma&where[or][1][slug][like]=stigma&sort=${sort}&limit=10&depth=0&draft=true`)
    expect(found.docs.length).toBeGreaterThan(0)
    await expect.poll(listedTitles, { timeout: 30_000 }).toEqual(found.docs.map((doc) => doc.title))
  }, 180_000)

  it('filters on a field', async () => {
    const slug = 'wat-kun-jij-doen-tegen-zelfstigma'
    await page.goto(`${cmsUrl()}/admin/collections/guidance`, { timeout: 120_000 })
    await listedTitles()
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('button', { name: 'Filter toevoegen' }).click()
    const condition = page.locator('.condition').first()
    await condition.locator('.condition__field').getByRole('combobox').click()
    await page.getByRole('option', { name: 'Slug (webadres)', exact: true }).click()
    await condition.locator('.condition__value input').fill(slug)
    await page.waitForURL(/where/, { timeout: 30_000 })
    const { docs } = await api<{ docs: { title: string }[] }>(`/guidance?where[slug][equals]=${slug}&depth=0&draft=true`)
    expect(docs).toHaveLength(1)
    await expect.poll(listedTitles, { timeout: 30_000 }).toEqual([docs[0]!.title])
  }, 180_000)

  it('shows in "Volledigheid" what the documents of a collection lack', async () => {
    await page.goto(`${cmsUrl()}/admin/volledigheid`, { timeout: 120_000 })
    await page.getByLabel('Collectie').selectOption('interventions')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL(/collectie=interventions/, { timeout: 60_000 })
    const section = page.locator('section[data-collection="interventions"]')
    await section.waitFor({ timeout: 60_000 })
    const listed = (await section.locator('li > a, li a').allInnerTexts()).map((text) => text.trim()).filter(Boolean)
    // The same documents the API reports as incomplete.
    const { docs } = await api<{ docs: { name?: string; title?: string; completeness?: { missing?: unknown[] } }[] }>('/interventions?limit=100&depth=0&draft=true')
    const incomplete = docs.filter((doc) => (doc.completeness?.missing?.length ?? 0) > 0).map((doc) => doc.name ?? doc.title)
    expect(incomplete.length).toBeGreaterThan(0)
    for (const title of incomplete) expect(listed).toContain(title)
  }, 180_000)
})

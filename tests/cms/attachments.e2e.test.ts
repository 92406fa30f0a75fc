/**
 * Attachments (issue 18) as an editor and a team lead meet them: in the
 * admin's own werkvorm form the editor uploads a question sheet into
 * "Bijlagen", gives it a title and kind, and publishes; the site then shows
 * it on the werkvorm's page and in the planner's run sheet, and the file
 * downloads for anyone. Everything is put back afterwards (this file runs
 * with the publishing files, last: vitest.config.ts).
 */
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { adminToken, sessionGet } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'

const SLUG = 'de-rol-van-empowerment'
const RUN = Date.now().toString(36)
const TITLE = `Vragenblad empowerment ${RUN}`
const FILE = `vragenblad-${RUN}.pdf`
/** The smallest PDF the CMS accepts (header, xref, %%EOF). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer <</Size 3/Root 1 0 R>>\nstartxref\n0\n%%EOF\n', 'latin1')

let page: Page
useAdminPage((admin) => ({ page } = admin))
const cmsUrl = () => inject('cmsUrl')
const siteUrl = (path: string) => new URL(path.replace(/^\//, ''), inject('siteUrl').replace(/\/?$/, '/')).toString()

type Activity = { id: number; attachments?: ({ id: number; title: string; url: string; filename: string } | number)[] }

async function activity(): Promise<Activity> {
  const { docs } = await sessionGet<{ docs: Activity[] }>(page, `${cmsUrl()}/api/activities?where[slug][equals]=${SLUG}&depth=1`)
  return docs[0]!
}


afterAll(async () => {
  // Put the seed back: the werkvorm without attachments, published, and the uploaded file gone; wait until the site shows it.
  // Cleanup, not the behaviour under test: a failure here is reported, not counted.
  try {
    const token = await adminToken()
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const { docs } = (await (await fetch(`${cmsUrl()}/api/activities?where[slug][equals]=${SLUG}&depth=0`, { headers })).json()) as { docs: { id: number }[] }
    await fetch(`${cmsUrl()}/api/activities/${docs[0]!.id}`, { method: 'PATCH', headers, body: JSON.stringify({ attachments: [], _status: 'published' }) })
    const found = (await (await fetch(`${cmsUrl()}/api/attachments?where[title][equals]=${encodeURIComponent(TITLE)}`, { headers })).json()) as { docs: { id: number }[] }
    for (const doc of found.docs) await fetch(`${cmsUrl()}/api/attachments/${doc.id}`, { method: 'DELETE', headers })
    // expect.poll is for tests only; a plain wait here.
    const until = Date.now() + 180_000
    while ((await (await fetch(siteUrl(`/werkvormen/${SLUG}/`))).text()).includes(TITLE)) {
      if (Date.now() > until) throw new Error('de site toont de bijlage na 180 s nog')
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } catch (error) {
    console.warn(`Kon de werkvorm niet terugzetten: ${(error as Error).message}`)
  }
}, 240_000)

describe('an attachment uploaded in the werkvorm form', () => {
  it('is published with the werkvorm and shows on its page and in the run sheet', async () => {
    const { id } = await activity()
    await page.goto(`${cmsUrl()}/admin/collections/activities/${id}`, { timeout: 120_000 })
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })

    // The "Bijlagen" field: choose a file, then name it in the drawer that opens.
    const field = page.locator('.field-type.upload').filter({ hasText: 'Bijlagen' }).first()
    await field.scrollIntoViewIfNeeded()
    // "Nieuw aanmaken" opens Payload's bulk upload drawer: pick the file, then fill in its fields there.
    await field.getByRole('button', { name: 'Nieuw aanmaken' }).click()
    await page.locator('.bulk-upload--add-files input[type="file"]').last().setInputFiles({ name: FILE, mimeType: 'application/pdf', buffer: PDF })
    // The drawer comes after the werkvorm's form in the page: its "Titel" is the last one.
    const title = page.locator('#field-title').last()
    await expect.poll(() => page.locator('#field-title').count(), { timeout: 60_000 }).toBe(2)
    await title.fill(TITLE)
    const kind = page.locator('#field-kind').getByRole('combobox').first()
    await kind.click()
    await page.getByRole('option', { name: 'Vragenblad', exact: true }).click()
    await page.getByRole('button', { name: 'Bewaar', exact: true }).last().click()
    await expect.poll(async () => (await field.textContent()) ?? '', { timeout: 60_000 }).toContain(FILE)

    // The form autosaves the draft; once it holds the file, publish it from the reloaded form (whose
    // "Publiceer wijzigingen" then knows of the newer draft, whatever the autosave's timing left in the button).
    const draftTitles = async () => {
      const { docs } = await sessionGet<{ docs: Activity[] }>(page, `${cmsUrl()}/api/activities?where[slug][equals]=${SLUG}&depth=1&draft=true`)
      return (docs[0]!.attachments ?? []).map((file) => (typeof file === 'object' ? file.title : file))
    }
    await expect.poll(draftTitles, { timeout: 60_000, interval: 1_000 }).toEqual([TITLE])
    await page.reload()
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(async () => ((await activity()).attachments ?? []).map((file) => (typeof file === 'object' ? file.title : file)), { timeout: 60_000 }).toEqual([TITLE])

    // The site update goes live: the werkvorm's page lists the file.
    await expect.poll(async () => (await fetch(siteUrl(`/werkvormen/${SLUG}/`))).text(), { timeout: 240_000, interval: 1_000 }).toContain(TITLE)
    const site = await page.context().browser()!.newPage()
    try {
      await site.goto(siteUrl(`/werkvormen/${SLUG}/`))
      const list = site.locator('section.attachments')
      await expect.poll(() => list.getByRole('heading', { name: 'Bijlagen' }).count()).toBe(1)
      const link = list.getByRole('link', { name: TITLE })
      expect(await list.textContent()).toContain('Vragenblad · PDF')
      // Anyone can download it now that the werkvorm is published.
      const href = (await link.getAttribute('href'))!
      const download = await fetch(href)
      expect(download.status).toBe(200)
      expect(download.headers.get('content-type')).toBe('application/pdf')

      // The run sheet of the default plan (it holds this werkvorm) links it on the werkvorm's part.
      await site.goto(siteUrl('/plannen/'))
      const part = site.locator('li').filter({ has: site.getByText('Werkvorm: De rol van empowerment') }).filter({ has: site.getByText('Bijlagen', { exact: true }) }).last()
      await part.getByRole('link', { name: TITLE }).waitFor({ timeout: 60_000 })
      expect(await part.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(href)
    } finally {
      await site.close()
    }
  }, 420_000)
})

/**
 * The admin's document forms in a real browser, on the seeded product:
 * create, edit, duplicate and delete a document (not a theme documents use); bulk edit, publish and
 * unpublish from the list; restore a version; schedule a publication. Each
 * test checks the result over REST with the admin's own session, and fails
 * on any error answer to a request the admin page sends (lib/admin-network.ts).
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { sessionGet, sessionSend } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'
import type { AdminNetwork } from '../lib/admin-network.ts'

type Guidance = { id: number; title: string; slug: string; intro?: string | null; _status: 'draft' | 'published' }

let page: Page
let network: AdminNetwork
useAdminPage((admin) => ({ page, network } = admin))
const cmsUrl = () => inject('cmsUrl')
/** Makes titles and slugs of this run unique, so the suite also runs against a CMS it ran on before. */
const RUN = Date.now().toString(36)
const admin = (path: string) => `${cmsUrl()}/admin/collections/guidance${path}`

/** The newest version of a document (draft included), or null when it is gone. */
async function stored(id: number): Promise<Guidance | null> {
  const { docs } = await sessionGet<{ docs: Guidance[] }>(page, `${cmsUrl()}/api/guidance?where[id][equals]=${id}&draft=true&depth=0`)
  return docs[0] ?? null
}
async function bySlug(slug: string): Promise<Guidance | undefined> {
  const { docs } = await sessionGet<{ docs: Guidance[] }>(page, `${cmsUrl()}/api/guidance?where[slug][equals]=${slug}&draft=true&depth=0`)
  return docs[0]
}
/** What the public sees: published documents only. */
async function isPublic(slug: string): Promise<boolean> {
  const response = await fetch(`${cmsUrl()}/api/guidance?where[slug][equals]=${slug}&depth=0`)
  return ((await response.json()) as { docs: unknown[] }).docs.length > 0
}

/** Waits until the edit form is hydrated: a value typed earlier would be reset. */
const formReady = () => page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })

/** Creates a draft through the create form (an empty `slug`: the field left empty); returns its id. */
async function createDraft(title: string, slug: string): Promise<number> {
  await page.goto(admin('/create'), { timeout: 120_000 })
  await formReady()
  await page.getByLabel('Titel').fill(title)
  if (slug) await page.getByLabel('Slug (webadres)').fill(slug)
  await page.getByLabel('Inleiding').fill(`Inleiding van ${title}.`)
  // What publishing asks for besides the title: one item and the source document.
  await page.getByRole('button', { name: 'Punt toevoegen' }).first().click()
  await page.getByLabel('Tekst').first().fill('Een eerste punt (e2e).')
  const source = page.locator('.field-type.select').filter({ hasText: 'Brondocument' }).getByRole('combobox').first()
  await source.click()
  await source.press('ArrowDown')
  await source.press('Enter')
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  await page.waitForURL(/\/guidance\/\d+/, { timeout: 60_000 })
  return Number(/\/guidance\/(\d+)/.exec(page.url())![1])
}

/** The row of the list view whose cells include this text. */
const row = (text: string) => page.getByRole('row').filter({ hasText: text })

async function openList(search: string) {
  await page.goto(`${admin('')}?search=${encodeURIComponent(search)}`, { timeout: 120_000 })
  await row(search).first().waitFor({ timeout: 60_000 })
}

async function selectRows(...titles: string[]) {
  for (const title of titles) await row(title).getByRole('checkbox').check()
}

describe('admin document forms', () => {
  let id: number

  it('creates a document as a draft, which stays private', async () => {
    id = await createDraft(`E2E nieuwe handreiking ${RUN}`, `e2e-nieuwe-handreiking-${RUN}`)
    expect(await stored(id)).toMatchObject({ title: `E2E nieuwe handreiking ${RUN}`, slug: `e2e-nieuwe-handreiking-${RUN}`, _status: 'draft' })
    expect(await isPublic(`e2e-nieuwe-handreiking-${RUN}`)).toBe(false)
    // Planning the publication of a document never published starts from "Publiceren" (Payload chose "Publicatie
    // ongedaan maken", and an editor who only picked a time planned an unpublish).
    await page.goto(admin(`/${id}`), { timeout: 120_000 })
    await formReady()
    await page.locator('.btn--withPopup').filter({ has: page.locator('#action-save') }).locator('.popup__trigger-wrap button, .popup__trigger-wrap [role=button]').first().click()
    await page.getByRole('button', { name: 'Publicatie plannen' }).click()
    const drawer = page.locator('.drawer--is-open').last()
    await expect.poll(() => drawer.getByRole('radio', { name: 'Publiceren', exact: true }).isChecked(), { timeout: 30_000 }).toBe(true)
    expect(await drawer.getByRole('radio', { name: 'Publicatie ongedaan maken' }).isChecked()).toBe(false)
    await page.keyboard.press('Escape')
  }, 240_000)

  it('edits the document and publishes the change', async () => {
    await page.goto(admin(`/${id}`), { timeout: 120_000 })
    await formReady()
    await page.getByLabel('Inleiding').fill('Een aangepaste inleiding (e2e).')
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(async () => await stored(id), { timeout: 60_000 }).toMatchObject({ intro: 'Een aangepaste inleiding (e2e).', _status: 'published' })
    expect(await isPublic(`e2e-nieuwe-handreiking-${RUN}`)).toBe(true)
  }, 180_000)

  it('gives a document created without a slug one from its title, so it can be published', async () => {
    const other = await createDraft(`E2E zonder slug ${RUN}`, '')
    await expect.poll(async () => (await stored(other))?.slug, { timeout: 30_000 }).toBe(`e2e-zonder-slug-${RUN}`)
    await page.goto(admin(`/${other}`), { timeout: 120_000 })
    await formReady()
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await expect.poll(async () => (await stored(other))?._status, { timeout: 60_000 }).toBe('published')
    expect(await isPublic(`e2e-zonder-slug-${RUN}`)).toBe(true)
    // Taken off again: other suites measure every published item on the site.
    await sessionSend(page, 'DELETE', `${cmsUrl()}/api/guidance/${other}`)
    expect(await isPublic(`e2e-zonder-slug-${RUN}`)).toBe(false)
  }, 240_000)

  it('duplicates the document under a new slug', async () => {
    await page.goto(admin(`/${id}`), { timeout: 120_000 })
    await page.getByLabel('Inleiding').waitFor({ timeout: 60_000 })
    await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
    await page.getByRole('button', { name: 'Dupliceren' }).click()
    await page.waitForURL((url) => /\/guidance\/\d+/.test(url.pathname) && !url.pathname.endsWith(`/${id}`), { timeout: 60_000 })
    const copyId = Number(/\/guidance\/(\d+)/.exec(page.url())![1])
    expect(copyId).not.toBe(id)
    expect(await stored(copyId)).toMatchObject({ title: `E2E nieuwe handreiking ${RUN}`, slug: `e2e-nieuwe-handreiking-${RUN}-kopie`, intro: 'Een aangepaste inleiding (e2e).' })
    expect(await stored(id)).toMatchObject({ slug: `e2e-nieuwe-handreiking-${RUN}` })
  }, 180_000)

  it('deletes a document after confirmation', async () => {
    const copy = await bySlug(`e2e-nieuwe-handreiking-${RUN}-kopie`)
    await page.goto(admin(`/${copy!.id}`), { timeout: 120_000 })
    await page.getByLabel('Inleiding').waitFor({ timeout: 60_000 })
    await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
    await page.getByRole('button', { name: 'Verwijderen' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: /Bevestig|Verwijder/ }).last().click()
    await page.waitForURL(/\/collections\/guidance\/?(\?.*)?$/, { timeout: 60_000 })
    expect(await stored(copy!.id)).toBeNull()
    expect(await stored(id)).not.toBeNull()
  }, 180_000)

  it('refuses to delete a theme that documents use, and names them', async () => {
    const { docs } = await sessionGet<{ docs: { id: number; name: string }[] }>(page, `${cmsUrl()}/api/themes?where[slug][equals]=hoop&depth=0`)
    const hope = docs[0]!
    network.expectFailure('DELETE', new RegExp(`/api/themes/${hope.id}$`), 409)
    await page.goto(`${cmsUrl()}/admin/collections/themes/${hope.id}`, { timeout: 120_000 })
    await formReady()
    await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
    await page.getByRole('button', { name: 'Verwijderen' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: /Bevestig|Verwijder/ }).last().click()
    // Which five are named depends on the seed's order; that each is named by kind and title does not.
    const refusal = page.getByText(/^Thema “Hoop” is niet verwijderd: \d+ documenten verwijzen er nog naar \([a-z]+ “[^”]+”(, [a-z]+ “[^”]+”)*( en \d+ andere)?\)\. Haal die verwijzingen eerst weg\.$/)
    await refusal.waitFor({ timeout: 30_000 })
    const still = await sessionGet<{ docs: { id: number; name: string }[] }>(page, `${cmsUrl()}/api/themes?where[slug][equals]=hoop&depth=0`)
    expect(still.docs.map((doc) => doc.id)).toEqual([hope.id])
    const fragment = await sessionGet<{ docs: { themes: number[] }[] }>(page, `${cmsUrl()}/api/fragments?where[slug][equals]=hoop&depth=0&draft=true`)
    expect(fragment.docs[0]!.themes).toContain(hope.id)
  }, 180_000)

  it('bulk-publishes, bulk-edits and bulk-unpublishes from the list', async () => {
    const other = await createDraft(`E2E bulk tweede handreiking ${RUN}`, `e2e-bulk-tweede-${RUN}`)
    const first = `E2E nieuwe handreiking ${RUN}`
    const second = `E2E bulk tweede handreiking ${RUN}`

    // Publish both: the document model asks for items and a source, which the bulk edit fills in first.
    await openList(RUN)
    await selectRows(first, second)
    await page.getByRole('button', { name: 'Bewerk', exact: true }).click()
    const drawer = page.locator('.drawer--is-open').last()
    const fields = drawer.getByRole('combobox').first()
    await fields.click()
    await page.getByRole('option', { name: 'Inleiding', exact: true }).click()
    await drawer.getByLabel('Inleiding').fill('Samen aangepast (e2e bulk).')
    await drawer.getByRole('button', { name: 'Bewaar concept' }).click()
    await expect
      .poll(async () => [(await stored(id))?.intro, (await stored(other))?.intro], { timeout: 60_000 })
      .toEqual(['Samen aangepast (e2e bulk).', 'Samen aangepast (e2e bulk).'])

    await openList(RUN)
    await selectRows(first, second)
    await page.getByRole('button', { name: 'Publiceren' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: /Bevestig|Publiceren/ }).last().click()
    await expect.poll(async () => [(await stored(id))?._status, (await stored(other))?._status], { timeout: 60_000 }).toEqual(['published', 'published'])
    expect(await isPublic(`e2e-bulk-tweede-${RUN}`)).toBe(true)

    await openList(RUN)
    await selectRows(first, second)
    await page.getByRole('button', { name: 'Publicatie ongedaan maken' }).first().click()
    await page.getByRole('dialog').getByRole('button', { name: /Bevestig/ }).last().click()
    await expect.poll(async () => [(await stored(id))?._status, (await stored(other))?._status], { timeout: 60_000 }).toEqual(['draft', 'draft'])
    expect(await isPublic(`e2e-bulk-tweede-${RUN}`)).toBe(false)
  }, 360_000)

  it('restores an earlier version', async () => {
    await page.goto(admin(`/${id}/versions`), { timeout: 120_000 })
    // The oldest version holds the intro the document was created with.
    const oldest = page.getByRole('row').filter({ has: page.getByRole('link') }).last()
    await oldest.getByRole('link').first().click()
    await page.waitForURL(/\/versions\/\d+/, { timeout: 60_000 })
    await page.getByRole('button', { name: 'Herstel deze versie' }).click()
    await page.getByRole('dialog').getByRole('button', { name: /Bevestig|Herstel/ }).last().click()
    await expect.poll(async () => (await stored(id))?.intro, { timeout: 60_000 }).toBe(`Inleiding van E2E nieuwe handreiking ${RUN}.`)
  }, 240_000)

  it('schedules a publication', async () => {
    await page.goto(admin(`/${id}`), { timeout: 120_000 })
    await page.getByLabel('Inleiding').waitFor({ timeout: 60_000 })
    // A click before the form is hydrated opens nothing.
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await page.locator('.btn--withPopup').filter({ has: page.locator('#action-save') }).locator('.popup__trigger-wrap button, .popup__trigger-wrap [role=button]').first().click()
    await page.getByRole('button', { name: 'Publicatie plannen' }).click()
    const drawer = page.locator('.drawer--is-open').last()
    await drawer.getByText('Publiceren', { exact: true }).click()
    // A day next month and a time from the picker's list, as an editor picks them.
    await drawer.locator('.react-datepicker__input-container input').click()
    await page.locator('.react-datepicker__navigation--next').click()
    await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').click()
    await page.locator('.react-datepicker__time-list-item').filter({ hasText: /10[:.]00/ }).first().click()
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('Succesvol gepland.').first().waitFor({ timeout: 60_000 })
    // Jobs are not readable over REST; the drawer lists the stored upcoming publications after a reload.
    await page.reload({ timeout: 120_000 })
    await page.getByLabel('Inleiding').waitFor({ timeout: 60_000 })
    // A click before the form is hydrated opens nothing.
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await page.locator('.btn--withPopup').filter({ has: page.locator('#action-save') }).locator('.popup__trigger-wrap button, .popup__trigger-wrap [role=button]').first().click()
    await page.getByRole('button', { name: 'Publicatie plannen' }).click()
    const upcoming = page.locator('.drawer--is-open').last().getByRole('row')
    await expect.poll(() => upcoming.count(), { timeout: 30_000 }).toBeGreaterThan(1)
    expect(await upcoming.last().innerText()).toMatch(/15/)
  }, 240_000)
})

describe('a draft with part of its source', () => {
  type Intervention = { id: number; _status: string; source?: { document?: string | null; location?: string | null } }

  it('saves with only "Plaats in de bron" filled in (no "Brondocument" yet): no error answer, no invalid field', async () => {
    const interventions = `${cmsUrl()}/admin/collections/interventions`
    await page.goto(`${interventions}/create`, { timeout: 120_000 })
    await formReady()
    await page.locator('#field-name').fill(`E2E interventie zonder brondocument ${RUN}`)
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    await page.waitForURL(/\/interventions\/\d+/, { timeout: 60_000 })
    const id = Number(/\/interventions\/(\d+)/.exec(page.url())![1])
    // On the edit view, as the editor met it: the place in the source typed, the document not chosen.
    await formReady()
    // The admin draws a field once it scrolls into view; "Bron" is near the end of the form.
    const location = page.locator('#field-source__location')
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 2_000)
        return location.count()
      }, { timeout: 60_000 })
      .toBe(1)
    expect(await page.locator('label[for="field-source__location"]').textContent()).toContain('Plaats in de bron')
    await location.fill('§3.3')
    // The save the button sends (an autosave, with `autosave=true`, may come beside it: the hooks fail on any error answer).
    const save = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        new URL(response.url()).pathname === `/api/interventions/${id}` &&
        new URL(response.url()).searchParams.get('autosave') !== 'true',
      { timeout: 60_000 },
    )
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    expect((await save).status()).toBe(200)
    expect(await page.locator('.field-type.error, .field-error').count()).toBe(0)
    const { docs } = await sessionGet<{ docs: Intervention[] }>(page, `${cmsUrl()}/api/interventions?where[id][equals]=${id}&draft=true&depth=0`)
    expect(docs[0]).toMatchObject({ _status: 'draft', source: { location: '§3.3' } })
    expect(docs[0]?.source?.document ?? null).toBeNull()
    await sessionSend(page, 'DELETE', `${cmsUrl()}/api/interventions/${id}`)
  }, 240_000)
})

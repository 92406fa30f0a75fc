/**
 * Errors where the editor looks, in Dutch, in a real browser: a value the
 * server refuses stays marked on its field with the reason until the editor
 * corrects it (it used to show for half a second), a publish refused for
 * missing lists and a missing source says so at those fields, and the upload
 * checks answer in Dutch instead of Payload's English.
 */
import type { Locator, Page, Response } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { sessionGet, sessionSend } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'
import { isFormStateCheck, type AdminNetwork } from '../lib/admin-network.ts'
import { ADMIN_VIEWPORT } from '../lib/browser.ts'
import { PNG } from '../lib/upload-files.ts'

let page: Page
let network: AdminNetwork
useAdminPage((admin) => ({ page, network } = admin))
const cmsUrl = () => inject('cmsUrl')

const ENGLISH = /The following|is not allowed|File type|potentially harmful|Invalid|expected|verwacht dat/

/** The error shown on a field, found by the id of its input. */
const fieldError = (inputId: string) => page.locator('.field-type').filter({ has: page.locator(`#${inputId}`) }).locator('.field-error')

/**
 * At 200 % zoom of the admin's window (half its width in CSS pixels) the reason still stands at its field, whole and
 * no wider than the window: Payload hides a field's error tooltip at 1024 px and below, which left it only in the toast.
 */
async function readableZoomedIn(error: Locator, reason: string | RegExp) {
  const zoomed = { width: ADMIN_VIEWPORT.width / 2, height: ADMIN_VIEWPORT.height / 2 }
  await page.setViewportSize(zoomed)
  try {
    await expect.poll(() => error.isVisible(), { timeout: 10_000 }).toBe(true)
    expect((await error.innerText()).trim()).toMatch(reason)
    const box = (await error.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(zoomed.width)
    // Payload's text box inside the message cuts off what does not fit with an ellipsis.
    const text = error.locator('.tooltip-content')
    expect(await text.evaluate((element) => element.scrollWidth <= element.clientWidth), 'the reason is not cut off').toBe(true)
  } finally {
    await page.setViewportSize(ADMIN_VIEWPORT)
  }
}

/**
 * How long a test watches a field's mark after the form's re-check on the server has answered. A mark that a re-check
 * takes away goes when its answer is applied (it went about 4 s after the refusal, at that answer); a form that kept
 * asking would send several checks in this time.
 */
const AFTER_RECHECK_MS = 3_000

/**
 * The form-state checks the admin's form asks the server for (Payload's `form-state` server
 * function, a POST with a `next-action` header), counted from now; `validated` are those sent
 * for a submitted form, which re-validate every field.
 */
function watchFormState(): { all: number; validated: number; stop(): void } {
  const seen = { all: 0, validated: 0, stop: () => page.off('response', count) }
  function count(response: Response) {
    const request = response.request()
    if (!isFormStateCheck(request)) return
    seen.all += 1
    if (request.postData()!.includes('"skipValidation":false')) seen.validated += 1
  }
  page.on('response', count)
  return seen
}

/**
 * Publishes the werkvorm being made, which the CMS refuses (400): its answer, the form-state checks counted from
 * before the click (the form's re-check may come before the marks are seen), and their count at the refusal.
 */
async function publishRefused() {
  // Let a draft save settle, so the publish is the request for this document as it stands.
  await page.waitForTimeout(2_000)
  const created = /\/collections\/activities\/\d+/.test(page.url())
  network.expectFailure(created ? 'PATCH' : 'POST', /\/api\/activities(\/\d+)?$/, 400)
  const refused = page.waitForResponse(
    (response) => ['POST', 'PATCH'].includes(response.request().method()) && new URL(response.url()).pathname.startsWith('/api/activities') && !response.url().includes('autosave=true'),
    { timeout: 60_000 },
  )
  const formState = watchFormState()
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  const answer = await refused
  const atRefusal = { ...formState }
  expect(answer.status()).toBe(400)
  return { answer, formState, atRefusal }
}

/** Opens a new werkvorm; `before` runs on the empty form. */
async function startNewActivity(title: string, slug: string, before?: () => Promise<void>): Promise<void> {
  await page.goto(`${cmsUrl()}/admin/collections/activities/create`, { timeout: 120_000 })
  await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
  await before?.()
  // What an editor fills in first; no goal, no step, no source.
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('Een werkvorm in eigen woorden, nog niet af.')
  const domains = page.locator('#field-learningDomains input').first()
  await domains.click()
  await domains.pressSequentially('Kennis')
  await page.getByRole('option', { name: 'Kennis', exact: true }).click({ timeout: 60_000 })
  await page.locator('#field-durationMinutes__min').fill('10')
  await page.locator('#field-durationMinutes__max').fill('15')
  await page.locator('#field-slug').fill(slug)
}

/** Adds a goal row and writes it. */
async function addGoal(text: string): Promise<void> {
  await page.locator('#field-goals').getByRole('button', { name: 'Punt toevoegen' }).click()
  await page.locator('#field-goals textarea').first().fill(text)
}

/** The drafts (and any published version) of the werkvorm with this slug. */
const storedActivities = async (slug: string) =>
  (await sessionGet<{ docs: { id: number; _status: string }[] }>(page, `${cmsUrl()}/api/activities?where[slug][equals]=${slug}&draft=true&depth=0`)).docs

describe('errors on the field, in Dutch', () => {
  it('keeps a refused duration marked on its field, with the reason, until it is corrected', async () => {
    const { docs } = await sessionGet<{ docs: { id: number; durationMinutes?: number | null }[] }>(page, `${cmsUrl()}/api/interventions?limit=1&depth=0&sort=id`)
    const { id, durationMinutes } = docs[0]!
    // The refusals of this test (a save, an autosave) are its point.
    network.expectFailure('PATCH', new RegExp(`/api/interventions/${id}$`), 400)
    await page.goto(`${cmsUrl()}/admin/collections/interventions/${id}`, { timeout: 120_000 })
    const duration = page.locator('#field-durationMinutes')
    await duration.waitFor({ timeout: 120_000 })
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    const status = page.locator('.status__value').first()
    const statusBefore = (await status.innerText()).trim()
    await duration.fill('-5')
    const publish = page.getByRole('button', { name: 'Publiceer wijzigingen' })
    const saveDraft = page.getByRole('button', { name: 'Bewaar concept' })
    // The publish's own answer (not an autosave's, which may be refused first and mark the field earlier).
    const refused = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/interventions/${id}`) && !response.url().includes('autosave=true'), { timeout: 60_000 })
    await publish.click()
    expect((await refused).status()).toBe(400)
    const error = fieldError('field-durationMinutes')
    await error.waitFor({ timeout: 30_000 })
    // The refused change is still unsaved, so both buttons stay usable (Payload's form
    // marked itself unchanged and disabled them until the next keystroke), and the
    // status says what it said before: the refusal published nothing.
    const stillTrue = async () => {
      await expect.poll(() => publish.isEnabled(), { timeout: 5_000 }).toBe(true)
      await expect.poll(() => saveDraft.isEnabled(), { timeout: 5_000 }).toBe(true)
      expect((await status.innerText()).trim()).toBe(statusBefore)
      expect((await page.locator('.payload-toast-container').allInnerTexts()).join(' ')).not.toMatch(/succesvol|gepubliceerd/i)
    }
    await stillTrue()
    // Still there after the admin re-validated the form on the server.
    await page.waitForTimeout(4_000)
    expect(await error.isVisible()).toBe(true)
    await stillTrue()
    const message = (await error.innerText()).trim()
    expect(message).toMatch(/groter|minstens|of meer/)
    expect(message).not.toMatch(ENGLISH)
    // The refused value was not stored.
    const stored = await sessionGet<{ durationMinutes?: number | null }>(page, `${cmsUrl()}/api/interventions/${id}?depth=0&draft=true`)
    expect(stored.durationMinutes).toBe(durationMinutes)
    // The buttons still work: a corrected value is published and the mark goes.
    await duration.fill('45')
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(0)
    await publish.click()
    await expect
      .poll(async () => (await sessionGet<{ durationMinutes?: number }>(page, `${cmsUrl()}/api/interventions/${id}?depth=0`)).durationMinutes, { timeout: 60_000 })
      .toBe(45)
  }, 240_000)

  it('says at each missing list and at the source why a new werkvorm cannot be published, in plain Dutch', async () => {
    const slug = `werkvorm-zonder-lijsten-e2e-${Date.now().toString(36)}`
    const stored = () => storedActivities(slug)
    try {
      await startNewActivity('Werkvorm zonder lijsten (e2e)', slug)
      // The lists a werkvorm must have carry the asterisk before anything is sent.
      for (const list of ['goals', 'steps']) expect(await page.locator(`#field-${list} .array-field__header .required`).count(), list).toBe(1)
      const { answer, formState, atRefusal } = await publishRefused()
      const goals = page.locator('#field-goals .field-error').first()
      const steps = page.locator('#field-steps .field-error').first()
      // The source's reason is in plain words; the admin's create view draws the "Bron" group
      // without its fields (payloadcms/payload#17812), so there it marks the group.
      const body = JSON.stringify(await answer.json())
      expect(body).toContain('Kies de bron waaruit deze werkvorm komt.')
      expect(body).not.toMatch(/verwacht|ontving|undefined/)
      const source = page.locator('#field-source.group-field--has-error')
      for (const error of [goals, steps, source]) await error.waitFor({ timeout: 30_000 })
      // At each list, the reason in plain Dutch.
      await expect.poll(async () => (await goals.innerText()).trim(), { timeout: 10_000 }).toMatch(/minstens één leerdoel/)
      await expect.poll(async () => (await steps.innerText()).trim(), { timeout: 10_000 }).toMatch(/minstens één stap/)
      expect((await page.locator('.payload-toast-container').allInnerTexts()).join(' ')).not.toMatch(ENGLISH)
      // What a screen reader says of the notifications and their close buttons: Dutch (admin/DutchToasts.tsx), not sonner's English.
      const closeLabels = await page.locator('.payload-toast-close-button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))
      expect(closeLabels.length).toBeGreaterThan(0)
      expect(new Set(closeLabels)).toEqual(new Set(['Melding sluiten']))
      expect(await page.locator('section:has(> .payload-toast-container)').getAttribute('aria-label')).toMatch(/^Meldingen /)
      // The marks stay through the form's own re-checks on the server (they went about 4 s after
      // the refusal, checked as a draft that may lack lists), and the form does not keep asking.
      await expect.poll(() => formState.validated - atRefusal.validated, { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
      await page.waitForTimeout(AFTER_RECHECK_MS)
      const stillMarked = async () => {
        expect(await goals.isVisible(), 'leerdoelen').toBe(true)
        expect(await steps.isVisible(), 'stappen').toBe(true)
        expect((await goals.innerText()).trim()).toMatch(/minstens één leerdoel/)
        expect((await steps.innerText()).trim()).toMatch(/minstens één stap/)
      }
      await stillMarked()
      // No field's check broke on the form's data (a failed check reads "Error validating field at path").
      expect(await page.locator('body').innerText()).not.toMatch(/Error validating/)
      expect(formState.all - atRefusal.all, 'form-state checks after the refusal').toBeLessThanOrEqual(4)
      // The editor adds a goal: its mark goes, the steps' stays.
      await addGoal('Weten wat stigma in de zorg doet (e2e).')
      await expect.poll(() => goals.count(), { timeout: 30_000 }).toBe(0)
      const afterRow = formState.all
      await page.waitForTimeout(AFTER_RECHECK_MS)
      expect(await goals.count()).toBe(0)
      expect(await steps.isVisible()).toBe(true)
      expect((await steps.innerText()).trim()).toMatch(/minstens één stap/)
      expect(formState.all - afterRow, 'form-state checks after the row').toBeLessThanOrEqual(4)
      formState.stop()
      // Nothing was published.
      expect((await stored()).filter((doc) => doc._status === 'published')).toEqual([])
    } finally {
      for (const doc of await stored()) await sessionSend(page, 'DELETE', `${cmsUrl()}/api/activities/${doc.id}`)
    }
  }, 300_000)

  it('keeps an empty step refused by a publish marked at that step until it is written', async () => {
    const slug = `werkvorm-lege-stap-e2e-${Date.now().toString(36)}`
    try {
      const instruction = page.locator('#field-steps__0__instruction')
      await startNewActivity('Werkvorm met een lege stap (e2e)', slug, async () => {
        // A step added but not written yet: a draft may hold it, a publish may not. Added on the
        // empty form, before an autosave turns the new document into a stored one.
        await page.locator('#field-steps').getByRole('button', { name: 'Stap toevoegen' }).click()
        await instruction.waitFor({ timeout: 60_000 })
      })
      await addGoal('Weten wat stigma in de zorg doet (e2e).')
      const { answer, formState, atRefusal } = await publishRefused()
      const refusal = (await answer.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
      const reason = refusal.errors?.flatMap((entry) => entry.data?.errors ?? []).find((entry) => entry.path === 'steps.0.instruction')?.message
      expect(reason).toMatch(/^Vul dit in|leeg/)
      const error = fieldError('field-steps__0__instruction')
      await error.waitFor({ timeout: 30_000 })
      // Past the form's re-check on the server, which checks the form as a draft.
      await expect.poll(() => formState.validated - atRefusal.validated, { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
      await page.waitForTimeout(AFTER_RECHECK_MS)
      expect(await error.isVisible()).toBe(true)
      expect((await error.innerText()).trim()).toBe(reason)
      await readableZoomedIn(error, reason!)
      expect(formState.all - atRefusal.all, 'form-state checks after the refusal').toBeLessThanOrEqual(4)
      // Written: the mark goes.
      await instruction.fill('Vraag ieder om een moment te noemen waarop een diagnose het gesprek veranderde.')
      await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(0)
      formState.stop()
      expect((await storedActivities(slug)).filter((doc) => doc._status === 'published')).toEqual([])
    } finally {
      for (const doc of await storedActivities(slug)) await sessionSend(page, 'DELETE', `${cmsUrl()}/api/activities/${doc.id}`)
    }
  }, 300_000)

  for (const upload of [
    { kind: 'a text file named .png', name: 'geen-plaatje.png', mimeType: 'image/png', body: 'Dit is gewoon tekst, geen plaatje.\n'.repeat(20), expected: /niet toegestaan/, zoomedIn: true },
    { kind: 'an SVG with a script', name: 'script.svg', mimeType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', expected: /schadelijke inhoud/, zoomedIn: false },
  ]) {
    it(`refuses ${upload.kind} with a Dutch reason`, async () => {
      network.expectFailure('POST', /\/api\/media$/, 400)
      await page.goto(`${cmsUrl()}/admin/collections/media/create`, { timeout: 120_000 })
      await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
      await page.locator('input[type="file"]').setInputFiles({ name: upload.name, mimeType: upload.mimeType, buffer: Buffer.from(upload.body) })
      await page.getByLabel('Alternatieve tekst').fill('Wordt geweigerd (e2e)')
      const answer = page.waitForResponse((response) => response.url().includes('/api/media') && response.request().method() === 'POST')
      await page.getByRole('button', { name: 'Bewaar' }).click()
      const body = JSON.stringify(await (await answer).json())
      expect(body).toMatch(upload.expected)
      expect(body).not.toMatch(ENGLISH)
      // What the editor reads: the toast and the file field.
      // A visible one: the field's error tooltip holds the same text while hidden, and first() may pick it.
      await page.getByText(upload.expected).filter({ visible: true }).first().waitFor({ timeout: 30_000 })
      // The toolkit's own check (the SVG's is Payload's): its reason stays at the file when zoomed in.
      if (upload.zoomedIn) await readableZoomedIn(page.locator('.file-field .field-error'), upload.expected)
      const shown = await page.locator('.payload-toast-container, .file-field, .field-error').allInnerTexts()
      expect(shown.join(' ')).not.toMatch(ENGLISH)
      const { docs } = await sessionGet<{ docs: unknown[] }>(page, `${cmsUrl()}/api/media?where[filename][equals]=${upload.name}`)
      expect(docs).toHaveLength(0)
    }, 180_000)
  }

  it('says in Dutch how many files of a bulk upload were saved and how many not, and keeps the refused one with its reason', async () => {
    const [good, bad] = ['wel-een-plaatje-bulk.png', 'ook-geen-plaatje.png']
    // By the alternative text each got (a stored file may be renamed when its name is taken).
    const stored = async (name: string) =>
      (await sessionGet<{ docs: Array<{ id: number }> }>(page, `${cmsUrl()}/api/media?where[alt][equals]=${encodeURIComponent(`Meerdere bestanden (e2e): ${name}`)}`)).docs
    // What an earlier attempt of this test saved goes first, so a second attempt counts only its own files.
    for (const earlier of await stored(good)) await sessionSend(page, 'DELETE', `${cmsUrl()}/api/media/${earlier.id}`)
    network.expectFailure('POST', /\/api\/media(\?.*)?$/, 400)
    await page.goto(`${cmsUrl()}/admin/collections/media`, { timeout: 120_000 })
    // A click before the list view is interactive opens nothing (a fresh CI run): clicked until the drawer is there.
    const addFiles = page.locator('.bulk-upload--add-files input[type="file"]')
    await expect
      .poll(
        async () => {
          if ((await addFiles.count()) === 0) await page.getByRole('button', { name: 'Meerdere bestanden uploaden' }).click()
          return addFiles.count()
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBeGreaterThan(0)
    await addFiles.last().setInputFiles([
      { name: good, mimeType: 'image/png', buffer: PNG },
      { name: bad, mimeType: 'image/png', buffer: Buffer.from('Tekst, geen plaatje.\n'.repeat(20)) },
    ])
    // One form per file, the first shown; each needs its alternative text.
    for (const name of [good, bad]) {
      await page.locator('button.file-selections__fileRow', { hasText: name }).click()
      await page.getByLabel('Alternatieve tekst').last().fill(`Meerdere bestanden (e2e): ${name}`)
    }
    await page.getByRole('button', { name: 'Bewaar', exact: true }).last().click()
    // Payload's own words were "Successfully saved 1 files" and "Failed to save 1 files".
    const titles = () => page.locator('[data-sonner-toast] [data-title]').allInnerTexts()
    await expect.poll(async () => (await titles()).sort(), { timeout: 60_000 }).toEqual(['1 bestand is niet opgeslagen; het staat nog in de lijst.', '1 bestand opgeslagen.'])
    // The refused file stays in the drawer; saved again on its own, its form says why.
    await page.locator('button.file-selections__fileRow', { hasText: bad }).waitFor({ timeout: 30_000 })
    expect(await page.locator('button.file-selections__fileRow').allInnerTexts()).toEqual([expect.stringContaining(bad)])
    await page.getByRole('button', { name: 'Bewaar', exact: true }).last().click()
    await page.getByText(/niet toegestaan/).filter({ visible: true }).first().waitFor({ timeout: 30_000 })
    expect((await titles()).join(' ')).not.toMatch(/Failed|Successfully|files/)
    expect(await stored(bad)).toHaveLength(0)
    const saved = await stored(good)
    expect(saved).toHaveLength(1)
    await sessionSend(page, 'DELETE', `${cmsUrl()}/api/media/${saved[0]!.id}`)
  }, 180_000)
})

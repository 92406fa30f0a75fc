/**
 * The admin speaks Dutch and keeps to itself, in a real browser (issue 17,
 * items 4 and 6): Dutch dates and a 24-hour clock, scheduling in Amsterdam
 * time, no raw placeholder in dialogs, a lock dialog that names the
 * colleague, completeness in a version comparison as words, no request to
 * another origin (no Gravatar), a logo that fits, dashboard cards with what
 * each collection holds and how many, and the live preview beside the form
 * following an edit without a click on "Bewaar concept".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'
/** "5 december 2026, 21:20": day, Dutch month, year, 24-hour time. */
const DUTCH_DATE = new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}, \\d{2}:\\d{2}$`)

let browser: Browser
let page: Page
let context: BrowserContext
const cmsUrl = () => inject('cmsUrl')
const cmsOrigin = () => new URL(cmsUrl()).origin
const previewOrigin = () => new URL(inject('previewUrl')).origin

type Doc = { id: number | string; slug: string; title?: string; name?: string }

async function firstDoc(collection: string, where = ''): Promise<Doc> {
  const found = await (await page.request.get(`${cmsUrl()}/api/${collection}?limit=1&depth=0&sort=createdAt${where}`)).json()
  return found.docs[0] as Doc
}

async function openEdit(target: Page, collection: string, id: Doc['id']) {
  await target.goto(`${cmsUrl()}/admin/collections/${collection}/${id}`, { timeout: 180_000 })
  await target.locator('.document-fields').first().waitFor({ timeout: 180_000 })
}

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
  context = page.context()
}, 420_000)

afterAll(async () => {
  await browser?.close()
})

describe('dates and times', () => {
  it('shows dates in the list as "5 december 2026, 21:20": Dutch month, 24-hour clock', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/interventions?limit=5`, { timeout: 180_000 })
    const cell = page.locator('td.cell-updatedAt').first()
    await cell.waitFor({ timeout: 120_000 })
    await expect.poll(async () => (await cell.textContent())!.trim(), { timeout: 60_000 }).toMatch(DUTCH_DATE)
    expect(await page.locator('table').textContent()).not.toMatch(/\b(AM|PM)\b|\d(st|nd|rd|th|e) \d{4}/)
  }, 300_000)

  it('schedules a publication with a 24-hour time list, in Amsterdam time by default', async () => {
    const doc = await firstDoc('guidance')
    await openEdit(page, 'guidance', doc.id)
    // The arrow beside "Publiceer wijzigingen" opens the publish options.
    await page.locator('.form-submit .popup-button').last().click()
    await page.getByRole('button', { name: 'Publicatie plannen' }).click()
    const drawer = page.locator('.schedule-publish')
    await drawer.waitFor({ timeout: 60_000 })
    const zone = drawer.locator('.timezone-picker')
    await zone.getByText('Amsterdam (Nederlandse tijd)').waitFor({ timeout: 30_000 })
    expect(await zone.textContent()).not.toContain('Selecteer een waarde')
    // Nothing planned yet for this document: said in Dutch.
    expect(await drawer.textContent()).not.toMatch(/evenementen|events/i)

    await drawer.locator('.date-time-picker input').click()
    const times = page.locator('.react-datepicker__time-list-item')
    await times.first().waitFor({ timeout: 30_000 })
    // The time column's heading is Dutch (react-datepicker's own says "Time").
    await expect.poll(() => page.locator('.react-datepicker-time__header').first().textContent()).toBe('Tijd')
    const labels = (await times.allTextContents()).map((label) => label.trim())
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) expect(label).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
    expect(labels).toContain('23:45')

    // The day after tomorrow, 13:00 (two days ahead, so the day is in the future in UTC and in Amsterdam alike, also
    // when the test runs around midnight): that day in the calendar, then the time.
    await page.locator('.react-datepicker__day--keyboard-selected, .react-datepicker__day--today').first().waitFor()
    const today = new Date()
    const target = new Date(Date.now() + 48 * 3600_000)
    if (target.getMonth() !== today.getMonth()) await page.locator('.react-datepicker__navigation--next').first().click()
    await page.locator(`.react-datepicker__day--0${String(target.getDate()).padStart(2, '0')}:not(.react-datepicker__day--outside-month)`).first().click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^13:00$/ }).click()
    // What a screen reader hears after the choice is Dutch too.
    await expect.poll(() => page.locator('.react-datepicker__aria-live').first().textContent()).toMatch(/^Gekozen datum: /)
    // Close the calendar (it covers the button) by clicking the drawer's title.
    await drawer.locator('h2').first().click()
    await page.locator('#scheduled-publish-save').click()
    const upcoming = drawer.locator('.schedule-publish__upcoming table')
    await upcoming.waitFor({ timeout: 60_000 })
    expect((await drawer.locator('.schedule-publish__upcoming h4').textContent())!.trim()).toBe('Geplande publicaties')
    const row = (await upcoming.locator('tbody tr').first().textContent())!
    expect(row).toContain('Amsterdam (Nederlandse tijd)')
    expect(row).not.toContain('Geen waarde')
    expect(row).toMatch(new RegExp(`(${MONTHS}) \\d{4}, 13:00`))
  }, 300_000)
})

describe('dialogs', () => {
  it('asks before unpublishing in plain Dutch, without a {{placeholder}}', async () => {
    const doc = await firstDoc('guidance', '&where[_status][equals]=published')
    await openEdit(page, 'guidance', doc.id)
    await page.locator('.doc-controls__popup .popup-button').click()
    await page.locator('#action-unpublish').click()
    const dialog = page.locator('.confirmation-modal')
    await dialog.waitFor({ timeout: 30_000 })
    const text = (await dialog.textContent())!
    expect(text).toContain('Je staat op het punt de publicatie van dit document ongedaan te maken. Weet je het zeker?')
    expect(text).not.toMatch(/\{\{|\}\}/)
    await dialog.getByRole('button', { name: 'Annuleren' }).click()

    // The same question for a selection in the list (Payload's own Dutch has it in English).
    await page.goto(`${cmsUrl()}/admin/collections/guidance`, { timeout: 180_000 })
    await page.locator('table tbody tr').first().locator('input[type="checkbox"]').check({ timeout: 120_000 })
    await page.getByRole('button', { name: 'Publicatie ongedaan maken' }).click()
    const many = page.locator('.confirmation-modal').last()
    await many.waitFor({ timeout: 30_000 })
    const question = (await many.textContent())!
    expect(question).toContain('Je staat op het punt de publicatie van alle geselecteerde Handreikingen ongedaan te maken')
    expect(question).not.toMatch(/\{\{|\}\}|You are|Are you sure/)
    await many.getByRole('button', { name: 'Annuleren' }).click()
  }, 300_000)

  it('names the colleague who is editing a document in the lock dialog', async () => {
    const email = `redacteur-slot-${Date.now()}@example.org`
    const password = 'een-heel-lang-wachtwoord-42'
    // Created from the admin page itself (its session and origin), as the admin's own form would.
    const created = await page.evaluate(async (body) => {
      const response = await fetch('/api/users', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      return { status: response.status, text: await response.text() }
    }, { email, password, roles: ['editor'], name: 'Eva Redacteur' })
    expect(created.status, created.text).toBe(201)
    const doc = await firstDoc('themes')
    // The admin starts editing: a change takes the lock.
    await openEdit(page, 'themes', doc.id)
    const field = page.locator('#field-description')
    await field.click()
    await field.press('End')
    await field.type(' ')
    await page.waitForTimeout(1_500)

    const editorContext = await browser.newContext()
    try {
      const editor = await editorContext.newPage()
      await editor.goto(`${cmsUrl()}/admin/login`, { timeout: 180_000 })
      await editor.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
      await editor.getByLabel('E-mail').fill(email)
      await editor.getByLabel('Wachtwoord').fill(password)
      await editor.getByRole('button', { name: 'Inloggen' }).click()
      await editor.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
      await editor.goto(`${cmsUrl()}/admin/collections/themes/${doc.id}`, { timeout: 180_000 })
      const dialog = editor.locator('.document-locked')
      await dialog.waitFor({ timeout: 120_000 })
      const text = (await dialog.textContent())!
      expect(text).toContain(inject('adminEmail'))
      expect(text).not.toMatch(/Gebruiker: \d/)
      // Since when, in the admin's Dutch pattern (admin/DutchHardCoded.tsx), not Payload's hard-coded en-US "Dec 6, 2026, 4:45 PM".
      await expect.poll(async () => (await dialog.locator('.document-locked__content p strong').last().textContent())?.trim()).toMatch(/^\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}$/)
      expect(await dialog.textContent()).not.toMatch(/\b(AM|PM|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/)
    } finally {
      await editorContext.close()
      await field.press('Backspace').catch(() => {})
    }
  }, 300_000)
})

describe('labels', () => {
  it('names buttons in plain Dutch: the menu, creating a werkvorm, adding a step, the dashboard status', async () => {
    await page.goto(`${cmsUrl()}/admin/collections/activities`, { timeout: 180_000 })
    const create = page.locator('.list-create-new-doc__create-new-button, [class*="create-new-button"]').first()
    await create.waitFor({ timeout: 120_000 })
    // Named by what it shows ("Nieuw aanmaken", admin/AccessibleNames.tsx); which collection is its description.
    expect(await create.getAttribute('title')).toBe('Werkvorm aanmaken')
    await expect.poll(() => create.getAttribute('aria-label')).toBeNull()
    expect((await create.textContent())!.trim()).toBe('Nieuw aanmaken')
    const toggler = page.locator('.nav-toggler').first()
    expect(await toggler.getAttribute('aria-label')).toMatch(/^(Open menu|Sluiten menu)$/)
    // The search box joins the searchable fields' labels: in a Dutch sentence, not "Zoeken op Slug (webadres) Of Naam".
    const search = page.locator('.search-filter__input').first()
    await expect.poll(() => search.getAttribute('placeholder'), { timeout: 30_000 }).toMatch(/^Zoeken op [a-z][^A-Z]*$/)
    expect(await search.getAttribute('placeholder')).not.toMatch(/ Of /)

    const doc = await firstDoc('activities')
    await openEdit(page, 'activities', doc.id)
    const body = (await page.locator('.document-fields').first().textContent())!
    expect(body).toContain('Stap toevoegen')
    expect(body).not.toMatch(/Voeg \S+ toe|Nieuw\(e\)|togglen/)
    // The chosen themes open in a drawer: a button named in Dutch ("Bewerk Hoop"), not "Edit Hoop".
    const chips = page.locator('.relationship--multi-value-label__drawer-toggler')
    await expect.poll(() => chips.count(), { timeout: 60_000 }).toBeGreaterThan(0)
    const labels = () => chips.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))
    await expect.poll(async () => (await labels()).filter((label) => !/^Bewerk \S/.test(label))).toEqual([])

    // The dashboard names a change by title and collection, with Dutch decimals, never by its path.
    await page.goto(`${cmsUrl()}/admin`, { timeout: 180_000 })
    const status = page.locator('.site-update-status [role="status"]')
    await status.waitFor({ timeout: 120_000 })
    const said = (await status.textContent())!
    expect(said).not.toContain('Nog geen site-update')
    expect(said).not.toMatch(/\b[a-z]+\/[a-z0-9-]+ (gepubliceerd|niet meer gepubliceerd|verwijderd)|\d\.\d s\b/)
  }, 300_000)
})

describe('versions', () => {
  it('shows completeness in a version comparison as words, not raw JSON', async () => {
    const doc = await firstDoc('interventions')
    await page.goto(`${cmsUrl()}/admin/collections/interventions/${doc.id}/versions`, { timeout: 180_000 })
    // The newest version, compared with the one before it, all fields (not only the changed ones).
    const link = page.locator('td.cell-updatedAt a').first()
    await link.waitFor({ timeout: 120_000 })
    await page.goto(new URL(`${await link.getAttribute('href')}?modifiedOnly=false`, cmsUrl()).toString(), { timeout: 180_000 })
    const diff = page.locator('.completeness-diff')
    await diff.waitFor({ timeout: 120_000 })
    // Payload's Dutch says "Vergelijk Versies"; the admin writes it as Dutch does (admin/translations.ts).
    expect(await page.getByText('Vergelijk versies', { exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByText('Vergelijk Versies', { exact: true }).count()).toBe(0)
    expect(await diff.textContent()).toMatch(/Volledigheid \(berekend\)(Compleet|\d+ ontbreek)/)
    expect(await page.locator('.render-field-diffs, .view-version').first().textContent()).not.toMatch(/"missing"|"complete"/)
  }, 300_000)
})

describe('the admin keeps to itself', () => {
  it('makes no request to another origin on the dashboard, lists, edit views, versions and the account page', async () => {
    const elsewhere: string[] = []
    const listen = (request: { url(): string }) => {
      const url = request.url()
      if (/^(data|blob|about):/.test(url)) return
      const origin = new URL(url).origin
      // The live-preview panel shows the toolkit's own preview server.
      if (origin !== cmsOrigin() && origin !== previewOrigin()) elsewhere.push(url)
    }
    context.on('request', listen)
    try {
      const doc = await firstDoc('interventions')
      for (const path of ['', '/collections/interventions', `/collections/interventions/${doc.id}`, `/collections/interventions/${doc.id}/versions`, '/collections/users', '/account']) {
        await page.goto(`${cmsUrl()}/admin${path}`, { timeout: 180_000 })
        await page.locator('.app-header__account').waitFor({ timeout: 120_000 })
        await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {})
      }
      // The account button shows initials, not a picture from elsewhere.
      const account = page.locator('.app-header__account')
      expect((await account.textContent())!.trim()).toMatch(/^[A-Z?]{1,2}$/)
      // Its name says them too (admin/AccessibleNames.tsx).
      await expect.poll(() => account.getAttribute('aria-label')).toMatch(/^Account [A-Z?]{1,2}$/)
      expect(await page.locator('.app-header__account img').count()).toBe(0)
    } finally {
      context.off('request', listen)
    }
    expect(elsewhere).toEqual([])
  }, 420_000)
})

describe('branding and dashboard', () => {
  it('shows the whole logo on the login page', async () => {
    const visitor = await browser.newPage()
    try {
      await visitor.goto(`${cmsUrl()}/admin/login`, { timeout: 180_000 })
      const logo = visitor.locator('svg[aria-labelledby="toolkit-logo-title"]')
      await logo.waitFor({ timeout: 120_000 })
      const fits = await logo.evaluate((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal
        const texts = [...svg.querySelectorAll('text')].map((text) => (text as SVGTextElement).getBBox())
        const shown = svg.getBoundingClientRect()
        const holder = svg.parentElement!.getBoundingClientRect()
        return { inside: texts.every((t) => t.x >= 0 && t.x + t.width <= box.width + 0.5), shownWithinHolder: shown.right <= holder.right + 0.5 && shown.width > 0 }
      })
      expect(fits).toEqual({ inside: true, shownWithinHolder: true })
      expect(await logo.locator('text').first().textContent()).toBe('Toolkit destigmatisering')
    } finally {
      await visitor.close()
    }
  }, 300_000)

  it('says on each dashboard card what the collection holds and how many documents it has', async () => {
    const { totalDocs } = await (await page.request.get(`${cmsUrl()}/api/interventions?limit=1&depth=0`)).json()
    await page.goto(`${cmsUrl()}/admin`, { timeout: 180_000 })
    const card = page.locator('#card-interventions')
    await card.waitFor({ timeout: 120_000 })
    const text = (await card.textContent())!
    expect(text).toContain(`${totalDocs} documenten`)
    expect(text).toContain('Methodieken en programma')
    for (const slug of ['fragments', 'media', 'users']) {
      expect((await page.locator(`#card-${slug} .toolkit-card__description`).textContent())!.length, slug).toBeGreaterThan(10)
    }
  }, 300_000)
})

describe('live preview beside the form', () => {
  it('shows the draft on the site’s template and follows an edit without a click on "Bewaar concept"', async () => {
    const doc = await firstDoc('interventions')
    await openEdit(page, 'interventions', doc.id)
    const toggler = page.locator('#live-preview-toggler')
    await toggler.waitFor({ timeout: 120_000 })
    if (!(await toggler.getAttribute('class'))!.includes('--active')) await toggler.click({ timeout: 60_000 })
    const frame = page.frameLocator('#live-preview-iframe')
    await frame.locator('h1').first().waitFor({ timeout: 180_000 })
    expect(await frame.locator('h1').first().textContent()).toBe(doc.name)
    // The size menu starts at the size that fills the space: "Passend", not Payload's "Responsive".
    const size = page.locator('.live-preview-toolbar-controls__breakpoint').first()
    await expect.poll(async () => (await size.textContent())?.trim(), { timeout: 30_000 }).toBe('Passend')
    await size.locator('.popup__trigger-wrap button, .popup__trigger-wrap [role=button]').first().click()
    const sizes = page.locator('.popup-button-list__button', { hasText: /^(Mobiel|Tablet|Passend|Responsive)$/ })
    await expect.poll(() => sizes.allTextContents(), { timeout: 30_000 }).toEqual(['Mobiel', 'Tablet', 'Passend'])
    await page.keyboard.press('Escape')
    const src = (await page.locator('#live-preview-iframe').getAttribute('src'))!
    expect(new URL(src).origin).toBe(previewOrigin())

    const changed = `${doc.name} (live e2e)`
    try {
      await page.locator('#field-name').fill(changed)
      const started = Date.now()
      await frame.locator('h1', { hasText: changed }).waitFor({ timeout: 60_000 })
      console.log(`Live voorbeeld bijgewerkt ${Date.now() - started} ms na de wijziging`)
      // Only the CMS may frame the preview.
      const response = await fetch(src)
      expect(response.headers.get('content-security-policy')?.split(';')[0]).toBe(`frame-ancestors ${cmsOrigin()}`)
    } finally {
      await page.locator('#field-name').fill(doc.name!)
      await frame.locator('h1', { hasText: new RegExp(`^${doc.name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor({ timeout: 60_000 }).catch(() => {})
    }
  }, 420_000)
})

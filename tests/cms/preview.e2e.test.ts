/**
 * Draft preview, in a real browser: an editor saves a draft of a published
 * activity and opens "Voorbeeld" from the edit view; the site's preview
 * server shows that draft on the site's own detail template, while the
 * published page stays as it was. A visitor without a token, with a forged
 * token or with an expired one sees no draft. A published document without
 * changes is shown as the published version, not as a concept. The edit view of a published
 * document links to its page on the site. In the live preview beside the
 * form a link opens in a new tab and the draft stays; a draft the site would
 * refuse is explained in the editor's words; a preview's evaluation form
 * sends nothing; a theme has a preview too.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mintPreviewToken } from '@toolkit/schemas/node'
import { adminPage } from '../lib/admin-session.ts'
import { saveDraft } from '../lib/save-draft.ts'

const DRAFT_TITLE = 'Concepttitel voor het voorbeeld (e2e)'
const SLUG = 'de-rol-van-empowerment'
let browser: Browser
let page: Page
let editUrl: string
let originalTitle: string
const cmsUrl = () => inject('cmsUrl')
const previewUrl = () => inject('previewUrl')

async function saveTitle(title: string) {
  await page.goto(editUrl, { timeout: 120_000 })
  const field = page.locator('#field-title')
  await field.waitFor({ timeout: 120_000 })
  await field.fill(title)
  await saveDraft(page, { collection: 'activities', id: /\/activities\/([^/?#]+)/.exec(editUrl)![1]!, field: 'title', value: title })
}

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
  const found = await (await page.request.get(`${cmsUrl()}/api/activities?where[slug][equals]=${SLUG}&depth=0`)).json()
  const doc = found.docs[0] as { id: string | number; title: string }
  originalTitle = doc.title
  editUrl = `${cmsUrl()}/admin/collections/activities/${doc.id}`
  await saveTitle(DRAFT_TITLE)
}, 420_000)

afterAll(async () => {
  // Leave the document as the other tests expect it: the draft gets the published title back.
  if (originalTitle) await saveTitle(originalTitle).catch(() => {})
  await browser?.close()
}, 180_000)

describe('"Voorbeeld" in the edit view', () => {
  it('shows the editor the current draft on the site’s own template, without publishing it', async () => {
    await page.goto(editUrl, { timeout: 120_000 })
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: 120_000 })
    expect(await button.getAttribute('aria-label')).toBe('Voorbeeld')
    const href = new URL((await button.getAttribute('href'))!, cmsUrl()).toString()
    const response = await page.goto(href, { timeout: 180_000 })
    expect(response?.status()).toBe(200)
    expect(page.url().startsWith(previewUrl())).toBe(true)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DRAFT_TITLE)
    // The preview banner comes first in the body; the page itself may have statuses of its own (the evaluation form).
    expect(await page.getByRole('status').first().textContent()).toContain('Voorbeeld van een concept: zo ziet de pagina eruit na publiceren. Nog niet gepubliceerd')
    // The site's template: its header, breadcrumbs and the activity's own sections, with the site's styles.
    await page.getByRole('navigation', { name: 'Kruimelpad' }).waitFor({ timeout: 10_000 })
    await page.getByRole('heading', { name: 'Leerdoelen', level: 2 }).waitFor({ timeout: 10_000 })
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0)
    expect(response?.headers()['cache-control']).toBe('no-store')
    expect(response?.headers()['x-robots-tag']).toContain('noindex')
    // The draft names the page it will be, not the preview server nor the home page: canonical and printed address.
    const pageAddress = new URL(`werkvormen/${SLUG}/`, inject('siteUrl')).href
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(pageAddress)
    expect(await page.locator('.print-address').textContent()).toBe(pageAddress)

    const published = await (await fetch(new URL(`werkvormen/${SLUG}/`, inject('siteUrl')))).text()
    expect(published).not.toContain(DRAFT_TITLE)
  }, 300_000)

  it('says so when the document has no changes since publishing, instead of "not published yet"', async () => {
    // A document whose newest version is the published one (draft=true reads the newest version).
    const found = await (await page.request.get(`${cmsUrl()}/api/evidence?draft=true&depth=0&limit=100`)).json()
    const live = (found.docs as Array<{ id: string | number; title: string; _status: string }>).find((doc) => doc._status === 'published')!
    expect(live).toBeDefined()
    const response = await page.goto(`${cmsUrl()}/api/preview/evidence/${live.id}`, { timeout: 180_000 })
    expect(response?.status()).toBe(200)
    const banner = (await page.getByRole('status').first().textContent())!
    expect(banner).toContain('Voorbeeld van de gepubliceerde versie: geen wijzigingen sinds het publiceren, zo staat de pagina op de site.')
    expect(banner).not.toContain('Nog niet gepubliceerd')
  }, 300_000)

  it('links a published document to its page on the site', async () => {
    await page.goto(editUrl, { timeout: 120_000 })
    const link = page.getByRole('link', { name: /^Bekijk op de site/ })
    await link.waitFor({ timeout: 120_000 })
    expect(await link.getAttribute('href')).toBe(new URL(`werkvormen/${SLUG}/`, inject('siteUrl')).toString())
  }, 300_000)
})

/** Opens the live-preview panel beside the edit form of `collection`'s first document; resolves to its frame and the document. */
async function openLivePreview(collection: string) {
  const found = await (await page.request.get(`${cmsUrl()}/api/${collection}?limit=1&depth=0&sort=createdAt`)).json()
  const doc = found.docs[0] as { id: string | number }
  await page.goto(`${cmsUrl()}/admin/collections/${collection}/${doc.id}`, { timeout: 180_000 })
  const toggler = page.locator('#live-preview-toggler')
  await toggler.waitFor({ timeout: 120_000 })
  if (!(await toggler.getAttribute('class'))!.includes('--active')) await toggler.click({ timeout: 60_000 })
  const frame = page.frameLocator('#live-preview-iframe')
  await frame.locator('h1').first().waitFor({ timeout: 180_000 })
  return { frame, doc }
}

describe('the live preview beside the form', () => {
  it('opens a link in the preview in a new tab, and the draft stays beside the form', async () => {
    const { frame } = await openLivePreview('fragments')
    const title = await frame.locator('h1').first().textContent()
    const [opened] = await Promise.all([
      page.context().waitForEvent('page', { timeout: 30_000 }),
      frame.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Filmfragmenten' }).click(),
    ])
    await opened.waitForLoadState()
    // The built site's listing, not a refusal (chrome-error://): the tab inherits the panel's sandbox.
    expect(opened.url()).toBe(new URL('filmfragmenten/', previewUrl()).toString())
    await opened.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await opened.close()
    expect(await frame.locator('h1').first().textContent()).toBe(title)
    // Whatever the preview server passes through from the built site may load inside the panel too.
    const passedThrough = await fetch(new URL('filmfragmenten/', previewUrl()))
    expect(passedThrough.status).toBe(200)
    expect(passedThrough.headers.get('content-security-policy')?.split(';')[0]).toBe(`frame-ancestors ${new URL(cmsUrl()).origin}`)
    expect(passedThrough.headers.get('x-frame-options')).toBeNull()
    expect(passedThrough.headers.get('cross-origin-opener-policy')).toBeNull()
  }, 420_000)

  it('shows the evaluation form as it will be, but it sends nothing from a preview', async () => {
    const { frame } = await openLivePreview('fragments')
    const form = frame.locator('.used-it')
    await form.waitFor({ timeout: 60_000 })
    expect(await form.getByRole('button', { name: 'Versturen' }).isDisabled()).toBe(true)
    expect(await form.textContent()).toContain('het formulier werkt op de gepubliceerde pagina')
  }, 420_000)

  it('shows a theme, with what is tagged with it', async () => {
    const { frame, doc } = await openLivePreview('themes')
    const { name } = (await (await page.request.get(`${cmsUrl()}/api/themes/${doc.id}?depth=0&draft=true`)).json()) as { name: string }
    expect(await frame.locator('h1').first().textContent()).toBe(name)
    expect(await frame.locator('.kicker').first().textContent()).toBe('Thema')
    expect(await frame.locator('.cards').count()).toBeGreaterThan(0)
  }, 420_000)
})

describe('a draft the site would refuse', () => {
  it('names what is missing by the field labels of the form, in plain Dutch', async () => {
    // A new werkvorm with only a title, saved as a draft (from inside the admin page: its session).
    const created = await page.evaluate(async () => {
      const response = await fetch('/api/activities?draft=true', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'Alleen een titel (e2e)' }) })
      return (await response.json()) as { doc?: { id: number | string } }
    })
    const id = created.doc!.id
    try {
      // Where "Voorbeeld" in its edit view leads.
      const response = await page.goto(`${cmsUrl()}/api/preview/activities/${id}`, { timeout: 180_000 })
      expect(response?.status()).toBe(422)
      const text = (await page.locator('main').textContent()) ?? ''
      expect(text).toContain('Dit concept is nog niet te tonen')
      expect(text).toContain('Bron: Kies de bron waaruit deze werkvorm komt.')
      expect(text).toContain('Samenvatting: Vul dit in voordat je publiceert.')
      expect(text).toContain('Tijdsduur: Vul dit in voordat je publiceert.')
      expect(text).not.toMatch(/source|summary|durationMinutes|ontving undefined/)
    } finally {
      await page.evaluate(async (path) => void (await fetch(path, { method: 'DELETE', credentials: 'include' })), `/api/activities/${id}`)
    }
  }, 300_000)
})

describe('the preview server without a valid token', () => {
  const target = { collection: 'activities' as const, id: '1', createdAt: '2026-01-01T00:00:00.000Z' }
  const cases: [string, () => string][] = [
    ['no token', () => ''],
    ['a forged token', () => `?token=${mintPreviewToken(target, 'een-geheim-dat-de-server-niet-kent-0123456789')}`],
    ['an expired token', () => `?token=${mintPreviewToken(target, inject('previewSecret'), { now: Date.now() - 11 * 60_000 })}`],
  ]

  it.each(cases)('shows no draft for %s', async (_name, query) => {
    const anonymous = await browser.newPage()
    const response = await anonymous.goto(`${previewUrl()}${query()}`, { timeout: 60_000 })
    expect(response?.status()).toBe(401)
    const text = (await anonymous.locator('body').textContent()) ?? ''
    expect(text).toContain('Geen voorbeeld')
    expect(text).not.toContain(DRAFT_TITLE)
    await anonymous.close()
  }, 120_000)

  it('gives a visitor without an editor session no preview link', async () => {
    const response = await fetch(`${cmsUrl()}/api/preview/activities/1`, { redirect: 'manual' })
    expect(response.status).toBe(401)
    const draft = await fetch(`${cmsUrl()}/api/preview-draft?token=${mintPreviewToken(target, 'een-geheim-dat-de-server-niet-kent-0123456789')}`)
    expect(draft.status).toBe(401)
  })
})

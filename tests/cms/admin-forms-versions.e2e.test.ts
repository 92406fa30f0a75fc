/**
 * Who made each version, in a real browser on the seeded product: the
 * versions list of a document has a "Bewerkt door" column naming the person
 * who saved each version, and the comparison of two versions shows it too.
 * An admin creates a draft, a colleague (an editor, made for this test)
 * changes it in the edit form; both, the document and the account, are
 * removed afterwards, so no other file sees them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sessionGet, sessionSend as send } from '../lib/admin-api.ts'
import { useAdminPage } from '../lib/admin-hooks.ts'
import type { AdminNetwork } from '../lib/admin-network.ts'
import { ADMIN_VIEWPORT } from '../lib/browser.ts'
import { saveDraft } from '../lib/save-draft.ts'

let browser: Browser
let page: Page
let network: AdminNetwork
useAdminPage((admin) => ({ browser, page, network } = admin))
let colleague: BrowserContext | undefined
const cmsUrl = () => inject('cmsUrl')
const RUN = Date.now().toString(36)
const EDITOR = { name: 'Vera Versie', email: `vera-versie-${RUN}@example.org`, password: 'Een lange zin voor Vera' }
let docId: number | undefined
let editorId: number | undefined

/** A write with the admin page's session (Payload takes the cookie only with the page's Origin). */
const sessionSend = <T>(method: 'POST' | 'DELETE', path: string, data?: unknown) => send<T>(page, method, `${cmsUrl()}${path}`, data)

beforeAll(() => page.setViewportSize(ADMIN_VIEWPORT))
afterAll(async () => {
  // Leave the product as it was: the test's document and account go.
  if (docId !== undefined) await sessionSend('DELETE', `/api/guidance/${docId}`).catch(() => {})
  if (editorId !== undefined) await sessionSend('DELETE', `/api/users/${editorId}`).catch(() => {})
  await colleague?.close()
})

describe('versions name who made them', () => {
  it('lists the author of each version and shows it in the comparison', async () => {
    const me = (await sessionGet<{ user: { name?: string | null; email: string } }>(page, `${cmsUrl()}/api/users/me`)).user
    const adminName = me.name || me.email
    editorId = (await sessionSend<{ doc: { id: number } }>('POST', '/api/users', { ...EDITOR, roles: ['editor'] })).doc.id
    docId = (
      await sessionSend<{ doc: { id: number } }>('POST', '/api/guidance?draft=true', {
        title: `Versies met auteur ${RUN}`,
        slug: `versies-met-auteur-${RUN}`,
        _status: 'draft',
      })
    ).doc.id

    // The colleague changes the draft in the edit form, in a browser of their own.
    colleague = await browser.newContext({ viewport: ADMIN_VIEWPORT })
    const theirs = await colleague.newPage()
    await theirs.goto(`${cmsUrl()}/admin/login`, { timeout: 180_000 })
    await theirs.getByLabel('E-mail').fill(EDITOR.email)
    await theirs.getByLabel('Wachtwoord').fill(EDITOR.password)
    await theirs.getByRole('button', { name: 'Inloggen' }).click()
    await theirs.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
    await theirs.goto(`${cmsUrl()}/admin/collections/guidance/${docId}`, { timeout: 120_000 })
    await theirs.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    const changed = `Versies met auteur ${RUN}, aangepast`
    await theirs.getByLabel('Titel').fill(changed)
    await saveDraft(theirs, { collection: 'guidance', id: docId, field: 'title', value: changed })
    await colleague.close()
    colleague = undefined

    // The admin's versions list: newest first, the colleague's version(s) above the admin's own.
    await page.goto(`${cmsUrl()}/admin/collections/guidance/${docId}/versions`, { timeout: 120_000 })
    const table = page.locator('.versions table')
    await table.waitFor({ timeout: 120_000 })
    const headings = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim())
    expect(headings).toContain('Bewerkt door')
    const column = headings.indexOf('Bewerkt door')
    const authors = (await table.locator(`tbody tr td:nth-child(${column + 1})`).allInnerTexts()).map((text) => text.trim())
    expect(authors[0]).toBe(EDITOR.name)
    expect(authors.at(-1)).toBe(adminName)

    // The comparison of the colleague's first version with the one before it (Payload's default), the admin's, names both.
    await table.locator('tbody tr').nth(authors.length - 2).locator('a').first().click()
    await page.waitForURL(/\/versions\/[^/]+$/, { timeout: 120_000 })
    const author = page.locator('.field-diff, [class*="field-diff"]').filter({ hasText: 'Bewerkt door' }).first()
    await author.waitFor({ timeout: 120_000 })
    const text = await author.innerText()
    expect(text).toContain(EDITOR.name)
    expect(text).toContain(adminName)

    // The version's time in the breadcrumb is Amsterdam time, as in the list: the server formats it, in a zone of its own.
    const versionId = new URL(page.url()).pathname.split('/').at(-1)
    const version = await sessionGet<{ updatedAt: string }>(page, `${cmsUrl()}/api/guidance/versions/${versionId}?depth=0`)
    const clockIn = (timeZone: string) => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(version.updatedAt))
    const crumbs = page.locator('.step-nav').first()
    await expect.poll(() => crumbs.textContent(), { timeout: 30_000 }).toContain(clockIn('Europe/Amsterdam'))
    expect(await crumbs.textContent()).not.toContain(clockIn('UTC'))
  }, 300_000)
})

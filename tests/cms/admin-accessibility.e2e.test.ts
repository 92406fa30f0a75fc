/**
 * axe-core (WCAG 2.1 A and AA, 2.2 AA) on the admin as editors meet it, logged in:
 * the login form, the dashboard, a list, an edit view with arrays and choice
 * boxes, and the toolkit's own overviews (Volledigheid, Dekking,
 * Evaluaties). Checked once the admin's client code ran, as a screen reader
 * meets the page: Payload leaves some controls unnamed or too light to read,
 * which admin/AccessibleNames.tsx and admin/accessible.css mend.
 */
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'
import { launchBrowser } from '../lib/browser.ts'

let browser: Browser
let page: Page
const cmsUrl = () => inject('cmsUrl')

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
}, 420_000)
afterAll(async () => {
  await browser?.close()
})

/** Each violation with the first elements it names and why. */
async function violations(target: Page) {
  await target.waitForLoadState('networkidle')
  // The admin's client code names the account button after its initials (AccessibleNames) once they are drawn; under load
  // that came after the network was idle, and axe met Payload's bare "Account".
  if ((await target.locator('.app-header__account').count()) > 0) {
    await target.locator('.app-header__account[aria-label^="Account "]').first().waitFor({ timeout: 30_000 }).catch(() => undefined)
  }
  const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 4).map((node) => `${node.html.slice(0, 160)} :: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  }))
}

describe('axe-core on the admin', () => {
  it('login form', async () => {
    const loggedOut = await launchBrowser()
    try {
      const login = await (await loggedOut.newContext()).newPage()
      await login.goto(`${cmsUrl()}/admin/login`, { timeout: 180_000 })
      await login.getByLabel('E-mail').waitFor()
      expect(await violations(login)).toEqual([])
    } finally {
      await loggedOut.close()
    }
  }, 300_000)

  for (const [name, path, ready] of [
    ['dashboard', '/admin', '.dashboard'],
    ['list of werkvormen', '/admin/collections/activities', 'table'],
    ['Volledigheid', '/admin/volledigheid', '.completeness-view'],
    ['Dekking', '/admin/dekking', '.coverage-view'],
    ['Evaluaties', '/admin/evaluaties', '.evaluations-view'],
  ] as const) {
    it(name, async () => {
      await page.goto(`${cmsUrl()}${path}`, { timeout: 180_000 })
      await page.locator(ready).first().waitFor({ timeout: 120_000 })
      expect(await violations(page)).toEqual([])
    }, 300_000)
  }

  it('edit view of a werkvorm (arrays, choice boxes, chosen themes)', async () => {
    const docs = await (await page.request.get(`${cmsUrl()}/api/activities?limit=1&depth=0`)).json()
    await page.goto(`${cmsUrl()}/admin/collections/activities/${docs.docs[0].id}`, { timeout: 180_000 })
    await page.locator('.document-fields').first().waitFor({ timeout: 180_000 })
    // The form is ready to edit (its rows can be dragged): the admin's client code has run, as when an editor starts typing.
    await page.locator('.collapsible__drag[aria-disabled="false"]').first().waitFor({ timeout: 120_000 })
    expect(await violations(page)).toEqual([])
  }, 300_000)
})

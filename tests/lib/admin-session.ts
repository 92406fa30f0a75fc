/** A browser page logged in to the CMS admin as the e2e product's admin. */
import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'
import { launchBrowser } from './browser.ts'

export async function adminPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser()
  // A context of its own (not browser.newPage()), so axe-core can open its helper page beside it.
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${inject('cmsUrl')}/admin/login`, { timeout: 180_000 })
  await page.getByLabel('E-mail').fill(inject('adminEmail'))
  await page.getByLabel('Wachtwoord').fill(inject('adminPassword'))
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
  return { browser, page }
}

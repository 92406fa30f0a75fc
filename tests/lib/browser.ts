/**
 * Headless Chromium for the end-to-end tests: the binary comes from the
 * @sparticuz/chromium package (no system browser, no download at run time),
 * driven by playwright-core.
 */
import chromium from '@sparticuz/chromium'
import { chromium as playwright, type Browser } from 'playwright-core'

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
}

/** Wide enough that the admin keeps its side navigation (with "Uitloggen") open. */
export const ADMIN_VIEWPORT = { width: 1600, height: 1000 }

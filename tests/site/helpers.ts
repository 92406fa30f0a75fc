/** Shared helpers of the site's browser tests: addresses, a browser per file, finding pages. */
import pLimit from 'p-limit'
import type { Browser, Frame, Page } from 'playwright-core'
import { inject } from 'vitest'
import { launchBrowser } from '../lib/browser.ts'

/** Address of a site path on the served site (root build): `urlOf('/zoeken/')`. */
export function urlOf(path: string, site: string = inject('siteUrl')): string {
  return new URL(path.replace(/^\//, ''), site).toString()
}

/** The path of a URL relative to the site's base: `http://x/toolkit/a/` → `/a/`. */
export function sitePath(url: string, site: string = inject('siteUrl')): string {
  const base = new URL(site).pathname
  const { pathname, search } = new URL(url)
  return `/${pathname.slice(base.length)}${search}`
}

/**
 * Waits until an item's embed view shows its item (or says why not): the view
 * fetches the item's page after it loaded (site/src/lib/embed/item-view.ts)
 * and is `aria-busy` until then. Any other page passes at once.
 */
export async function itemViewShown(view: Page | Frame): Promise<void> {
  await view.waitForSelector('[data-item-view][aria-busy]', { state: 'detached', timeout: 10_000 })
}

/**
 * How many pages a test that visits every item loads at the same time. Part of a page load is waiting (a new
 * context, the page's files): 93 detail pages, each in a fresh context, took 25.5 s one at a time, 20.2 s three at
 * a time and 23.2 s six at a time on the 2-core machine.
 */
const PAGES_AT_ONCE = 3

/** Visits each item (a page to load), PAGES_AT_ONCE at a time; the results come in the items' order. */
export function visitFew<T, R>(items: readonly T[], visit: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(PAGES_AT_ONCE)
  return Promise.all(items.map((item) => limit(() => visit(item))))
}

/** One browser for a test file; a fresh context (no cache, no cookies) per `open`. */
export function useBrowser() {
  let browser: Browser | undefined
  return {
    async start() {
      browser = await launchBrowser()
    },
    async stop() {
      await browser?.close()
    },
    /** A new page in a fresh context at a site path (`/zoeken/`) or a full URL (`about:blank`); `javaScript: false` as served. */
    async open(path: string, site?: string, { javaScript = true }: { javaScript?: boolean } = {}): Promise<Page> {
      if (!browser) throw new Error('start() the browser first')
      const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: javaScript })
      const page = await context.newPage()
      await page.goto(/^[a-z]+:/.test(path) ? path : urlOf(path, site))
      await itemViewShown(page)
      return page
    },
  }
}

/**
 * The console warnings and errors (and uncaught errors) of a page and its
 * frames from now on, as `warning: text (address)`: what a developer would
 * see in the host site's console. Attach before the page loads.
 */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') problems.push(`${message.type()}: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return problems
}

/** Full URL of the first card on a listing whose text contains `text` (the first card without it). */
export async function cardLink(page: Page, text?: string): Promise<string> {
  const cards = page.locator('.cards .card')
  const card = text ? cards.filter({ hasText: text }).first() : cards.first()
  const href = await card.locator('h2 a, h3 a').first().getAttribute('href')
  if (!href) throw new Error(`no card${text ? ` with "${text}"` : ''} on ${page.url()}`)
  return new URL(href, page.url()).toString()
}

/** Full URLs of all card links on a listing. */
export async function cardLinks(page: Page): Promise<string[]> {
  return page.locator('.cards .card').locator('h2 a, h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
}

/** Opens a collapsed filter group (a <details> with this summary) as a reader would. */
export async function openFilterGroup(page: Page, name: string): Promise<void> {
  const summary = page.locator('.filters summary', { hasText: name }).first()
  const open = await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)
  if (!open) await summary.click()
}

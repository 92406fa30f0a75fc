/**
 * The Content-Security-Policy in a real browser: every page sends one with
 * `script-src` and without 'unsafe-inline', and everything the pages run
 * still runs under it: the home page, a fragment's question dialog, a
 * Pagefind search (WebAssembly, a worker), the planner island (Astro's
 * inline island loader, allowed by hash) with its PDF run sheet, an embed
 * view sizing itself on another site, and the draft preview. Any CSP
 * violation (a `securitypolicyviolation` event or a "Refused to …" console
 * message, in the page, a frame or a worker) fails the test.
 */
import type { APIResponse, Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mintPreviewToken } from '@toolkit/schemas/node'
import { launchBrowser } from '../lib/browser.ts'
import { frameOf, hostPage, scriptTag, startHostServer, waitForContentHeight, type HostServer } from './embed-helpers.ts'
import { cardLinks, sitePath, urlOf } from './helpers.ts'

let browser: Browser
let host: HostServer
beforeAll(async () => {
  browser = await launchBrowser()
  host = await startHostServer()
})
afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const VIOLATION = /Refused to|Content Security Policy/i

/** A fresh page that records every CSP violation of its frames and workers. */
async function watchedPage(): Promise<{ page: Page; context: BrowserContext; violations: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })
  const violations: string[] = []
  // The event carries the directive and what was blocked; it is reported through the console so frames count too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP-overtreding: ${event.effectiveDirective} blokkeert ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  const page = await context.newPage()
  const record = (text: string) => {
    if (VIOLATION.test(text) || text.startsWith('CSP-overtreding')) violations.push(text)
  }
  page.on('console', (message) => record(message.text()))
  page.on('worker', (worker) => worker.on('console', (message) => record(`worker ${worker.url()}: ${message.text()}`)))
  return { page, context, violations }
}

/** Waits for `done`; when it fails, the CSP violations so far say why. */
async function unblocked<T>(violations: string[], done: Promise<T>): Promise<T> {
  try {
    return await done
  } catch (error) {
    throw new Error(`${(error as Error).message}\nCSP-overtredingen: ${violations.join(' | ') || 'geen'}`)
  }
}

/** The script-src sources of a response's policy. */
function scriptSources(response: Response | APIResponse | null): string[] {
  const policy = response?.headers()['content-security-policy'] ?? ''
  const directive = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '))
  return directive ? directive.split(/\s+/).slice(1) : []
}

function expectStrictPolicy(response: Response | APIResponse | null, what: string) {
  const sources = scriptSources(response)
  expect(sources[0], `${what}: script-src`).toBe("'self'")
  expect(response!.headers()['content-security-policy'], what).not.toContain('unsafe-inline')
  expect(response!.headers()['content-security-policy'], what).toContain("object-src 'none'")
}

describe('the site under its Content-Security-Policy', () => {
  it('runs the home page without violations', async () => {
    const { page, context, violations } = await watchedPage()
    const response = await page.goto(urlOf('/'))
    expectStrictPolicy(response, '/')
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    await context.close()
  })

  it('presents a fragment’s questions in the dialog', async () => {
    const { page, context, violations } = await watchedPage()
    const response = await page.goto(urlOf('/filmfragmenten/testfragment-synthetisch/', inject('fixtureSiteUrl')))
    expectStrictPolicy(response, 'fragment')
    await page.getByRole('button', { name: 'Vragen presenteren' }).click()
    await unblocked(violations, page.getByRole('dialog').waitFor({ timeout: 10_000 }))
    await page.getByRole('button', { name: 'Volgende →' }).click()
    expect(await page.locator('dialog .present-text').textContent()).toContain('Synthetische algemene vraag: wat viel je op?')
    expect(violations).toEqual([])
    await context.close()
  })

  it('searches with Pagefind (WebAssembly in a worker) on /zoeken/', async () => {
    const { page, context, violations } = await watchedPage()
    const response = await page.goto(urlOf('/zoeken/'))
    expectStrictPolicy(response, '/zoeken/')
    expect(scriptSources(response)).toContain("'wasm-unsafe-eval'")
    await unblocked(violations, page.locator('[data-search-ready]').waitFor({ timeout: 15_000 }))
    await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('stigma')
    await unblocked(violations, expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toContain('“stigma”'))
    expect(await page.locator('.search-results h3').count()).toBeGreaterThan(0)
    expect(violations).toEqual([])
    await context.close()
  })

  it('runs the planner island (inline island loader by hash) and makes its PDF run sheet', async () => {
    const { page, context, violations } = await watchedPage()
    const response = await page.goto(urlOf('/plannen/'))
    expectStrictPolicy(response, '/plannen/')
    expect(scriptSources(response).some((source) => source.startsWith("'sha256-"))).toBe(true)
    expect(scriptSources(response)).not.toContain("'wasm-unsafe-eval'")
    // The form appears only once the island has hydrated.
    await unblocked(violations, page.locator('#planner-time').waitFor({ timeout: 20_000 }))
    await page.getByLabel('Beschikbare tijd', { exact: true }).selectOption('90')
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pdf (draaiboek)' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect(violations).toEqual([])
    await context.close()
  })

  it('sizes an embed view on another site with its own script', async () => {
    const setup = await watchedPage()
    await setup.page.goto(urlOf('/werkvormen/'))
    const path = `/embed${sitePath((await cardLinks(setup.page))[0]!)}`
    await setup.context.close()
    const { page, context, violations } = await watchedPage()
    await page.goto(host.page('/csp-embed.html', hostPage(`<div style="width:720px">${scriptTag(inject('siteUrl'), path)}</div>`)))
    const iframe = page.locator('iframe')
    const frame = await frameOf(iframe)
    expectStrictPolicy(await frame.page().request.get(frame.url()), 'embed view')
    const sized = await unblocked(violations, waitForContentHeight(iframe))
    expect(sized.content).toBeGreaterThan(300)
    expect(violations).toEqual([])
    await context.close()
  })
})

describe('the draft preview under its Content-Security-Policy', () => {
  const cmsUrl = () => inject('cmsUrl')
  const previewUrl = () => inject('previewUrl')

  it('shows a preview with the site’s scripts without violations', async (test) => {
    if (!previewUrl()) test.skip()
    const found = await (await fetch(`${cmsUrl()}/api/activities?where[slug][equals]=de-rol-van-empowerment&depth=0`)).json()
    const doc = found.docs[0] as { id: string | number; createdAt: string }
    const token = mintPreviewToken({ collection: 'activities', id: String(doc.id), createdAt: doc.createdAt }, inject('previewSecret'))
    const { page, context, violations } = await watchedPage()
    const response = await page.goto(`${previewUrl()}?token=${token}`, { timeout: 180_000 })
    expect(response?.status()).toBe(200)
    expectStrictPolicy(response, 'preview')
    // "een concept" when an earlier test file left a draft of this werkvorm, otherwise "de gepubliceerde versie".
    expect(await page.getByRole('status').first().textContent()).toMatch(/Voorbeeld van (een concept|de gepubliceerde versie)/)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    // The page's own scripts ran: the embed panel's copy buttons exist only when its script made them.
    await page.locator('[data-embed-panel] button', { hasText: /^Kopieer / }).first().waitFor({ state: 'attached', timeout: 30_000 })
    expect(violations).toEqual([])
    await context.close()
  }, 240_000)
})

/**
 * Helpers of the embed browser tests: a host page on another origin (an
 * "intranet"), the embed views of each kind found through the listings,
 * and measuring an embedded iframe against its content.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Frame, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { cardLink, itemViewShown, sitePath, urlOf, type useBrowser } from './helpers.ts'

export type HostServer = {
  /** http://localhost:PORT: another origin than the site (another port). */
  origin: string
  /** The same server as a third origin (another host name): http://127.0.0.1:PORT. */
  thirdOrigin: string
  /** Serves `html` at `path` from now on. */
  page(path: string, html: string): string
  close(): Promise<void>
}

/** A tiny server for host pages, standing in for an organisation's intranet. */
export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>()
  const server = http.createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname)
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html ?? 'niet gevonden')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://localhost:${port}`,
    thirdOrigin: `http://127.0.0.1:${port}`,
    page(path, html) {
      pages.set(path, html)
      return `http://localhost:${port}${path}`
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A minimal host page around some HTML. */
export function hostPage(body: string, title = 'Intranet van een ggz-instelling'): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`
}

export type EmbedKind = { name: string; path: string }

/**
 * One embed view per kind the issue names: fragment, activity, intervention,
 * case, survey table, and a filtered listing (on a theme the listing offers).
 */
export async function embedKinds(page: Page, site?: string): Promise<EmbedKind[]> {
  const kinds: EmbedKind[] = []
  for (const [name, listing, pick] of [
    ['filmfragment', '/filmfragmenten/', 'Hoop'],
    ['werkvorm', '/werkvormen/', undefined],
    ['interventie', '/interventies/', undefined],
    ['casus', '/casussen/', undefined],
    ['enquêtetabel', '/onderbouwing/', 'Tabel'],
  ] as const) {
    await page.goto(urlOf(listing, site))
    kinds.push({ name, path: `/embed${sitePath(await cardLink(page, pick), site)}` })
  }
  await page.goto(urlOf('/interventies/', site))
  const theme = await page.locator('input[name="thema"]').first().getAttribute('value')
  kinds.push({ name: 'gefilterde lijst', path: `/embed/interventies/?thema=${theme}` })
  return kinds
}

/** The script tag of the issue for an embed view, loaded from `site`. */
export function scriptTag(site: string, path: string): string {
  return `<script src="${new URL('embed.js', site)}" data-toolkit="${path.replace(/&/g, '&amp;')}" async></script>`
}

/** The content frame of an iframe element, once its embed view has loaded and shows its content. */
export async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded()
  const frame = await (await iframe.elementHandle())!.contentFrame()
  if (!frame) throw new Error('iframe zonder inhoud')
  await frame.waitForLoadState('load')
  await itemViewShown(frame)
  return frame
}

/** Height of the iframe element on the host page, and of the document inside it. */
export async function heights(iframe: Locator): Promise<{ frame: number; content: number }> {
  const frame = await frameOf(iframe)
  return {
    frame: await iframe.evaluate((element) => (element as HTMLIFrameElement).getBoundingClientRect().height),
    content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  }
}

/** Waits until the iframe is as tall as its content (within a pixel). */
export async function waitForContentHeight(iframe: Locator, timeout = 10_000): Promise<{ frame: number; content: number }> {
  const until = Date.now() + timeout
  let last = await heights(iframe)
  while (Math.abs(last.frame - Math.ceil(last.content)) > 1) {
    if (Date.now() > until) throw new Error(`iframe ${last.frame}px, inhoud ${last.content}px`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    last = await heights(iframe)
  }
  return last
}

/**
 * The shared setup of the embed test files: starts the browser and a host
 * server, finds the embed view of each kind, and closes both afterwards.
 */
export function useEmbedSetup(browser: ReturnType<typeof useBrowser>): { host: HostServer; kinds: EmbedKind[] } {
  const state = {} as { host: HostServer; kinds: EmbedKind[] }
  beforeAll(async () => {
    await browser.start()
    state.host = await startHostServer()
    const page = await browser.open('about:blank')
    state.kinds = await embedKinds(page)
    await page.context().close()
  })
  afterAll(async () => {
    await browser.stop()
    await state.host?.close()
  })
  return state
}

/**
 * Embeds in a real browser: a host page on another origin (its own port)
 * embeds each kind through the script tag; the iframe
 * takes its content's height, and the host's console stays clean; foreign messages change nothing; pages that
 * are not embed views refuse to be framed.
 */
import { describe, expect, inject, it } from 'vitest'
import { frameOf, hostPage, scriptTag, useEmbedSetup, waitForContentHeight } from './embed-helpers.ts'
import { consoleProblems, itemViewShown, urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
const embeds = useEmbedSetup(browser)
const site = () => inject('siteUrl')

describe('script tag on a page of another origin', () => {
  it('embeds each kind, and each iframe takes the height of its own content, without a console warning', async () => {
    const body = embeds.kinds.map((kind) => `<section><h2>${kind.name}</h2>${scriptTag(site(), kind.path)}</section>`).join('')
    const page = await browser.open('about:blank')
    const problems = consoleProblems(page)
    await page.goto(embeds.host.page('/alles.html', hostPage(body)))
    const frames = page.locator('iframe')
    await expect.poll(() => frames.count()).toBe(embeds.kinds.length)
    const measured: string[] = []
    for (const [index, kind] of embeds.kinds.entries()) {
      const iframe = frames.nth(index)
      const { frame, content } = await waitForContentHeight(iframe)
      expect(frame, kind.name).not.toBe(600)
      measured.push(`${kind.name} ${Math.round(frame)}px`)
      const inside = await frameOf(iframe)
      expect(new URL(inside.url()).origin, kind.name).toBe(new URL(site()).origin)
      expect(await inside.locator('h1').count(), kind.name).toBe(1)
      expect(await iframe.getAttribute('title'), kind.name).toMatch(/\S/)
      expect(content).toBeGreaterThan(100)
    }
    console.log(`hoogtes via de scripttag: ${measured.join(', ')}`)
    // The intranet's developers see our iframes in their console: nothing there (such as
    // "Allow attribute will take precedence over 'allowfullscreen'") may come from the embed.
    expect(problems).toEqual([])
  })

  it('filters a listing with the same query keys as the listing pages', async () => {
    const listing = embeds.kinds.find((kind) => kind.name === 'gefilterde lijst')!
    const page = await browser.open(embeds.host.page('/lijst.html', hostPage(scriptTag(site(), listing.path))))
    const inside = await frameOf(page.locator('iframe'))
    const all = await inside.locator('.cards .card').count()
    const shown = await inside.locator('.cards .card:not([hidden])').count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(all)
    await expect.poll(() => inside.locator('[data-filter-status]').textContent()).toMatch(/met: /)
  })

  it('"Bekijk in de toolkit" on a filtered list leads to the listing page with the same filters and the same items', async () => {
    const view = await browser.open('/embed/interventies/?thema=hoop&doelgroep=professionals')
    const shownIn = (page: typeof view) => page.locator('.cards .card:not([hidden])').locator('h2 a, h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    const inEmbed = await shownIn(view)
    const link = await view.locator('.embed-attribution a', { hasText: 'Bekijk in de toolkit' }).getAttribute('href')
    expect(link).toBe(urlOf('/interventies/?thema=hoop&doelgroep=professionals'))
    const listing = await browser.open(link!)
    await expect.poll(() => shownIn(listing)).toEqual(inEmbed)
    expect(inEmbed.length).toBeGreaterThan(0)
  })

  it('follows the content when it grows (a question list opens, the video box loads)', async () => {
    const fragment = embeds.kinds[0]!
    const page = await browser.open(embeds.host.page('/groei.html', hostPage(scriptTag(site(), fragment.path))))
    const iframe = page.locator('iframe')
    const before = await waitForContentHeight(iframe)
    const inside = await frameOf(iframe)
    await inside.evaluate(() => {
      const extra = document.createElement('div')
      extra.style.height = '400px'
      document.querySelector('main')!.append(extra)
    })
    await expect.poll(async () => (await waitForContentHeight(iframe)).frame).toBeGreaterThanOrEqual(before.frame + 399)
  })

  it('works from a site served under a sub-path', async () => {
    const subpath = inject('subpathSiteUrl')
    const page = await browser.open(embeds.host.page('/subpad.html', hostPage(scriptTag(subpath, embeds.kinds[2]!.path))))
    const iframe = page.locator('iframe')
    await waitForContentHeight(iframe)
    const frame = await frameOf(iframe)
    expect(frame.url()).toBe(new URL(embeds.kinds[2]!.path.slice(1), subpath).toString())
    // The view found its item's page under the sub-path, and links back there.
    expect(await frame.locator('main article h1').count()).toBe(1)
    expect(await frame.locator('.embed-attribution a', { hasText: 'Bekijk in de toolkit' }).getAttribute('href')).toBe(new URL(embeds.kinds[2]!.path.replace(/^\/embed\//, ''), subpath).toString())
  })
})

describe('messages are checked on both sides', () => {
  it('ignores fake resize messages from another frame, another origin and the host page itself', async () => {
    const fake = `{ type: 'toolkit-embed:size', height: 7, title: 'nep' }`
    embeds.host.page('/derde.html', `<!doctype html><title>derde</title><script>
      window.received = 0
      window.addEventListener('message', (event) => { if (event.data?.type === 'toolkit-embed:size') window.received += 1 })
      // A foreign frame tries to resize the embed, and to get the embed to report to it.
      setInterval(() => {
        parent.postMessage(${fake}, '*')
        for (let i = 0; i < parent.frames.length; i++) {
          if (parent.frames[i] !== window) parent.frames[i].postMessage({ type: 'toolkit-embed:hello' }, '*')
        }
      }, 50)
    </script>`)
    const body = `${scriptTag(site(), embeds.kinds[1]!.path)}<iframe title="Ander frame" src="${embeds.host.thirdOrigin}/derde.html"></iframe>`
    const page = await browser.open(embeds.host.page('/nep.html', hostPage(body)))
    const embed = page.locator('iframe').first()
    const settled = await waitForContentHeight(embed)
    await page.evaluate((message) => window.postMessage(JSON.parse(message), '*'), JSON.stringify({ type: 'toolkit-embed:size', height: 7 }))
    await page.waitForTimeout(1000)
    expect((await waitForContentHeight(embed)).frame).toBe(settled.frame)
    const third = page.frames().find((frame) => frame.url().startsWith(embeds.host.thirdOrigin))!
    expect(await third.evaluate(() => (window as unknown as { received: number }).received)).toBe(0)
  })
})

describe('framing policy', () => {
  it('sends frame-ancestors on embed views and refuses framing of every other page', async () => {
    const embed = await fetch(urlOf(embeds.kinds[0]!.path))
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors [^;]*\*|frame-ancestors 'self'/)
    expect(embed.headers.get('x-frame-options')).toBeNull()
    for (const path of ['/', embeds.kinds[0]!.path.replace('/embed', ''), '/interventies/', '/zoeken/']) {
      const response = await fetch(urlOf(path))
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('a host page that frames a normal page gets nothing from it', async () => {
    const pagePath = embeds.kinds[0]!.path.replace('/embed', '')
    const body = `<iframe title="Gewone pagina" src="${urlOf(pagePath)}"></iframe><iframe title="Ingesloten" src="${urlOf(embeds.kinds[0]!.path)}"></iframe>`
    const page = await browser.open(embeds.host.page('/framen.html', hostPage(body)))
    await page.waitForLoadState('load')
    const [blocked, allowed] = await Promise.all(
      ['Gewone pagina', 'Ingesloten'].map(async (title) => (await page.locator(`iframe[title="${title}"]`).elementHandle())!.contentFrame()),
    )
    await allowed!.waitForLoadState('load')
    await itemViewShown(allowed!)
    expect(await allowed!.locator('h1').count()).toBe(1)
    expect(blocked!.url()).not.toBe(urlOf(pagePath))
    expect(await blocked!.locator('h1, .site-header').count()).toBe(0)
  })
})

describe('embed views stay small and private', () => {
  // An item's view fetches the item's whole page: 21 KB since that page names its canonical address and Open Graph
  // tags, and the evaluation form says who reads the answers (20.1 KB for the longest activity); far below a page's 50 KB.
  const LIMIT = 21 * 1024

  it(`transfer at most ${LIMIT / 1024} KB, set no cookie and call no other site before a click`, async () => {
    const lines: string[] = []
    for (const kind of embeds.kinds) {
      const page = await browser.open('about:blank')
      const sizes: Array<Promise<number>> = []
      const foreign: string[] = []
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).origin !== new URL(site()).origin) foreign.push(request.url())
        sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize))
      })
      await page.goto(urlOf(kind.path), { waitUntil: 'networkidle' })
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
      lines.push(`${kind.name} ${(bytes / 1024).toFixed(1)} KB`)
      expect(bytes, kind.path).toBeLessThanOrEqual(LIMIT)
      expect(foreign, kind.path).toEqual([])
      expect(await page.context().cookies(), kind.path).toEqual([])
      await page.context().close()
    }
    console.log(`overdracht embedweergaven: ${lines.join('; ')}`)
  })
})

describe('a sane focus order inside the host page', () => {
  it('Tab goes from the host page into the embed and on to the host page after it', async () => {
    const body = `<button id="voor">Voor</button>${scriptTag(site(), embeds.kinds[2]!.path)}<button id="na">Na</button>`
    const page = await browser.open(embeds.host.page('/focus.html', hostPage(body)))
    const iframe = page.locator('iframe')
    await waitForContentHeight(iframe)
    await page.locator('#voor').focus()
    const path: string[] = []
    for (let step = 0; step < 60 && path.at(-1) !== 'na'; step += 1) {
      await page.keyboard.press('Tab')
      path.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''))
    }
    // Into the iframe (its links and buttons, in order), then out to the host page's next button.
    expect(path[0]).toBe('IFRAME')
    expect(path.at(-1)).toBe('na')
    expect(path.slice(0, -1).every((tag) => tag === 'IFRAME')).toBe(true)
    expect(path.length).toBeGreaterThan(2)
  })
})

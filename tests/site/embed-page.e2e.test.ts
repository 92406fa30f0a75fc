/**
 * The embed views as pages (options, accessibility), the "Insluiten" panel
 * on detail pages (copy, preview on request) and the oEmbed discovery link.
 */
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { frameOf, hostPage, scriptTag, useEmbedSetup, waitForContentHeight } from './embed-helpers.ts'
import { cardLinks, itemViewShown, sitePath, urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
const embeds = useEmbedSetup(browser)

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))
}

/** The visible text of `selector`, whitespace collapsed. */
async function textIn(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim()
}

describe('an item\'s embed view is drawn from its page (one page per item)', () => {
  it('shows the page\'s article without taxonomy, planner link, embed panel and feedback form, for every kind of item', { timeout: 120_000 }, async () => {
    for (const kind of embeds.kinds.filter((kind) => !kind.path.includes('?'))) {
      const pagePath = kind.path.replace(/^\/embed/, '')
      // What the view should show: the article as the page is served, without what only the page has. The view's own
      // additions (the video button its script shows, the link for presenting questions) are the next test's.
      const page = await browser.open(pagePath, undefined, { javaScript: false })
      const viewOnly = '[data-embed-only], [data-video-load]'
      await page.evaluate((selector) => document.querySelectorAll(selector).forEach((element) => element.remove()), `article.detail [data-embed-omit], ${viewOnly}`)
      const expected = await textIn(page, 'article.detail')
      const view = await browser.open(kind.path)
      await view.evaluate((selector) => document.querySelectorAll(selector).forEach((element) => element.remove()), viewOnly)
      expect(expected.length, pagePath).toBeGreaterThan(200)
      expect(await textIn(view, 'main article'), kind.path).toBe(expected)
      expect(await view.title(), kind.path).toBe(await page.title())
      const shown = await textIn(view, 'main')
      for (const pageOnly of ['Insluiten op je eigen site', 'Heb je dit gebruikt?', 'Plan een bijeenkomst']) expect(shown, kind.path).not.toContain(pageOnly)
      expect(await view.locator('main a[href*="/themas/"]').count(), `${kind.path}: theme links`).toBe(0)
      // Back to the page, and the search engines' address is the page's.
      expect(await view.locator('.embed-attribution a', { hasText: 'Bekijk in de toolkit' }).getAttribute('href'), kind.path).toBe(urlOf(pagePath))
      expect(await view.locator('link[rel="canonical"]').getAttribute('href'), kind.path).toBe(urlOf(pagePath))
      await page.context().close()
      await view.context().close()
    }
  })

  // Its link for presenting the questions instead of the page's tools: questions.e2e.test.ts (a fragment with questions).
  it('the fragment\'s view offers its video, loaded only after a click', async () => {
    const kind = embeds.kinds.find((kind) => kind.name === 'filmfragment')!
    const view = await browser.open(kind.path)
    await expect.poll(() => view.locator('[data-video-load]').isVisible()).toBe(true)
    expect(await view.locator('.video iframe').count()).toBe(0)
    await view.locator('[data-video-load]').click()
    expect(await view.locator('.video iframe').getAttribute('src')).toMatch(/^https:\/\/player\.vimeo\.com\//)
  })

  it('shows its item in a frame the host sandboxed (scripts allowed, no same origin): the item pages allow any origin to read them', async () => {
    const kind = embeds.kinds.find((kind) => kind.name === 'werkvorm')!
    const body = `<iframe title="In een sandbox" sandbox="allow-scripts" src="${urlOf(kind.path)}" style="width:720px;height:600px"></iframe>`
    const page = await browser.open(embeds.host.page('/sandbox.html', hostPage(body)))
    const frame = await frameOf(page.locator('iframe'))
    expect(await frame.locator('main article h1').count()).toBe(1)
    expect(await frame.locator('main').innerText()).not.toContain('niet bereikbaar')
  })

  it('keeps the frame at its first height until the item is shown, then sizes it once to the content (no collapse to the loading line)', async () => {
    const kind = embeds.kinds.find((kind) => kind.name === 'werkvorm')!
    // Every height embed.js gives the iframe, from the start.
    const watch = `<script>window.heights = []; new MutationObserver(() => { const frame = document.querySelector('iframe'); if (frame) window.heights.push(parseInt(frame.style.height, 10)) }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] })</script>`
    const page = await browser.open(embeds.host.page('/hoogtes.html', hostPage(`${watch}${scriptTag(inject('siteUrl'), kind.path)}`)))
    const { content } = await waitForContentHeight(page.locator('iframe'))
    const heights: number[] = await page.evaluate(() => (window as unknown as { heights: number[] }).heights)
    expect(content).toBeGreaterThan(1000)
    // The start height (600 px by default), then the content's: never the height of "Bezig met laden".
    expect(Math.min(...heights), heights.join(', ')).toBeGreaterThanOrEqual(600)
  })

  it('says so, with a link to the toolkit, for an item that is not (or no longer) there', async () => {
    const view = await browser.open('/embed/werkvormen/bestaat-niet/')
    expect(await textIn(view, 'main')).toContain('Dit onderdeel staat niet (meer) in de toolkit.')
    expect(await view.locator('main a', { hasText: 'Naar de Toolkit destigmatisering' }).getAttribute('href')).toBe(new URL(urlOf('/')).pathname)
    expect(await view.title()).toBe('Niet gevonden · Toolkit destigmatisering')
  })

  it('says the toolkit cannot be reached, not that the item is gone, when its page does not load', async () => {
    const view = await browser.open('about:blank')
    const { path } = embeds.kinds[0]!
    // The item's page (the view's own address without /embed), as a dropped connection.
    await view.route(urlOf(path.replace(/^\/embed\//, '/')), (route) => route.abort('internetdisconnected'))
    await view.goto(urlOf(path))
    await itemViewShown(view)
    expect(await textIn(view, 'main')).toContain('De toolkit is nu niet bereikbaar. Probeer het later opnieuw.')
    expect(await view.title()).toBe('Niet bereikbaar · Toolkit destigmatisering')
  })
})

describe('options in the address', () => {
  it('applies dark mode, a valid accent and a hidden description', async () => {
    const page = await browser.open(`${embeds.kinds[0]!.path}?modus=donker&accent=%23b8004f&beschrijving=nee`)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('donker')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 25, 29)')
    expect(await page.locator('.lead').isVisible()).toBe(false)
    // The pink is lightened on the dark background so links keep 4.5:1.
    const link = await page.locator('.embed-attribution a').first().evaluate((a) => getComputedStyle(a).color)
    expect(link).not.toBe('rgb(184, 0, 79)')
    expect(link).toMatch(/^rgb\(/)
  })

  it('ignores an accent that is not strict hex', async () => {
    const page = await browser.open(`${embeds.kinds[0]!.path}?accent=red;background:url(https://example.org/x)`)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe('')
  })
})

describe('axe-core on embed views (WCAG 2.1 A and AA, 2.2 AA)', () => {
  it.each([
    ['licht', ''],
    ['donker met eigen kleur', '?modus=donker&accent=%23ffd700'],
    ['licht met bleke eigen kleur', '?accent=%23ffd700'],
  ])('every kind, %s', async (_name, query) => {
    for (const kind of embeds.kinds) {
      const separator = kind.path.includes('?') && query ? '&' : ''
      const page = await browser.open(`${kind.path}${separator ? separator + query.slice(1) : query}`)
      await page.waitForLoadState('load')
      expect(await axeViolations(page), kind.path).toEqual([])
      await page.context().close()
    }
  })

  it('the host page with an embedded view (frame title, content inside the frame)', async () => {
    const page = await browser.open(embeds.host.page('/axe.html', hostPage(scriptTag(inject('siteUrl'), embeds.kinds[1]!.path))))
    await waitForContentHeight(page.locator('iframe'))
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('"Insluiten" on every detail page', () => {
  it('offers the snippets and the oEmbed discovery link on every detail page', { timeout: 120_000 }, async () => {
    const page = await browser.open('/overzicht/')
    const links = await cardLinks(page)
    for (const link of links) {
      await page.goto(link)
      const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
      expect(discovery, link).toMatch(/\/oembed\/[a-z-]+\/[a-z0-9-]+\.json$/)
      const response = await fetch(urlOf(sitePath(discovery!)))
      expect(response.status, discovery!).toBe(200)
      const data = await response.json()
      expect(data).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Toolkit destigmatisering' })
      expect(data.html).toContain(`/embed${sitePath(link)}"`)
      expect(await page.locator('textarea#insluiten-script').inputValue(), link).toContain(`data-toolkit="/embed${sitePath(link)}"`)
    }
    expect(links.length).toBeGreaterThan(5)
  })

  it('loads the preview only on request, sized by the loader', async () => {
    const page = await browser.open(embeds.kinds[0]!.path.replace('/embed', ''))
    await page.waitForLoadState('networkidle')
    expect(await page.locator('iframe').count()).toBe(0)
    await page.locator('.embed-panel summary').click()
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click()
    const iframe = page.locator('.embed-panel iframe')
    await waitForContentHeight(iframe)
    expect(await (await frameOf(iframe)).locator('h1').textContent()).toBeTruthy()
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toMatch(/Voorbeeld geladen/)
  })

  it('copies a snippet with the keyboard and announces it', async () => {
    const page = await browser.open(embeds.kinds[1]!.path.replace('/embed', ''))
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin })
    await page.locator('.embed-panel summary').focus()
    await page.keyboard.press('Enter')
    const button = page.getByRole('button', { name: 'Kopieer scripttag' })
    await button.focus()
    await page.keyboard.press('Enter')
    const status = page.locator('[data-copy-status]')
    await expect.poll(() => status.textContent()).toMatch(/Scripttag gekopieerd/)
    expect(await status.getAttribute('role')).toBe('status')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await page.locator('#insluiten-script').inputValue())
    expect(copied).toMatch(/^<script src="[^"]+\/embed\.js" data-toolkit="\/embed\/werkvormen\/[^"]+\/"/)
    expect(await status.textContent()).toBe('Scripttag gekopieerd. Plak de code in de HTML van je pagina.')

    // The oEmbed link is no code for a page's HTML: it goes into an editor that turns links into embeds.
    await page.getByRole('button', { name: 'Kopieer link voor oEmbed' }).click()
    await expect.poll(() => status.textContent()).toBe('Link voor oEmbed gekopieerd. Plak de link in een CMS of editor die oEmbed kent, bijvoorbeeld de editor van je intranet of WordPress.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#insluiten-oembed').inputValue())
  })

  it('names each option as an item of its own and says how options are combined', async () => {
    const page = await browser.open(embeds.kinds[0]!.path.replace('/embed', ''))
    await page.locator('.embed-panel summary').click()
    const options = page.locator('.embed-options')
    expect(await options.locator('li').allInnerTexts()).toEqual([
      'modus=donker of modus=auto: donkere kleuren, of de instelling van de lezer volgen (licht of donker).',
      'accent=%23b8004f: eigen kleur voor links en knoppen, als #rgb of #rrggbb; schrijf # als %23.',
      'beschrijving=nee: zonder de beschrijving onder de titel.',
    ])
    const text = await options.innerText()
    expect(text).toContain('begin met ? en zet & tussen twee opties.')
    expect(text).not.toContain('de gekozen filters')
    // The oEmbed link stands on its own, not glued to the last option.
    expect(await options.getByRole('link', { name: 'oEmbed-gegevens (JSON)' }).evaluate((link) => link.parentElement!.textContent)).toBe('oEmbed-gegevens (JSON)')
    // The example is an address that works as it says.
    const example = text.match(/Bijvoorbeeld: (\S+)/)?.[1]
    expect(example).toBe(`${embeds.kinds[0]!.path}?modus=donker&beschrijving=nee`)
    const embedded = await browser.open(example!)
    await embedded.waitForLoadState('load')
    expect(await embedded.evaluate(() => document.documentElement.dataset.mode)).toBe('donker')
    expect(await embedded.locator('.lead').isVisible()).toBe(false)
  })

  it('on a listing, the snippets follow the chosen filters', async () => {
    const page = await browser.open('/interventies/')
    await page.locator('.filters summary').first().click()
    await page.locator('.filters input[type=checkbox]').first().check()
    await page.locator('.embed-panel summary').click()
    const query = new URL(page.url()).search
    expect(query).not.toBe('')
    expect(await page.locator('#insluiten-iframe').inputValue()).toContain(`/embed/interventies/${query.replace(/&/g, '&amp;')}"`)
    expect(await page.locator('#insluiten-oembed').inputValue()).toMatch(new RegExp(`/interventies/\\${query}$`))
    // Its embed address carries the filters already, so every option starts with &.
    expect(await page.locator('.embed-options').innerText()).toContain('Staat er al een ? in het adres (de gekozen filters), begin dan ook met &.')
  })
})

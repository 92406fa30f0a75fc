/**
 * Embeds fit their content (issue 18): the oEmbed response of the longest
 * activity says a height near its real one (it said 1000 px for about
 * 2,600 px, hiding the steps in an inner scroll area), and its html carries
 * the loader, which then makes the iframe exactly as tall as the view. A
 * consumer that strips the script still gets the estimated height.
 */
import { describe, expect, it } from 'vitest'
import { frameOf, heights, hostPage, useEmbedSetup, waitForContentHeight } from './embed-helpers.ts'
import { cardLinks, itemViewShown, sitePath, urlOf, useBrowser, visitFew } from './helpers.ts'

const browser = useBrowser()
const setup = useEmbedSetup(browser)

type Oembed = { html: string; height: number; width: number; title: string }

async function oembedOf(path: string): Promise<Oembed> {
  const [section, slug] = path.split('/').filter(Boolean)
  const response = await fetch(urlOf(`/oembed/${section}/${slug}.json`))
  expect(response.status, path).toBe(200)
  return (await response.json()) as Oembed
}

/** Measures the view's content in an iframe of the oEmbed width, script stripped (the plain iframe). */
async function measured(oembed: Oembed, name: string): Promise<{ frame: number; content: number }> {
  const iframeOnly = oembed.html.replace(/<script[\s\S]*?<\/script>/g, '')
  const page = await browser.open(setup.host.page(`/${name}.html`, hostPage(`<div style="width:${oembed.width}px">${iframeOnly}</div>`)))
  const iframe = page.locator('iframe')
  await frameOf(iframe)
  return heights(iframe)
}

describe('embeds fit their content', () => {
  it('the oEmbed height of the longest activity follows its content (within 15%), not a fixed 1000 px', async () => {
    const listing = await browser.open('/werkvormen/')
    const paths = (await cardLinks(listing)).map((link) => sitePath(link))
    expect(paths.length).toBeGreaterThan(0)
    let longest = { path: '', content: 0, oembed: undefined as Oembed | undefined }
    for (const [i, path] of paths.entries()) {
      const oembed = await oembedOf(path)
      const { content } = await measured(oembed, `werkvorm-${i}`)
      if (content > longest.content) longest = { path, content, oembed }
    }
    const { oembed, content } = longest
    expect(content).toBeGreaterThan(1500)
    expect(Math.abs(oembed!.height - content) / content, `${longest.path}: oEmbed ${oembed!.height} px, content ${content} px`).toBeLessThanOrEqual(0.15)
  })

  it('a short item gets a short frame, also within 15% of its content', async () => {
    const oembed = await oembedOf('/handvatten/wat-zelfstigma-doet/')
    const { content } = await measured(oembed, 'handvat')
    expect(Math.abs(oembed.height - content) / content, `oEmbed ${oembed.height} px, content ${content} px`).toBeLessThanOrEqual(0.15)
  })

  it('every item of every type: the oEmbed height is within 25% of its content, 10% on average', { timeout: 300_000 }, async () => {
    const page = await browser.open('about:blank')
    await page.setViewportSize({ width: 720, height: 400 })
    const paths: string[] = []
    for (const listing of ['/filmfragmenten/', '/werkvormen/', '/interventies/', '/casussen/', '/handvatten/', '/onderbouwing/', '/impactproducties/']) {
      await page.goto(urlOf(listing))
      paths.push(...(await cardLinks(page)).map((link) => sitePath(link)))
    }
    const errors = await visitFew(paths, async (path) => {
      const oembed = await oembedOf(path)
      const view = await page.context().newPage()
      await view.setViewportSize({ width: oembed.width, height: oembed.height })
      await view.goto(urlOf(`/embed${path}`))
      await itemViewShown(view)
      const content = await view.evaluate(() => document.documentElement.getBoundingClientRect().height)
      await view.close()
      return { path, oembed: oembed.height, content: Math.round(content), error: Math.abs(oembed.height - content) / content }
    })
    expect(errors.length).toBeGreaterThan(50)
    const worst = errors.reduce((a, b) => (b.error > a.error ? b : a))
    const mean = errors.reduce((sum, e) => sum + e.error, 0) / errors.length
    console.log(`oEmbed-hoogte: ${errors.length} items, gemiddeld ${(mean * 100).toFixed(1)}% ernaast, hoogstens ${(worst.error * 100).toFixed(1)}% (${worst.path})`)
    expect(worst.error, `${worst.path}: oEmbed ${worst.oembed} px, content ${worst.content} px`).toBeLessThanOrEqual(0.25)
    expect(mean).toBeLessThanOrEqual(0.1)
  })

  it('the oEmbed html as a consumer pastes it (iframe and loader) sizes the iframe exactly to the view', async () => {
    const listing = await browser.open('/werkvormen/')
    const path = sitePath((await cardLinks(listing))[0]!)
    const oembed = await oembedOf(path)
    expect(oembed.html).toMatch(/<iframe [^>]*data-toolkit-frame[^>]*><\/iframe><script src="[^"]+\/embed\.js" async><\/script>$/)
    const page = await browser.open(setup.host.page('/oembed-loader.html', hostPage(`<div style="width:${oembed.width}px">${oembed.html}</div>`)))
    const iframe = page.locator('iframe')
    const sized = await waitForContentHeight(iframe)
    expect(sized.content).toBeGreaterThan(1500)
    // No inner scroll area: the whole view shows.
    const frame = await frameOf(iframe)
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true)
  })
})

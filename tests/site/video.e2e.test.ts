import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardLinks, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const isVimeo = (url: string) => /(^|\.)vimeo(cdn)?\.com$/.test(new URL(url).hostname)

describe('click-to-load video', () => {
  it('sends nothing to Vimeo and sets no cookie before the click', async () => {
    const listing = await browser.open('/filmfragmenten/')
    const fragments = await cardLinks(listing)
    const page = await listing.context().newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    let withVideo = 0
    for (const href of fragments) {
      await page.goto(href)
      await page.waitForLoadState('networkidle')
      if ((await page.locator('[data-video-load]').count()) === 0) continue
      withVideo += 1
      const thirdParty = requests.filter((url) => new URL(url).origin !== new URL(href).origin && !url.startsWith('data:'))
      expect(thirdParty).toEqual([])
      expect(await page.context().cookies()).toEqual([])
      expect(await page.locator('iframe').count()).toBe(0)

      const button = page.getByRole('button', { name: /Video laden en afspelen/ })
      expect(await button.isVisible()).toBe(true)
      const vimeoRequest = page.waitForRequest((request) => isVimeo(request.url()), { timeout: 10_000 })
      await button.click()
      const frame = page.locator('iframe')
      expect(await frame.getAttribute('src')).toMatch(/^https:\/\/player\.vimeo\.com\/video\/\d+\?dnt=1/)
      expect(await frame.getAttribute('title')).toMatch(/^Video: /)
      expect(isVimeo((await vimeoRequest).url())).toBe(true)
      requests.length = 0
    }
    expect(withVideo).toBeGreaterThan(0)
  })

  it('keeps a plain link to the video for readers without JavaScript', async () => {
    const page = await browser.open('/filmfragmenten/hoop/')
    expect(await page.getByRole('link', { name: /op vimeo\.com/ }).getAttribute('href')).toMatch(/^https:\/\/vimeo\.com\//)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardLinks, consoleProblems, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const isVimeo = (url: string) => /(^|\.)vimeo(cdn)?\.com$/.test(new URL(url).hostname)
/** A console message our page caused, not one of Vimeo's player (`consoleProblems` ends each with its address). */
const ours = (problem: string) => !/\(https:\/\/[^/)]*vimeo(cdn)?\.com[/)]/.test(problem)

describe('click-to-load video', () => {
  it('sends nothing to Vimeo and sets no cookie before the click; the click loads the player without a console warning', async () => {
    const listing = await browser.open('/filmfragmenten/')
    const fragments = await cardLinks(listing)
    const page = await listing.context().newPage()
    const problems = consoleProblems(page)
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
      // Our page's console stays clean when the player is inserted (no "Allow attribute will take
      // precedence over 'allowfullscreen'"); what Vimeo's player itself logs is not ours.
      expect(problems.filter(ours), href).toEqual([])
      requests.length = 0
    }
    expect(withVideo).toBeGreaterThan(0)
    expect(problems.filter(ours)).toEqual([])
  })

  it('keeps a plain link to the video for readers without JavaScript', async () => {
    const page = await browser.open('/filmfragmenten/hoop/')
    expect(await page.getByRole('link', { name: /op vimeo\.com/ }).getAttribute('href')).toMatch(/^https:\/\/vimeo\.com\//)
  })
})

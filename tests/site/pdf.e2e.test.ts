/** A detail page's download link returns the PDF it announces, in a real browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

describe('downloadable PDFs', () => {
  it("a page's download link returns a valid PDF of the size it states", async () => {
    const page = await browser.open('/filmfragmenten/hoop/')
    const link = page.getByRole('link', { name: /^Download pdf van Hoop, vragenblad bij een filmfragment \(\d+ kB\)$/ })
    await expect.poll(() => link.count()).toBe(1)
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/pdf')
    const pdf = await response.body()
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
    const stated = Number((await link.textContent())!.match(/\((\d+) kB\)/)![1])
    expect(Math.max(1, Math.round(pdf.byteLength / 1000))).toBe(stated)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('hoop.pdf')
  })

  it('every fragment, activity, intervention, case and evidence page offers its PDF', async () => {
    for (const path of ['/werkvormen/de-rol-van-empowerment/', '/interventies/wrap/', '/casussen/jenny/', '/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/']) {
      const page = await browser.open(path)
      const link = page.getByRole('link', { name: /^Download pdf van .+ \(\d+ kB\)$/ })
      expect(await link.count(), path).toBe(1)
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString())
      expect(response.status(), path).toBe(200)
      await page.close()
    }
  })

  it('an embed view offers the same PDF', async () => {
    const page = await browser.open('/embed/filmfragmenten/hoop/')
    const link = page.getByRole('link', { name: /^Download pdf van Hoop, vragenblad bij een filmfragment \(\d+ kB\)$/ })
    expect(await link.count()).toBe(1)
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString())
    expect(response.headers()['content-type']).toContain('application/pdf')
  })
})

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { urlOf, useBrowser } from './helpers.ts'
import { TEMPLATES, gotoTemplate } from './templates.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

/** Elements that stick out to the right of the viewport (what makes a page scroll sideways). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && box.right > width + 1 && !element.closest('.visually-hidden, [hidden]')
      })
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5) }
  })
}

describe('reflow at 320 CSS px (WCAG 1.4.10): no sideways scrolling on any template', () => {
  for (const template of TEMPLATES) {
    it(template.name, async () => {
      const page = await browser.open('about:blank')
      await page.setViewportSize({ width: 320, height: 640 })
      await gotoTemplate(page, template, (path) => urlOf(path))
      const result = await overflow(page)
      expect(result.out, page.url()).toEqual([])
      expect(result.scrollWidth, page.url()).toBeLessThanOrEqual(result.width)
    })
  }
})

describe('search landmarks and headings', () => {
  it('labels the two search forms differently', async () => {
    const page = await browser.open('/zoeken/?q=hoop')
    const names = await page.getByRole('search').evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label')))
    expect(names).toHaveLength(2)
    expect(names.every(Boolean)).toBe(true)
    expect(new Set(names).size).toBe(2)
  })

  it('never skips a heading level, on any template (search results are h3 under an h2)', async () => {
    const page = await browser.open('about:blank')
    for (const template of TEMPLATES) {
      await gotoTemplate(page, template, (path) => urlOf(path))
      const levels = await page.locator('main h1, main h2, main h3, main h4, main h5, main h6').evaluateAll((headings) =>
        headings.map((heading) => Number(heading.tagName[1])),
      )
      levels.reduce((previous, level) => {
        expect(level - previous, `${template.name}: h${previous} → h${level}`).toBeLessThanOrEqual(1)
        return level
      }, 1)
    }
  })
})

describe('charts', () => {
  const chartFontSizes = (page: Page) =>
    page.locator('figure.chart .chart-label, figure.chart .chart-value').evaluateAll((elements) =>
      elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
    )

  it('have text of a fixed readable size on every width, and no clipped labels', async () => {
    const page = await browser.open('about:blank')
    const sizes: number[][] = []
    for (const width of [320, 375, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(urlOf('/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/'))
      const fonts = await chartFontSizes(page)
      expect(fonts.length).toBeGreaterThan(0)
      sizes.push([...new Set(fonts)])
      const clipped = await page.locator('figure.chart .chart-label, figure.chart .chart-value').evaluateAll((elements) =>
        elements.filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > document.documentElement.clientWidth).length,
      )
      expect(clipped, `${width}px`).toBe(0)
    }
    for (const fonts of sizes) for (const size of fonts) expect(size).toBeGreaterThanOrEqual(14)
    expect(new Set(sizes.flat()).size, 'the same text size at every width').toBe(1)
  })

  it('keep that size in an embed and in print', async () => {
    const page = await browser.open('/embed/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/')
    for (const size of await chartFontSizes(page)) expect(size).toBeGreaterThanOrEqual(14)
    const print = await browser.open('/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/')
    await print.emulateMedia({ media: 'print' })
    // 9.5pt is about 12.7 px: readable on paper, and not scaled with the page.
    for (const size of await chartFontSizes(print)) expect(size).toBeGreaterThan(12)
    for (const size of await chartFontSizes(print)) expect(size).toBeLessThan(16)
  })
})

describe('language of English names (WCAG 3.1.2)', () => {
  it('marks English names lang="en"', async () => {
    const intervention = await browser.open('/interventies/beyond-the-label/')
    expect(await intervention.locator('h1 [lang="en"]').textContent()).toBe('Beyond the label')
    const theme = await browser.open('/themas/')
    expect(await theme.locator('[lang="en"]', { hasText: 'Diagnostic overshadowing' }).count()).toBeGreaterThan(0)
    const dutch = await browser.open('/themas/herstel/')
    expect(await dutch.locator('h1 [lang="en"]').count()).toBe(0)
  })
})

describe('print', () => {
  it('shows the site name and the page address on a printed page', async () => {
    for (const path of ['/interventies/beyond-the-label/', '/overzicht/', '/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/']) {
      const page = await browser.open(path)
      const line = page.locator('.print-source')
      expect(await line.isVisible(), 'not on screen').toBe(false)
      await page.emulateMedia({ media: 'print' })
      expect(await line.isVisible(), path).toBe(true)
      const text = (await line.textContent())!
      expect(text).toContain('Toolkit destigmatisering')
      expect(text).toContain(new URL(path, inject('siteUrl')).pathname)
      // The public address (SITE_URL) of this page.
      expect(text).toMatch(/^Toolkit destigmatisering.*https?:\/\//)
    }
  })
})

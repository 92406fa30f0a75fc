import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { sitePath, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string; type: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        text: el?.textContent?.trim() ?? '',
        label: el?.getAttribute('aria-label') ?? (el as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '',
        type: el?.getAttribute('type') ?? '',
      }
    })
    if (matches(focused)) return focused
  }
  throw new Error('focus never reached the element')
}

describe('keyboard only', () => {
  it('skips to the content, searches, and opens a result', async () => {
    const page = await browser.open('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud')

    await page.keyboard.press('Shift+Tab')
    await tabTo(page, (el) => el.tag === 'input' && el.type === 'search')
    await page.keyboard.type('zelfstigma')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/zoeken\/\?q=zelfstigma/)
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/\d+ resultat/)

    const first = await page.locator('.search-results h3 a').first().textContent()
    await tabTo(page, (el) => el.tag === 'a' && el.text === first)
    await page.keyboard.press('Enter')
    await page.waitForLoadState()
    expect(await page.locator('h1').textContent()).toBe(first)
  })

  it('operates the listing filters with Tab and Space', async () => {
    const page = await browser.open('/interventies/')
    const total = await page.locator('.cards .card:visible').count()
    await tabTo(page, (el) => el.tag === 'summary')
    await page.keyboard.press('Enter')
    const focused = await tabTo(page, (el) => el.tag === 'input' && el.type === 'checkbox')
    await page.keyboard.press('Space')
    await expect.poll(() => sitePath(page.url())).toMatch(/^\/interventies\/\?\w+=/)
    const status = await page.locator('[data-filter-status]').textContent()
    expect(status, `after checking "${focused.label}"`).not.toBe(`${total} interventies`)
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Wis alle filters')
    await page.keyboard.press('Enter')
    await expect.poll(() => sitePath(page.url())).toBe('/interventies/')
    expect(await page.locator('.cards .card:visible').count()).toBe(total)
  })

  it('on a phone, never hides the focused filter under the sticky "Toon … resultaten" bar (WCAG 2.2, 2.4.11)', async () => {
    const page = await browser.open('/interventies/')
    await page.setViewportSize({ width: 360, height: 640 })
    // Every group open (each opens with Enter, as the test above drives), then Tab through every box in turn.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('[data-filter-group]').forEach((group) => (group.open = true)))
    const boxes = await page.locator('.filters input[type="checkbox"]').count()
    expect(boxes).toBeGreaterThan(10)
    const hidden: string[] = []
    for (let box = 0; box < boxes; box += 1) {
      const focused = await tabTo(page, (el) => el.tag === 'input' && el.type === 'checkbox', box === 0 ? 80 : 3)
      // What is drawn at the middle of the focused box: the box itself, or the bar over it.
      const covered = await page.evaluate(() => {
        const { left, top, width, height } = document.activeElement!.getBoundingClientRect()
        return document.elementFromPoint(left + width / 2, top + height / 2)?.closest('.filter-actions') !== null
      })
      if (covered) hidden.push(focused.label)
    }
    expect(hidden).toEqual([])
  })

  it('loads the video with the keyboard', async () => {
    const page = await browser.open('/filmfragmenten/hoop/')
    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Video laden'))
    await page.keyboard.press('Enter')
    expect(await page.locator('iframe').count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
  })

  it('shows where the focus is', async () => {
    const page = await browser.open('/werkvormen/')
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Werkvormen')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).toBe('solid')
  })

  it('keeps the focus outline on the planner’s date and time boxes, their calendar and clock buttons too', async () => {
    const page = await browser.open('/plannen/')
    for (const id of ['planner-date', 'planner-start']) {
      await page.locator(`#${id}`).focus()
      // Tab through the box's parts (day, month, year / hours, minutes) to its button: Chrome keeps the box as the
      // active element, but it no longer matches :focus there.
      let onButton = false
      for (let step = 0; step < 5 && !onButton; step += 1) {
        await page.keyboard.press('Tab')
        onButton = await page.evaluate((box) => document.activeElement?.id === box && !document.activeElement.matches(':focus'), id)
      }
      expect(onButton, id).toBe(true)
      const { outlineStyle, outlineWidth } = await page.evaluate(() => getComputedStyle(document.activeElement!))
      expect(`${outlineStyle} ${outlineWidth}`, id).toBe('solid 3px')
    }
  })
})

/**
 * A fragment's questions on its page: a stable anchor per question (where
 * the old one-page-per-question addresses lead), presenting them one by one
 * by keyboard, at 320 px and to screen readers, and printing them as cards.
 * The sources give no fragment questions yet: the synthetic fixture site
 * (site/test/fixtures, built by the global setup) has a fragment with some.
 */
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const FRAGMENT = '/filmfragmenten/testfragment-synthetisch/'
const fixture = () => inject('fixtureSiteUrl')
/** The questions and the assignment of the fixture fragment, in the order a session works through them. */
const CARDS = [
  ['Algemene vragen, vraag 1', 'Synthetische algemene vraag: wat zag je gebeuren?'],
  ['Algemene vragen, vraag 2', 'Synthetische algemene vraag: wat viel je op?'],
  ['Vragen over de scène en de praktijk, vraag 1', 'Synthetische praktijkvraag: herken je dit uit je eigen werk?'],
  ['Thematische vragen, vraag 1', 'Synthetische thematische vraag: wat betekent openheid hier?'],
  ['Vragen over stigmatisering in de scène, vraag 1', 'Synthetische stigmavraag: waar zie je stigma in deze scène?'],
  ['Opdracht', 'Synthetische opdracht: noteer één actiepunt voor je team.'],
] as const

/** Presses Tab until the focused element has this accessible text, at most `max` times. */
async function tabTo(page: Page, text: string, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab')
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return
  }
  throw new Error(`focus never reached "${text}"`)
}

const dialog = (page: Page) => page.getByRole('dialog')
const shownText = (page: Page) => page.locator('dialog .present-text').textContent()

describe('deep links to one question', () => {
  it('gives every question a stable anchor on the fragment page', async () => {
    const page = await browser.open(FRAGMENT, fixture())
    const ids = await page.locator('.questions li').evaluateAll((items) => items.map((item) => item.id))
    expect(ids).toEqual(['algemeen-1', 'algemeen-2', 'praktijk-1', 'thematisch-1', 'stigma-1'])
    await page.goto(urlOf(`${FRAGMENT}#praktijk-1`, fixture()))
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain(CARDS[2][1])
  })

  it('leads the old address of a question page to its anchor, permanently', async () => {
    const old = urlOf(`${FRAGMENT}vragen/algemeen-2/`, fixture())
    const response = await fetch(old, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`${new URL(fixture()).pathname.replace(/\/$/, '')}${FRAGMENT}#algemeen-2`)
    const page = await browser.open(old)
    expect(new URL(page.url()).hash).toBe('#algemeen-2')
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain(CARDS[1][1])
    expect(await page.locator('#algemeen-2').isVisible()).toBe(true)
  })

  it('in the embed view, keeps the anchors and links to the page for presenting and printing', async () => {
    const page = await browser.open(`/embed${FRAGMENT}`, fixture())
    expect(await page.locator('.questions li#algemeen-1').count()).toBe(1)
    const link = page.getByRole('link', { name: /Vragen één voor één tonen of als kaartjes afdrukken/ })
    expect(new URL((await link.getAttribute('href'))!, page.url()).toString()).toBe(urlOf(`${FRAGMENT}#vragen`, fixture()))
    expect(await page.locator('dialog, [data-question-tools]').count()).toBe(0)
  })
})

describe('presenting the questions one by one', () => {
  it('opens by keyboard, steps with the arrow keys and Page Up/Down, announces each question, and closes with Escape', async () => {
    const page = await browser.open(FRAGMENT, fixture())
    await tabTo(page, 'Vragen presenteren')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog(page).isVisible()).toBe(true)
    // A modal dialog: the rest of the page is inert; its name says where we are, its description is the question.
    expect(await page.locator('dialog').evaluate((element) => element.matches(':modal'))).toBe(true)
    expect(await dialog(page).getAttribute('aria-labelledby')).toBeTruthy()
    const name = () => page.locator('#present-context').textContent()
    expect(await name()).toBe(`Testfragment (synthetisch) · ${CARDS[0][0]} (1 van 6)`)
    expect(await shownText(page)).toBe(CARDS[0][1])
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true)

    const live = page.locator('dialog [aria-live="polite"]')
    await page.keyboard.press('ArrowRight')
    expect(await shownText(page)).toBe(CARDS[1][1])
    expect(await live.textContent()).toBe(`${CARDS[1][0]} (2 van 6): ${CARDS[1][1]}`)
    // The address follows, so it can be copied as a deep link.
    expect(new URL(page.url()).hash).toBe('#algemeen-2')
    await page.keyboard.press('PageDown')
    expect(await shownText(page)).toBe(CARDS[2][1])
    await page.keyboard.press('ArrowLeft')
    expect(await shownText(page)).toBe(CARDS[1][1])
    await page.keyboard.press('End')
    expect(await name()).toBe(`Testfragment (synthetisch) · Opdracht (6 van 6)`)
    expect(await shownText(page)).toBe(CARDS[5][1])
    await page.keyboard.press('ArrowRight')
    expect(await shownText(page), 'stays on the last card').toBe(CARDS[5][1])
    expect(await page.getByRole('button', { name: 'Volgende →' }).getAttribute('aria-disabled')).toBe('true')
    await page.keyboard.press('Home')
    expect(await shownText(page)).toBe(CARDS[0][1])
    await page.keyboard.press('ArrowRight')

    await page.keyboard.press('Escape')
    await expect.poll(() => dialog(page).count()).toBe(0)
    expect(await page.locator('dialog').isVisible()).toBe(false)
    // Focus returns to the question last shown, in the list (from the dialog's close event, a task after the dialog closed).
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe('algemeen-2')
  })

  it('starts at any question with its "Toon groot" button, and steps with the buttons', async () => {
    const page = await browser.open(FRAGMENT, fixture())
    await tabTo(page, 'Toon groot: thematische vragen, vraag 1')
    await page.keyboard.press('Enter')
    expect(await shownText(page)).toBe(CARDS[3][1])
    await page.keyboard.press('Enter')
    expect(await shownText(page), 'Enter on the focused "Volgende" steps on').toBe(CARDS[4][1])
    await page.getByRole('button', { name: '← Vorige' }).click()
    expect(await shownText(page)).toBe(CARDS[3][1])
    await page.getByRole('button', { name: 'Sluiten' }).click()
    expect(await page.locator('dialog').isVisible()).toBe(false)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe('thematisch-1')
  })

  it('fills a 320 px screen without sideways scrolling, in large type', async () => {
    const page = await browser.open('about:blank')
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(urlOf(FRAGMENT, fixture()))
    await page.getByRole('button', { name: 'Vragen presenteren' }).click()
    const box = await page.locator('dialog').evaluate((element) => ({
      width: element.getBoundingClientRect().width,
      scroll: element.scrollWidth - element.clientWidth,
      font: parseFloat(getComputedStyle(element.querySelector('.present-text')!).fontSize),
    }))
    expect(box.width).toBeLessThanOrEqual(320)
    expect(box.scroll).toBeLessThanOrEqual(0)
    expect(box.font).toBeGreaterThanOrEqual(24)
    for (const name of ['← Vorige', 'Volgende →', 'Sluiten']) {
      const button = (await page.getByRole('button', { name }).boundingBox())!
      expect(button.x + button.width, name).toBeLessThanOrEqual(320)
    }
  })

  it('has no axe-core violations (WCAG 2.1 A and AA, 2.2 AA), on the page and while presenting', async () => {
    const page = await browser.open(FRAGMENT, fixture())
    const check = async () =>
      (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((violation) => violation.id)
    expect(await check()).toEqual([])
    await page.getByRole('button', { name: 'Vragen presenteren' }).click()
    await page.keyboard.press('ArrowRight')
    expect(await check()).toEqual([])
  })

  it('without JavaScript, shows the list with its anchors and no controls that would not work', async () => {
    const context = await (await browser.open('about:blank')).context().browser()!.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(urlOf(FRAGMENT, fixture()))
    expect(await page.locator('.questions li[id]').count()).toBe(5)
    expect(await page.getByRole('button', { name: /presenteren|kaartjes|Toon groot/ }).count()).toBe(0)
    await context.close()
  })
})

describe('printing the questions as cards', () => {
  it('prints only the questions and the assignment, one labelled card each', async () => {
    const page = await browser.open(FRAGMENT, fixture())
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => void ((window as unknown as { printed: number }).printed += 1)
    })
    // A plain printout of the page is the page itself.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('h1').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    await tabTo(page, 'Vragen afdrukken als kaartjes')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['h1', '.facts', '.source', '.embed-panel', '.question-set > h2']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
    }
    const cards = await page.locator('.questions li, .assignment').evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element)
        return {
          label: getComputedStyle(element, '::before').content,
          text: element.textContent?.trim() ?? '',
          border: style.borderTopStyle,
          unbroken: style.breakInside,
          visible: element.getBoundingClientRect().height > 0,
        }
      }),
    )
    expect(cards).toHaveLength(CARDS.length)
    cards.forEach((card, i) => {
      expect(card.label).toBe(`"Testfragment (synthetisch) · ${CARDS[i]![0]}"`)
      expect(card.text).toContain(CARDS[i]![1])
      expect(card).toMatchObject({ border: 'dashed', unbroken: 'avoid', visible: true })
    })

    // After printing, the page prints as itself again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    expect(await page.locator('h1').isVisible()).toBe(true)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openFilterGroup, sitePath, urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const visibleTypes = (page: Page) => page.locator('.cards .card:visible .type').allTextContents()
const countOf = async (page: Page, group: string, option: RegExp) => {
  await openFilterGroup(page, group)
  const label = await page.getByRole('group', { name: group }).locator('label').filter({ hasText: option }).first().textContent()
  return Number(label!.match(/\((\d+)/)![1])
}

describe('the finder: "Ik heb [tijd] met [groep] over [thema]"', () => {
  it('starts from the question on the home page and leads to what fits, methods first', async () => {
    const page = await browser.open('/')
    const finder = page.getByRole('form', { name: 'Wat zoek je?' })
    await finder.getByLabel('Ik heb (tijd)').selectOption({ label: 'een half uur' })
    await finder.getByLabel('met (groep)').selectOption({ label: 'mijn team' })
    await finder.getByLabel('over (thema)').selectOption({ label: 'zelfstigma' })
    await finder.getByRole('button', { name: 'Toon wat past' }).click()
    await page.waitForURL(/\/overzicht\//)
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/?thema=zelfstigma&doelgroep=teams&duur=short')
    expect(new URL(page.url()).hash).toBe('#resultaten')
    const types = await visibleTypes(page)
    expect(types.length).toBeGreaterThan(0)
    // Fragments, activities and interventions come before evidence and guidance.
    const rank = (type: string) => (['Filmfragment', 'Werkvorm', 'Interventie'].includes(type) ? 0 : 1)
    expect(types.map(rank)).toEqual([...types.map(rank)].sort())
    // The sentence on /overzicht/ shows the question as asked.
    expect(await page.locator('#finder-thema').inputValue()).toBe('zelfstigma')
    expect(await page.locator('#finder-tijd').inputValue()).toBe('short')
  })

  it('costs the home page and /overzicht/ little script: at most 6 KB each (it once brought zod, 29 KB)', async () => {
    for (const path of ['/', '/overzicht/']) {
      const page = await browser.open('about:blank')
      const sizes: Array<Promise<number>> = []
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') sizes.push(request.sizes().then((size) => size.responseBodySize))
      })
      await page.goto(urlOf(path), { waitUntil: 'load' })
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
      expect(bytes, path).toBeGreaterThan(0)
      expect(bytes, path).toBeLessThanOrEqual(6 * 1024)
      await page.context().close()
    }
  })

  it('reads time as "at most": two hours includes the half-hour parts', async () => {
    const page = await browser.open('/overzicht/')
    await page.locator('#finder-tijd').selectOption('session')
    await page.getByRole('button', { name: 'Toon wat past' }).click()
    await page.waitForURL(/duur=session/)
    expect(new URL(page.url()).searchParams.getAll('duur').sort()).toEqual(['session', 'short'])
  })

  it('offers the times a filter can answer (more than a dagdeel is "zoveel tijd als nodig") and themes in the sentence’s case', async () => {
    const page = await browser.open('/')
    const labels = await page.locator('#finder-tijd option').allTextContents()
    expect(labels).toEqual(['zoveel tijd als nodig', 'een half uur', 'hooguit twee uur', 'een dagdeel'])
    // Themes read as part of the sentence, English ones too ("over diagnostic overshadowing").
    const themes = await page.locator('#finder-thema option').allTextContents()
    expect(themes).toContain('diagnostic overshadowing')
    expect(themes.slice(1).filter((theme) => /^\p{Lu}\p{Ll}/u.test(theme))).toEqual([])
  })

  it('makes each filter change a step in the history: Back takes the last one away', async () => {
    const page = await browser.open('/overzicht/')
    const status = page.locator('[data-filter-status]')
    const all = await status.textContent()
    await openFilterGroup(page, 'Thema')
    await page.getByRole('group', { name: 'Thema' }).getByLabel(/^Zelfstigma/).check()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('thema')).toEqual(['zelfstigma'])
    const themeOnly = await status.textContent()
    await openFilterGroup(page, 'Duur')
    await page.getByRole('group', { name: 'Duur' }).getByRole('checkbox', { disabled: false }).first().check()
    await expect.poll(() => new URL(page.url()).searchParams.has('duur')).toBe(true)
    await page.goBack()
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/?thema=zelfstigma')
    expect(await page.getByRole('group', { name: 'Duur' }).getByRole('checkbox', { checked: true }).count()).toBe(0)
    expect(await status.textContent()).toBe(themeOnly)
    await page.goBack()
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/')
    expect(await status.textContent()).toBe(all)
    await page.goForward()
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/?thema=zelfstigma')
    expect(await page.getByRole('group', { name: 'Thema' }).getByLabel(/^Zelfstigma/).isChecked()).toBe(true)
  })

  it('is in the main menu, with the themes; "Zelfstigma" has one meaning', async () => {
    const page = await browser.open('/')
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await menu.getByRole('link', { name: 'Vind een methode' }).getAttribute('href')).toMatch(/\/overzicht\/$/)
    expect(await menu.getByRole('link', { name: 'Thema’s' }).count()).toBe(1)
    // Home links zelfstigma once (the theme), not also as a stigma type with another count.
    expect(await page.locator('main a', { hasText: /^Zelfstigma$/ }).count()).toBe(1)
    const overview = await browser.open('/overzicht/')
    expect(await overview.getByRole('group', { name: 'Soort stigma' }).getByLabel(/^Zelfstigma/).count()).toBe(0)
    const themeCount = await countOf(overview, 'Thema', /^Zelfstigma/)
    const themePage = await browser.open('/themas/zelfstigma/')
    expect(await themePage.locator('.cards .card').count()).toBe(themeCount)
  })
})

describe('live facet counts', () => {
  it('reflect the other active filters, and options that would give nothing say so', async () => {
    const page = await browser.open('/overzicht/')
    await openFilterGroup(page, 'Soort stigma')
    await openFilterGroup(page, 'Soort inhoud')
    const before = await countOf(page, 'Soort stigma', /^Structureel stigma/)
    await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Filmfragmenten/).check()
    await expect.poll(() => countOf(page, 'Soort stigma', /^Structureel stigma/)).toBeLessThan(before)
    // Every count now promises what ticking it gives.
    const stigma = page.getByRole('group', { name: 'Soort stigma' })
    for (const box of await stigma.locator('input').all()) {
      const label = (await box.locator('xpath=..').textContent())!
      const promised = Number(label.match(/\((\d+)/)![1])
      if (promised === 0) {
        expect(await box.isDisabled(), label).toBe(true)
        expect(label).toContain('geeft geen resultaten')
        continue
      }
      await box.check()
      await expect.poll(() => page.locator('.cards .card:visible').count(), { message: label }).toBe(promised)
      await box.uncheck()
    }
  })
})

describe('filters on a phone (375 px)', () => {
  it('keep "Toon N resultaten" in view while ticking, and it leads to the results', async () => {
    const page = await browser.open('about:blank')
    await page.setViewportSize({ width: 375, height: 700 })
    await page.goto(urlOf('/overzicht/'))
    await openFilterGroup(page, 'Soort stigma')
    const box = page.getByRole('group', { name: 'Soort stigma' }).locator('input:not([disabled])').first()
    await box.scrollIntoViewIfNeeded()
    await box.check()
    const button = page.locator('[data-to-results]')
    const shown = await page.locator('.cards .card:visible').count()
    await expect.poll(() => button.innerText()).toBe(`Toon ${shown} resultaten`)
    const box2 = await button.boundingBox()
    expect(box2, 'the button is on screen').not.toBeNull()
    expect(box2!.y + box2!.height).toBeLessThanOrEqual(700)
    expect(box2!.y).toBeGreaterThan(0)
    // The results are far below the filters; the button sticks to the bottom of the screen.
    expect(await page.locator('[data-filter-status]').evaluate((status) => status.getBoundingClientRect().top)).toBeGreaterThan(700)
    await button.click()
    await expect.poll(() => page.locator('[data-filter-status]').evaluate((status) => status.getBoundingClientRect().top)).toBeLessThan(700)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten')
  })

  it('offer "Naar de resultaten" after the filters on a wide screen too', async () => {
    const page = await browser.open('about:blank')
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(urlOf('/interventies/'))
    const link = page.locator('.filters [data-to-results]')
    expect(await link.isVisible()).toBe(true)
    expect(await link.innerText()).toBe(`Naar de resultaten (${await page.locator('.cards .card:visible').count()})`)
    expect(await link.getAttribute('href')).toBe('#resultaten')
    // Nothing to clear yet.
    expect(await page.getByRole('button', { name: 'Wis alle filters' }).isVisible()).toBe(false)
  })

  it('a combination with no results is no dead end: it offers the nearest ones, one filter dropped, with their counts', async () => {
    const page = await browser.open('/overzicht/?thema=hoop&doelgroep=family&duur=short')
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(/^Geen /)
    const nearest = page.locator('[data-nearest]')
    await nearest.waitFor()
    const offers = await nearest.getByRole('button').allTextContents()
    expect(offers.length).toBeGreaterThan(0)
    for (const offer of offers) expect(offer).toMatch(/^Zonder [^(]+ \([^)]+\): \d+ /)
    const promised = Number(/: (\d+) /.exec(offers[0]!)![1])
    await nearest.getByRole('button').first().click()
    await expect.poll(() => page.locator('.cards .card:visible').count()).toBe(promised)
    expect(await nearest.isVisible()).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten')
  })
})

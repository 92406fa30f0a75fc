import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFilterGroup, sitePath, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const visibleCards = (page: import('playwright-core').Page) => page.locator('.cards .card:visible').count()

describe('listing filters', () => {
  it('filters, keeps the state in the URL and announces the count', async () => {
    const page = await browser.open('/interventies/')
    const total = await visibleCards(page)
    const status = page.locator('[data-filter-status]')
    expect(await status.getAttribute('role')).toBe('status')
    expect(await status.textContent()).toBe(`${total} interventies`)

    await openFilterGroup(page, 'Thema')
    await page.getByRole('group', { name: 'Thema' }).getByLabel(/^Zelfstigma/).check()
    await expect.poll(() => sitePath(page.url())).toBe('/interventies/?thema=zelfstigma')
    const selfOnly = await visibleCards(page)
    expect(selfOnly).toBeGreaterThan(0)
    expect(selfOnly).toBeLessThan(total)
    expect(await status.textContent()).toBe(`${selfOnly} van ${total} interventies gevonden`)

    await page.getByRole('group', { name: 'Thema' }).getByLabel(/^Openheid/).check()
    await expect.poll(() => sitePath(page.url())).toBe('/interventies/?thema=openheid&thema=zelfstigma')
    expect(await visibleCards(page)).toBeGreaterThanOrEqual(selfOnly)

    await page.getByRole('button', { name: 'Wis alle filters' }).click()
    await expect.poll(() => sitePath(page.url())).toBe('/interventies/')
    expect(await visibleCards(page)).toBe(total)
  })

  it('restores the filters from the URL, also old links to the stigma type that is now one theme', async () => {
    const page = await browser.open('/overzicht/?soort=interventions&stigma=self')
    expect(await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Interventies/).isChecked()).toBe(true)
    expect(await page.getByRole('group', { name: 'Thema' }).getByLabel(/^Zelfstigma/).isChecked()).toBe(true)
    expect(await page.getByRole('group', { name: 'Soort stigma' }).getByLabel(/^Zelfstigma/).count()).toBe(0)
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/?soort=interventions&thema=zelfstigma')
    const types = await page.locator('.cards .card:visible .type').allTextContents()
    expect(types.length).toBeGreaterThan(0)
    expect(new Set(types)).toEqual(new Set(['Interventie']))
  })

  it('filters by duration band', async () => {
    const page = await browser.open('/overzicht/?duur=short')
    const facts = await page.locator('.cards .card:visible').allTextContents()
    expect(facts.length).toBeGreaterThan(0)
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/van \d+ onderdelen gevonden/)
  })

  it('drops unknown values from the URL, and says which (a theme renamed since the link was shared)', async () => {
    const page = await browser.open('/interventies/?thema=bestaat-niet&q=blijft')
    await expect.poll(() => sitePath(page.url())).toBe('/interventies/?q=blijft')
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^\d+ interventies$/)
    expect(await page.locator('[data-filter-unknown]').textContent()).toBe('Thema ‘bestaat-niet’ bestaat niet (meer) in de toolkit en is weggelaten.')
    expect(await page.locator('[data-filter-unknown]').isVisible()).toBe(true)
    // Known filters beside it still apply, and a valid address shows no notice.
    const mixed = await browser.open('/overzicht/?thema=hoop&thema=oud-thema&soort=bestaat-ook-niet')
    expect(await mixed.getByRole('group', { name: 'Thema' }).getByLabel(/^Hoop/).isChecked()).toBe(true)
    expect(await mixed.locator('[data-filter-unknown]').textContent()).toBe('Soort inhoud ‘bestaat-ook-niet’, Thema ‘oud-thema’ bestaan niet (meer) in de toolkit en zijn weggelaten.')
    const valid = await browser.open('/overzicht/?thema=hoop')
    expect(await valid.locator('[data-filter-unknown]').isVisible()).toBe(false)
  })

  it('says so when nothing matches', async () => {
    const overview = await browser.open('/overzicht/')
    const format = await overview.locator('input[name=vorm]').first().getAttribute('value')
    const page = await browser.open(`/overzicht/?soort=evidence&vorm=${format}`)
    expect(await visibleCards(page)).toBe(0)
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^Geen onderdelen gevonden met deze filters \(van \d+\)$/)
  })
})

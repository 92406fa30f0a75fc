import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openFilterGroup, sitePath, urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

/** Wall time from typing to the announced result count (includes the 180 ms debounce). */
const wallMs: number[] = []
/** Time the island spent in Pagefind: search plus loading the first results. */
const engineMs: number[] = []

/** Types a query, waits for the announced result count (for `shown`, the corrected query), and returns the result titles. */
async function search(page: Page, query: string, shown = query): Promise<string[]> {
  await page.locator('[data-search-ready]').waitFor({ timeout: 15_000 })
  const input = page.getByRole('searchbox', { name: 'Zoekterm' })
  const status = page.locator('[data-search-status]')
  await input.fill('')
  const started = Date.now()
  await input.fill(query)
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`“${shown}”`)
  wallMs.push(Date.now() - started)
  const ms = await page.locator('[data-search-results]').getAttribute('data-search-ms')
  if (ms) engineMs.push(Number(ms))
  return page.locator('.search-results h3').allTextContents()
}

afterAll(() => {
  if (wallMs.length === 0) return
  console.log(
    `zoeklatentie (typen → aankondiging, incl. 180 ms debounce): mediaan ${median(wallMs)} ms, max ${Math.max(...wallMs)} ms; ` +
      `Pagefind zoeken + resultaten laden: mediaan ${median(engineMs)} ms, max ${Math.max(...engineMs)} ms (${wallMs.length} zoekopdrachten)`,
  )
})

/** The counts shown beside the options of "Soort inhoud" (opened). */
async function typeCounts(page: Page): Promise<number[]> {
  const texts = await page.getByRole('group', { name: 'Soort inhoud' }).locator('[data-count]').allTextContents()
  return texts.map((text) => Number(text.match(/\d+/)?.[0] ?? 0))
}
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
const resultCount = async (page: Page) => Number((await page.locator('[data-search-status]').textContent())?.match(/^\d+/)?.[0] ?? NaN)

/** Opens a search page whose page table (toolkit-pages.json) is held back until `release()`. */
async function openWithTableHeld(path: string) {
  const page = await browser.open('about:blank')
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/pagefind\/toolkit-pages\.json$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(urlOf(path))
  return { page, release }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

describe('Dutch search', () => {
  it('finds other word forms (Dutch stemming), highlights matches and announces the count', async () => {
    const page = await browser.open('/zoeken/')
    const titles = await search(page, 'stigmatiseren')
    expect(titles.length).toBeGreaterThan(0)
    const marked = (await page.locator('.search-results mark').allTextContents()).map((word) => word.toLowerCase())
    expect(marked.length).toBeGreaterThan(0)
    expect(marked.some((word) => word.startsWith('stigmatiser') && word !== 'stigmatiseren'), marked.join(', ')).toBe(true)
    const status = page.locator('[data-search-status]')
    expect(await status.textContent()).toMatch(/^\d+ resultat(en)? voor “stigmatiseren”/)
    expect(await status.getAttribute('role')).toBe('status')
  })

  it('only indexes content, not listings or navigation', async () => {
    const page = await browser.open('/zoeken/')
    expect(await search(page, 'kruimelpad')).toEqual([])
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Geen resultaten voor “kruimelpad”/)
  })

  it('finds methods by abbreviation and by full name', async () => {
    const page = await browser.open('/zoeken/')
    expect(await search(page, 'HOP')).toContainEqual(expect.stringMatching(/Honest, Open.*\(HOP\)/))
    expect(await search(page, 'Honest Open Proud')).toContainEqual(expect.stringMatching(/\(HOP\)/))
    for (const abbreviation of ['WRAP', 'CORAL', 'MHFA', 'NECT', 'COMET']) {
      const titles = await search(page, abbreviation)
      expect(titles, abbreviation).toContainEqual(expect.stringContaining(`(${abbreviation})`))
    }
    expect(await search(page, 'Wellness Recovery Action Plan')).toContainEqual(expect.stringContaining('(WRAP)'))
    expect(await search(page, 'Mental Health First Aid')).toContainEqual(expect.stringContaining('(MHFA)'))
  })

  it('keeps query and filters in the URL, with the listings’ keys, and follows a result', async () => {
    const page = await browser.open('/zoeken/?q=stigma')
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toContain('“stigma”')
    const all = Number((await page.locator('[data-search-status]').textContent())!.match(/^\d+/)![0])
    await openFilterGroup(page, 'Soort inhoud')
    await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Interventies/).check()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('soort')).toEqual(['interventions'])
    expect(new URL(page.url()).searchParams.get('q')).toBe('stigma')
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('met de gekozen filters')
    const types = await page.locator('.search-results .type').allTextContents()
    expect(new Set(types)).toEqual(new Set(['Interventie']))
    const filtered = Number((await page.locator('[data-search-status]').textContent())!.match(/^\d+/)![0])
    expect(filtered).toBeLessThan(all)
    // Listing keys on both sides: the same filter on /overzicht/ is `soort=interventions` too.
    expect(new URL(page.url()).search).toMatch(/soort=interventions/)
    const first = page.locator('.search-results h3 a').first()
    const title = await first.textContent()
    await first.click()
    await page.waitForLoadState()
    expect(await page.locator('h1').textContent()).toBe(title)
  })

  it('restores query and filters from the URL (keys; old links with Dutch labels still work)', async () => {
    for (const path of ['/zoeken/?q=stigma&soort=evidence', '/zoeken/?q=stigma&soort=Onderbouwing']) {
      const page = await browser.open(path)
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toContain('met de gekozen filters')
      expect(await page.getByRole('searchbox', { name: 'Zoekterm' }).inputValue()).toBe('stigma')
      expect(await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Onderbouwing/).isChecked()).toBe(true)
      expect(new Set(await page.locator('.search-results .type').allTextContents())).toEqual(new Set(['Onderbouwing']))
      expect(new URL(page.url()).searchParams.getAll('soort')).toEqual(['evidence'])
    }
  })

  it('does one Pagefind search per query; ticking filters runs none', async () => {
    const page = await browser.open('/zoeken/')
    const searches = () => page.locator('[data-search-results]').getAttribute('data-pagefind-searches')
    await search(page, 'HOP')
    expect(await searches()).toBe('1')
    await openFilterGroup(page, 'Soort inhoud')
    for (const box of await page.getByRole('group', { name: 'Soort inhoud' }).locator('input:not([disabled])').all()) {
      await box.check()
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('met de gekozen filters')
    }
    expect(await searches()).toBe('1')
    await search(page, 'Honest Open Proud')
    expect(await searches()).toBe('2')
  })

  it('shows the first results without waiting for the page table; the filters’ counts for the query follow', async () => {
    const { page, release } = await openWithTableHeld('/zoeken/?q=stigma')
    // The results come while the table is held back: a first query does not wait for it.
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor “stigma”$/)
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    await openFilterGroup(page, 'Soort inhoud')
    const results = await resultCount(page)
    const allPages = sum(await typeCounts(page))
    expect(results).toBeLessThan(allPages)
    // Meanwhile the filters still show the counts of all pages, and say they are being updated.
    expect(await page.locator('[data-filter-form]').getAttribute('aria-busy')).toBe('true')
    release()
    // Then the counts of this query's results (a page without a type, such as /stigma/, counts under none).
    await expect.poll(() => page.locator('[data-filter-form]').getAttribute('aria-busy')).toBeNull()
    const counts = await typeCounts(page)
    expect(sum(counts)).toBeLessThanOrEqual(results)
    expect(sum(counts)).toBeGreaterThan(0)
    // The number beside an option is what ticking it gives, without another Pagefind search.
    const interventions = page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Interventies/)
    const promised = Number((await interventions.locator('xpath=..').locator('[data-count]').textContent())?.match(/\d+/)?.[0])
    await interventions.check()
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('met de gekozen filters')
    expect(await resultCount(page)).toBe(promised)
    expect(await page.locator('[data-search-results]').getAttribute('data-pagefind-searches')).toBe('1')
  })

  it('filters by a box ticked before the page table is in, once it is', async () => {
    const { page, release } = await openWithTableHeld('/zoeken/?q=stigma')
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor “stigma”$/)
    await openFilterGroup(page, 'Soort inhoud')
    await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Interventies/).check()
    expect(await page.locator('[data-search]').getAttribute('aria-busy')).toBe('true')
    release()
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('met de gekozen filters')
    expect(new Set(await page.locator('.search-results .type').allTextContents())).toEqual(new Set(['Interventie']))
    const counted = await page.getByRole('group', { name: 'Soort inhoud' }).getByLabel(/^Interventies/).locator('xpath=..').locator('[data-count]').textContent()
    expect(counted).toBe(`(${await resultCount(page)})`)
    expect(await page.locator('[data-search-results]').getAttribute('data-pagefind-searches')).toBe('1')
  })

  it('searches by filters alone: every page of the chosen types, by type', async () => {
    const page = await browser.open('/zoeken/?soort=evidence&soort=themes')
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultat(en)? met de gekozen filters$/)
    const more = page.locator('[data-search-more]')
    const items = page.locator('.search-results li')
    while (await more.isVisible()) {
      const shown = await items.count()
      await more.click()
      await expect.poll(() => items.count()).toBeGreaterThan(shown)
    }
    const types = await page.locator('.search-results .type').allTextContents()
    expect(types.length).toBe(await resultCount(page))
    // Themes first (where a team starts), then the evidence: the order of /overzicht/.
    const firstEvidence = types.indexOf('Onderbouwing')
    expect(firstEvidence).toBeGreaterThan(0)
    expect(new Set(types.slice(0, firstEvidence))).toEqual(new Set(['Thema']))
    expect(new Set(types.slice(firstEvidence))).toEqual(new Set(['Onderbouwing']))
  })

  it('forgives: typos are corrected, English terms and synonyms find Dutch pages, zero results offer a way on', async () => {
    const page = await browser.open('/zoeken/')
    const typo = await search(page, 'zelfstigam', 'zelfstigma')
    expect(typo[0]).toMatch(/zelfstigma/i)
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(true)
    expect(await page.locator('[data-search-correction]').textContent()).toContain('Bedoelde je “zelfstigma”')
    expect(await search(page, 'recovery')).toContainEqual('Herstel')
    expect((await search(page, 'eerste hulp')).slice(0, 3)).toContainEqual(expect.stringContaining('(MHFA)'))
    expect(await search(page, 'kruimelpad')).toEqual([])
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true)
    expect(await page.locator('[data-search-empty]').getByRole('link', { name: /Vind een methode/ }).count()).toBe(1)
  })

  it('shows excerpts of content only: no interface text, numbers whole', async () => {
    const page = await browser.open('/zoeken/')
    await search(page, 'download')
    const excerpts = (await page.locator('.search-results li p:not(.type)').allTextContents()).join(' ')
    expect(excerpts).not.toMatch(/Download pdf/i)
    await search(page, 'vrijwilligerswerk')
    await search(page, 'zelfbeeld')
    const numbers = (await page.locator('.search-results li p:not(.type)').allTextContents()).join(' ')
    expect(numbers).not.toMatch(/\d\. \d+%/)
  })

  it('keeps the hidden search words out of the excerpts: synonyms find a page but are not shown as its text', async () => {
    const page = await browser.open('/zoeken/')
    const titles = await search(page, 'self-stigma')
    expect(titles).toContainEqual('Zelfstigma')
    const excerpts = await page.locator('.search-results li p:not(.type)').allTextContents()
    expect(excerpts.length).toBeGreaterThan(0)
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/self-stigma|internali[sz]ed|⁂/i)
    // A theme counts its items in Dutch: one of a kind in the singular.
    expect(excerpts.join(' ')).not.toMatch(/\b1 (werkvormen|filmfragmenten|interventies|casussen|handreikingen|impactproducties)\b/)
  })

  it('indexes theme pages', async () => {
    const page = await browser.open('/zoeken/?q=openheid&soort=themes')
    await expect.poll(() => page.locator('.search-results h3').allTextContents(), { timeout: 15_000 }).toContain('Openheid')
  })

  it('accepts a query from the header search form on any page', async () => {
    const page = await browser.open('/werkvormen/')
    await page.getByRole('searchbox', { name: 'Zoek in de toolkit' }).fill('empowerment')
    await page.getByRole('searchbox', { name: 'Zoek in de toolkit' }).press('Enter')
    await page.waitForURL(/\/zoeken\/\?q=empowerment/)
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/resulta/)
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
  })

  it('works when the site is served under a sub-path', async () => {
    const site = inject('subpathSiteUrl')
    const base = new URL(site).pathname
    const page = await browser.open('/zoeken/', site)
    expect(await page.locator('link[rel=stylesheet]').getAttribute('href')).toMatch(new RegExp(`^${base}`))
    const titles = await search(page, 'zelfstigma')
    expect(titles.length).toBeGreaterThan(0)
    const hrefs = await page.locator('.search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${base}`))
    await page.locator('.search-results h3 a').first().click()
    await page.waitForLoadState()
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true)
    expect(await page.locator('h1').textContent()).toBe(titles[0])
    expect(sitePath(page.url(), site)).not.toContain(base)
  })
})

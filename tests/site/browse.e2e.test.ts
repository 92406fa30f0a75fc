import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cardLink, cardLinks, sitePath, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

describe('browsing the toolkit', () => {
  it('leads from the home page by need to a method', async () => {
    const page = await browser.open('/')
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expect.poll(() => page.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining(['Weinig tijd', 'Een thema', 'Een soort methode']),
    )
    await page.getByRole('link', { name: 'Tot 30 minuten' }).first().click()
    await expect.poll(() => sitePath(page.url())).toBe('/overzicht/?duur=short')
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Interventies' }).click()
    expect(await page.locator('h1').textContent()).toBe('Interventies')
    await page.locator('.cards').getByRole('link', { name: /\(HOP\)/ }).click()
    expect(await page.locator('h1').textContent()).toMatch(/Honest, Open.*\(HOP\)/)
    expect(await page.locator('.related').count()).toBe(1)
  })

  it('shows a fragment with its duration and, without questions of its own, the maker\'s question sheet; no editor notes', async () => {
    const page = await browser.open('/filmfragmenten/hoop/')
    expect(await page.locator('h1').textContent()).toBe('Hoop')
    const facts = await page.locator('.facts').textContent()
    expect(facts).toContain('5 min 15 s')
    // The sources give no questions for fragment 7: the page points to where they are.
    expect(await page.locator('.questions').count()).toBe(0)
    const sheet = page.locator('.question-sheet a')
    expect(await sheet.getAttribute('href')).toMatch(/^https:\/\/tools\.ggzzonderstigma\.nl\//)
    expect(await page.locator('h2', { hasText: 'Opdracht' }).count()).toBe(0)
    const text = await page.locator('main').textContent()
    expect(text).not.toMatch(/nog niet beschikbaar|niet in de bronnen/i)
  })

  it('gives every question of a fragment an anchor on the fragment page', async () => {
    // The sources give no questions yet: the synthetic fixture site has some (more in questions.e2e.test.ts).
    const site = inject('fixtureSiteUrl')
    const listing = await browser.open('/filmfragmenten/', site)
    let checked = 0
    for (const href of await cardLinks(listing)) {
      const page = await browser.open(href, site)
      for (const id of await page.locator('.questions li').evaluateAll((items) => items.map((item) => item.id))) {
        expect(id).toMatch(/^(algemeen|praktijk|thematisch|stigma)-\d+$/)
        await page.goto(`${href}#${id}`)
        expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('LI')
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(0)
  })


  it('shows the production with its session guide and the fragments it has, nothing about the others', async () => {
    const listing = await browser.open('/impactproducties/')
    const page = await browser.open(await cardLink(listing, 'Bij nader inzien'))
    expect(await page.locator('h1').textContent()).toBe('Bij nader inzien')
    expect(await page.locator('h2', { hasText: 'Draaiboek' }).count()).toBe(1)
    expect(await page.locator('section h3').count()).toBeGreaterThanOrEqual(4)
    expect(await page.getByText(/nog niet beschikbaar/i).count()).toBe(0)
    expect(await page.locator('a', { hasText: 'Hoop' }).count()).toBeGreaterThan(0)
  })

  it('shows a survey table as chart and table, compares clients and professionals, and offers CSV', async () => {
    const listing = await browser.open('/onderbouwing/')
    const page = await browser.open(await cardLink(listing, 'Tabel 4.5'))
    const chart = page.locator('figure.chart [role="img"]').first()
    expect(await chart.locator('.chart-bar').count()).toBeGreaterThan(5)
    const rows = await page.locator('table').first().locator('tbody tr').count()
    expect(await chart.locator('.chart-bar').count()).toBe(rows)
    expect(await page.getByRole('heading', { name: 'Cliënten en hulpverleners vergeleken' }).count()).toBe(1)
    expect(await page.locator('table').nth(1).locator('thead th').allTextContents()).toEqual(['Antwoord', 'Cliënten', 'Hulpverleners'])
    const csvHref = await page.getByRole('link', { name: /als CSV/ }).getAttribute('href')
    const csv = await fetch(new URL(csvHref!, page.url())).then(async (response) => ({
      type: response.headers.get('content-type'),
      text: await response.text(),
    }))
    expect(csv.type).toBe('text/csv; charset=utf-8')
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('antwoord;n;percentage')
    expect(csv.text.trim().split('\r\n')).toHaveLength(rows + 1)
    // Chart and table need no JavaScript; the one script is the "Insluiten" panel's (copy, preview).
    expect(await page.locator('script').count()).toBeLessThanOrEqual(1)
  })

  it('lists key figures with their sources on the stigma page', async () => {
    const page = await browser.open('/stigma/')
    expect(await page.locator('.key-figure').count()).toBeGreaterThan(0)
    expect(await page.locator('h2', { hasText: 'Bronnen' }).count()).toBe(1)
    expect(await page.locator('cite').first().textContent()).toContain('Landelijke Monitor')
  })

  it('names the kind of item in the page title, so two items of one name are told apart', async () => {
    // "Bij nader inzien" is both the impact production and the intervention: one tab, bookmark or screen reader's page list each.
    const production = await browser.open('/impactproducties/bij-nader-inzien/')
    const intervention = await browser.open('/interventies/bij-nader-inzien/')
    expect(await production.title()).toBe('Bij nader inzien · Impactproductie · Toolkit destigmatisering')
    expect(await intervention.title()).toBe('Bij nader inzien · Interventie · Toolkit destigmatisering')
  })

  it('gives search engines a sitemap of every public page, and shared links their title, summary and one address', async () => {
    const robots = await fetch(new URL('robots.txt', inject('siteUrl')))
    const sitemapUrl = (await robots.text()).match(/^Sitemap: (.*)$/m)?.[1]
    expect(sitemapUrl).toBe(new URL('sitemap.xml', inject('siteUrl')).href)
    const sitemap = await (await fetch(sitemapUrl!)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
    for (const path of ['/', '/werkvormen/de-rol-van-empowerment/', '/filmfragmenten/hoop/', '/themas/', '/plannen/']) expect(pages).toContain(new URL(path.slice(1), inject('siteUrl')).pathname)
    // Not for search engines, and saying so: embed views, search results, the participants' form (it needs a session's link).
    for (const path of ['/embed/', '/zoeken/', '/evaluatie/']) expect(pages.filter((listed) => listed.includes(path)), path).toEqual([])
    const search = await browser.open('/zoeken/')
    expect(await search.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
    expect(await search.locator('link[rel="canonical"]').count()).toBe(0)

    const page = await browser.open('/werkvormen/de-rol-van-empowerment/')
    const head = (selector: string, attribute: string) => page.locator(selector).getAttribute(attribute)
    expect(await head('link[rel="canonical"]', 'href')).toBe(new URL('werkvormen/de-rol-van-empowerment/', inject('siteUrl')).href)
    expect(await head('meta[property="og:title"]', 'content')).toBe('De rol van empowerment · Werkvorm')
    expect(await head('meta[property="og:description"]', 'content')).toBe(await head('meta[name="description"]', 'content'))
    expect(await head('meta[property="og:url"]', 'content')).toBe(await head('link[rel="canonical"]', 'href'))
  })

  it('answers an unknown page with the Dutch 404 page', async () => {
    const page = await browser.open('/bestaat-niet/')
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden')
    // A printout names the address asked for, not the page the host served for it (/404/).
    await expect.poll(() => page.locator('.print-address').textContent()).toBe(page.url())
  })
})

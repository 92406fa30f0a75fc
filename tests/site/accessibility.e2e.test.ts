import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cardLink, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

/** One page of every template; detail pages are found through their listing. */
const TEMPLATES: Array<{ name: string; path: string; from?: string; pick?: string }> = [
  { name: 'home', path: '/' },
  { name: 'alle inhoud', path: '/overzicht/?stigma=self' },
  { name: 'lijst filmfragmenten', path: '/filmfragmenten/' },
  { name: 'filmfragment', path: '/filmfragmenten/', from: 'list', pick: 'Hoop' },
  { name: 'lijst werkvormen', path: '/werkvormen/' },
  { name: 'werkvorm', path: '/werkvormen/', from: 'list' },
  { name: 'lijst interventies', path: '/interventies/' },
  { name: 'interventie', path: '/interventies/', from: 'list', pick: 'HOP' },
  { name: 'lijst casussen', path: '/casussen/' },
  { name: 'casus', path: '/casussen/', from: 'list' },
  { name: 'lijst handvatten', path: '/handvatten/' },
  { name: 'handvatten', path: '/handvatten/', from: 'list' },
  { name: 'lijst onderbouwing', path: '/onderbouwing/' },
  { name: 'enquêtetabel met vergelijking', path: '/onderbouwing/', from: 'list', pick: 'Tabel 4.5' },
  { name: 'bevinding', path: '/onderbouwing/', from: 'list', pick: 'Kerncijfer' },
  { name: 'impactproductie', path: '/impactproducties/', from: 'list' },
  { name: 'lijst thema’s', path: '/themas/' },
  { name: 'thema', path: '/themas/', from: 'list' },
  { name: 'stigma in de ggz', path: '/stigma/' },
  { name: 'zoeken met resultaten', path: '/zoeken/?q=hoop&soort=Filmfragment' },
  { name: 'niet gevonden', path: '/bestaat-niet/' },
]

describe('axe-core on every page template (WCAG 2.1 A and AA)', () => {
  for (const template of TEMPLATES) {
    it(template.name, async () => {
      let page = await browser.open(template.path)
      if (template.from === 'list') {
        const href = await cardLink(page, template.pick)
        await page.goto(href)
      }
      if (template.path.startsWith('/zoeken/')) {
        await page.locator('.search-results li').first().waitFor({ timeout: 15_000 })
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }))
      expect(violations, page.url()).toEqual([])
    })
  }

  it('a question page of a fragment', async () => {
    // The sources give no fragment questions yet, so the synthetic fixture
    // (site/test/fixtures), built by the global setup, checks this template.
    const page = await browser.open('/filmfragmenten/', inject('fixtureSiteUrl'))
    const fragments = page.locator('.cards .card h2 a, .cards .card h3 a')
    const hrefs = await fragments.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    let checked = 0
    for (const href of hrefs) {
      await page.goto(href)
      const question = page.locator('a.question-link').first()
      if ((await question.count()) === 0) continue
      await question.click()
      await page.waitForLoadState()
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((violation) => violation.id), page.url()).toEqual([])
      checked += 1
    }
    expect(checked, 'the fixture has a fragment with questions').toBeGreaterThan(0)
  })
})

import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { urlOf, useBrowser } from './helpers.ts'
import { TEMPLATES, gotoTemplate } from './templates.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

describe('axe-core on every page template (WCAG 2.1 A and AA)', () => {
  for (const template of TEMPLATES) {
    it(template.name, async () => {
      const page = await browser.open('about:blank')
      await gotoTemplate(page, template, (path) => urlOf(path))
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

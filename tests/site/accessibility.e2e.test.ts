import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { urlOf, useBrowser } from './helpers.ts'
import { TEMPLATES, gotoTemplate } from './templates.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

describe('axe-core on every page template (WCAG 2.1 A and AA, and 2.2 AA)', () => {
  for (const template of TEMPLATES) {
    it(template.name, async () => {
      const page = await browser.open('about:blank')
      await gotoTemplate(page, template, (path) => urlOf(path))
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }))
      expect(violations, page.url()).toEqual([])
    })
  }
  // A fragment with questions, also while presenting them: questions.e2e.test.ts.
})

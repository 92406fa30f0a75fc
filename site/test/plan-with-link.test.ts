/**
 * "Plan een bijeenkomst met deze werkvorm / dit filmfragment": the link from
 * a method's page to the planner with that method in the plan. On the page
 * only: marked so the embed view an organisation puts in its intranet leaves
 * it out (src/lib/embed/item-view.ts; shown in a browser by
 * tests/site/embed-page.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { planFromSearch } from '../src/lib/planner/url.ts'
import { withSiteModules } from './astro-render.ts'
import { seedCatalog, seedSnapshot } from './planner-helpers.ts'

describe('the planner link on an activity’s and a fragment’s page', () => {
  it('is a real link to /plannen/ with the method, under the facts with the PDF, and marked as the page\'s own, left out of the embed view', { timeout: 60_000 }, async () => {
    await withSiteModules(async (load) => {
      const { experimental_AstroContainer } = await load('astro/container')
      const { indexContent } = await load('/src/lib/content/index.ts')
      const ActivityDetail = (await load('/src/components/details/ActivityDetail.astro')).default
      const FragmentDetail = (await load('/src/components/details/FragmentDetail.astro')).default
      const snapshot = seedSnapshot()
      const content = indexContent(snapshot)
      const activity = snapshot.collections.activities[0]!
      const fragment = snapshot.collections.fragments[0]!
      const container = await experimental_AstroContainer.create()
      const pages = [
        { html: () => container.renderToString(ActivityDetail, { props: { content, activity }, params: { slug: activity.slug } }), kind: 'werkvorm', slug: activity.slug, text: 'Plan een bijeenkomst met deze werkvorm' },
        { html: () => container.renderToString(FragmentDetail, { props: { content, fragment }, params: { slug: fragment.slug } }), kind: 'fragment', slug: fragment.slug, text: 'Plan een bijeenkomst met dit filmfragment' },
      ]
      for (const page of pages) {
        const html: string = await page.html()
        const link = /<p class="plan-with no-print"([^>]*)>\s*<a href="([^"]+)">([^<]+)<\/a>/.exec(html)
        expect(link, page.kind).not.toBeNull()
        expect(link![1]).toContain('data-embed-omit')
        expect(link![2]).toBe(`/plannen/?${page.kind}=${page.slug}`)
        expect(link![3]).toBe(page.text)
        // Where the actions are: after the facts, before the content.
        expect(html.indexOf('class="plan-with')).toBeGreaterThan(html.indexOf('class="facts"'))
        expect(html.indexOf('class="plan-with')).toBeLessThan(html.indexOf('<h2'))
        // The planner the link opens holds the method.
        const { plan } = planFromSearch(new URL(link![2]!, 'https://example.org').search, seedCatalog())
        expect(plan.items.some((item) => 'slug' in item && item.slug === page.slug)).toBe(true)
      }
    })
  })
})

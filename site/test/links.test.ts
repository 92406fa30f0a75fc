/**
 * Links from content reach an href only as absolute http(s) links, by the
 * content model's rule: the detail templates (also used by the draft preview)
 * take every content link through `safeHref`, checked by rendering them.
 */
import { describe, expect, it } from 'vitest'
import { safeHref } from '../src/lib/view/links.ts'
import { withSiteModules } from './astro-render.ts'

describe('safeHref', () => {
  it('passes http(s) links and drops everything else', () => {
    expect(safeHref('https://vimeo.com/123')).toBe('https://vimeo.com/123')
    expect(safeHref('http://example.org/a?b=c')).toBe('http://example.org/a?b=c')
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'htp:/kapotte link', 'data:text/html,x', '//evil.example', 'vimeo.com/1', '', null, undefined]) {
      expect(safeHref(bad as string), String(bad)).toBeUndefined()
    }
  })
})

describe('the draft preview renders no link that is not http(s)', { timeout: 120_000 }, () => {
  it('even when the content holds one (past the CMS and the loader)', async () => {
    await withSiteModules(async (load) => {
      const { experimental_AstroContainer } = await load('astro/container')
      const { indexContent } = await load('/src/lib/content/index.ts')
      const details = {
        fragments: (await load('/src/components/details/FragmentDetail.astro')).default,
        productions: (await load('/src/components/details/ProductionDetail.astro')).default,
        interventions: (await load('/src/components/details/InterventionDetail.astro')).default,
      }
      const { pdfFixture } = await import('./pdf-fixtures.ts')
      const snapshot = pdfFixture()
      // What a broken or hostile draft would hold, put in after validation.
      const bad = 'javascript:alert(1)'
      const fragment = snapshot.collections.fragments[0]!
      Object.assign(fragment, { videoUrl: bad, questionSheetUrl: 'htp:/kapotte link', questions: { general: [], practice: [], thematic: [], stigma: [] }, assignment: undefined })
      const production = snapshot.collections.productions[0]!
      Object.assign(production, { websiteUrl: bad })
      const intervention = snapshot.collections.interventions[0]!
      Object.assign(intervention, { links: [{ label: 'Kapot', url: bad }, { label: 'Goed', url: 'https://example.org/goed' }] })
      const content = indexContent(snapshot)
      const container = await experimental_AstroContainer.create()
      const pages = [
        await container.renderToString(details.fragments, { props: { content, fragment }, params: { slug: fragment.slug } }),
        await container.renderToString(details.productions, { props: { content, production }, params: { slug: production.slug } }),
        await container.renderToString(details.interventions, { props: { content, intervention }, params: { slug: intervention.slug } }),
      ]
      const hrefs = pages.flatMap((html) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!))
      expect(hrefs.length).toBeGreaterThan(3)
      expect(hrefs.filter((href) => /javascript:|htp:/i.test(href))).toEqual([])
      expect(hrefs).toContain('https://example.org/goed')
    })
  })
})

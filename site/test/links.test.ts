/**
 * Links from content reach an href only as absolute http(s) links, by the
 * content model's rule: the detail templates (also used by the draft preview)
 * take every content link through `safeHref`, checked by rendering them.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeHref } from '../src/lib/view/links.ts'

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
    const { createServer } = await import('vite')
    const { getViteConfig } = await import('astro/config')
    const siteDir = path.resolve(import.meta.dirname, '..')
    // As the preview server does (scripts/preview-server.mjs): a draft has no PDFs.
    const noPdfs = {
      name: 'test:no-pdfs',
      enforce: 'pre' as const,
      resolveId: (id: string) => (id === 'virtual:toolkit-pdf' ? '\0virtual:toolkit-pdf-test' : undefined),
      load: (id: string) => (id === '\0virtual:toolkit-pdf-test' ? 'export default {}' : undefined),
    }
    const config = await getViteConfig(
      { plugins: [noPdfs], server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: 'custom', logLevel: 'silent' },
      { root: siteDir, logLevel: 'silent' },
    )({ mode: 'development', command: 'serve' })
    const vite = await createServer({ ...config, configFile: false })
    try {
      const { experimental_AstroContainer } = await vite.ssrLoadModule('astro/container')
      const { indexContent } = await vite.ssrLoadModule('/src/lib/content/index.ts')
      const details = {
        fragments: (await vite.ssrLoadModule('/src/components/details/FragmentDetail.astro')).default,
        productions: (await vite.ssrLoadModule('/src/components/details/ProductionDetail.astro')).default,
        interventions: (await vite.ssrLoadModule('/src/components/details/InterventionDetail.astro')).default,
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
    } finally {
      await vite.close()
    }
  })
})

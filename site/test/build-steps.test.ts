/**
 * The build report's steps (src/build/phases.ts): where the wait for the
 * pages and the search index goes, which the benchmark uses to explain a
 * missed goal (bench/goals.mjs). Runs the real build (scripts/build.mjs) on
 * the small fixture twice: in full, then after one edit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from './build-helpers.ts'
import { rawFixture } from './helpers.ts'

type Steps = {
  astroStartMs: number
  bundleMs: number
  renderPagesMs: number
  takeOverMs: number
  takenOver: number
  afterRenderMs: number
  index: { pages: number; addMs: number; writeMs: number; searchDataMs: number } | null
}

describe('the build report’s steps', { timeout: 300_000 }, () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-build-steps-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  async function build(collections: Record<string, any[]>, name: string, env?: Record<string, string>) {
    const file = join(dir, `${name}.json`)
    await writeFile(file, JSON.stringify(wrapSnapshot(collections, '2025-01-15T10:00:00.000Z')))
    const report = await buildSite({ snapshot: file, out: join(dir, 'site'), pdfCache: join(dir, 'pdf-cache'), env })
    return report as typeof report & { steps: Steps }
  }

  it('splits the wait for the pages into Astro’s start, bundling, rendering and taking files over, and the index into its parts', async () => {
    const collections = structuredClone(rawFixture().collections)
    // Without SITE_URL (its default is the address the other builds name): a build meant to be published is warned.
    const full = await build(collections, 'full', { SITE_URL: '' })
    expect(full.log).toMatch(/SITE_URL is niet gezet, dus noemen sitemap\.xml.* http:\/\/localhost:4321\. Zet SITE_URL/)
    expect(full.steps.astroStartMs).toBeGreaterThan(0)
    expect(full.steps.bundleMs).toBeGreaterThan(0)
    expect(full.steps.renderPagesMs).toBeGreaterThan(0)
    expect(full.steps.takenOver).toBe(0)
    expect(full.steps.index).toMatchObject({ pages: expect.any(Number) })
    expect(full.steps.index!.pages).toBeGreaterThan(0)
    expect(full.steps.index!.addMs + full.steps.index!.writeMs).toBeGreaterThan(0)

    const [fragment] = collections.fragments!
    fragment.description = `${fragment.description ?? ''} (Bewerkt.)`
    fragment.updatedAt = new Date(Date.parse(fragment.updatedAt) + 60_000).toISOString()
    const edit = await build(collections, 'edit')
    // Given an address, as `npm start` gives its own, the build says nothing about it.
    expect(edit.log).not.toMatch(/SITE_URL/)
    expect(edit.incremental?.changedDocuments).toBe(1)
    // Every file not rendered again was taken over from the live site.
    expect(edit.steps.takenOver).toBeGreaterThan(edit.pages / 2)
    expect(edit.steps.takeOverMs).toBeGreaterThan(0)
    expect(edit.steps.renderPagesMs).toBeGreaterThan(0)
    // The edited text is indexed: the index was made again, of every indexed page.
    expect(edit.steps.index?.pages).toBe(full.steps.index!.pages)

    // The steps do not overlap: with the phases timed apart inside the Astro process (content, PDFs, the rest of the
    // render phase), they fit within the time until the pages were live.
    for (const report of [full, edit]) {
      const { astroStartMs, bundleMs, renderPagesMs, takeOverMs, afterRenderMs } = report.steps
      const steps = astroStartMs + bundleMs + renderPagesMs + takeOverMs + afterRenderMs
      expect(steps).toBeGreaterThan(0)
      expect(steps + report.phases.loadMs).toBeLessThanOrEqual(report.phases.pagesLiveMs + 2)
    }
  })
})

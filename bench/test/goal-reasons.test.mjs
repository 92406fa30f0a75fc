import { describe, expect, it } from 'vitest'
import { evaluateGoals } from '../goals.mjs'
import { measuredBuild, sampleResult } from './fixtures.mjs'

/** The goal's cell for the fixture's one size. */
const cell = (result, id) => evaluateGoals(result).find((entry) => entry.id === id).bySize[0]

describe('a missed goal says why, from the run’s own figures, and what it would take', () => {
  it('one edit: the pages’ wait step by step, and the index that Pagefind makes again from every indexed page', () => {
    const edit = cell(sampleResult({ editSeconds: 16, ...measuredBuild() }), 'edit-build')
    expect(edit.met).toBe(false)
    expect(edit.reason).toBe(
      'Pages live after 9.0 s: Astro’s start (Node, Astro, configuration) 1.5 s, our start hooks (content, PDFs, plan) 0.6 s, ' +
        'Astro’s bundling before the first page renders 3.0 s, rendering 7 pages (every route’s getStaticPaths included) 1.4 s, taking over 4,000 unchanged files 1.5 s, ' +
        'after rendering (PDF links, pages read back, oEmbed files, state) 0.5 s, the build script around Astro (locks, clean-up, swap) 0.5 s; ' +
        'index 7.0 s: Pagefind reads every indexed page again (1,000, 3.0 s) and writes the whole index (2.0 s) — it has no incremental update; our search data 1.5 s.',
    )
    expect(edit.wouldTake).toContain('The index took 7.0 s of the 15 s, the pages 9.0 s.')
    expect(edit.wouldTake).toContain('an index that updates per page, which Pagefind 1.x does not offer')
    expect(edit.wouldTake).toContain('mergeIndex')
  })

  it('one edit until the pages are live: what every edit pays whatever it changed, and how much must go', () => {
    const live = cell(sampleResult({ ...measuredBuild({ pagesLiveMs: 17_000 }) }), 'edit-pages-live')
    expect(live).toMatchObject({ value: 17, met: false })
    expect(live.reason).toContain('the build script around Astro (locks, clean-up, swap) 8.5 s')
    // Astro's start 1.5 + bundling 3.0; taking over 1.5 s for 4,000 files.
    expect(live.wouldTake).toMatch(/^4\.5 s of it is paid on every edit however small .*taking over grows with the site \(375 ms per 1,000 files\)\. Under 15 s needs 2\.0 s less/)
  })

  it('the cold build until the pages are live: pages per document and time per page against the baseline’s, and what would fit', () => {
    // Baseline: 8 s for 1,001 pages of 1,000 documents (its astro build 5 s); the site: 5,000 pages.
    const coldAt = (pagesLiveMs) => {
      const result = sampleResult({ coldSeconds: 40, ...measuredBuild({ pagesLiveMs }) })
      result.sizes[0].ratios.coldPagesLive = 8 / (pagesLiveMs / 1000)
      return cell(result, 'cold-pages-live')
    }
    const missed = coldAt(20_000)
    expect(missed.met).toBe(false)
    expect(missed.reason).toContain('The site writes 5.0 pages per document (the baseline 1.0) at 0.28 ms per page (the baseline’s whole astro build, its start and bundling included: 5.00 ms per page)')
    expect(missed.reason).toContain('rendering 5,000 pages (0.28 ms each) 1.4 s')
    // Within 16 s: besides rendering 18.6 s already, so no page would fit.
    expect(missed.wouldTake).toContain('0.5× means pages live within 16.0 s, 4.0 s sooner. Even without rendering the build took 18.6 s')
    // With the baseline's own steps: rendering against rendering.
    const result = sampleResult({ coldSeconds: 40, ...measuredBuild({ pagesLiveMs: 20_000 }) })
    Object.assign(result.sizes[0], { ratios: { ...result.sizes[0].ratios, coldPagesLive: 0.4 } })
    result.sizes[0].baseline.steps = { astroStartMs: 1000, bundleMs: 1200, renderPagesMs: 2002 }
    expect(cell(result, 'cold-pages-live').reason).toContain('at 0.28 ms per page (the baseline 2.00 ms per page; its Astro start and bundling 2.2 s)')
    // Within 16 s after 15.6 s besides rendering: 0.4 s at 0.28 ms per page.
    expect(coldAt(17_000).wouldTake).toContain('in what is left, rendering at this speed fits 1,429 pages (1.4 per document)')
  })

  it('the output: bytes per document by folder against the baseline’s, and what the folders that are not pages cost', () => {
    const result = sampleResult()
    result.sizes[0].ratios.outputWithoutPdf = 4
    Object.assign(result.sizes[0].site.warm, {
      outputBytesWithoutPdf: 40e6,
      bytesUnder: { pdf: 70e6, oembed: 10e6, 'open-data': 4e6, pagefind: 2e6, werkvormen: 24e6 },
      filesUnder: { pdf: 1000, oembed: 1000, 'open-data': 7, pagefind: 300, werkvormen: 1000 },
    })
    result.sizes[0].baseline.bytesUnder = { pagefind: 4e6, activities: 6e6 }
    const output = cell(result, 'output-bytes')
    expect(output.met).toBe(false)
    expect(output.reason).toBe(
      '40.0 KB per document without pdf/, the baseline 10.0 KB (one page per document and its index), 1,000 documents. ' +
        'Per document by folder: werkvormen/ 24.0 KB (1,000 files), oembed/ 10.0 KB (1,000 files), open-data/ 4.0 KB (7 files), pagefind/ 2.0 KB (300 files).',
    )
    expect(output.wouldTake).toContain('≤ 3× allows 30.0 KB per document: 10.0 KB less per document (10.0 MB at this N).')
    expect(output.wouldTake).toContain('oembed/ (10.0 KB): a JSON file per document for oEmbed')
    expect(output.wouldTake).toContain(
      'Without these folders the output would be 2.60× the baseline’s: the search index 2.0 KB per document (the baseline’s 4.0 KB), the pages and the rest 24.0 KB (the baseline’s pages 6.0 KB).',
    )
  })

  it('memory: which build peaked and which process held most at that moment', () => {
    const result = sampleResult({ peakRssMb: 900 })
    Object.assign(result.sizes[0].site.edit, { peakRssMb: 2300, peakProcesses: [{ command: 'node astro-build.mjs', mb: 1800 }, { command: 'node build.mjs', mb: 500 }] })
    const memory = cell(result, 'peak-memory')
    expect(memory).toMatchObject({ value: 2300, met: false })
    expect(memory.reason).toBe('The one-edit build peaked (cold 900 MB, warm 900 MB, one-edit 2,300 MB; the baseline 400 MB). At its peak: node astro-build.mjs 1,800 MB, node build.mjs 500 MB.')
    expect(memory.wouldTake).toMatch(/^252 MB less at the one-edit build’s peak, where node astro-build.mjs held 1,800 MB/)
  })

  it('a met goal carries no reason', () => {
    const warm = cell(sampleResult({ warmSeconds: 10, ...measuredBuild() }), 'warm-build')
    expect(warm.met).toBe(true)
    expect(warm.reason).toBeUndefined()
  })

  it('says what the run did not measure instead of making it up', () => {
    // A build report from before the steps: the phases only.
    const { phases } = measuredBuild()
    const edit = cell(sampleResult({ editSeconds: 16, phases }), 'edit-build')
    expect(edit.reason).toContain('this run’s build report had no finer steps')
    expect(edit.wouldTake).toBe('Not known from this run: the steps say where the time goes.')
    // No build report at all; a goal without a breakdown.
    expect(cell(sampleResult({ editSeconds: 16 }), 'edit-build').reason).toBe('This run measured no breakdown of this figure.')
    const untimed = sampleResult()
    delete untimed.sizes[0].search.samples[0].cold.ms
    expect(cell(untimed, 'search-time')).toMatchObject({ met: false, reason: 'This run measured no breakdown of this figure.' })
  })

  it('search bytes: the files the largest first query loaded before its results', () => {
    const result = sampleResult()
    result.sizes[0].search.cold.searchBytesBeforeResultsP95 = 160_000
    result.sizes[0].search.samples[1].cold.searchBytesBeforeResults = 160_000
    expect(cell(result, 'search-bytes')).toMatchObject({
      met: false,
      reason: 'The largest first query, “hoop”, loaded 160.0 KB of search files before its results: index chunks 88.0 KB, WebAssembly 61.0 KB.',
      wouldTake: '10.0 KB less before the results, from the files above.',
    })
  })

  it('the CMS list: this CMS beside bare Payload at 10 connections', () => {
    const side = (rps, p95) => ({ rps, p50: p95 / 2, p95, errors: 0, timeouts: 0 })
    const result = { ...sampleResult(), cms: { size: 10_000, rows: [{ request: 'GET /api/fragments?limit=20&depth=1', connections: 10, ours: side(300, 80), bare: side(250, 30), ratio: 1.2 }] } }
    const rps = evaluateGoals(result).find((goal) => goal.id === 'cms-list-rps').cms
    expect(rps).toMatchObject({ met: false })
    expect(rps.reason).toBe('`GET /api/fragments?limit=20&depth=1` at 10 connections: this CMS 300 requests per second, p50 40 ms, p95 80 ms, 0 errors; bare Payload 250 requests per second, p50 15 ms, p95 30 ms, 0 errors.')
  })
})

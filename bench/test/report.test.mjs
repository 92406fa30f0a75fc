import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { renderMarkdown, writeResultsPage } from '../report.mjs'
import { measuredBuild, sampleResult } from './fixtures.mjs'

const rowOf = (markdown, label) => markdown.split('\n').find((line) => line.startsWith(`| ${label} |`))

describe('the markdown summary of a run', () => {
  it('puts every build figure beside the baseline of the same run, as a ratio', () => {
    const markdown = renderMarkdown(sampleResult({ coldSeconds: 20, warmSeconds: 10, editSeconds: 16 }))
    // Baseline: 1,000 documents in 8 s = 125 per second.
    expect(rowOf(markdown, 'documents per second (ratio)')).toBe('| documents per second (ratio) | 50.0 (0.4×) | 100.0 (0.8×) | 62.5 (0.5×) | 125.0 |')
    expect(rowOf(markdown, 'output without pdf/ (ratio)')).toBe('| output without pdf/ (ratio) | 30.0 MB (3×) | 30.0 MB (3×) | 30.0 MB (3×) | 10.0 MB |')
    expect(rowOf(markdown, 'peak memory (ratio)')).toBe('| peak memory (ratio) | 900 MB (2.25×) | 900 MB (2.25×) | 900 MB (2.25×) | 400 MB |')
    expect(rowOf(markdown, 'incremental work')).toContain('1 changed, 0 removed, 7 pages rendered')
  })

  it('names the goals with their verdict, and the machine and its load', () => {
    const markdown = renderMarkdown(sampleResult({ warmSeconds: 10, editSeconds: 16 }))
    expect(rowOf(markdown, 'Warm build, documents per second vs plain Astro + Pagefind')).toContain('0.8× ✅ met')
    expect(rowOf(markdown, 'Rebuild after one edit')).toContain('16 s ❌ missed')
    expect(markdown).toContain('before 1 / 1 / 1, after 2 / 2 / 2')
  })

  it('lists each missed goal under the table with its measured reason and what it would take; none when all are met', () => {
    const markdown = renderMarkdown(sampleResult({ coldSeconds: 16, editSeconds: 16, ...measuredBuild() }))
    const section = markdown.split('### Why a goal was missed\n\n')[1].split('\n\n')[0].split('\n')
    expect(section[0]).toBe('- **Rebuild after one edit**, N = 1,000: 16 s, target ≤ 15 s.')
    expect(section[1]).toMatch(/^ {2}Why: Pages live after 9\.0 s: Astro’s start .* index 7\.0 s: Pagefind reads every indexed page again \(1,000, 3\.0 s\)/)
    expect(section[2]).toMatch(/^ {2}What it would take: The index took 7\.0 s of the 15 s/)
    // The fixture's search p95 (210 ms) misses too.
    expect(section.slice(3)).toEqual([
      '- **Search, first query cold, p95 from Enter to results shown**, N = 1,000: 210 ms, target ≤ 200 ms.',
      '  Why: 1 of 2 first queries took over 200 ms: “hoop” 210 ms; 1 was sent before Pagefind had loaded.',
      '  What it would take: Not known from this run: it times a query from Enter to its results, not the parts (Pagefind’s start, its index chunks, the fragments).',
    ])
    expect(renderMarkdown(sampleResult({ coldSeconds: 16, search: false }))).not.toContain('Why a goal was missed')
  })

  it('shows the build report’s steps and the index’s parts beside the baseline’s steps', () => {
    const result = sampleResult(measuredBuild())
    result.sizes[0].baseline.steps = { astroStartMs: 1000, bundleMs: 1200, renderPagesMs: 2500 }
    const markdown = renderMarkdown(result)
    expect(rowOf(markdown, 'Astro start / bundling / rendering / taking over')).toBe(
      '| Astro start / bundling / rendering / taking over | 1.5 / 3.0 / 1.4 / 1.5 (4,000 files) s | 1.5 / 3.0 / 1.4 / 1.5 (4,000 files) s | 1.5 / 3.0 / 1.4 / 1.5 (4,000 files) s | 1.0 / 1.2 / 2.5 s |',
    )
    expect(rowOf(markdown, 'index: Pagefind add / write / search data')).toContain('| 1,000 pages: 3.0 / 2.0 / 1.5 s |')
    expect(rowOf(renderMarkdown(sampleResult()), 'index: Pagefind add / write / search data')).toBe('| index: Pagefind add / write / search data | – | – | – | – |')
  })

  it('says when the build gave no phases instead of showing made-up ones, and shows them when it did', () => {
    expect(rowOf(renderMarkdown(sampleResult()), 'load / render / PDFs / index')).toContain('unavailable (no BUILD_REPORT)')
    const phases = { loadMs: 1200, renderMs: 5000, pdfMs: 3000, indexMs: 800, totalMs: 10000 }
    expect(rowOf(renderMarkdown(sampleResult({ phases })), 'load / render / PDFs / index')).toContain('| 1.2 / 5.0 / 3.0 / 0.8 s |')
  })

  it('lists the search figures, cold and warm, and the queries that found nothing', () => {
    const markdown = renderMarkdown(sampleResult())
    expect(rowOf(markdown, 'cold')).toBe('| cold | 120 ms | 210 ms | 300 ms | 120.0 KB / 149.0 KB | 110.0 KB / 139.0 KB | 140.0 KB |')
    expect(markdown).toContain('Queries without results: “pyschose”.')
    expect(markdown).toContain(
      'Search files of a first cold query (“pyschose”, the median): WebAssembly 61.0 KB, index chunks 39.0 KB; asked for after the results were shown: page table (toolkit-pages.json) 5.0 KB.',
    )
    expect(markdown).toContain('before Pagefind had loaded (their time includes the rest of its set-up): cold 3, warm 0 of 20.')
  })
})

describe('bench/RESULTS.md', () => {
  let dir
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('shows the newest quick run and the newest full run', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-results-'))
    const old = sampleResult({ editSeconds: 99 })
    const quick = sampleResult({ editSeconds: 12 })
    const full = { ...sampleResult({ editSeconds: 14 }), command: 'npm run bench:full' }
    await writeFile(join(dir, '2026-11-01.json'), JSON.stringify({ ...old, measuredAt: '2026-11-01T00:00:00.000Z' }))
    await writeFile(join(dir, '2026-11-30.json'), JSON.stringify(quick))
    await writeFile(join(dir, '2026-11-29-full.json'), JSON.stringify(full))
    await writeResultsPage(dir, join(dir, 'RESULTS.md'))
    const page = await readFile(join(dir, 'RESULTS.md'), 'utf8')
    expect(page).toContain('## `npm run bench`, 2026-11-30')
    expect(page).toContain('## `npm run bench:full`, 2026-11-30')
    expect(page).toContain('12 s ✅ met')
    expect(page).toContain('14 s ✅ met')
    expect(page).not.toContain('99 s')
  })
})

describe('the CMS section', () => {
  it('shows each request beside bare Payload with the ratio, the load time and memory', () => {
    const side = (rps, p95) => ({ rps, p50: 10, p95, errors: 0, timeouts: 0 })
    const result = {
      ...sampleResult(),
      cms: {
        size: 10_000,
        loadSeconds: { ours: 120.5, bare: 80.25 },
        memoryMb: { ours: { start: 500, peak: 700, end: 600 }, bare: { start: 300, peak: 350, end: 320 } },
        rows: [{ request: 'GET /api/fragments?limit=20&depth=1', connections: 10, ours: side(500, 40), bare: side(250, 30), ratio: 2 }],
      },
    }
    const markdown = renderMarkdown(result)
    expect(markdown).toContain('| `GET /api/fragments?limit=20&depth=1` | 10 | 500 req/s, p50 10 ms, p95 40 ms, 0 errors, 0 timeouts | 250 req/s, p50 10 ms, p95 30 ms, 0 errors, 0 timeouts | 2× |')
    expect(markdown).toContain('Loading the documents took 120.5 s (bare Payload: 80.3 s)')
    expect(markdown).toContain('this CMS 500 / 700 / 600, bare Payload 300 / 350 / 320')
  })
})

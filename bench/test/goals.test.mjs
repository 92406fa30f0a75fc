import { describe, expect, it } from 'vitest'
import { evaluateGoals } from '../goals.mjs'
import { sampleResult } from './fixtures.mjs'

const goal = (result, id) => evaluateGoals(result).find((entry) => entry.id === id)

describe('the goals of issue 11 on a run', () => {
  it('a warm build at 0.8× the baseline meets the goal; slower misses it', () => {
    expect(goal(sampleResult({ warmSeconds: 10 }), 'warm-build').bySize[0]).toMatchObject({ value: 0.8, met: true })
    expect(goal(sampleResult({ warmSeconds: 10.2 }), 'warm-build').bySize[0].met).toBe(false)
  })

  it('the cold build, the edit, output and memory are judged against their own targets', () => {
    const result = sampleResult({ coldSeconds: 20, editSeconds: 16, peakRssMb: 2100 })
    expect(goal(result, 'cold-build').bySize[0]).toMatchObject({ value: 0.4, met: false })
    expect(goal(result, 'edit-build').bySize[0]).toMatchObject({ value: 16, met: false, shown: '16 s' })
    expect(goal(result, 'output-bytes').bySize[0]).toMatchObject({ value: 3, met: true })
    expect(goal(result, 'peak-memory').bySize[0]).toMatchObject({ value: 2100, met: false })
  })

  it('the cold build until its pages are live is judged on its own, beside the whole cold build with PDFs', () => {
    const result = sampleResult({ coldSeconds: 20 })
    result.sizes[0].ratios.coldPagesLive = 0.6
    expect(goal(result, 'cold-pages-live').bySize[0]).toMatchObject({ value: 0.6, met: true })
    expect(goal(result, 'cold-build').bySize[0].met).toBe(false)
    delete result.sizes[0].ratios.coldPagesLive
    expect(goal(result, 'cold-pages-live').bySize[0]).toMatchObject({ shown: 'not measured', met: null })
  })

  it('search: p95 time and bytes of the first cold query until its results are shown', () => {
    const result = sampleResult()
    expect(goal(result, 'search-time').bySize[0]).toMatchObject({ value: 210, met: false })
    expect(goal(result, 'search-bytes').bySize[0]).toMatchObject({ value: 139_000, met: true, shown: '139.0 KB' })
    result.sizes[0].search.cold.searchBytesBeforeResultsP95 = 151_000
    expect(goal(result, 'search-bytes').bySize[0]).toMatchObject({ met: false, shown: '151.0 KB' })
  })

  it('a figure the run did not take is "not measured", never met', () => {
    const result = sampleResult({ search: false })
    expect(goal(result, 'search-time').bySize[0]).toMatchObject({ shown: 'not measured', met: null })
    expect(goal(result, 'cms-list-rps').cms).toMatchObject({ shown: 'not measured', met: null })
    // No `npm run bench:publish` result of this N.
    expect(goal(result, 'publish-live').bySize[0]).toMatchObject({ shown: 'not measured', met: null })
  })

  it('the CMS goals read the list request at 10 connections', () => {
    const side = (rps, p95) => ({ rps, p50: p95 / 2, p95, errors: 0, timeouts: 0 })
    const result = {
      ...sampleResult(),
      cms: {
        size: 10_000,
        loadSeconds: 100,
        rows: [
          { request: 'GET /api/fragments?limit=20&depth=1', connections: 50, ours: side(900, 80), bare: side(300, 60), ratio: 3 },
          { request: 'GET /api/fragments?limit=20&depth=1', connections: 10, ours: side(500, 40), bare: side(250, 30), ratio: 2 },
          { request: 'GET /api/fragments/1?depth=1', connections: 10, ours: side(100, 90), bare: side(200, 20), ratio: 0.5 },
        ],
      },
    }
    expect(goal(result, 'cms-list-rps').cms).toMatchObject({ value: 2, met: true })
    expect(goal(result, 'cms-list-p95').cms).toMatchObject({ value: 40, met: true })
  })
})

describe('a part of the run that failed', () => {
  it('is shown as failed, not as "not measured" and never as met', () => {
    const result = { ...sampleResult(), cms: { size: 10_000, error: 'cms-build stopte met code 1' } }
    expect(goal(result, 'cms-list-rps').cms).toMatchObject({ shown: 'run failed', met: null })
  })
})

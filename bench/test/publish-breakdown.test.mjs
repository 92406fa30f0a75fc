import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluateGoals } from '../goals.mjs'
import { addBreakdowns, explainPublish, publishBreakdown } from '../publish-breakdown.mjs'
import { newestPublish, renderMarkdown } from '../report.mjs'
import { publishRun, sampleResult } from './fixtures.mjs'

/** The fixture's run with its breakdown, as publish.mjs writes it. */
function measured() {
  const { result, reports } = publishRun()
  addBreakdowns(result.edits, reports)
  return { ...result, file: '2026-12-06-publish-1000.json' }
}
const partsOf = (edit) => Object.fromEntries(edit.breakdown.parts.map(({ part, ms }) => [part, ms]))

describe('publish → live, split into where the time went', () => {
  it('from the job, its task’s timing and the build’s own figure, parts that add up to the whole', () => {
    const [first, second] = measured().edits
    expect(partsOf(first)).toEqual({ debounce: 1900, previousUpdate: 0, tick: 1100, cmsWait: 0, snapshot: 4000, buildStart: 1000, build: 19_000, taskRest: 500, served: 300 })
    expect(partsOf(second)).toMatchObject({ debounce: 1900, tick: 3100, snapshot: 5000, buildStart: 2000, build: 28_000, served: 500 })
    for (const edit of [first, second]) {
      expect(edit.breakdown.ms).toBe(edit.seconds * 1000)
      expect(edit.breakdown.parts.reduce((total, { ms }) => total + ms, 0)).toBe(edit.breakdown.ms)
    }
  })

  it('a job that waited for the update before it to finish counts that wait apart from the queue’s tick', () => {
    const at = (seconds) => new Date(Date.UTC(2026, 11, 6, 12) + seconds * 1000).toISOString()
    const { parts } = publishBreakdown({
      answeredAt: at(0),
      seenAt: at(40),
      job: { waitUntil: at(2), executedAt: at(12), completedAt: at(39), timing: { waitSeconds: 0, snapshotSeconds: 2, buildSeconds: 25, buildReportedSeconds: 24 } },
      previousDoneAt: at(10),
    })
    expect(Object.fromEntries(parts.map(({ part, ms }) => [part, ms]))).toMatchObject({ debounce: 2000, previousUpdate: 8000, tick: 2000, taskRest: 0, served: 1000 })
  })

  it('matches each edit’s build report and says how long the build before it was still running beside it', () => {
    const [first, second] = measured().edits
    // npm start's own build was done before the first edit; the first edit's index ran 11.5 s into the second's build.
    expect(first.breakdown.sharedWithPreviousMs).toBe(0)
    expect(first.breakdown.buildSteps).toBeNull()
    expect(second.build.phases.pagesLiveMs).toBe(28_000)
    expect(second.breakdown.sharedWithPreviousMs).toBe(11_500)
    expect(second.breakdown.buildSteps.map(({ label }) => label)).toContain('rendering 7 pages (every route’s getStaticPaths included)')
  })

  it('the goal’s reason: the slowest edit part by part, with its build’s steps; what it would take: the largest parts and their remedies', () => {
    const { reason, wouldTake } = explainPublish(measured())
    expect(reason).toMatch(
      /^Edit 2 of 2 \(1,000 documents, each published once the one before was live\) took 41\.0 s: the debounce \(SITE_UPDATE_DEBOUNCE_MS: edits within it share one update\) 1\.9 s, the queue’s next run \(autoRun, cms\/src\/publishing\/jobs\.ts\) and taking the job 3\.1 s, writing the snapshot of all published content 5\.0 s, starting the build process \(Node, its imports\) 2\.0 s, the build until its pages were live \(Astro’s start \(Node, Astro, configuration\) 1\.5 s, .*\) 28\.0 s, the rest of the task/,
    )
    expect(reason).toContain('The build before it was still making its search index (and any PDFs) for 11.5 s of this build, on the same 2 cores.')
    expect(reason).toContain('The other edits: 1: 27.8 s (snapshot 4.0 s, build 19.0 s).')
    expect(wouldTake).toMatch(/^≤ 30 s needs 11\.0 s less\. The largest parts: the build until its pages were live 28\.0 s — a faster build/)
    expect(wouldTake).toContain('The queue’s fixed waits (debounce and its next run) are 5.0 s of it.')
    // Edit 1 had no build beside it: the measured difference, and that it alone meets the target.
    expect(wouldTake).toContain('Edit 1, with no build beside it, took 27.8 s (snapshot 4.0 s, build 19.0 s): the build before it cost the slowest about 13.2 s; alone it is within the target.')
  })

  it('a result from before the breakdown says so instead of making one up', () => {
    const old = { file: '2026-12-06-publish-10000.json', documents: 10_000, publishToLiveSeconds: [69.9, 76.3, 78.2], max: 78.2 }
    expect(explainPublish(old).reason).toBe('results/2026-12-06-publish-10000.json has no breakdown per edit (measured before the site update recorded where its time went).')
  })
})

describe('the publish goal in the main report', () => {
  let dir
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('is judged on the newest bench:publish result of the same N, and the report names that file and its date', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-publish-'))
    const write = (name, max) => writeFile(join(dir, name), JSON.stringify({ ...measured(), file: undefined, max }))
    await Promise.all([write('2026-12-01-publish-1000.json', 99), write('2026-12-06-publish-1000.json', 41), write('2026-12-07-publish-10000.json', 12)])
    const publish = await newestPublish(dir, 1000)
    expect(publish).toMatchObject({ file: '2026-12-06-publish-1000.json', max: 41 })
    expect(await newestPublish(dir, 100)).toBeUndefined()

    const result = sampleResult()
    result.sizes[0].publish = publish
    const cell = evaluateGoals(result).find((goal) => goal.id === 'publish-live').bySize[0]
    expect(cell).toMatchObject({ value: 41, met: false, shown: '41 s' })
    expect(cell.reason).toMatch(/^Edit 2 of 2 /)
    const markdown = renderMarkdown(result)
    expect(markdown).toContain('- **Publish → live site in `npm start`, the slowest of edits published one right after another (`npm run bench:publish`)**, N = 1,000: 41 s, target ≤ 30 s.')
    expect(markdown).toContain('From `results/2026-12-06-publish-1000.json`, measured 2026-12-06T12:02:00.000Z')
    expect(markdown).toContain('its own site updates (the seed’s, their PDFs) done 40.0 s later')
    expect(markdown).toContain('| 2 | 41.0 s | 1.9 s | 0.0 s | 3.1 s | 0.0 s | 5.0 s | 2.0 s | 28.0 s | 0.5 s | 0.5 s | 11.5 s |')
    expect(markdown).toMatch(/Edit 2’s build until its pages were live: Astro’s start \(Node, Astro, configuration\) 1\.5 s, /)
  })

  it('without a result of that N the goal is not measured, and a failed run is shown as failed', () => {
    const result = sampleResult()
    expect(renderMarkdown(result)).toContain('Not measured in this run: no `npm run bench:publish -- --size 1000` result in bench/results')
    result.sizes[0].publish = { error: 'npm start stopte onverwacht' }
    expect(evaluateGoals(result).find((goal) => goal.id === 'publish-live').bySize[0]).toMatchObject({ shown: 'run failed', met: null })
  })
})

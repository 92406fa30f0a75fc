/**
 * A site update records where its time went (issue 20): the wait for an
 * update still running, the snapshot, the build until its pages are live and
 * the build's own figure for that. `npm run bench:publish` reads these from
 * the job to explain publish → live. The build here is a stand-in script that
 * prints the real build's line, so the figures are known.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportedPagesLiveSeconds, runSiteUpdate } from '../src/publishing/runSiteUpdate.ts'
import type { SiteUpdateSettings } from '../src/publishing/settings.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let siteDir: string

/** A build that takes ~0.6 s until its pages are live, says so as site/scripts/build.mjs does, then makes its index. */
const STAND_IN_BUILD = `
setTimeout(() => {
  console.log('Pagina’s live na 0,6 s; zoekindex wordt bijgewerkt …')
  setTimeout(() => process.exit(0), 300)
}, 600)
`

beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'toolkit-stand-in-site-'))
  mkdirSync(path.join(siteDir, 'scripts'))
  writeFileSync(path.join(siteDir, 'scripts', 'build.mjs'), STAND_IN_BUILD)
  cms = await startTestCms('site-update-timing')
})
afterAll(async () => {
  await cms?.close()
  rmSync(siteDir, { recursive: true, force: true })
})

describe('a site update says where its time went', () => {
  it('reads the build’s own “Pagina’s live na” seconds, with the Dutch decimal comma', () => {
    expect(reportedPagesLiveSeconds('Pagina’s live na 18,4 s; zoekindex wordt bijgewerkt …')).toBe(18.4)
    expect(reportedPagesLiveSeconds('Site gebouwd in 12,3 s')).toBeUndefined()
  })

  it('a due update waits at most a second for the queue’s next run (it polls; every 3 s that was up to 3 s of each publish)', async () => {
    // The crons start as the app starts them (@payloadcms/next asks getPayload for them; destroy stops them). The one cron
    // of this CMS is the jobs queue's autoRun (jobs.ts).
    const { getPayload } = await import('payload')
    await getPayload({ config: cms.config, cron: true })
    expect(cms.payload.crons).toHaveLength(1)
    const [next, after] = cms.payload.crons[0]!.nextRuns(2)
    expect(after!.getTime() - next!.getTime()).toBe(1000)
  })

  it('records the snapshot, the build until its pages are live, and the wait for an update still running', async () => {
    const settings: SiteUpdateSettings = { mode: 'local', debounceMs: 0, siteDir }
    // Two at once, as an edit right after another: the second waits for the first's pages.
    const [first, second] = await Promise.all([
      runSiteUpdate(cms.payload, settings, { reason: 'eerste' }),
      runSiteUpdate(cms.payload, settings, { reason: 'tweede' }),
    ])
    expect(first.skipped).toBe(false)
    expect(first.timing.waitSeconds).toBeLessThan(0.3)
    expect(first.timing.snapshotSeconds).toBeGreaterThanOrEqual(0)
    expect(first.timing.buildReportedSeconds).toBe(0.6)
    // The stand-in's process start comes on top of its own 0.6 s; the update counts as done once the pages are live, not at its exit.
    expect(first.timing.buildSeconds).toBeGreaterThanOrEqual(0.6)
    expect(first.seconds).toBeCloseTo(first.timing.snapshotSeconds + first.timing.buildSeconds!, 0)
    // The second started after the first was live: its wait is the first's time.
    expect(second.timing.waitSeconds).toBeGreaterThanOrEqual(first.seconds - 0.2)
    expect(second.timing.buildReportedSeconds).toBe(0.6)
  })
})

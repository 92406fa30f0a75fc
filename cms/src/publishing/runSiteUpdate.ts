/**
 * One site update: build the site here, or call the build hook. Runs one at
 * a time in this process (a second waits for the first), and skips when the
 * published content is the same as at the last successful update.
 *
 * A local build gets the snapshot as a file, written while it is read for
 * its version: the content is read once, and the build (incremental, see
 * site/scripts/build.mjs) uses exactly the version that was checked.
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Payload } from 'payload'
import { childEnvironment } from '../config/settings.ts'
import { publishedContentVersion, publishedSnapshot } from '../content/snapshot.ts'
import type { SiteUpdateSettings } from './settings.ts'

/**
 * Where an update's time went, in seconds (kept in the job's output, so the publish benchmark reads it from the job):
 * waiting for an update still running in this process, writing the snapshot, the build until its pages were live
 * (process start included) and what the build itself reported for that (its "Pagina’s live na", from its own start).
 */
export type SiteUpdateTiming = { waitSeconds: number; snapshotSeconds: number; buildSeconds?: number; buildReportedSeconds?: number }

export type SiteUpdateResult = { mode: SiteUpdateSettings['mode']; contentVersion: string; skipped: boolean; seconds: number; timing: SiteUpdateTiming }

let queue: Promise<unknown> = Promise.resolve()

/** Runs `task` after every update started before it, never beside one; `task` gets how long it waited for them (ms). */
function oneAtATime<T>(task: (waitedMs: number) => Promise<T>): Promise<T> {
  const queued = performance.now()
  const start = () => task(performance.now() - queued)
  const run = queue.then(start, start)
  queue = run.catch(() => {})
  return run
}

const roundSeconds = (ms: number) => Math.round(ms / 100) / 10

/** Writes the published snapshot to `file` as it is read; returns its content version. */
async function writeSnapshot(payload: Payload, file: string): Promise<string> {
  const { chunks, summary } = publishedSnapshot(payload)
  await pipeline(Readable.from(chunks), createWriteStream(file))
  return (await summary).contentVersion
}

/** What the build prints once the new pages are live (site/scripts/build.mjs); the search index follows. */
const PAGES_LIVE = 'Pagina’s live na'

/** The build's own seconds on that line ("Pagina’s live na 8,1 s", Dutch decimal comma), if it has them. */
export function reportedPagesLiveSeconds(text: string): number | undefined {
  const match = new RegExp(`${PAGES_LIVE} (\\d+(?:[.,]\\d+)?) s`).exec(text)
  return match ? Number(match[1]!.replace(',', '.')) : undefined
}

/**
 * Settles once the new pages are live, not when the build has also made the
 * search index: the next update (an edit right after this one) can then
 * start its pages while this index is still being made (the build script
 * runs indexes one at a time, and skips one a newer build overtook). An
 * index that fails afterwards is logged; the next update makes the whole
 * index again.
 */
function localBuild(payload: Payload, settings: SiteUpdateSettings, snapshotFile: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    // The site's build script itself (no npm in between), on this Node (24).
    const child = spawn(process.execPath, [path.join(settings.siteDir, 'scripts', 'build.mjs')], {
      cwd: settings.siteDir,
      env: childEnvironment({ CONTENT_SNAPSHOT: snapshotFile }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    let live = false
    const keep = (chunk: Buffer) => {
      lines.push(...String(chunk).split('\n').filter(Boolean).slice(-20))
      if (!live && String(chunk).includes(PAGES_LIVE)) {
        live = true
        resolve(reportedPagesLiveSeconds(String(chunk)))
      }
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) => {
      const failure = `De sitebouw stopte met code ${code}:\n${lines.slice(-20).join('\n')}`
      if (code === 0) resolve(undefined)
      else if (live) payload.logger.error(failure)
      else reject(new Error(failure))
    })
  })
}

async function callHook(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  if (!response.ok) throw new Error(`De build-hook antwoordde ${response.status} ${response.statusText}.`)
}

export function runSiteUpdate(
  payload: Payload,
  settings: SiteUpdateSettings,
  { reason, lastVersion }: { reason: string; lastVersion?: string },
): Promise<SiteUpdateResult> {
  return oneAtATime(async (waitedMs) => {
    const started = performance.now()
    const folder = settings.mode === 'local' ? await mkdtemp(path.join(tmpdir(), 'toolkit-site-update-')) : undefined
    try {
      const snapshotFile = folder && path.join(folder, 'snapshot.json')
      const contentVersion = snapshotFile ? await writeSnapshot(payload, snapshotFile) : await publishedContentVersion(payload)
      const timing: SiteUpdateTiming = { waitSeconds: roundSeconds(waitedMs), snapshotSeconds: roundSeconds(performance.now() - started) }
      const done = (skipped: boolean): SiteUpdateResult => ({ mode: settings.mode, contentVersion, skipped, seconds: roundSeconds(performance.now() - started), timing })
      if (settings.mode === 'off' || contentVersion === lastVersion) return done(true)
      const buildStarted = performance.now()
      if (settings.mode === 'hook') await callHook(settings.hookUrl as string, { contentVersion, reason })
      else timing.buildReportedSeconds = await localBuild(payload, settings, snapshotFile!)
      timing.buildSeconds = roundSeconds(performance.now() - buildStarted)
      return done(false)
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true })
    }
  })
}

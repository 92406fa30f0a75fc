/**
 * One site update: build the site here, or call the build hook. Runs one at
 * a time in this process (a second waits for the first), and skips when the
 * published content is the same as at the last successful update.
 */
import { spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { buildSnapshot } from '../content/snapshot.ts'
import type { SiteUpdateSettings } from './settings.ts'

export type SiteUpdateResult = { mode: SiteUpdateSettings['mode']; contentVersion: string; skipped: boolean; seconds: number }

let queue: Promise<unknown> = Promise.resolve()

/** Runs `task` after every update started before it, never beside one. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => {})
  return run
}

function localBuild(settings: SiteUpdateSettings, cmsUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--silent'], {
      cwd: settings.siteDir,
      env: { ...process.env, CMS_URL: cmsUrl, CONTENT_SNAPSHOT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    const keep = (chunk: Buffer) => lines.push(...String(chunk).split('\n').filter(Boolean).slice(-20))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`De sitebouw stopte met code ${code}:\n${lines.slice(-20).join('\n')}`)),
    )
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
  return oneAtATime(async () => {
    const started = performance.now()
    const { contentVersion } = await buildSnapshot(payload)
    const done = (skipped: boolean): SiteUpdateResult => ({
      mode: settings.mode,
      contentVersion,
      skipped,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    })
    if (settings.mode === 'off' || contentVersion === lastVersion) return done(true)
    if (settings.mode === 'hook') await callHook(settings.hookUrl as string, { contentVersion, reason })
    else await localBuild(settings, payload.config.serverURL || `http://localhost:${process.env.PORT ?? 3000}`)
    return done(false)
  })
}

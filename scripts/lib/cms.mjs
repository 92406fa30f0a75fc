/** Finding, starting and waiting for the CMS. */
import path from 'node:path'
import { DEFAULT_PORTS } from '@toolkit/schemas/ports'
import { startProcess } from './processes.mjs'
import { childEnvironment, CMS_URL, SITE_UPDATE, SITE_URL } from './settings.mjs'

export { CMS_URL }

/** The published content, or null when no CMS answers. */
export async function fetchSnapshot(url = CMS_URL, timeoutMs = 120_000) {
  try {
    const response = await fetch(`${url}/api/snapshot`, { signal: AbortSignal.timeout(timeoutMs) })
    return response.ok ? await response.json() : null
  } catch {
    return null
  }
}

export async function isCmsUp(url = CMS_URL) {
  try {
    const response = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(2_000) })
    return response.status < 500
  } catch {
    return false
  }
}

/** Starts the CMS in development mode (embedded SQLite unless DATABASE_URL says otherwise). */
export function startCms(root) {
  return startProcess('cms', process.execPath, [path.join(root, 'cms', 'scripts', 'serve.mjs'), 'dev'], {
    cwd: path.join(root, 'cms'),
    env: childEnvironment({
      // The CMS listens on the port CMS_URL names, so both can move together.
      PORT: new URL(CMS_URL).port || String(DEFAULT_PORTS.cms),
      // After a publication the CMS rebuilds the site here itself (local), for the site server to serve.
      SITE_UPDATE,
      SITE_URL,
    }),
  })
}

/**
 * Waits until the CMS serves its snapshot. The first request makes Payload
 * connect, migrate and (on an empty database) seed, so it can take a while.
 */
export async function waitForCms(url = CMS_URL, { timeoutMs = 300_000, log = console.log } = {}) {
  const started = Date.now()
  let announced = 0
  while (Date.now() - started < timeoutMs) {
    const snapshot = await fetchSnapshot(url, timeoutMs)
    if (snapshot) return snapshot
    const seconds = Math.round((Date.now() - started) / 1000)
    if (seconds - announced >= 10) {
      log(`… CMS start nog (${seconds} s)`)
      announced = seconds
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`Het CMS op ${url} reageerde niet binnen ${timeoutMs / 1000} s.`)
}

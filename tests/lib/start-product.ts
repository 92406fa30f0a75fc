/**
 * Starts the whole product the way `npm start` does (scripts/start.mjs) on a
 * fresh temporary database and free-standing ports: the CMS seeds itself,
 * the site is built from its published content and served, and the watcher
 * rebuilds the site on publish.
 */
import crypto from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../site/prepare-site.ts'
import { startProcessGroup } from './process-group.ts'

export type RunningProduct = {
  cmsUrl: string
  siteUrl: string
  /** The draft-preview server (site/scripts/preview-server.mjs) and the secret that signs its tokens. */
  previewUrl: string
  previewSecret: string
  adminEmail: string
  adminPassword: string
  startupMs: number
  stop(): Promise<void>
}

/**
 * E2E_PORT_OFFSET moves the ports and the Next build folder, so two e2e runs
 * (two developers' checkouts, or two suites while working) can run at once.
 */
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0)

/** The Next build folder of the suite's product: `next dev` refuses a second server on it. */
export const PRODUCT_NEXT_DIST_DIR = OFFSET ? `.next-e2e-${OFFSET}` : '.next-e2e'

export async function startProduct({ cmsPort = 3100 + OFFSET, sitePort = 4400 + OFFSET * 2, previewPort = 4401 + OFFSET * 2 } = {}): Promise<RunningProduct> {
  const dataDir = await mkdtemp(join(tmpdir(), 'toolkit-e2e-'))
  const adminEmail = 'e2e-beheer@example.org'
  const adminPassword = crypto.randomBytes(12).toString('base64url')
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}/`
  const previewUrl = `http://localhost:${previewPort}/`
  const previewSecret = crypto.randomBytes(32).toString('hex')
  const started = performance.now()
  // `npm start` as a user runs it: without vitest's NODE_ENV=test, which would make the first site build and the
  // CMS's (development mode) site updates alike and hide what differs between them (hashed scripts, React's build).
  const { NODE_ENV: _testEnv, ...userEnv } = process.env
  const group = startProcessGroup(join(REPO_ROOT, 'scripts/start.mjs'), [], {
    cwd: REPO_ROOT,
    env: {
      ...userEnv,
      CMS_URL: cmsUrl,
      SITE_PORT: String(sitePort),
      PREVIEW_PORT: String(previewPort),
      PREVIEW_SECRET: previewSecret,
      DATABASE_URL: `file:${join(dataDir, 'e2e.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      NEXT_TELEMETRY_DISABLED: '1',
      // Its own Next build folder and site output, so it runs beside a developer's `npm start`.
      NEXT_DIST_DIR: PRODUCT_NEXT_DIST_DIR,
      SITE_OUT_DIR: join(dataDir, 'site'),
    },
  })
  const stop = async () => {
    await group.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    await group.until(() => group.output().includes('Toolkit destigmatisering draait'), 'npm start', 420_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { cmsUrl, siteUrl, previewUrl, previewSecret, adminEmail, adminPassword, startupMs: Math.round(performance.now() - started), stop }
}

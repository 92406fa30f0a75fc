/**
 * A CMS of its own, without the site: `next dev` on a fresh, empty database
 * and WITHOUT ADMIN_EMAIL / ADMIN_PASSWORD, so the users table is empty and
 * the admin shows its first-account screen, as on a fresh clone. Its output
 * is kept, because in development the CMS writes outgoing mail (the
 * password-reset link) to its log instead of sending it.
 */
import crypto from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../site/prepare-site.ts'
import { type ProcessGroup, startProcessGroup } from './process-group.ts'

export type RunningCms = {
  cmsUrl: string
  /** Its process group: serve.mjs, Next's server and the jobs runner. */
  group: Pick<ProcessGroup, 'id' | 'exited'>
  /** Everything the CMS printed so far (stdout and stderr). */
  output(): string
  stop(): Promise<void>
}

const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0)

async function answers(url: string): Promise<boolean> {
  try {
    // /api/users/me answers 200 without a session once Payload has connected and migrated.
    const response = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(120_000) })
    return response.status < 500
  } catch {
    return false
  }
}

export async function startEmptyCms({ port = 3150 + OFFSET, seed = false } = {}): Promise<RunningCms> {
  const dataDir = await mkdtemp(join(tmpdir(), 'toolkit-e2e-cms-'))
  const cmsUrl = `http://localhost:${port}`
  const group = startProcessGroup(join(REPO_ROOT, 'cms/scripts/serve.mjs'), ['dev'], {
    cwd: join(REPO_ROOT, 'cms'),
    env: {
      ...process.env,
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      PORT: String(port),
      CMS_URL: cmsUrl,
      DATABASE_URL: `file:${join(dataDir, 'cms.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      PREVIEW_SECRET: crypto.randomBytes(32).toString('hex'),
      SEED_ON_START: seed ? 'true' : 'false',
      SITE_UPDATE: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
      // Its own Next build folder: `next dev` refuses a second server on one folder.
      NEXT_DIST_DIR: `.next-e2e-cms-${OFFSET}`,
    },
  })
  const stop = async () => {
    await group.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    await group.until(() => answers(cmsUrl), 'Het CMS zonder beheerder', 400_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { cmsUrl, group, output: group.output, stop }
}

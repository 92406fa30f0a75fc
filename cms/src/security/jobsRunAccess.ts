/**
 * Who may run the jobs queue over HTTP (`/api/payload-jobs/run`, a GET in
 * Payload, for cron services). A GET must not do anything, and a browser
 * sends an editor's cookie with a link from a sibling site, so a session never
 * suffices: only a scheduler that sends `Authorization: Bearer
 * <JOBS_RUN_SECRET>` (a header no link or form can set). Without that
 * variable the endpoint runs nothing; each CMS process runs the queue itself
 * (publishing/jobs.ts, autoRun).
 */
import crypto from 'node:crypto'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'

export function jobsRunAccess({ req }: { req: { headers: Headers } }, settings: CmsSettings = cmsSettings()): boolean {
  const secret = settings.publishing.jobsRunSecret
  if (!secret) return false
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${secret}`)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

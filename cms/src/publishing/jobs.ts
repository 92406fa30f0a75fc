/**
 * The jobs queue: site updates after publishing (updateSiteTask.ts) and
 * Payload's scheduled publications. Every CMS process runs the queue every
 * second unless JOBS_AUTORUN=false (with several instances, let one run
 * it, or call /api/payload-jobs/run from a scheduler with JOBS_RUN_SECRET,
security/jobsRunAccess.ts). Finished jobs are kept:
 * the admin shows the last update from them.
 */
import type { Config, Payload, Where } from 'payload'
import { isEditorUser } from '../access/roles.ts'
import { cmsSettings } from '../config/settings.ts'
import { jobsRunAccess } from '../security/jobsRunAccess.ts'
import { updateSiteTask } from './updateSiteTask.ts'

/** A job that has not started: not running, not finished, not failed. */
export const NOT_STARTED: Where[] = [{ processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]

/** Whether a job waits to run now: not started and its time come (a read, no transaction). */
async function anyJobDue(payload: Payload): Promise<boolean> {
  const due: Where = { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] }
  const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { and: [...NOT_STARTED, due] }, overrideAccess: true })
  return totalDocs > 0
}

const editorsOnly = ({ req }: { req: { user?: unknown } }) => isEditorUser(req.user as { roles?: ('admin' | 'editor')[] })

export const siteUpdateJobs: NonNullable<Config['jobs']> = {
  tasks: [updateSiteTask],
  // Every second: an update whose debounce is over waits for the next run, pure polling (every 3 s it waited 0.3-2.8 s of a
  // 9-21 s publish → live at 1,000 documents, bench:publish). Runs never overlap (Payload's cron is protected), so a
  // running update holds the next one back as before. A run itself writes (it claims due jobs in one transaction, in the
  // queue of writes editors' saves wait in, cms/src/db/serialisedWrites.ts), so it runs only when a read finds a job due.
  autoRun: [{ cron: '* * * * * *', queue: 'default', limit: 10 }],
  shouldAutoRun: async (payload) => cmsSettings().publishing.jobsAutorun && (await anyJobDue(payload)),
  deleteJobOnComplete: false,
  access: { run: jobsRunAccess, queue: editorsOnly, cancel: editorsOnly },
}

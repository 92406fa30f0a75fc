/**
 * The jobs queue: site updates after publishing (updateSiteTask.ts) and
 * Payload's scheduled publications. Every CMS process runs the queue every
 * few seconds unless JOBS_AUTORUN=false (with several instances, let one run
 * it, or call /api/payload-jobs/run from a scheduler with JOBS_RUN_SECRET,
security/jobsRunAccess.ts). Finished jobs are kept:
 * the admin shows the last update from them.
 */
import type { Config } from 'payload'
import { isEditorUser } from '../access/roles.ts'
import { cmsSettings } from '../config/settings.ts'
import { jobsRunAccess } from '../security/jobsRunAccess.ts'
import { updateSiteTask } from './updateSiteTask.ts'

const editorsOnly = ({ req }: { req: { user?: unknown } }) => isEditorUser(req.user as { roles?: ('admin' | 'editor')[] })

export const siteUpdateJobs: NonNullable<Config['jobs']> = {
  tasks: [updateSiteTask],
  autoRun: [{ cron: '*/3 * * * * *', queue: 'default', limit: 10 }],
  shouldAutoRun: () => cmsSettings().publishing.jobsAutorun,
  deleteJobOnComplete: false,
  access: { run: jobsRunAccess, queue: editorsOnly, cancel: editorsOnly },
}

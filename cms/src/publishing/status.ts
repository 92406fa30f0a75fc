/**
 * What the admin shows about the site: the newest site update, from the jobs
 * the queue keeps (updateSiteTask.ts).
 */
import type { Payload } from 'payload'
import { siteUpdateSettings, type SiteUpdateMode } from './settings.ts'
import { UPDATE_SITE_TASK } from './updateSiteTask.ts'

export type SiteUpdateStatus = {
  mode: SiteUpdateMode
  state: 'none' | 'waiting' | 'running' | 'done' | 'unchanged' | 'failed'
  reason?: string
  /** When it finished, or when it was queued if it has not yet. */
  at?: string
  seconds?: number
  error?: string
}

type Job = {
  input?: { reason?: string }
  processing?: boolean
  hasError?: boolean
  completedAt?: string | null
  createdAt?: string
  error?: unknown
  log?: { state?: string; error?: unknown; output?: { skipped?: boolean; seconds?: number } }[]
}

function errorText(error: unknown): string {
  if (!error) return 'onbekende fout'
  if (typeof error === 'string') return error
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' ? message : JSON.stringify(error).slice(0, 300)
}

export async function siteUpdateStatus(payload: Payload): Promise<SiteUpdateStatus> {
  const mode = siteUpdateSettings().mode
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: UPDATE_SITE_TASK } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const job = docs[0] as Job | undefined
  if (!job) return { mode, state: 'none' }
  const reason = job.input?.reason
  if (job.hasError) {
    const failed = [...(job.log ?? [])].reverse().find((entry) => entry.state === 'failed')
    return { mode, state: 'failed', reason, at: job.completedAt ?? job.createdAt, error: errorText(failed?.error ?? job.error) }
  }
  if (job.completedAt) {
    const output = job.log?.at(-1)?.output
    return { mode, state: output?.skipped ? 'unchanged' : 'done', reason, at: job.completedAt, seconds: output?.seconds }
  }
  return { mode, state: job.processing ? 'running' : 'waiting', reason, at: job.createdAt }
}

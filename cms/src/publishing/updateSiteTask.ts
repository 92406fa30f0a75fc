/**
 * The jobs-queue task that brings the site up to date with what is
 * published. Queued by the publishing hooks (enqueueSiteUpdate.ts), run by
 * the queue's runner (autoRun in payload.config.ts), retried on failure.
 */
import type { Payload, TaskConfig } from 'payload'
import { runSiteUpdate, type SiteUpdateTiming } from './runSiteUpdate.ts'
import { siteUpdateSettings } from './settings.ts'

export const UPDATE_SITE_TASK = 'updateSite'

/** The content version of the last update that succeeded (or was skipped as unchanged). */
export async function lastUpdatedVersion(payload: Payload): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: UPDATE_SITE_TASK } }, { completedAt: { exists: true } }, { hasError: { not_equals: true } }] },
    sort: '-completedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const output = (docs[0] as { taskStatus?: Record<string, Record<string, { output?: { contentVersion?: string } }>> } | undefined)?.taskStatus
  const runs = output?.[UPDATE_SITE_TASK] ? Object.values(output[UPDATE_SITE_TASK]) : []
  return runs.at(-1)?.output?.contentVersion
}

export const updateSiteTask: TaskConfig<{
  input: { reason: string }
  output: { contentVersion: string; skipped: boolean; mode: string; seconds: number; timing: SiteUpdateTiming }
}> = {
  slug: UPDATE_SITE_TASK,
  label: 'Site bijwerken',
  retries: 3,
  inputSchema: [{ name: 'reason', type: 'text', required: true }],
  outputSchema: [
    { name: 'contentVersion', type: 'text', required: true },
    { name: 'skipped', type: 'checkbox', required: true },
    { name: 'mode', type: 'text', required: true },
    { name: 'seconds', type: 'number', required: true },
    // Where the update's time went (runSiteUpdate.ts); `npm run bench:publish` reads it from the job's log.
    { name: 'timing', type: 'json' },
  ],
  handler: async ({ input, req }) => {
    const settings = siteUpdateSettings()
    const result = await runSiteUpdate(req.payload, settings, { reason: input.reason, lastVersion: await lastUpdatedVersion(req.payload) })
    req.payload.logger.info(
      result.skipped
        ? `Site: niets bij te werken (${settings.mode === 'off' ? 'SITE_UPDATE staat uit' : `inhoud ${result.contentVersion} ongewijzigd`}).`
        : `Site bijgewerkt in ${result.seconds} s (${settings.mode}, inhoud ${result.contentVersion}): ${input.reason}`,
    )
    return { output: result }
  },
}

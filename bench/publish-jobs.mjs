/**
 * The site updates as the CMS keeps them: Payload's `payload-jobs` documents
 * of the `updateSite` task (cms/src/publishing/), read from the benchmark's
 * own SQLite file. The jobs are not readable over REST (Payload's jobs
 * collection has read access off), and a read-only connection beside the CMS
 * is safe: the database is in WAL mode, readers never block its writes.
 */
import { DatabaseSync } from 'node:sqlite'

/** Opens `file` read-only; `jobs()` gives every updateSite job, oldest first, with its task runs (the log). */
export function siteUpdateJobs(file) {
  const db = new DatabaseSync(file, { readOnly: true })
  const jobsQuery = db.prepare(
    "SELECT id, created_at AS createdAt, wait_until AS waitUntil, completed_at AS completedAt, has_error AS hasError FROM payload_jobs WHERE task_slug = 'updateSite' ORDER BY created_at, id",
  )
  const runsQuery = db.prepare(
    'SELECT _parent_id AS job, executed_at AS executedAt, completed_at AS completedAt, state, output FROM payload_jobs_log ORDER BY _parent_id, _order',
  )
  return {
    jobs() {
      const runs = runsQuery.all()
      return jobsQuery.all().map((job) => ({
        ...job,
        hasError: Boolean(job.hasError),
        runs: runs.filter((run) => run.job === job.id).map(({ job: _job, output, ...run }) => ({ ...run, output: output ? JSON.parse(output) : null })),
      }))
    },
    close: () => db.close(),
  }
}

/** The job's run that succeeded, flattened to what the breakdown reads; undefined while it has none. */
export function succeededRun(job) {
  const run = job.runs.findLast((entry) => entry.state === 'succeeded')
  if (!run) return undefined
  return {
    id: job.id,
    createdAt: job.createdAt,
    waitUntil: job.waitUntil,
    executedAt: run.executedAt,
    completedAt: run.completedAt,
    attempts: job.runs.length,
    timing: run.output?.timing ?? null,
    output: run.output,
  }
}

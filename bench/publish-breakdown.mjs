/**
 * Where publish → live goes (issue 20, `npm run bench:publish`): one edit's
 * time from the CMS's answer until the served page shows it, split by what
 * the product itself recorded: the site update's job (its createdAt,
 * waitUntil, the task log's executedAt and completedAt), the task's output
 * (`timing`, cms/src/publishing/runSiteUpdate.ts: the wait for an update
 * still running, the snapshot, the build until its pages were live and the
 * build's own figure) and the build's report (BUILD_REPORT: its steps). The
 * parts add up to the whole: each is the time between two recorded moments.
 * Also the publish goal's reason and what it would take (goals.mjs).
 */
import { count, list, pagesLiveParts, sec, sum, withSteps } from './build-parts.mjs'

/** The parts in the order they happen; `remedy` is what would shorten a part, for "what it would take". */
export const PUBLISH_PARTS = {
  debounce: { label: 'the debounce (SITE_UPDATE_DEBOUNCE_MS: edits within it share one update)', remedy: 'a shorter SITE_UPDATE_DEBOUNCE_MS' },
  previousUpdate: { label: 'a previous update still running (the queue runs one at a time)', remedy: 'an update that finishes sooner (the parts below)' },
  tick: {
    label: 'the queue’s next run (autoRun, cms/src/publishing/jobs.ts) and taking the job',
    remedy: 'running the queue when the debounce ends instead of on its next run',
  },
  cmsWait: { label: 'waiting in the CMS for an update still running', remedy: 'an update that finishes sooner' },
  snapshot: { label: 'writing the snapshot of all published content', remedy: 'a snapshot not read whole for every edit (kept between updates, only changed documents read again)' },
  buildStart: { label: 'starting the build process (Node, its imports)', remedy: 'a build process that stays running between updates' },
  build: { label: 'the build until its pages were live', remedy: 'a faster build until its pages are live (see its steps, and the edit goals)' },
  taskRest: { label: 'the rest of the task (its queries, temporary files, the job’s log)', remedy: 'fewer queries around the task' },
  // Slightly negative when the page was served before the job's log was written (the swap comes first).
  served: { label: 'until the served page showed it (the bench polls every 250 ms)', remedy: 'nothing: the site server reads the swapped folder at once' },
}

const ms = (iso) => (iso == null ? undefined : Date.parse(iso))

/**
 * One edit's parts in ms. `answeredAt`/`seenAt`: when the CMS answered the publish and when the served page first showed
 * it (ISO). `job`: the update's job as stored (createdAt, waitUntil, its succeeded run's executedAt, completedAt and
 * output.timing). `previousDoneAt`: when the update before it was done (its run's completedAt), if any. `build`: the build
 * report of this update's build, with `writtenAt`; `previousBuildEndedAt`: when the build before it wrote its report
 * (after its index and PDFs), to tell whether this build shared the machine with it.
 */
export function publishBreakdown({ answeredAt, seenAt, job, previousDoneAt, build, previousBuildEndedAt }) {
  const answered = ms(answeredAt)
  const seen = ms(seenAt)
  const executed = ms(job.executedAt)
  const completed = ms(job.completedAt)
  const timing = job.timing ?? {}
  const waitFrom = Math.max(ms(job.waitUntil) ?? answered, answered)
  const afterPrevious = Math.max(waitFrom, Math.min(ms(previousDoneAt) ?? 0, executed))
  const buildMs = (timing.buildSeconds ?? 0) * 1000
  const ownMs = timing.buildReportedSeconds == null ? buildMs : timing.buildReportedSeconds * 1000
  const inTask = { cmsWait: (timing.waitSeconds ?? 0) * 1000, snapshot: (timing.snapshotSeconds ?? 0) * 1000, buildStart: buildMs - ownMs, build: ownMs }
  const values = {
    debounce: waitFrom - answered,
    previousUpdate: afterPrevious - waitFrom,
    tick: executed - afterPrevious,
    ...inTask,
    taskRest: completed - executed - sum(Object.values(inTask)),
    served: seen - completed,
  }
  const parts = Object.entries(values).map(([part, value]) => ({ part, label: PUBLISH_PARTS[part].label, ms: Math.round(value) }))
  const buildStart = completed - buildMs
  return {
    ms: seen - answered,
    parts,
    // The build's own steps, when its report was matched (site/src/build/phases.ts).
    buildSteps: withSteps(build) ? pagesLiveParts(build).map(([label, value]) => ({ label, ms: Math.round(value) })) : null,
    // How long of this build the previous one was still running (its search index, PDFs): the two shared the CPU.
    sharedWithPreviousMs: previousBuildEndedAt == null ? null : Math.max(0, Math.round(Math.min(ms(previousBuildEndedAt), completed) - buildStart)),
  }
}

/** The build report of an update: the one whose own "pages live" figure is what the update's task recorded, written after the task started; -1 when none is. */
export function reportOf(reports, job) {
  const reported = job.timing?.buildReportedSeconds
  if (reported == null) return -1
  return reports.findIndex((report) => report.writtenAt >= job.executedAt && Math.abs(report.phases.pagesLiveMs / 1000 - reported) <= 0.06)
}

/**
 * Adds to each measured edit its build (the matched report's figures) and its breakdown. `edits` in the order they were
 * published, each with its job (publish-jobs.mjs `succeededRun`); `reports` in the order the builds wrote them.
 */
export function addBreakdowns(edits, reports) {
  for (const [index, edit] of edits.entries()) {
    if (!edit.job) continue
    const at = reportOf(reports, edit.job)
    const build = at >= 0 ? reports[at] : undefined
    edit.build = build ? { writtenAt: build.writtenAt, phases: build.phases, steps: build.steps ?? null, incremental: build.incremental ?? null, pages: build.pages } : null
    edit.breakdown = publishBreakdown({
      answeredAt: edit.answeredAt,
      seenAt: edit.seenAt,
      job: edit.job,
      previousDoneAt: edits[index - 1]?.job?.completedAt,
      build,
      previousBuildEndedAt: at > 0 ? reports[at - 1].writtenAt : undefined,
    })
  }
  return edits
}

// The labels of today's code (a stored result keeps the ones it was written with).
const shown = (parts) => parts.filter(({ ms: value }) => value >= 100).map(({ part, label, ms: value }) => [PUBLISH_PARTS[part]?.label ?? label, value])

/** The publish goal's reason and what it would take, from a `bench:publish` result with a breakdown per edit. */
export function explainPublish(publish, targetSeconds = 30) {
  const edits = publish?.edits?.filter((edit) => edit.breakdown)
  if (!edits?.length) {
    return {
      reason: `${publish?.file ? `results/${publish.file}` : 'This result'} has no breakdown per edit (measured before the site update recorded where its time went).`,
      wouldTake: 'Not known from this result: a new `npm run bench:publish` says where the time goes.',
    }
  }
  const slowest = edits.reduce((a, b) => (b.breakdown.ms > a.breakdown.ms ? b : a))
  const { breakdown } = slowest
  const steps = breakdown.buildSteps ? ` (${list(breakdown.buildSteps.map(({ label, ms: value }) => [label, value]))})` : ''
  const parts = shown(breakdown.parts).map(([label, value]) => (label === PUBLISH_PARTS.build.label ? [`${label}${steps}`, value] : [label, value]))
  const shared = breakdown.sharedWithPreviousMs
  const others = edits.filter((edit) => edit !== slowest)
  const partMs = (edit, part) => edit.breakdown.parts.find((entry) => entry.part === part)?.ms ?? 0
  const reason =
    `Edit ${slowest.edit} of ${publish.edits.length} (${count(publish.documents)} documents, each published once the one before was live) took ${sec(breakdown.ms)}: ` +
    `${list(parts.map(([label, value]) => [label, value]))}.` +
    (shared > 0 ? ` The build before it was still making its search index (and any PDFs) for ${sec(shared)} of this build, on the same ${publish.machine?.cores ?? '?'} cores.` : '') +
    (others.length > 0
      ? ` The other edits: ${others.map((edit) => `${edit.edit}: ${sec(edit.breakdown.ms)} (snapshot ${sec(partMs(edit, 'snapshot'))}, build ${sec(partMs(edit, 'build'))})`).join('; ')}.`
      : '')
  const over = breakdown.ms - targetSeconds * 1000
  const largest = [...breakdown.parts].filter(({ ms: value }) => value >= 100).sort((a, b) => b.ms - a.ms)
  // The largest parts until together they cover what must go (at most three).
  const needed = []
  for (const part of largest) {
    if (needed.length === 3 || sum(needed.map(({ ms: value }) => value)) >= over) break
    needed.push(part)
  }
  const fixed = partMs(slowest, 'debounce') + partMs(slowest, 'tick')
  // An edit with no build beside it, measured in the same run: what the slowest would take without the shared CPU.
  const alone = shared > 0 ? edits.find((edit) => edit.breakdown.sharedWithPreviousMs === 0) : undefined
  const aloneText = alone
    ? ` Edit ${alone.edit}, with no build beside it, took ${sec(alone.breakdown.ms)} (snapshot ${sec(partMs(alone, 'snapshot'))}, build ${sec(partMs(alone, 'build'))}): ` +
      `the build before it cost the slowest about ${sec(breakdown.ms - alone.breakdown.ms)}` +
      (alone.breakdown.ms > targetSeconds * 1000 ? `, and alone it is still ${sec(alone.breakdown.ms - targetSeconds * 1000)} over.` : '; alone it is within the target.')
    : shared > 0
      ? ' How much of it the shared CPU cost is not measured here (no edit in this run had no build beside it).'
      : ''
  const wouldTake =
    over <= 0
      ? `Met: ${sec(-over)} to spare.`
      : `≤ ${targetSeconds} s needs ${sec(over)} less. The largest parts: ` +
        needed.map(({ part, ms: value }) => `${PUBLISH_PARTS[part].label} ${sec(value)} — ${PUBLISH_PARTS[part].remedy}`).join('; ') +
        `. The queue’s fixed waits (debounce and its next run) are ${sec(fixed)} of it.` +
        aloneText
  return { reason, wouldTake }
}

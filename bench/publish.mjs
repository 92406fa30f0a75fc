#!/usr/bin/env node
/**
 * `npm run bench:publish`: publish → live site in `npm start`, at N synthetic
 * documents (default 10,000; `--size N`, `--edits K`, default 3).
 *
 * Loads the documents into a fresh SQLite file (`npm run seed -- --snapshot`),
 * starts the product exactly as `npm start` does (scripts/start.mjs: the CMS
 * in development mode, the site built from it and served, site updates run
 * by the CMS's jobs queue) on its own ports and folders, then publishes K
 * edits of one fragment over REST, one after the other, and times each from
 * the CMS's answer until the served page shows the new text. Each edit is
 * split into where its time went (publish-breakdown.mjs): the wait for the
 * job, the snapshot, the build until its pages were live with its steps, the
 * last step to the served page, from the site update's job as the CMS keeps
 * it (publish-jobs.mjs) and each build's report (BUILD_REPORT, collected as
 * the builds write it). Prints figures and writes
 * bench/results/<date>-publish-<N>.json, which the main report shows
 * (`npm run bench:full` runs this first); asserts nothing. The same
 * measurement at seed size is the e2e test tests/cms/rebuild.e2e.test.ts.
 */
import crypto from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadSeed } from '@toolkit/seed'
import { runStep, startProcess, stopChildren, stopChildrenOnExit, whenStopped } from '../scripts/lib/processes.mjs'
import { machine } from './machine.mjs'
import { addBreakdowns, reportOf } from './publish-breakdown.mjs'
import { siteUpdateJobs, succeededRun } from './publish-jobs.mjs'
import { percentile } from './stats.mjs'
import { syntheticSnapshot } from './snapshots.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, edits: { type: 'string', default: '3' } } })
const size = Number(values.size)
const edits = Number(values.edits)
const CMS_PORT = 3450
const SITE_PORT = 4850
const PREVIEW_PORT = 4851
const cmsUrl = `http://localhost:${CMS_PORT}`
const siteUrl = `http://localhost:${SITE_PORT}/`
const log = (line) => console.log(`[publiceren] ${line}`)
stopChildrenOnExit()

const work = mkdtempSync(join(tmpdir(), 'toolkit-publish-'))
const databaseFile = join(work, 'cms.db')
const reportFile = join(work, 'build-report.json')
const admin = { email: 'bench-beheer@example.org', password: crypto.randomBytes(12).toString('base64url') }
const env = {
  ...process.env,
  CMS_URL: cmsUrl,
  SITE_PORT: String(SITE_PORT),
  PREVIEW_PORT: String(PREVIEW_PORT),
  PREVIEW_SECRET: crypto.randomBytes(32).toString('hex'),
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  DATABASE_URL: `file:${databaseFile}`,
  // Every site build (npm start's first, then the CMS's updates) writes its report here when it is done, index and PDFs included.
  BUILD_REPORT: reportFile,
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  SEED_ON_START: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  // Its own Next folder, site output and PDF cache, so it runs beside a developer's `npm start`.
  NEXT_DIST_DIR: '.next-bench-publish',
  SITE_OUT_DIR: join(work, 'site'),
  PDF_CACHE_DIR: join(work, 'pdf-cache'),
}

const seconds = (from) => (performance.now() - from) / 1000
const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms))

/** Every build report as it is written (one file, rewritten by each build), with when it was written. */
function collectBuildReports() {
  const reports = []
  let seen = 0
  const timer = setInterval(() => {
    const written = statSync(reportFile, { throwIfNoEntry: false })?.mtimeMs
    if (!written || written === seen) return
    try {
      reports.push({ writtenAt: new Date(written).toISOString(), ...JSON.parse(readFileSync(reportFile, 'utf8')) })
      seen = written
    } catch {
      // Caught halfway through its write: read again on the next tick.
    }
  }, 200)
  return { reports, stop: () => clearInterval(timer) }
}

/** Waits until `find()` gives something, up to `limitMs`. */
async function waitFor(find, limitMs) {
  const from = performance.now()
  for (;;) {
    const found = find()
    if (found !== undefined && found !== -1) return found
    if (performance.now() - from > limitMs) return found
    await sleep(250)
  }
}

async function json(url, init) {
  const response = await fetch(url, init)
  const body = await response.text()
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

async function main() {
  const snapshotFile = join(work, 'snapshot.json')
  const snapshot = syntheticSnapshot(loadSeed(), size)
  writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const fragment = snapshot.collections.fragments[Math.floor(snapshot.collections.fragments.length / 2)]
  log(`${size} documenten laden …`)
  let from = performance.now()
  await runStep('seed', 'npm', ['run', 'seed', '-w', 'cms', '--', '--snapshot', snapshotFile], { cwd: ROOT, env, detached: true })
  const loadSeconds = seconds(from)
  log(`geladen in ${loadSeconds.toFixed(1)} s; npm start …`)

  from = performance.now()
  const product = startProcess('npm start', process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env,
    detached: true,
    // The start-up lines and the site builds' summaries, not every page Astro writes.
    echo: (line) => /\[start\]|gebouwd|live na|[Ff]out|Error/.test(line),
  })
  const stopped = whenStopped('npm start', product)
  await Promise.race([
    stopped,
    new Promise((resolveReady) => {
      let output = ''
      product.stdout.on('data', (chunk) => {
        output += chunk
        if (output.includes('Toolkit destigmatisering draait')) resolveReady()
      })
    }),
  ])
  const startSeconds = seconds(from)
  log(`product klaar in ${startSeconds.toFixed(1)} s`)

  const builds = collectBuildReports()
  const jobs = siteUpdateJobs(databaseFile)
  // On a fresh database the seed queued a site update, which the CMS runs beside npm start's own build; that cold build's
  // PDFs follow with a second build that holds the page lock. The edits are timed on a settled product: every update done,
  // no build holding a lock of the output folder (site/scripts/build-locks.mjs), twice in a row.
  from = performance.now()
  const settled = () => jobs.jobs().every((job) => job.completedAt || job.hasError) && !readdirSync(work).some((name) => name.endsWith('.lock'))
  let quiet = 0
  await waitFor(() => ((quiet = settled() ? quiet + 1 : 0) >= 4 ? true : undefined), 30 * 60_000)
  const settleSeconds = seconds(from)
  log(`start-updates klaar na ${settleSeconds.toFixed(1)} s; nu de bewerkingen`)
  const { token } = await json(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
  const { docs } = await json(`${cmsUrl}/api/fragments?where[slug][equals]=${fragment.slug}&depth=0&limit=1`)
  const page = new URL(`filmfragmenten/${fragment.slug}/`, siteUrl).toString()
  const times = []
  const measured = []
  for (let i = 1; i <= edits; i += 1) {
    const known = new Set(jobs.jobs().map((job) => job.id))
    const marker = `Bewerking ${i} van de publicatiemeting, ${Date.now()}.`
    await json(`${cmsUrl}/api/fragments/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ description: marker, _status: 'published' }),
    })
    const published = performance.now()
    const answeredAt = new Date().toISOString()
    for (;;) {
      const text = await fetch(page).then((response) => response.text(), () => '')
      if (text.includes(marker)) break
      if (seconds(published) > 600) throw new Error(`bewerking ${i} stond na 10 minuten nog niet op ${page}`)
      await Promise.race([sleep(250), stopped])
    }
    times.push(seconds(published))
    const seenAt = new Date().toISOString()
    // The update this publish queued (the hook queues it before the CMS answers); its run is logged once its pages are live.
    const job = await waitFor(() => {
      const queued = jobs.jobs().find((entry) => !known.has(entry.id))
      return queued && succeededRun(queued)
    }, 60_000)
    measured.push({ edit: i, seconds: +times.at(-1).toFixed(1), answeredAt, seenAt, job: job ?? null })
    log(`bewerking ${i}: live na ${times.at(-1).toFixed(1)} s${job?.timing ? ` (snapshot ${job.timing.snapshotSeconds} s, bouw tot live ${job.timing.buildSeconds} s)` : ''}`)
  }
  // Each build writes its report after its search index (and PDFs): the last edit's comes a little after it is live.
  const last = measured.at(-1)?.job
  if (last) await waitFor(() => reportOf(builds.reports, last), 300_000)
  builds.stop()
  jobs.close()
  addBreakdowns(measured, builds.reports)
  for (const edit of measured.filter((entry) => entry.breakdown)) {
    log(
      `bewerking ${edit.edit}, ${edit.seconds} s: ` +
        edit.breakdown.parts.map(({ part, ms }) => `${part} ${(ms / 1000).toFixed(1)}`).join(', ') +
        (edit.breakdown.buildSteps ? `; bouw: ${edit.breakdown.buildSteps.map(({ label, ms }) => `${label} ${(ms / 1000).toFixed(1)}`).join(', ')}` : '') +
        (edit.breakdown.sharedWithPreviousMs ? `; vorige bouw liep nog ${(edit.breakdown.sharedWithPreviousMs / 1000).toFixed(1)} s mee` : ''),
    )
  }
  const result = {
    measuredAt: new Date().toISOString(),
    machine: machine(),
    documents: size,
    loadSeconds: +loadSeconds.toFixed(1),
    startSeconds: +startSeconds.toFixed(1),
    // Waited after the start for its own site updates to finish (the seed's, its PDFs) before the first edit.
    settleSeconds: +settleSeconds.toFixed(1),
    publishToLiveSeconds: times.map((t) => +t.toFixed(1)),
    p50: +percentile(times, 50).toFixed(1),
    max: +Math.max(...times).toFixed(1),
    edits: measured,
  }
  console.log(JSON.stringify(result, null, 2))
  const file = join(ROOT, 'bench', 'results', `${result.measuredAt.slice(0, 10)}-publish-${size}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  log(`geschreven naar ${file}`)
  return result
}

try {
  await main()
} finally {
  await stopChildren()
  rmSync(work, { recursive: true, force: true })
  // A build that was finishing as it was stopped can still write its report or state here: once more, a little later.
  await sleep(3000)
  rmSync(work, { recursive: true, force: true })
}

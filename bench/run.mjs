#!/usr/bin/env node
/**
 * `npm run bench` (N = 100 and 1,000, at most a few minutes) and
 * `npm run bench:full` (N = 10,000, with the CMS): per N, on SYNTHETIC
 * content (bench/snapshots.mjs),
 *
 * - plain Astro + Pagefind on the same snapshot (the baseline);
 * - the real site build cold (empty PDF cache, new output folder), warm
 *   (nothing changed) and after one edit (bench/edit.mjs);
 * - search in a browser on the result (bench/search.mjs);
 *
 * then the CMS REST API next to bare Payload (bench/cms.mjs; in `bench` only
 * with BENCH_CMS=1), and publish → live: `bench:full` runs `npm run
 * bench:publish` at each N (publish.mjs, about 15 minutes at 10,000: its goal
 * is judged on this code, not on an older run); `bench` shows the newest
 * result of that N already in bench/results, with its file and date. Writes bench/results/<date>[-full].json and .md and
 * rewrites bench/RESULTS.md. Prints figures and ratios; asserts nothing.
 *
 * Environment: BENCH_SIZES (e.g. "100", instead of the default sizes),
 * BENCH_CMS=1, BENCH_CMS_SECONDS (default 30), BENCH_RESULTS_DIR (default
 * bench/results; RESULTS.md is then written there too).
 */
import { existsSync, rmSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadSeed } from '@toolkit/seed'
import { runStep, stopChildren } from '../scripts/lib/processes.mjs'
import { buildBaseline } from './baseline-build.mjs'
import { buildSite } from './build-site.mjs'
import { editOneFragment } from './edit.mjs'
import { loadAverage, machine } from './machine.mjs'
import { evaluateGoals } from './goals.mjs'
import { newestPublish, renderMarkdown, writeResultsPage } from './report.mjs'
import { benchSearch } from './search.mjs'
import { SEARCH_QUERIES } from './search-queries.mjs'
import { syntheticSnapshot } from './snapshots.mjs'
import { ratio, round } from './stats.mjs'

const BENCH = new URL('.', import.meta.url).pathname
const full = process.argv.includes('--full')
const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : full ? [10_000] : [100, 1_000]
const withCms = full || process.env.BENCH_CMS === '1'
const resultsDir = process.env.BENCH_RESULTS_DIR ?? join(BENCH, 'results')
const resultsPage = process.env.BENCH_RESULTS_DIR ? join(resultsDir, 'RESULTS.md') : join(BENCH, 'RESULTS.md')
const started = performance.now()
const log = (line) => console.log(`[bench ${Math.round((performance.now() - started) / 1000)} s] ${line}`)

if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(`BENCH_SIZES moet hele getallen van minstens 100 bevatten, gescheiden door komma's (kreeg "${process.env.BENCH_SIZES}")`)
  process.exit(2)
}

const work = await mkdtemp(join(tmpdir(), 'toolkit-bench-'))
const cleanUp = () => rmSync(work, { recursive: true, force: true })
// Ctrl+C or a kill: stop the builds' process groups, remove the temporary folders.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n[bench] gestopt (${signal}); kindprocessen en tijdelijke mappen worden opgeruimd`)
    stopChildren()
    cleanUp()
    process.exit(130)
  })
}

/** Writes a snapshot file of `n` synthetic documents; resolves to its path and document count. */
async function snapshotFile(seed, n, dir) {
  const snapshot = syntheticSnapshot(seed, n)
  const file = join(dir, 'snapshot.json')
  await writeFile(file, JSON.stringify(snapshot))
  const edited = join(dir, 'snapshot-edited.json')
  await writeFile(edited, JSON.stringify(editOneFragment(snapshot)))
  const documents = Object.values(snapshot.collections).reduce((sum, docs) => sum + docs.length, 0)
  return { file, edited, documents }
}

async function measureSize(seed, n) {
  const dir = join(work, String(n))
  await mkdir(dir, { recursive: true })
  try {
    const { file, edited, documents } = await snapshotFile(seed, n, dir)
    log(`N = ${n}: ${documents} synthetische documenten; baseline (Astro + Pagefind) …`)
    const baseline = await buildBaseline({ snapshotFile: file, outDir: join(dir, 'baseline'), documents })
    log(`N = ${n}: baseline ${baseline.wallSeconds} s; site koud (lege PDF-cache, nieuwe uitvoermap) …`)
    const site = {}
    const common = { outDir: join(dir, 'site'), pdfCacheDir: join(dir, 'pdf-cache'), reportFile: join(dir, 'build-report.json'), documents }
    site.cold = await buildSite({ name: `koud-${n}`, snapshotFile: file, ...common })
    log(`N = ${n}: koud ${site.cold.wallSeconds} s; site warm (niets gewijzigd) …`)
    site.warm = await buildSite({ name: `warm-${n}`, snapshotFile: file, ...common })
    log(`N = ${n}: warm ${site.warm.wallSeconds} s; site na één bewerking …`)
    site.edit = await buildSite({ name: `bewerking-${n}`, snapshotFile: edited, ...common })
    log(`N = ${n}: na één bewerking ${site.edit.wallSeconds} s; zoeken in de browser …`)
    const ratios = {
      cold: ratio(baseline.wallSeconds, site.cold.wallSeconds),
      // Until the first swap: the pages are live, their PDFs follow (site/scripts/build.mjs).
      coldPagesLive: site.cold.phases?.pagesLiveMs == null ? null : ratio(baseline.wallSeconds, site.cold.phases.pagesLiveMs / 1000),
      warm: ratio(baseline.wallSeconds, site.warm.wallSeconds),
      edit: ratio(baseline.wallSeconds, site.edit.wallSeconds),
      output: ratio(site.warm.outputBytes, baseline.outputBytes),
      outputWithoutPdf: ratio(site.warm.outputBytesWithoutPdf, baseline.outputBytes),
      peakMemory: ratio(Math.max(site.cold.peakRssMb, site.warm.peakRssMb, site.edit.peakRssMb), baseline.peakRssMb),
    }
    let search
    try {
      search = await benchSearch({ siteDir: common.outDir, queries: SEARCH_QUERIES, log })
    } catch (error) {
      console.error(`[bench] zoeken mislukt bij N = ${n}: ${error.message}`)
      search = { error: error.message }
    }
    return { n, documents, baseline, site, ratios, search }
  } catch (error) {
    console.error(`[bench] N = ${n} mislukt: ${error.message}`)
    return { n, error: error.message }
  } finally {
    log(`N = ${n}: tijdelijke bestanden opruimen …`)
    rmSync(dir, { recursive: true, force: true })
  }
}

async function measureCms() {
  const size = full ? 10_000 : Math.max(...sizes)
  if (!existsSync(join(BENCH, 'cms.mjs'))) return { skipped: 'Not measured: bench/cms.mjs is missing.' }
  try {
    const { benchCms } = await import('./cms.mjs')
    log(`CMS (REST naast kale Payload), N = ${size} …`)
    return { size, ...(await benchCms({ size, seconds: Number(process.env.BENCH_CMS_SECONDS ?? 30), log })) }
  } catch (error) {
    console.error(`[bench] CMS-meting mislukt: ${error.message}`)
    return { size, error: error.message }
  }
}

/** Publish → live at `n` documents: measured now in a full run, else the newest result of that N in bench/results. */
async function publishFigures(n) {
  if (full) {
    try {
      log(`publiceren → live, N = ${n} (npm run bench:publish) …`)
      await runStep('publiceren', process.execPath, [join(BENCH, 'publish.mjs'), '--size', String(n)], { cwd: BENCH, detached: true })
    } catch (error) {
      console.error(`[bench] publicatiemeting mislukt bij N = ${n}: ${error.message}`)
      return { error: error.message }
    }
  }
  return newestPublish(join(BENCH, 'results'), n)
}

const before = loadAverage()
const result = { command: full ? 'npm run bench:full' : 'npm run bench', measuredAt: new Date().toISOString(), machine: machine(), loadAverage: { before }, sizes: [] }
try {
  const seed = loadSeed()
  for (const n of sizes) result.sizes.push(await measureSize(seed, n))
  result.cms = withCms ? await measureCms() : { skipped: 'Not measured in this run (BENCH_CMS=1 adds it; `npm run bench:full` always does).' }
  for (const size of result.sizes) size.publish = await publishFigures(size.n)
} finally {
  stopChildren()
  cleanUp()
}
result.loadAverage.after = loadAverage()
result.durationSeconds = round((performance.now() - started) / 1000, 1)
// The goals with their verdicts and, for a missed one, its measured reason and what it would take (bench/goals.mjs).
result.goals = evaluateGoals(result)

const date = result.measuredAt.slice(0, 10)
const name = full ? `${date}-full` : date
await mkdir(resultsDir, { recursive: true })
await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
const markdown = renderMarkdown(result)
await writeFile(join(resultsDir, `${name}.md`), `${markdown}\n`)
await writeResultsPage(resultsDir, resultsPage)
console.log(`\n${markdown}\n`)
log(`klaar in ${result.durationSeconds} s: ${join(resultsDir, `${name}.json`)}, ${name}.md en ${resultsPage}`)
const failed = result.sizes.some((size) => size.error || size.search?.error || size.publish?.error) || result.cms?.error
if (failed) process.exitCode = 1

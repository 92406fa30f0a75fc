#!/usr/bin/env node
/**
 * `npm run bench`: PDFs per second of the site's PDF engine, cold (empty
 * cache, every PDF rendered on the worker pool, and on one thread) and warm
 * (everything cached), for the seed content and for 1,000 synthetic
 * documents, next to a minimal baseline (bare pdfkit, plain text, one
 * thread) rendering the same documents in the same run. It prints figures
 * and ratios; it asserts nothing about timing.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generatePdfs } from '@toolkit/site/src/pdf/generate.ts'
import { pdfJobs } from '@toolkit/site/src/pdf/jobs.ts'
import { renderBaseline } from './pdf-baseline.mjs'
import { seedSnapshot, syntheticSnapshot } from './snapshots.mjs'

const SITE = { origin: 'http://localhost:4321', base: '/' }
const cores = availableParallelism()

/** Wall time, and CPU time of the whole process (all worker threads): their ratio is the cores actually used. */
async function timed(run) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await run()
  const seconds = (performance.now() - started) / 1000
  const { user, system } = process.cpuUsage(cpu)
  return { seconds, coresUsed: (user + system) / 1e6 / seconds, result }
}

async function measure(label, snapshot) {
  const cacheDirs = []
  const freshCache = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toolkit-pdf-bench-'))
    cacheDirs.push(dir)
    return dir
  }
  try {
    const jobs = pdfJobs(snapshot, SITE)
    const pool = await freshCache()
    const cold = await timed(() => generatePdfs({ snapshot, site: SITE, cacheDir: pool }))
    const warm = await timed(() => generatePdfs({ snapshot, site: SITE, cacheDir: pool }))
    const oneThread = await timed(async () => generatePdfs({ snapshot, site: SITE, cacheDir: await freshCache(), threads: 1 }))
    let baselineBytes = 0
    const baseline = await timed(async () => {
      for (const job of jobs) baselineBytes += (await renderBaseline(job)).byteLength
    })
    const engineBytes = Object.values(cold.result.manifest.entries).reduce((sum, entry) => sum + entry.bytes, 0)
    return { label, count: jobs.length, cold, warm, oneThread, baseline, engineBytes, baselineBytes }
  } finally {
    await Promise.all(cacheDirs.map((dir) => rm(dir, { recursive: true, force: true })))
  }
}

const rate = (count, { seconds }) => count / seconds
const fixed = (value, digits = 1) => value.toFixed(digits).padStart(8)

function report(rows) {
  console.log(`PDF benchmark — Node ${process.version}, ${cores} cores; pool = ${cores} worker threads; load average before: ${loadavg()[0].toFixed(1)}`)
  console.log('Baseline: bare pdfkit, Helvetica, plain text, no tags/frame/QR/chart, one thread, same documents.\n')
  console.log('set                          PDFs   cold pool   cold 1 thr     warm   baseline   pool/base  1thr/base  warm/base   kB/PDF (base)')
  console.log('                                        pdf/s        pdf/s    pdf/s      pdf/s')
  for (const row of rows) {
    const pool = rate(row.count, row.cold)
    const single = rate(row.count, row.oneThread)
    const warm = rate(row.count, row.warm)
    const base = rate(row.count, row.baseline)
    console.log(
      `${row.label.padEnd(26)} ${String(row.count).padStart(6)}  ${fixed(pool)}     ${fixed(single)}  ${fixed(warm, 0)}   ${fixed(base)}   ${fixed(pool / base, 2)}   ${fixed(single / base, 2)}   ${fixed(warm / base, 1)}   ${fixed(row.engineBytes / row.count / 1000)} (${(row.baselineBytes / row.count / 1000).toFixed(1)})`,
    )
  }
  console.log('\nCores the cold pool run kept busy (CPU time / wall time; other load on the machine lowers it):')
  for (const row of rows) console.log(`  ${row.label}: ${row.cold.coresUsed.toFixed(2)} (1 thread: ${row.oneThread.coresUsed.toFixed(2)})`)
  console.log('\nLog lines of the runs (cold pool, then warm):')
  for (const row of rows) console.log(`  ${row.label}: ${row.cold.result.summary} | ${row.warm.result.summary}`)
}

const seed = seedSnapshot()
const rows = [await measure('seed snapshot', seed), await measure('synthetic (1,000 docs)', syntheticSnapshot())]
report(rows)

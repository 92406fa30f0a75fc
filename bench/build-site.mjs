/**
 * One build of the real site (site/scripts/build.mjs) from a snapshot file,
 * as its own process group: wall time, peak memory of the process tree, the
 * build's own report (BUILD_REPORT: phases, pages, incremental work) and
 * the output's bytes, counted here.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startProcess } from '../scripts/lib/processes.mjs'
import { sampleTreeRss } from './rss.mjs'
import { round } from './stats.mjs'
import { treeSize } from './tree-size.mjs'

const ROOT = new URL('..', import.meta.url).pathname
/** The build's summary lines; Astro's line per page (56,000 at N = 10,000) stays out of the log. */
const SUMMARY = /\[(build|toolkit:[\w-]+)\]|Site (niet )?(geschreven|gebouwd)|error|fout/i
const KEPT_LINES = 60

async function readReport(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if (error.code === 'ENOENT') return undefined
    throw new Error(`BUILD_REPORT ${file} is geen geldige JSON: ${error.message}`)
  }
}

/**
 * Builds the site from `snapshotFile` into `outDir` with the PDF cache
 * `pdfCacheDir`. Throws with the build's stderr when it fails.
 */
export async function buildSite({ name, snapshotFile, outDir, pdfCacheDir, reportFile, documents }) {
  await rm(reportFile, { force: true })
  const env = {
    ...process.env,
    CONTENT_SNAPSHOT: snapshotFile,
    SITE_OUT_DIR: outDir,
    PDF_CACHE_DIR: pdfCacheDir,
    BUILD_REPORT: reportFile,
    SITE_URL: 'http://localhost:4321',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  const started = performance.now()
  // Detached: its own process group, so stopping the benchmark stops Astro and its workers too.
  const child = startProcess(name, process.execPath, [join(ROOT, 'site/scripts/build.mjs')], { cwd: ROOT, env, detached: true, echo: (line) => SUMMARY.test(line) })
  const memory = sampleTreeRss(child.pid)
  const stderr = []
  child.stderr.on('data', (chunk) => {
    stderr.push(...String(chunk).split('\n').filter((line) => line.trim()))
    stderr.splice(0, Math.max(0, stderr.length - KEPT_LINES))
  })
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1))
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal))
  })
  const wallSeconds = (performance.now() - started) / 1000
  const peakRssMb = await memory.stop()
  const peakProcesses = memory.atPeak()
  if (code !== 0) {
    throw new Error(`Sitebuild "${name}" mislukt (code ${code}). Laatste regels van stderr:\n${stderr.join('\n') || '(leeg)'}`)
  }
  const report = await readReport(reportFile)
  const tree = await treeSize(outDir)
  const pdfBytes = tree.bytesUnder.pdf ?? 0
  const pages = report?.pages ?? tree.pages
  return {
    wallSeconds: round(wallSeconds, 2),
    // Without BUILD_REPORT the phases are unknown: wall time only.
    phases: report?.phases ?? null,
    report: report ? 'BUILD_REPORT' : 'unavailable',
    pages,
    documents: report?.documents ?? documents,
    pagesPerSecond: round(pages / wallSeconds, 1),
    outputBytes: tree.bytes,
    pdfBytes,
    outputBytesWithoutPdf: tree.bytes - pdfBytes,
    bytesUnder: tree.bytesUnder,
    filesUnder: tree.filesUnder,
    files: tree.files,
    peakRssMb,
    // The processes of the tree at its peak, largest first: what made it.
    peakProcesses,
    incremental: report?.incremental ?? null,
    // Where the wait for the pages and the index went (site/src/build/phases.ts); null without BUILD_REPORT.
    steps: report?.steps ?? null,
    // PDFs that were not ready when the pages went live, made after them (site/scripts/build.mjs).
    pdfsDeferred: report?.pdfsDeferred ?? 0,
  }
}

/**
 * The build benchmark's baseline on the same snapshot: plain Astro
 * (bench/baseline-site, one simple page per document) and then Pagefind's
 * Node API (bench/baseline-index.mjs), each a process group of its own,
 * timed and measured (peak RSS) apart.
 */
import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { startProcess } from '../scripts/lib/processes.mjs'
import { sampleTreeRss } from './rss.mjs'
import { round } from './stats.mjs'
import { treeSize } from './tree-size.mjs'

const BENCH = new URL('.', import.meta.url).pathname
const SITE = join(BENCH, 'baseline-site')
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs')
const SUMMARY = /\[build\] .*(built|Complete)|Pagefind|error|fout/i

/** Runs one step; resolves to its wall seconds and peak RSS, or throws with its stderr. */
async function step(name, args, env) {
  const started = performance.now()
  const child = startProcess(name, process.execPath, args, { cwd: SITE, env, detached: true, echo: (line) => SUMMARY.test(line) })
  const memory = sampleTreeRss(child.pid)
  const stderr = []
  child.stderr.on('data', (chunk) => stderr.push(String(chunk)))
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1))
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal))
  })
  const seconds = (performance.now() - started) / 1000
  const peakRssMb = await memory.stop()
  if (code !== 0) throw new Error(`Baseline "${name}" mislukt (code ${code}):\n${stderr.join('').slice(-4000) || '(geen stderr)'}`)
  return { seconds, peakRssMb }
}

export async function buildBaseline({ snapshotFile, outDir, documents }) {
  const stepsFile = `${outDir}.steps.json`
  await rm(stepsFile, { force: true })
  const env = { ...process.env, BASELINE_SNAPSHOT: snapshotFile, BASELINE_OUT_DIR: outDir, BASELINE_STEPS: stepsFile, ASTRO_TELEMETRY_DISABLED: '1' }
  const render = await step('baseline-astro', [astro, 'build'], env)
  // Astro's start, bundling and rendering of the baseline, as the site's build report has them (null when not written).
  const steps = await readFile(stepsFile, 'utf8').then(JSON.parse, () => null)
  const index = await step('baseline-pagefind', [join(BENCH, 'baseline-index.mjs'), outDir], env)
  const tree = await treeSize(outDir)
  const wallSeconds = render.seconds + index.seconds
  return {
    wallSeconds: round(wallSeconds),
    renderSeconds: round(render.seconds),
    steps,
    indexSeconds: round(index.seconds),
    pages: tree.pages,
    documents,
    pagesPerSecond: round(tree.pages / wallSeconds, 1),
    outputBytes: tree.bytes,
    bytesUnder: tree.bytesUnder,
    files: tree.files,
    peakRssMb: Math.max(render.peakRssMb, index.peakRssMb),
  }
}

#!/usr/bin/env node
/**
 * `npm run bench:during-pdfs -w bench [-- N]` (default N = 1,000): how soon
 * an edit published during a cold build's PDF job has its pages live. A
 * cold build of N synthetic documents (empty PDF cache) puts its pages live
 * and then makes its PDFs (site/scripts/build.mjs); as soon as it says
 * "PDF's: 0 van …", a second build of the same content with one fragment
 * edited starts on the same output, as the CMS's site update would. Printed
 * beside it, as the baseline of the same run: the same edit built with
 * nothing else running. Figures only; asserts nothing.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadSeed } from '@toolkit/seed'
import { editOneFragment } from './edit.mjs'
import { loadAverage } from './machine.mjs'
import { syntheticSnapshot } from './snapshots.mjs'

const BUILD = new URL('../site/scripts/build.mjs', import.meta.url).pathname
const n = Number(process.argv[2] ?? 1000)
const work = await mkdtemp(join(tmpdir(), 'toolkit-bench-during-pdfs-'))

/** Starts a build; resolves with its report when it exits, and calls `onOutput` with each piece of its standard output. */
function build(snapshot, name, onOutput = () => {}) {
  const report = join(work, `${name}.json`)
  const env = { ...process.env, CONTENT_SNAPSHOT: snapshot, SITE_OUT_DIR: join(work, 'site'), PDF_CACHE_DIR: join(work, 'pdf-cache'), BUILD_REPORT: report, SITE_URL: 'http://localhost:4321' }
  const child = spawn(process.execPath, [BUILD], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (chunk) => onOutput(String(chunk)))
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (log = (log + chunk).slice(-3000)))
  return new Promise((resolve, reject) => {
    child.on('exit', async (code) => (code === 0 ? resolve(JSON.parse(await readFile(report, 'utf8'))) : reject(new Error(`${name}: code ${code}\n${log}`))))
  })
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
try {
  const snapshot = syntheticSnapshot(loadSeed(), n)
  const cold = join(work, 'snapshot.json')
  const edited = join(work, 'snapshot-edited.json')
  await writeFile(cold, JSON.stringify(snapshot))
  await writeFile(edited, JSON.stringify(editOneFragment(snapshot)))
  console.log(`N = ${n}, load ${loadAverage().join(' / ')}: koude bouw; de bewerking start zodra de PDF-taak begint …`)
  let output = ''
  let startEdit
  const editStarted = new Promise((resolve) => (startEdit = resolve))
  const first = build(cold, 'cold', (text) => {
    output += text
    if (/PDF's: 0 van/.test(output)) startEdit()
  })
  await Promise.race([editStarted, first])
  const during = await build(edited, 'during')
  const coldReport = await first
  // The baseline: the same edit again on the finished site, nothing else running (one fragment back and forth).
  await build(cold, 'back')
  const alone = await build(edited, 'alone')
  console.log(`koude bouw: pagina's live na ${seconds(coldReport.phases.pagesLiveMs)}, PDF's na ${coldReport.phases.pdfsLiveMs === null ? 'de bewerking' : seconds(coldReport.phases.pdfsLiveMs)}`)
  console.log(`bewerking tijdens de PDF-taak: pagina's live na ${seconds(during.phases.pagesLiveMs)} (${during.pdfsDeferred} PDF's volgden)`)
  console.log(`dezelfde bewerking zonder PDF-taak: pagina's live na ${seconds(alone.phases.pagesLiveMs)}`)
  console.log(`load na afloop ${loadAverage().join(' / ')}`)
} finally {
  await rm(work, { recursive: true, force: true })
}

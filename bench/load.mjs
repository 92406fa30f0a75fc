#!/usr/bin/env node
/**
 * `npm run bench:load`: 200 concurrent connections for 60 s on the public
 * REST API (the CMS in production mode, `next build` + `next start`, on a
 * seeded SQLite file) and on the static site (site/scripts/serve.mjs), each
 * next to a bare node:http server answering the same bytes from memory in
 * the same run (the ratio). Prints requests per second, latency, errors and
 * the CMS's memory (start, peak, end); asserts nothing about timing.
 *
 * Environment: LOAD_SECONDS (default 60), LOAD_CONNECTIONS (default 200).
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { runStep, startProcess, stopChildren, stopChildrenOnExit, whenStopped } from '../scripts/lib/processes.mjs'
import { processTreeRssMb } from './rss.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200)
const CMS_PORT = 3300
const SITE_PORT = 4600
const BASELINE_PORT = 4700
const work = mkdtempSync(join(tmpdir(), 'toolkit-load-'))
const log = (line) => console.log(`[load] ${line}`)
// Ctrl+C stops the CMS and site servers this started, too.
stopChildrenOnExit()

async function waitFor(url, stopped, timeoutMs = 240_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then((response) => response.ok, () => false)
    if (ok) return
    await Promise.race([new Promise((r) => setTimeout(r, 1_000)), stopped])
  }
  throw new Error(`${url} antwoordde niet binnen ${timeoutMs / 1000} s`)
}

/** A bare server that answers every request with the bytes and type the real one gave. */
async function baselineServer(body, contentType) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length })
    res.end(body)
  })
  await new Promise((r) => server.listen(BASELINE_PORT, '127.0.0.1', r))
  return server
}

function run(url) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 10 }, (error, result) => (error ? reject(error) : resolvePromise(result)))
  })
}

function summary(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Loads `url`, and the baseline answering its bytes, for the same time. */
async function compare(label, url, rssOf) {
  const sample = await fetch(url)
  const body = Buffer.from(await sample.arrayBuffer())
  log(`${label}: ${url} (${body.length} bytes), ${CONNECTIONS} verbindingen, ${SECONDS} s …`)
  const memory = { startMb: rssOf ? await rssOf() : null, peakMb: 0, endMb: null }
  const sampler = rssOf
    ? setInterval(async () => {
        memory.peakMb = Math.max(memory.peakMb, await rssOf())
      }, 1_000)
    : undefined
  const real = summary(await run(url))
  clearInterval(sampler)
  if (rssOf) {
    await new Promise((r) => setTimeout(r, 5_000))
    memory.endMb = await rssOf()
  }
  const server = await baselineServer(body, sample.headers.get('content-type') ?? 'application/octet-stream')
  log(`${label}: baseline (kale node:http met dezelfde bytes) …`)
  const baseline = summary(await run(`http://127.0.0.1:${BASELINE_PORT}/`))
  server.close()
  return { label, url, bytes: body.length, real, baseline, ratio: +(real.requestsPerSecond / baseline.requestsPerSecond).toFixed(3), memory: rssOf ? memory : undefined }
}

function print(results) {
  console.log(`\nBelasting: ${CONNECTIONS} verbindingen, ${SECONDS} s per meting, load vooraf ${loadavg()[0].toFixed(2)}\n`)
  console.log('| doel | req/s | p50 ms | p99 ms | fouten | time-outs | niet-2xx | baseline req/s | verhouding | geheugen CMS (MB) start / piek / eind |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of results) {
    const memory = r.memory ? `${r.memory.startMb} / ${r.memory.peakMb} / ${r.memory.endMb}` : '–'
    console.log(
      `| ${r.label} | ${r.real.requestsPerSecond} | ${r.real.latencyMs.p50} | ${r.real.latencyMs.p99} | ${r.real.errors} | ${r.real.timeouts} | ${r.real.non2xx} | ${r.baseline.requestsPerSecond} | ${r.ratio}× | ${memory} |`,
    )
  }
}

try {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-bench',
    DATABASE_URL: `file:${join(work, 'load.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    PREVIEW_SECRET: crypto.randomBytes(32).toString('hex'),
    MEDIA_DIR: join(work, 'media'),
    PORT: String(CMS_PORT),
  }
  log('CMS bouwen voor productie (next build) …')
  await runStep('cms-build', 'npm', ['run', 'build', '--silent', '-w', 'cms'], { cwd: ROOT, env: { ...env, NODE_ENV: 'production' } })
  log('CMS starten (next start, migraties en seed) …')
  const cms = startProcess('cms', process.execPath, [join(ROOT, 'cms/scripts/serve.mjs'), 'start'], { cwd: join(ROOT, 'cms'), env, detached: true })
  const cmsStopped = whenStopped('Het CMS', cms)
  const cmsUrl = `http://localhost:${CMS_PORT}`
  await Promise.race([waitFor(`${cmsUrl}/api/themes?limit=1`, cmsStopped), cmsStopped])
  // The seed runs on the first request; wait until the content is there.
  await Promise.race([waitFor(`${cmsUrl}/api/interventions?where[slug][equals]=beyond-the-label`, cmsStopped), cmsStopped])

  log('Site bouwen uit het CMS …')
  const siteDist = join(work, 'site')
  await runStep('site-build', 'npm', ['run', 'build', '--silent', '-w', 'site'], { cwd: ROOT, env: { ...process.env, CMS_URL: cmsUrl, SITE_OUT_DIR: siteDist } })
  const site = startProcess('site', process.execPath, [join(ROOT, 'site/scripts/serve.mjs')], {
    cwd: join(ROOT, 'site'),
    env: { ...process.env, PORT: String(SITE_PORT), SITE_DIST: siteDist },
  })
  const siteStopped = whenStopped('De siteserver', site)
  await Promise.race([waitFor(`http://localhost:${SITE_PORT}/`, siteStopped), siteStopped])

  const rssOfCms = () => processTreeRssMb(cms.pid)
  const results = [
    await compare('REST-lijst (interventies, 20, depth 1)', `${cmsUrl}/api/interventions?limit=20&depth=1`, rssOfCms),
    await compare('REST-detail (interventie)', `${cmsUrl}/api/interventions?where[slug][equals]=beyond-the-label&depth=1`, rssOfCms),
    await compare('statische site (interventies)', `http://localhost:${SITE_PORT}/interventies/`),
  ]
  print(results)
  const outDir = join(ROOT, 'bench', 'results')
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, `load-${new Date().toISOString().slice(0, 10)}.json`)
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, results }, null, 2)}\n`)
  log(`Resultaten: ${file}`)
} catch (error) {
  console.error(`[load] Mislukt: ${error.message}`)
  process.exitCode = 1
} finally {
  stopChildren()
  await new Promise((r) => setTimeout(r, 1_000))
  rmSync(work, { recursive: true, force: true })
}

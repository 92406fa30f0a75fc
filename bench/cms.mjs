#!/usr/bin/env node
/**
 * `npm run bench:cms [-- --size 10000 --seconds 30]`: the CMS's public REST
 * API under load, next to a bare Payload app with the same collections and
 * the same documents, measured in the same run (the ratio). Both run in
 * production mode on SQLite (bench/cms-servers.mjs). Anonymous requests:
 *
 * - GET /api/fragments?limit=20&depth=1 (a list page),
 * - GET /api/fragments/<id>?depth=1 (one fragment, the same slug on both),
 *
 * each at 10 and 50 connections for `seconds`, with autocannon, the two
 * servers alternating run by run (ours first, then bare first, …) so that
 * drift in the machine's load hits both alike. Prints requests per second
 * (2xx answers only), p50/p95 latency, errors and time-outs, the load time of
 * each side and each server's memory (RSS of its process tree: start, peak,
 * end). Figures only; it asserts nothing about speed.
 *
 * `benchCms()` is also imported by the full benchmark (bench/run.mjs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { loadSeed } from '@toolkit/seed'
import { stopChildren, stopProcess } from '../scripts/lib/processes.mjs'
import { buildBare, buildOurs, loadBare, loadOurs, startBare, startOurs } from './cms-servers.mjs'
import { processTreeRssMb, sampleTreeRss } from './rss.mjs'
import { syntheticSnapshot } from './snapshots.mjs'
import { percentile, round } from './stats.mjs'

/** Seconds after which autocannon counts a request as timed out. */
const TIMEOUT_SECONDS = 10
const CONNECTIONS = [10, 50]
const REQUESTS = [
  { request: 'GET /api/fragments?limit=20&depth=1', path: () => '/api/fragments?limit=20&depth=1' },
  { request: 'GET /api/fragments/<id>?depth=1', path: (server) => `/api/fragments/${server.detailId}?depth=1` },
  // Every request a query no earlier one asked (autocannon puts a new id in `[<id>]`): our
  // public-read cache never answers it, so this row is the query path itself, next to bare Payload.
  { request: 'GET /api/fragments?limit=20&depth=1&where[slug][not_equals]=<new each time> (uncached)', path: () => '/api/fragments?limit=20&depth=1&where[slug][not_equals]=[<id>]', unique: true },
]

/** The path as one request sends it: a fresh value where autocannon would put one. */
const once = (path) => path.replace('[<id>]', `warm-${Math.random().toString(36).slice(2)}`)

/** p50/p95 from every response (autocannon itself reports p50 and p97.5, not p95), to one decimal. */
const latencyAt = (latencies, p) => (latencies.length === 0 ? null : round(percentile(latencies, p), 1))

/**
 * One autocannon run. Latency is taken over every answered request; requests
 * per second count 2xx answers only, so a server that answers errors fast
 * does not look fast. `errors` are connection errors and non-2xx answers;
 * time-outs are counted apart.
 */
async function loadRun(url, connections, seconds, stopped, unique = false) {
  const latencies = []
  let ok = 0
  let instance
  const run = new Promise((resolvePromise, reject) => {
    instance = autocannon({ url, connections, duration: seconds, timeout: TIMEOUT_SECONDS, idReplacement: unique }, (error, result) => (error ? reject(error) : resolvePromise(result)))
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode >= 200 && statusCode < 300) ok += 1
    })
  })
  // Settles after the race below when a server died first; nobody waits for it then.
  run.catch(() => {})
  try {
    // A server that dies mid-run fails the benchmark now, not after `seconds` of connection errors.
    const result = await Promise.race([run, ...stopped])
    return {
      rps: +(ok / result.duration).toFixed(1),
      p50: latencyAt(latencies, 50),
      p95: latencyAt(latencies, 95),
      errors: result.errors - result.timeouts + result.non2xx,
      timeouts: result.timeouts,
      requests: result.requests.total,
    }
  } finally {
    instance?.stop()
  }
}

/** The id each server gave the same fragment, and the size of both answers. */
async function prepare(server, slug) {
  const response = await fetch(`${server.url}/api/fragments?where[slug][equals]=${slug}&depth=0&limit=1`)
  const body = await response.text()
  const id = response.ok ? JSON.parse(body).docs?.[0]?.id : undefined
  if (id === undefined) throw new Error(`${server.name}: fragment ${slug} niet gevonden (${response.status}: ${body.slice(0, 300)}); is het laden gelukt?`)
  server.detailId = id
  server.bytes = {}
  for (const { request, path } of REQUESTS) {
    // Warm up: the first requests compile routes and fill Payload's caches.
    for (let i = 0; i < 10; i += 1) await fetch(`${server.url}${once(path(server))}`).then((r) => r.arrayBuffer())
    const answer = await fetch(`${server.url}${once(path(server))}`)
    if (!answer.ok) throw new Error(`${server.name}: ${request} gaf ${answer.status}`)
    server.bytes[request] = (await answer.arrayBuffer()).byteLength
  }
}

function printTable(report, log) {
  const side = (s) => `${s.rps} | ${s.p50 ?? '–'} | ${s.p95 ?? '–'} | ${s.errors} | ${s.timeouts}`
  log('')
  log(`CMS REST: ${report.documents} documenten (${report.fragments} fragmenten), ${report.seconds} s per meting, load vooraf ${report.loadAverageBefore}`)
  log('')
  log('| verzoek | verbindingen | onze req/s | p50 ms | p95 ms | fouten | time-outs | kaal req/s | p50 ms | p95 ms | fouten | time-outs | verhouding |')
  log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const row of report.rows) log(`| \`${row.request}\` | ${row.connections} | ${side(row.ours)} | ${side(row.bare)} | ${row.ratio ?? '–'}× |`)
  log('')
  for (const { request } of REQUESTS) log(`Antwoordgrootte ${request}: ons ${report.bytes.ours[request]} B, kaal ${report.bytes.bare[request]} B`)
  log(`Bouwen (next build): ons ${report.buildSeconds.ours} s, kaal ${report.buildSeconds.bare} s`)
  log(`Laden van ${report.documents} documenten: ons ${report.loadSeconds.ours} s, kaal ${report.loadSeconds.bare} s`)
  const memory = (m) => `${m.start} / ${m.peak} / ${m.end}`
  log(`Geheugen (RSS van de server, MB) start / piek / eind: ons ${memory(report.memoryMb.ours)}, kaal ${memory(report.memoryMb.bare)}`)
}

/**
 * Builds, loads and starts both servers, measures them and stops them again.
 * Servers are stopped (with their process groups) and the temporary folder is
 * removed on success, on an error and on Ctrl+C.
 */
export async function benchCms({ size = 10000, seconds = 30, log = console.log } = {}) {
  const started = Date.now()
  const work = mkdtempSync(join(tmpdir(), 'toolkit-bench-cms-'))
  const servers = []
  /** RSS samplers while the load runs; stopped in `finally` too, or they keep this process alive. */
  const samplers = []
  const cleanUp = () => {
    for (const server of servers) stopProcess(server.child, 'SIGKILL')
    rmSync(work, { recursive: true, force: true })
  }
  const onSignal = (signal) => {
    log(`Onderbroken (${signal}): servers stoppen, tijdelijke map weg.`)
    // A build or load step in progress too; this process exits right after.
    stopChildren()
    cleanUp()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  process.once('exit', cleanUp)
  try {
    const snapshot = syntheticSnapshot(loadSeed(), size)
    const snapshotFile = join(work, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(snapshot))
    const documents = Object.values(snapshot.collections).reduce((sum, docs) => sum + docs.length, 0)
    const fragments = snapshot.collections.fragments
    log(`${documents} synthetische documenten (${fragments.length} fragmenten) in ${snapshotFile}`)

    // One build at a time: two at once only fight over the two cores.
    const oursBuild = await buildOurs(work, log)
    const bareBuild = await buildBare(work, log)
    const loadSeconds = { ours: await loadOurs(oursBuild, snapshotFile, log), bare: await loadBare(bareBuild, snapshotFile, log) }
    log(`Geladen: ons ${loadSeconds.ours} s, kaal ${loadSeconds.bare} s`)

    const ours = await startOurs(oursBuild, servers, log)
    const bare = await startBare(bareBuild, servers, log)
    const slug = fragments[Math.floor(fragments.length / 2)].slug
    await prepare(ours, slug)
    await prepare(bare, slug)

    const memoryMb = { ours: { start: await processTreeRssMb(ours.child.pid) }, bare: { start: await processTreeRssMb(bare.child.pid) } }
    const peaks = { ours: sampleTreeRss(ours.child.pid, 500), bare: sampleTreeRss(bare.child.pid, 500) }
    samplers.push(peaks.ours, peaks.bare)
    const loadAverageBefore = loadavg()[0].toFixed(2)
    const stopped = [ours.stopped, bare.stopped]
    const rows = []
    let oursFirst = true
    for (const { request, path, unique = false } of REQUESTS) {
      for (const connections of CONNECTIONS) {
        const measured = {}
        for (const [key, server] of oursFirst ? [['ours', ours], ['bare', bare]] : [['bare', bare], ['ours', ours]]) {
          log(`${request}, ${connections} verbindingen, ${seconds} s: ${server.name} …`)
          measured[key] = await loadRun(`${server.url}${path(server)}`, connections, seconds, stopped, unique)
          log(`  ${measured[key].rps} req/s, p50 ${measured[key].p50} ms, p95 ${measured[key].p95} ms, ${measured[key].errors} fouten, ${measured[key].timeouts} time-outs`)
        }
        oursFirst = !oursFirst
        const ratio = measured.bare.rps > 0 ? +(measured.ours.rps / measured.bare.rps).toFixed(3) : null
        rows.push({ request, connections, ours: measured.ours, bare: measured.bare, ratio })
      }
    }
    memoryMb.ours.peak = await peaks.ours.stop()
    memoryMb.bare.peak = await peaks.bare.stop()
    // What the servers keep once the load is over.
    await new Promise((r) => setTimeout(r, 5_000))
    memoryMb.ours.end = await processTreeRssMb(ours.child.pid)
    memoryMb.bare.end = await processTreeRssMb(bare.child.pid)

    const report = {
      size,
      seconds,
      documents,
      fragments: fragments.length,
      loadAverageBefore,
      rows,
      loadSeconds,
      loadMethod: {
        ours: 'npm run seed -w cms -- --snapshot: Local API, one transaction, every document validated and published',
        bare: 'Local API (bench/bare-payload/load.ts): one published create per document, synchronous=OFF on the loading connection',
      },
      buildSeconds: { ours: oursBuild.buildSeconds, bare: bareBuild.buildSeconds },
      memoryMb,
      bytes: { ours: ours.bytes, bare: bare.bytes },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    }
    printTable(report, log)
    log(`Klaar in ${report.totalSeconds} s.`)
    return report
  } finally {
    await Promise.all(samplers.map((sampler) => sampler.stop()))
    for (const server of servers) stopProcess(server.child)
    await Promise.all(servers.map((server) => exited(server.child, 10_000)))
    cleanUp()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    process.off('exit', cleanUp)
  }
}

/** Resolves when the child has exited, or after `ms` (the caller then kills its group). */
function exited(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((r) => {
    const timer = setTimeout(r, ms)
    child.once('exit', () => {
      clearTimeout(timer)
      r()
    })
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '30' } } })
  const size = Number(values.size)
  const seconds = Number(values.seconds)
  if (!Number.isInteger(size) || size < 100 || !(seconds > 0)) {
    console.error('Gebruik: npm run bench:cms -- [--size <aantal documenten, minstens 100>] [--seconds <seconden per meting>]')
    process.exit(2)
  }
  try {
    await benchCms({ size, seconds, log: (line) => console.log(`[cms-bench] ${line}`) })
  } catch (error) {
    console.error(`[cms-bench] Mislukt: ${error.message}`)
    process.exitCode = 1
  }
}

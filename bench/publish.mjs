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
 * the CMS's answer until the served page shows the new text. Prints figures
 * and writes bench/results/<date>-publish-<N>.json; asserts nothing. The
 * same measurement at seed size is the e2e test tests/cms/rebuild.e2e.test.ts.
 */
import crypto from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadSeed } from '@toolkit/seed'
import { runStep, startProcess, stopChildren, stopChildrenOnExit, whenStopped } from '../scripts/lib/processes.mjs'
import { machine } from './machine.mjs'
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
const admin = { email: 'bench-beheer@example.org', password: crypto.randomBytes(12).toString('base64url') }
const env = {
  ...process.env,
  CMS_URL: cmsUrl,
  SITE_PORT: String(SITE_PORT),
  PREVIEW_PORT: String(PREVIEW_PORT),
  PREVIEW_SECRET: crypto.randomBytes(32).toString('hex'),
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  DATABASE_URL: `file:${join(work, 'cms.db')}`,
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

  const { token } = await json(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
  const { docs } = await json(`${cmsUrl}/api/fragments?where[slug][equals]=${fragment.slug}&depth=0&limit=1`)
  const page = new URL(`filmfragmenten/${fragment.slug}/`, siteUrl).toString()
  const times = []
  for (let i = 1; i <= edits; i += 1) {
    const marker = `Bewerking ${i} van de publicatiemeting, ${Date.now()}.`
    await json(`${cmsUrl}/api/fragments/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ description: marker, _status: 'published' }),
    })
    const published = performance.now()
    for (;;) {
      const text = await fetch(page).then((response) => response.text(), () => '')
      if (text.includes(marker)) break
      if (seconds(published) > 600) throw new Error(`bewerking ${i} stond na 10 minuten nog niet op ${page}`)
      await Promise.race([new Promise((r) => setTimeout(r, 250)), stopped])
    }
    times.push(seconds(published))
    log(`bewerking ${i}: live na ${times.at(-1).toFixed(1)} s`)
  }
  const result = {
    measuredAt: new Date().toISOString(),
    machine: machine(),
    documents: size,
    loadSeconds: +loadSeconds.toFixed(1),
    startSeconds: +startSeconds.toFixed(1),
    publishToLiveSeconds: times.map((t) => +t.toFixed(1)),
    p50: +percentile(times, 50).toFixed(1),
    max: +Math.max(...times).toFixed(1),
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
}

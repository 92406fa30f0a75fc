/**
 * The two servers of the CMS benchmark (bench/cms.mjs), each built for
 * production, loaded with the same snapshot file and started on a free port
 * in a process group of its own:
 *
 * - ours: the CMS as operators run it (`npm run build -w cms`, `next start`
 *   through cms/scripts/serve.mjs), a fresh SQLite file whose schema comes
 *   from the committed migrations (prodMigrations), loaded with
 *   `npm run seed -w cms -- --snapshot <file>`;
 * - bare: Payload's blank template with our collections' fields and nothing
 *   else (bench/bare-payload/), on @payloadcms/db-sqlite's defaults, loaded
 *   through the Local API (bench/bare-payload/load.ts).
 *
 * Every build, load and server runs detached, in a process group of its own,
 * so that stopping it stops everything under it: a SIGTERM to `npm run build`
 * left `next build` running, holding its build lock.
 */
import crypto from 'node:crypto'
import { writeFileSync } from 'node:fs'
import net from 'node:net'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { npm, runStep, startProcess, whenStopped } from '../scripts/lib/processes.mjs'
import { bareCollections } from './bare-payload/collections.ts'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const BARE_DIR = join(ROOT, 'bench', 'bare-payload')
const NEXT_BIN = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
/** Our CMS's build folder for the benchmark, beside (not over) the developer's `.next`. */
const OURS_DIST_DIR = '.next-bench-cms'

/** A port nobody listens on right now. */
export async function freePort() {
  const server = net.createServer()
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  await new Promise((r) => server.close(r))
  return port
}

/** Logs a line every `everyMs` while `promise` runs: `next build` is silent for minutes on two cores. */
async function withHeartbeat(label, promise, log, everyMs = 30_000) {
  const started = Date.now()
  const timer = setInterval(() => log(`… ${label} loopt nog (${Math.round((Date.now() - started) / 1000)} s)`), everyMs)
  try {
    await promise
  } finally {
    clearInterval(timer)
  }
  return +((Date.now() - started) / 1000).toFixed(1)
}

/** The environment every child gets: Node 24 first on PATH (the `next` and npm shims use it), no telemetry. */
function baseEnv() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` }
  // An operator's build hook must not be called by a benchmark.
  delete env.SITE_BUILD_HOOK_URL
  return env
}

const secret = () => crypto.randomBytes(32).toString('hex')

/**
 * Waits until `url` answers 200, or rejects at once when the server stops
 * (with the reason it printed), or after `timeoutMs`.
 */
async function waitUntilUp(name, url, stopped, log, timeoutMs = 300_000) {
  const started = Date.now()
  let announced = 0
  const poll = async () => {
    while (Date.now() - started < timeoutMs) {
      const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then((response) => response.ok, () => false)
      if (ok) return
      const seconds = Math.round((Date.now() - started) / 1000)
      if (seconds - announced >= 10) {
        log(`… ${name} start nog (${seconds} s)`)
        announced = seconds
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    throw new Error(`${name} antwoordde niet binnen ${timeoutMs / 1000} s op ${url}`)
  }
  await Promise.race([poll(), stopped])
}

/**
 * Starts a server in its own process group and adds it to `servers` at once,
 * so the caller stops it even when it never comes up. `stopped` rejects as
 * soon as it exits unasked.
 */
function serve(servers, name, command, args, options) {
  const child = startProcess(name, command, args, { ...options, detached: true })
  const stopped = whenStopped(name, child)
  // Raced wherever the benchmark waits; this only keeps an early exit from being an unhandled rejection.
  stopped.catch(() => {})
  const server = { name, child, stopped }
  servers.push(server)
  return server
}

/** Builds our CMS for production. Returns the environment its load and start use. */
export async function buildOurs(work, log) {
  const env = {
    ...baseEnv(),
    NODE_ENV: 'production',
    NEXT_DIST_DIR: OURS_DIST_DIR,
    DATABASE_URL: `file:${join(work, 'ours.db')}`,
    PAYLOAD_SECRET: secret(),
    PREVIEW_SECRET: secret(),
    MEDIA_DIR: join(work, 'media'),
    SITE_UPDATE: 'off',
    JOBS_AUTORUN: 'false',
    SEED_ON_START: 'false',
  }
  log(`Onze CMS bouwen (next build, ${OURS_DIST_DIR}); dat duurt op 2 kernen enkele minuten …`)
  const seconds = await withHeartbeat('next build (onze CMS)', runStep('cms-build', npm, ['run', 'build', '--silent', '-w', 'cms'], { cwd: ROOT, env, detached: true }), log)
  return { env, buildSeconds: seconds }
}

/** Loads the snapshot into our CMS's fresh database (migrations first, as in production). */
export async function loadOurs({ env }, snapshotFile, log) {
  log('Onze CMS vullen: npm run seed -w cms -- --snapshot …')
  return withHeartbeat('laden (onze CMS)', runStep('cms-load', npm, ['run', 'seed', '--silent', '-w', 'cms', '--', '--snapshot', snapshotFile], { cwd: ROOT, env, detached: true }), log)
}

export async function startOurs({ env }, servers, log) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  log(`Onze CMS starten (next start) op ${url} …`)
  const server = serve(servers, 'ons', process.execPath, [join(ROOT, 'cms', 'scripts', 'serve.mjs'), 'start'], { cwd: join(ROOT, 'cms'), env: { ...env, PORT: String(port) } })
  await waitUntilUp('Onze CMS', `${url}/api/fragments?limit=1&depth=0`, server.stopped, log)
  return Object.assign(server, { url })
}

/** Writes the bare collections and builds the bare app for production. */
export async function buildBare(work, log) {
  const collectionsFile = join(work, 'bare-collections.json')
  writeFileSync(collectionsFile, JSON.stringify(bareCollections()))
  const env = { ...baseEnv(), BARE_COLLECTIONS_FILE: collectionsFile, DATABASE_URL: `file:${join(work, 'bare.db')}`, PAYLOAD_SECRET: secret() }
  log('Kale Payload bouwen (next build in bench/bare-payload) …')
  const seconds = await withHeartbeat('next build (kale Payload)', runStep('bare-build', process.execPath, [NEXT_BIN, 'build'], { cwd: BARE_DIR, env: { ...env, NODE_ENV: 'production' }, detached: true }), log)
  return { env, buildSeconds: seconds }
}

/** Loads the snapshot into the bare app; outside production, so Payload creates its tables itself. */
export async function loadBare({ env }, snapshotFile, log) {
  log('Kale Payload vullen via de Local API …')
  const loadEnv = { ...env, NODE_ENV: 'development', DISABLE_PAYLOAD_HMR: 'true' }
  return withHeartbeat('laden (kale Payload)', runStep('bare-load', process.execPath, [join(BARE_DIR, 'load.ts'), snapshotFile], { cwd: BARE_DIR, env: loadEnv, detached: true }), log)
}

export async function startBare({ env }, servers, log) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  log(`Kale Payload starten (next start) op ${url} …`)
  const server = serve(servers, 'kaal', process.execPath, [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: BARE_DIR, env: { ...env, NODE_ENV: 'production' } })
  await waitUntilUp('De kale Payload', `${url}/api/fragments?limit=1&depth=0`, server.stopped, log)
  return Object.assign(server, { url })
}

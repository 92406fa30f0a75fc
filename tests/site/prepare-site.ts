/**
 * Builds the site from a content source and serves it with the site's own
 * scripts (`npm run build -w site`, site/scripts/serve.mjs), as a user would.
 * A global setup that starts the CMS first passes `{ cmsUrl }` instead of a
 * snapshot file.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Where the content comes from: a snapshot file, or a running CMS. */
export type SnapshotSource = { snapshotPath: string } | { cmsUrl: string }

export type PreparedSite = {
  /** Address of the served site, ending in its base path: http://127.0.0.1:PORT/base/ */
  url: string
  /** How long the build took, in milliseconds. */
  buildMs: number
  /** Folder with the built site. */
  dist: string
  stop(): Promise<void>
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    )
  })
}

function serve(dist: string, base: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'site/scripts/serve.mjs')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BASE_PATH: base, SITE_DIST: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = output.match(/Site: (http\S+)/)
      if (match) {
        child.stdout?.off('data', onData)
        resolve({ url: match[1]!, child })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`serve.mjs stopped (${code}): ${output}`)))
  })
}

/** Builds the site from `source` under `base` into a temporary folder and serves it. */
export async function prepareSite(source: SnapshotSource, options: { base?: string } = {}): Promise<PreparedSite> {
  const base = options.base ?? '/'
  const dist = await mkdtemp(join(tmpdir(), 'toolkit-site-'))
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_BASE: base, SITE_OUT_DIR: dist }
  delete env.CONTENT_SNAPSHOT
  delete env.CMS_URL
  if ('snapshotPath' in source) env.CONTENT_SNAPSHOT = source.snapshotPath
  else env.CMS_URL = source.cmsUrl
  const started = performance.now()
  await run('npm', ['run', 'build', '--workspace', 'site'], env)
  const buildMs = Math.round(performance.now() - started)
  const { url, child } = await serve(dist, base)
  return {
    url,
    buildMs,
    dist,
    async stop() {
      child.removeAllListeners('exit')
      child.kill('SIGTERM')
      await rm(dist, { recursive: true, force: true })
    },
  }
}

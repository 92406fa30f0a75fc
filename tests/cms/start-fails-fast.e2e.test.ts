/**
 * `npm start` stops at once with the real reason when a process it needs
 * cannot run, instead of waiting minutes for a CMS that is already gone.
 * These runs happen while the suite's own product runs in this checkout,
 * which is also what a developer's `npm start` beside `npm test` looks like.
 */
import { execFileSync, spawn } from 'node:child_process'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startEmptyCms } from '../lib/start-cms.ts'
import { PRODUCT_NEXT_DIST_DIR } from '../lib/start-product.ts'
import { REPO_ROOT } from '../site/prepare-site.ts'

type Run = { code: number | null; output: string; seconds: number }

/** Runs scripts/start.mjs until it exits by itself (or 150 s pass, which fails the test). */
function runStart(env: Record<string, string>): Promise<Run> {
  const started = performance.now()
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/start.mjs')], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SEED_ON_START: 'false',
      // Never the developer's database, even if it got that far.
      DATABASE_URL: join(tmpdir(), `toolkit-fail-fast-${process.pid}.db`),
      ...env,
    },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }, 150_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      // Anything it started is stopped with it.
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
      resolve({ code, output, seconds: (performance.now() - started) / 1000 })
    })
  })
}

/** A port that accepts connections and drops them: taken, but no CMS answers there. */
async function occupiedPort(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer((socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, resolve))
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() }
}

describe('npm start fails fast with the reason', () => {
  it('when another CMS dev server runs from the same build folder', async () => {
    // The suite's product runs `next dev` from this folder (tests/lib/start-product.ts).
    const run = await runStart({ NEXT_DIST_DIR: PRODUCT_NEXT_DIST_DIR, CMS_URL: 'http://localhost:3190', SITE_PORT: '4490' })
    expect(run.code).toBe(1)
    expect(run.output).toContain('Het CMS stopte onverwacht')
    expect(run.output).toMatch(/already running/)
  }, 160_000)

  it('when the CMS port is taken by something else', async () => {
    const taken = await occupiedPort()
    try {
      const run = await runStart({ NEXT_DIST_DIR: '.next-e2e-port', CMS_URL: `http://localhost:${taken.port}`, SITE_PORT: '4491' })
      expect(run.code).toBe(1)
      expect(run.output).toContain('Het CMS stopte onverwacht')
      expect(run.output).toMatch(/EADDRINUSE|already in use/)
    } finally {
      taken.close()
    }
  }, 160_000)
})

describe('the CMS stops with the reason', () => {
  it('when its jobs runner stops: nothing would publish, so the CMS does not go on as if it would', async () => {
    const cms = await startEmptyCms()
    try {
      const started = Date.now()
      while (!cms.output().includes('Takenrij (site-updates, geplande publicaties) draait')) {
        if (Date.now() - started > 60_000) throw new Error(`De takenrij startte niet:\n${cms.output().slice(-3000)}`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      // The runner of this CMS only: the suite's own product runs one too, in another group.
      const runner = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .find(([, pgid, ...args]) => Number(pgid) === cms.group.id && args.join(' ').includes('src/scripts/run-jobs.ts'))
      expect(runner, 'the jobs runner in the CMS process group').toBeDefined()
      process.kill(Number(runner![0]), 'SIGKILL')
      const code = await Promise.race([cms.group.exited, new Promise((resolve) => setTimeout(() => resolve('draait nog'), 15_000))])
      expect(code).toBe(1)
      expect(cms.output()).toContain('Het CMS stopt: de takenrij (site-updates, geplande publicaties) stopte onverwacht (signaal SIGKILL).')
    } finally {
      await cms.stop()
    }
  }, 460_000)
})

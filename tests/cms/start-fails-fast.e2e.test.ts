/**
 * `npm start` stops at once with the real reason when a process it needs
 * cannot run, instead of waiting minutes for a CMS that is already gone.
 * These runs happen while the suite's own product runs in this checkout,
 * which is also what a developer's `npm start` beside `npm test` looks like.
 */
import { spawn } from 'node:child_process'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
    // The suite's product runs `next dev` from .next-e2e (tests/lib/start-product.ts).
    const run = await runStart({ NEXT_DIST_DIR: '.next-e2e', CMS_URL: 'http://localhost:3190', SITE_PORT: '4490' })
    expect(run.code).toBe(1)
    expect(run.output).toContain('De CMS stopte onverwacht')
    expect(run.output).toMatch(/already running/)
  }, 160_000)

  it('when the CMS port is taken by something else', async () => {
    const taken = await occupiedPort()
    try {
      const run = await runStart({ NEXT_DIST_DIR: '.next-e2e-port', CMS_URL: `http://localhost:${taken.port}`, SITE_PORT: '4491' })
      expect(run.code).toBe(1)
      expect(run.output).toContain('De CMS stopte onverwacht')
      expect(run.output).toMatch(/EADDRINUSE|already in use/)
    } finally {
      taken.close()
    }
  }, 160_000)
})

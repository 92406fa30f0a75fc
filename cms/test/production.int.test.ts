import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const cmsRoot = path.resolve(import.meta.dirname, '..')
const payloadBin = path.resolve(cmsRoot, '..', 'node_modules', '.bin', 'payload')

function run(command: string, args: string[], env: Record<string, string | undefined>) {
  return spawnSync(command, args, { cwd: cmsRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })
}

describe('production mode', () => {
  it('refuses to start without PAYLOAD_SECRET', () => {
    const result = run(process.execPath, ['scripts/serve.mjs', 'start'], { PAYLOAD_SECRET: '', PORT: '3999' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET ontbreekt/)
  })

  it('refuses to start on a default secret', () => {
    const result = run(process.execPath, ['scripts/serve.mjs', 'start'], { PAYLOAD_SECRET: 'YOUR_SECRET_HERE', PORT: '3999' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/standaardwaarde/)
  })

  it('refuses to start without a PREVIEW_SECRET of its own', () => {
    const result = run(process.execPath, ['scripts/serve.mjs', 'start'], { PAYLOAD_SECRET: 'production-probe-secret-0123456789abcdef', PREVIEW_SECRET: '', PORT: '3999' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/PREVIEW_SECRET ontbreekt/)
  })

  it('starts on an empty SQLite database by running the committed migrations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-prod-'))
    const result = run(payloadBin, ['run', 'test/helpers/production-probe.ts'], {
      NODE_ENV: 'production',
      DATABASE_URL: `file:${path.join(dir, 'prod.db')}`,
      PAYLOAD_SECRET: 'production-probe-secret-0123456789abcdef',
      PREVIEW_SECRET: 'production-probe-preview-secret-0123456789',
      SEED_ON_START: 'false',
    })
    fs.rmSync(dir, { recursive: true, force: true })
    expect(result.stdout + result.stderr).toContain('PROBE-OK productie 1')
    expect(result.stdout + result.stderr).toContain('PROBE-COOKIE secure=true sameSite=Lax')
  })

  it('sends the security headers in a production build, HSTS included over https', () => {
    const script = "const { default: config } = await import('./next.config.mjs'); console.log(JSON.stringify(await config.headers()))"
    const result = run(process.execPath, ['--input-type=module', '-e', script], { NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.example.org' })
    const rules = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as { source: string; headers: { key: string; value: string }[] }[]
    const sent = Object.fromEntries(rules.filter((rule) => rule.source === '/:path*').flatMap((rule) => rule.headers).map(({ key, value }) => [key, value]))
    expect(sent, result.stderr).toMatchObject({
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
      'X-Content-Type-Options': 'nosniff',
      'Strict-Transport-Security': expect.stringMatching(/max-age=/),
    })
  })

  it('has a committed migration for every schema change', () => {
    const dir = path.join(cmsRoot, 'src', 'migrations')
    const before = new Set(fs.readdirSync(dir))
    const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-drift-'))
    run(payloadBin, ['migrate:create', 'drift-check', '--skip-empty'], {
      DATABASE_URL: `file:${path.join(tmp, 'drift.db')}`,
      SEED_ON_START: 'false',
    })
    const added = fs.readdirSync(dir).filter((file) => !before.has(file))
    // Leave the tree as it was, whatever the outcome.
    for (const file of added) fs.rmSync(path.join(dir, file))
    fs.writeFileSync(path.join(dir, 'index.ts'), index)
    fs.rmSync(tmp, { recursive: true, force: true })
    expect(added, 'run `npm run migrate:create -w cms` and commit the migration').toEqual([])
  })
})

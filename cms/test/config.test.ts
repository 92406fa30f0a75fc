/**
 * Issue 20, item 3: one configuration module for the CMS. Every default is
 * written once (config/environment.ts), a wrong value stops the CMS with a
 * Dutch message that names the variable, production keeps refusing unsafe
 * settings, the environment is read when asked (a test that changes a
 * variable is never answered from a stale copy), and no other file in
 * cms/src reads process.env.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, cmsSettings } from '../src/config/settings.ts'
import { smtpOptions } from '../src/email.ts'
import { previewSecret } from '../src/preview/settings.ts'
import { resolveSecret } from '../src/secret.ts'
import { secureCookies } from '../src/security/origins.ts'

const SRC = path.resolve(import.meta.dirname, '..', 'src')
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-config-'))
const message = (env: Record<string, string>) => {
  try {
    cmsSettings(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error(`no error for ${JSON.stringify(env)}`)
}

describe('defaults, written once', () => {
  it('a laptop with no variables set gets the local addresses and the documented defaults', () => {
    const settings = cmsSettings({})
    expect(settings.production).toBe(false)
    expect(settings.cms).toMatchObject({ serverUrl: 'http://localhost:3000', url: 'http://localhost:3000', port: 3000 })
    expect(settings.corsOrigins).toEqual(['http://localhost:4321'])
    expect(settings.site).toMatchObject({ url: 'http://localhost:4321', base: '/', configuredOrigin: undefined })
    expect(settings.preview.url).toBe('http://localhost:4322')
    expect(settings.proxyHops).toBe(0)
    expect(settings.database).toEqual({ url: undefined, busyTimeoutMs: 10_000 })
    expect(settings.mail).toMatchObject({ host: undefined, port: 587, secure: false, requireTls: false })
    expect(settings.storage).toEqual({ mediaDir: 'media', s3: undefined })
    expect(settings.publishing).toMatchObject({ mode: undefined, debounceMs: 2_000, jobsAutorun: true })
    expect(settings.accounts).toMatchObject({ seedOnStart: true, adminEmail: undefined, setupToken: undefined })
    expect(settings.nextDistDir).toBe('.next')
  })

  it('derived defaults follow the variables they come from', () => {
    expect(cmsSettings({ PORT: '3100' }).cms.serverUrl).toBe('http://localhost:3100')
    expect(cmsSettings({ CMS_URL: 'http://cms.intern:3000/', PAYLOAD_PUBLIC_SERVER_URL: 'https://cms.example.org/' }).cms).toMatchObject({
      serverUrl: 'https://cms.example.org',
      url: 'http://cms.intern:3000',
    })
    expect(cmsSettings({ SITE_PORT: '5000', PREVIEW_PORT: '5001' })).toMatchObject({ site: { url: 'http://localhost:5000' }, preview: { url: 'http://localhost:5001' } })
    expect(cmsSettings({ SMTP_PORT: '465' }).mail.secure).toBe(true)
    expect(cmsSettings({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000' }).storage.s3).toMatchObject({ region: 'us-east-1', forcePathStyle: true })
    // An empty CORS_ORIGINS means no site may call the API from a browser, not the default.
    expect(cmsSettings({ CORS_ORIGINS: '' }).corsOrigins).toEqual([])
  })
})

describe('a wrong value names its variable, in Dutch', () => {
  it.each([
    [{ PORT: 'abc' }, /PORT is geen poortnummer.*"abc"/],
    [{ SMTP_PORT: '70000' }, /SMTP_PORT is geen poortnummer/],
    [{ PROXY_HOPS: 'twee' }, /PROXY_HOPS moet een geheel getal van 0 tot en met 5 zijn/],
    [{ SITE_UPDATE_DEBOUNCE_MS: '-1' }, /SITE_UPDATE_DEBOUNCE_MS moet een aantal milliseconden zijn/],
    [{ SITE_UPDATE: 'altijd' }, /SITE_UPDATE moet local, hook of off zijn/],
    [{ JOBS_AUTORUN: 'nee' }, /JOBS_AUTORUN moet true of false zijn/],
    [{ CMS_URL: 'cms.example.org' }, /CMS_URL is geen geldige URL: "cms.example.org"/],
    [{ CORS_ORIGINS: 'https://a.example, b.example' }, /CORS_ORIGINS is geen geldige URL: "b.example"/],
    [{ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'AKIA' }, /S3_SECRET_ACCESS_KEY ontbreekt/],
  ])('%j', (env, expected) => {
    expect(message(env)).toMatch(expected)
  })

  it('a DATABASE_URL with an unknown scheme, without repeating its password', () => {
    const text = message({ DATABASE_URL: 'postgres://toolkit:geheim@db.example.org/toolkit' })
    expect(text).toMatch(/DATABASE_URL heeft een onbekend schema: "postgres:"/)
    expect(text).not.toContain('geheim')
    // The schemes there is an adapter for, and plain paths, pass.
    for (const url of ['mongodb+srv://u:p@cluster.example.net/toolkit', 'file:/tmp/toolkit.db', 'data/toolkit.db', ':memory:']) {
      expect(cmsSettings({ DATABASE_URL: url }).database.url).toBe(url)
    }
  })

  it('a build hook URL is refused without printing its token', () => {
    const text = message({ SITE_BUILD_HOOK_URL: 'api.netlify.com/build_hooks/geheim-token' })
    expect(text).toMatch(/SITE_BUILD_HOOK_URL is geen geldige URL/)
    expect(text).not.toContain('geheim-token')
  })

  it('names every wrong variable at once', () => {
    expect(message({ PORT: 'x', SMTP_PORT: 'y' })).toMatch(/PORT .*SMTP_PORT /)
  })
})

describe('the CMS stops at start on a wrong value', () => {
  it('scripts/serve.mjs names the variable before Next.js starts', () => {
    const cmsRoot = path.resolve(import.meta.dirname, '..')
    const result = spawnSync(process.execPath, ['scripts/serve.mjs', 'start'], {
      cwd: cmsRoot,
      env: { ...process.env, PAYLOAD_SECRET: 'a-real-secret-that-is-long-enough-0123456789', PORT: 'drieduizend' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Het CMS start niet: Ongeldige instelling: PORT is geen poortnummer.*"drieduizend"/)
  })
})

describe('production rules, kept', () => {
  it('refuses a default or missing PAYLOAD_SECRET, and a missing PREVIEW_SECRET', () => {
    expect(() => resolveSecret(cmsSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'changeme' }), tmp())).toThrow(/PAYLOAD_SECRET/)
    expect(() => resolveSecret(cmsSettings({ NODE_ENV: 'production' }), tmp())).toThrow(/PAYLOAD_SECRET ontbreekt/)
    expect(() => previewSecret(cmsSettings({ NODE_ENV: 'production' }))).toThrow(/PREVIEW_SECRET ontbreekt/)
    // `next build` signs nothing: no secret needed to build.
    expect(resolveSecret(cmsSettings({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }), tmp())).toMatch(/^[0-9a-f]{64}$/)
  })

  it('sends the session cookie Secure and requires STARTTLS for mail', () => {
    const production = cmsSettings({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' })
    expect(secureCookies(production)).toBe(true)
    expect(smtpOptions(production)).toMatchObject({ port: 587, secure: false, requireTLS: true })
    expect(secureCookies(cmsSettings({ NODE_ENV: 'development' }))).toBe(false)
  })
})

describe('read when asked', () => {
  const saved = process.env.PROXY_HOPS
  afterEach(() => {
    if (saved === undefined) delete process.env.PROXY_HOPS
    else process.env.PROXY_HOPS = saved
  })

  it('a variable changed after a first read is seen at the next', () => {
    process.env.PROXY_HOPS = '2'
    expect(cmsSettings().proxyHops).toBe(2)
    process.env.PROXY_HOPS = '1'
    expect(cmsSettings().proxyHops).toBe(1)
    delete process.env.PROXY_HOPS
    expect(cmsSettings().proxyHops).toBe(0)
  })
})

describe('one place reads the environment', () => {
  it('no file in cms/src but config/environment.ts reads process.env', () => {
    const readers = fs
      .readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs|js)$/.test(entry.name))
      .map((entry) => path.relative(SRC, path.join(entry.parentPath, entry.name)))
      .filter((file) => !file.startsWith('migrations') && /process\.env/.test(fs.readFileSync(path.join(SRC, file), 'utf8')))
    expect(readers).toEqual([path.join('config', 'environment.ts')])
  })
})

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { ancestorsFromHeadersFile, embedAncestors, headersFile, parseAllowedOrigins } from '../scripts/embed-policy.mjs'
// @ts-expect-error plain ESM script without types
import { startServer } from '../scripts/serve.mjs'

const TOP_LEVEL = [
  { name: 'index.html', folder: false },
  { name: 'interventies', folder: true },
  { name: 'embed', folder: true },
  { name: 'embed.js', folder: false },
  { name: 'oembed', folder: true },
]

/** The rules of a _headers file: pattern → header lines. */
function rules(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of text.split(/\n\s*\n/)) {
    const [pattern, ...lines] = part.split('\n').filter((line) => line && !line.startsWith('#'))
    if (pattern) map.set(pattern, lines.map((line: string) => line.trim()))
  }
  return map
}

describe('EMBED_ALLOWED_ORIGINS', () => {
  it('is any origin when empty or *', () => {
    expect(parseAllowedOrigins('')).toEqual([])
    expect(parseAllowedOrigins(' * ')).toEqual([])
    expect(embedAncestors([])).toBe('*')
  })

  it('takes a comma-separated list of origins, normalised, and always allows the toolkit itself', () => {
    const origins = parseAllowedOrigins('https://Intranet.GGZ-noord.nl/, https://*.example.org ,http://localhost:8080')
    expect(origins).toEqual(['https://intranet.ggz-noord.nl', 'https://*.example.org', 'http://localhost:8080'])
    expect(embedAncestors(origins)).toBe("'self' https://intranet.ggz-noord.nl https://*.example.org http://localhost:8080")
  })

  it.each(['intranet.example.nl', 'https://a.nl/pad', "https://a.nl; script-src 'unsafe-inline'", "'none'", 'ftp://a.nl', 'https://a.nl x'])(
    'refuses %j with a clear message',
    (value) => {
      expect(() => parseAllowedOrigins(value)).toThrow(/EMBED_ALLOWED_ORIGINS/)
    },
  )
})

describe('dist/_headers', () => {
  const text = headersFile({ base: '/', topLevel: TOP_LEVEL, ancestors: "'self' https://intranet.example.nl" })
  const parsed = rules(text)

  it('lets /embed/* be framed by the allowlist, without X-Frame-Options', () => {
    expect(parsed.get('/embed/*')).toEqual([
      "Content-Security-Policy: frame-ancestors 'self' https://intranet.example.nl; base-uri 'self'; object-src 'none'; form-action 'self'",
    ])
  })

  it('refuses framing everywhere else, in rules that never overlap /embed/*', () => {
    for (const pattern of ['/', '/index.html', '/interventies', '/interventies/*', '/embed.js', '/oembed/*']) {
      expect(parsed.get(pattern), pattern).toContain('X-Frame-Options: DENY')
      expect(parsed.get(pattern)!.join('\n'), pattern).toContain("frame-ancestors 'none'")
    }
    expect(text.match(/^\S+/gm)!.filter((line: string) => !line.startsWith('#')).length).toBe(parsed.size)
    const framingRules = [...parsed].filter(([, lines]) => lines.some((line) => line.startsWith('Content-Security-Policy')))
    const overlapping = framingRules.filter(([pattern]) => pattern === '/*' || pattern === '/embed' || (pattern !== '/embed/*' && pattern.startsWith('/embed/')))
    expect(overlapping).toEqual([])
    expect(parsed.get('/*')!.some((line) => /Content-Security-Policy|X-Frame-Options/.test(line))).toBe(false)
  })

  it('sends the common headers on every path and CORS on the oEmbed files', () => {
    expect(parsed.get('/*')).toContain('X-Content-Type-Options: nosniff')
    expect(parsed.get('/oembed/*')).toContain('Access-Control-Allow-Origin: *')
  })

  it('prefixes every rule with the base path', () => {
    const withBase = rules(headersFile({ base: '/toolkit/', topLevel: TOP_LEVEL }))
    expect([...withBase.keys()].every((pattern) => pattern.startsWith('/toolkit/'))).toBe(true)
    expect(withBase.get('/toolkit/embed/*')![0]).toContain('frame-ancestors *;')
  })

  it('is read back by the server', () => {
    expect(ancestorsFromHeadersFile(text)).toBe("'self' https://intranet.example.nl")
    expect(ancestorsFromHeadersFile('')).toBeUndefined()
  })
})

describe('the site’s server frames as the build decided', () => {
  let root: string
  let server: import('node:http').Server
  let origin: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'site-embed-'))
    mkdirSync(join(root, 'embed', 'werkvormen', 'x'), { recursive: true })
    mkdirSync(join(root, 'werkvormen', 'x'), { recursive: true })
    mkdirSync(join(root, 'oembed', 'werkvormen'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>')
    writeFileSync(join(root, 'embed', 'werkvormen', 'x', 'index.html'), '<!doctype html><title>X</title>')
    writeFileSync(join(root, 'werkvormen', 'x', 'index.html'), '<!doctype html><title>X</title>')
    writeFileSync(join(root, 'oembed', 'werkvormen', 'x.json'), JSON.stringify({ type: 'rich', version: '1.0', provider_url: 'https://t.example/', html: '<iframe src="https://t.example/embed/werkvormen/x/" width="720" height="900"></iframe>', width: 720, height: 900 }))
    writeFileSync(join(root, '_headers'), headersFile({ topLevel: [], ancestors: "'self' https://intranet.example.nl" }))
    const started = await startServer({ root, port: 0, host: '127.0.0.1' })
    server = started.server
    origin = `http://127.0.0.1:${started.port}`
  })

  afterAll(() => {
    server?.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('sends the allowlist from _headers on embed views and refuses framing of pages', async () => {
    const embed = await fetch(`${origin}/embed/werkvormen/x/`)
    expect(embed.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://intranet.example.nl;")
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const page = await fetch(`${origin}/werkvormen/x/`)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })

  it('follows a rebuild that changes the allowlist, without a restart', async () => {
    writeFileSync(join(root, '_headers'), headersFile({ topLevel: [], ancestors: "'self' https://ander.example.nl" }))
    const embed = await fetch(`${origin}/embed/werkvormen/x/`)
    expect(embed.headers.get('content-security-policy')).toContain('https://ander.example.nl;')
  })

  it('answers the oEmbed endpoint with JSON and CORS', async () => {
    const url = encodeURIComponent(`${origin}/werkvormen/x/`)
    const response = await fetch(`${origin}/oembed?url=${url}&format=json`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect((await response.json()).type).toBe('rich')
    expect((await fetch(`${origin}/oembed/?url=${url}&format=xml`)).status).toBe(501)
    expect((await fetch(`${origin}/oembed?url=${encodeURIComponent(`${origin}/werkvormen/y/`)}`)).status).toBe(404)
  })
})

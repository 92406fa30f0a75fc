import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { embedAncestors, parseAllowedOrigins } from '../src/http/embed-policy.mjs'
// @ts-expect-error plain ESM script without types
import { headersFile, writeHeadersFile } from '../src/http/security-headers.mjs'
import { serveFolder, type ServedFolder } from './serve-helpers.ts'

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
      "Content-Security-Policy: frame-ancestors 'self' https://intranet.example.nl; script-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'",
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

  it('sends the common headers on every path, CORS on the oEmbed files and endpoint, a year of cache on hashed assets', () => {
    expect(parsed.get('/*')).toContain('X-Content-Type-Options: nosniff')
    expect(parsed.get('/*')).toContain('Referrer-Policy: strict-origin-when-cross-origin')
    expect(parsed.get('/oembed/*')).toContain('Access-Control-Allow-Origin: *')
    expect(parsed.get('/oembed')).toContain('Access-Control-Allow-Origin: *')
    expect(rules(headersFile({ topLevel: [{ name: '_astro', folder: true }] })).get('/_astro/*')).toContain(
      'Cache-Control: public, max-age=31536000, immutable',
    )
    // A sandboxed frame's module scripts are fetched as from another origin.
    expect(rules(headersFile({ topLevel: [{ name: '_astro', folder: true }] })).get('/_astro/*')).toContain('Access-Control-Allow-Origin: *')
  })

  it('lets any origin read the item pages (an embed view in a sandboxed frame fetches them), and nothing else', () => {
    const readable = rules(headersFile({ topLevel: TOP_LEVEL, readableFolders: ['interventies'] }))
    expect(readable.get('/interventies/*')).toContain('Access-Control-Allow-Origin: *')
    expect(readable.get('/interventies')).toContain('Access-Control-Allow-Origin: *')
    // Still never framed by another site.
    expect(readable.get('/interventies/*')).toContain('X-Frame-Options: DENY')
    for (const pattern of ['/*', '/', '/index.html', '/embed/*', '/embed.js']) expect(readable.get(pattern) ?? [], pattern).not.toContain('Access-Control-Allow-Origin: *')
    expect(rules(headersFile({ topLevel: TOP_LEVEL })).get('/interventies/*')).not.toContain('Access-Control-Allow-Origin: *')
  })

  it('prefixes every rule with the base path', () => {
    const withBase = rules(headersFile({ base: '/toolkit/', topLevel: TOP_LEVEL }))
    expect([...withBase.keys()].every((pattern) => pattern.startsWith('/toolkit/'))).toBe(true)
    expect(withBase.get('/toolkit/embed/*')![0]).toContain('frame-ancestors *;')
  })
})

describe('the site’s server sends exactly what the build’s _headers says', () => {
  let root: string
  let text: string
  let served: ServedFolder | undefined
  let origin: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'site-embed-'))
    for (const folder of ['embed/werkvormen/x', 'werkvormen/x', 'oembed/werkvormen', 'pdf/werkvormen']) mkdirSync(join(root, folder), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>')
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Niet gevonden</title>')
    writeFileSync(join(root, 'embed', 'werkvormen', 'x', 'index.html'), '<!doctype html><title>X</title>')
    writeFileSync(join(root, 'werkvormen', 'x', 'index.html'), '<!doctype html><title>X</title>')
    writeFileSync(join(root, 'pdf', 'werkvormen', 'x.pdf'), '%PDF-1.7\n')
    writeFileSync(join(root, 'oembed', 'werkvormen', 'x.json'), JSON.stringify({ type: 'rich', version: '1.0', provider_url: 'https://t.example/', html: '<iframe src="https://t.example/embed/werkvormen/x/" width="720" height="900"></iframe>', width: 720, height: 900 }))
    text = await writeHeadersFile(root, { ancestors: "'self' https://intranet.example.nl", scriptHashes: [] })
    served = await serveFolder(root)
    origin = served.origin
  })

  afterAll(() => served?.close())

  /** What the file says for a path, read by hand: the header lines of the named rules. */
  function said(patterns: string[]): Map<string, string> {
    const parsed = rules(text)
    const headers = new Map<string, string>()
    for (const pattern of patterns) {
      expect(parsed.has(pattern), pattern).toBe(true)
      for (const line of parsed.get(pattern)!) {
        const at = line.indexOf(':')
        headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim())
      }
    }
    return headers
  }

  /** Every header the file governs, as the response sends it (null when absent). */
  function governed(response: Response): Map<string, string | null> {
    const names = new Set([...rules(text).values()].flat().map((line) => line.slice(0, line.indexOf(':')).toLowerCase()))
    return new Map([...names].map((name) => [name, response.headers.get(name)]))
  }

  function expected(patterns: string[]): Map<string, string | null> {
    const headers = said(patterns)
    return new Map([...governed(new Response()).keys()].map((name) => [name, headers.get(name) ?? null]))
  }

  it.each([
    ['the home page', '/', 200, ['/*', '/']],
    ['a page', '/werkvormen/x/', 200, ['/*', '/werkvormen/*']],
    ['an embed view', '/embed/werkvormen/x/', 200, ['/*', '/embed/*']],
    ['a PDF', '/pdf/werkvormen/x.pdf', 200, ['/*', '/pdf/*']],
    ['a 404 in a section', '/werkvormen/bestaat-niet/', 404, ['/*', '/werkvormen/*']],
    ['a 404 at the top level', '/bestaat-niet/', 404, ['/*']],
    ['a redirect', '/werkvormen/x', 301, ['/*', '/werkvormen/*']],
    ['the oEmbed endpoint', '/oembed?url=x', 404, ['/*', '/oembed']],
  ])('%s (%s)', async (_, path, status, patterns) => {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
    expect(response.status).toBe(status)
    expect(governed(response)).toEqual(expected(patterns))
  })

  it('frames embed views only for the allowlist and refuses framing of pages', async () => {
    const embed = await fetch(`${origin}/embed/werkvormen/x/`)
    expect(embed.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://intranet.example.nl;")
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const page = await fetch(`${origin}/werkvormen/x/`)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('follows a rebuild that changes the allowlist, without a restart', async () => {
    await writeHeadersFile(root, { ancestors: "'self' https://ander.example.nl", scriptHashes: [] })
    const embed = await fetch(`${origin}/embed/werkvormen/x/`)
    expect(embed.headers.get('content-security-policy')).toContain('https://ander.example.nl;')
    text = await writeHeadersFile(root, { ancestors: "'self' https://intranet.example.nl", scriptHashes: [] })
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { framingAllowed, securityHeaders } from '../scripts/security-headers.mjs'
// @ts-expect-error plain ESM script without types
import { normaliseBase, startServer } from '../scripts/serve.mjs'

let root: string
let server: import('node:http').Server
let origin: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-serve-'))
  mkdirSync(join(root, 'werkvormen'))
  mkdirSync(join(root, '_astro'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>' + 'x'.repeat(2000))
  writeFileSync(join(root, 'werkvormen', 'index.html'), '<!doctype html><title>Werkvormen</title>')
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Pagina niet gevonden</title>')
  writeFileSync(join(root, '_astro', 'app.abc123.css'), 'body{}')
  writeFileSync(join(root, 'tabel.csv'), 'antwoord;n\r\n')
  const started = await startServer({ root, base: '/toolkit', port: 0, host: '127.0.0.1' })
  server = started.server
  origin = `http://127.0.0.1:${started.port}`
})

afterAll(() => {
  server?.close()
  rmSync(root, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' })

describe('static server', () => {
  it('serves folders under the base path with security headers', async () => {
    const response = await get('/toolkit/werkvormen/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('Werkvormen')
  })

  it('redirects to the trailing slash and to the base path', async () => {
    expect((await get('/toolkit/werkvormen?thema=hoop')).headers.get('location')).toBe('/toolkit/werkvormen/?thema=hoop')
    expect((await get('/toolkit')).headers.get('location')).toBe('/toolkit/')
    expect((await get('/')).headers.get('location')).toBe('/toolkit/')
  })

  it('answers unknown paths and paths outside the base with the site’s 404 page', async () => {
    const missing = await get('/toolkit/bestaat-niet/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Pagina niet gevonden')
    expect((await get('/werkvormen/')).status).toBe(404)
    expect((await get('/toolkit/..%2f..%2fetc/passwd')).status).toBe(404)
  })

  it('treats repeated leading slashes as one instead of failing', async () => {
    const response = await get('//toolkit/werkvormen/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Werkvormen')
  })

  it('compresses text and revalidates with ETags', async () => {
    const response = await get('/toolkit/', { 'accept-encoding': 'gzip' })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const etag = response.headers.get('etag')!
    const body = Buffer.from(await response.arrayBuffer())
    // fetch decodes gzip itself; either way the page must come through whole
    const text = body.subarray(0, 2).toString('hex') === '1f8b' ? gunzipSync(body).toString() : body.toString()
    expect(text).toContain('<title>Home</title>')
    expect((await get('/toolkit/', { 'if-none-match': etag })).status).toBe(304)
  })

  it('caches hashed assets for a year and serves CSV as text/csv', async () => {
    expect((await get('/toolkit/_astro/app.abc123.css')).headers.get('cache-control')).toContain('immutable')
    expect((await get('/toolkit/tabel.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${origin}/toolkit/`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe('base path and headers', () => {
  it('normalises the base path', () => {
    expect(normaliseBase('/')).toBe('/')
    expect(normaliseBase('')).toBe('/')
    expect(normaliseBase('toolkit')).toBe('/toolkit/')
    expect(normaliseBase('/a/b/')).toBe('/a/b/')
  })

  it('lets only the embed views be framed', () => {
    expect(framingAllowed('/embed/werkvormen/x/')).toBe(true)
    expect(framingAllowed('/werkvormen/x/')).toBe(false)
    expect(securityHeaders('/embed/x/')['Content-Security-Policy']).toContain('frame-ancestors *;')
    expect(securityHeaders('/embed/x/')['X-Frame-Options']).toBeUndefined()
    expect(securityHeaders('/werkvormen/x/')['Content-Security-Policy']).toContain("frame-ancestors 'none'")
  })
})

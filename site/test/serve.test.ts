import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { writeHeadersFile } from '../src/http/security-headers.mjs'
// @ts-expect-error plain ESM script without types
import { normaliseBase, startServer } from '../scripts/serve.mjs'
// @ts-expect-error plain ESM script without types
import { writeRedirectsFile } from '../src/http/redirect-rules.mjs'
import { serveFolder } from './serve-helpers.ts'
import { itemViewRewrites } from '../src/lib/embed/snippets.ts'

let parent: string
let root: string
let server: import('node:http').Server
let port: number
let origin: string
/** The same site served at the root, where "//host" after the first slash is the whole path. */
let rootServer: import('node:http').Server
let rootPort: number

/** A built site under /toolkit/, with a sibling folder a path traversal would reach. */
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'site-serve-'))
  root = join(parent, 'dist')
  for (const folder of ['werkvormen', '_astro', 'interventies', 'evil.example', 'embed/weergave', 'embed/werkvormen']) mkdirSync(join(root, folder), { recursive: true })
  writeFileSync(join(root, 'embed', 'weergave', 'index.html'), '<!doctype html><title>Weergave</title>')
  writeFileSync(join(root, 'embed', 'werkvormen', 'index.html'), '<!doctype html><title>Lijst</title>')
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>' + 'x'.repeat(2000))
  writeFileSync(join(root, 'werkvormen', 'index.html'), '<!doctype html><title>Werkvormen</title>')
  writeFileSync(join(root, 'interventies', 'index.html'), '<!doctype html><title>Interventies</title>')
  // A folder named like a host: its redirect must still stay on this site.
  writeFileSync(join(root, 'evil.example', 'index.html'), '<!doctype html><title>Map</title>')
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Pagina niet gevonden</title>')
  writeFileSync(join(root, '_astro', 'app.abc123.css'), 'body{}')
  writeFileSync(join(root, 'tabel.csv'), 'antwoord;n\r\n')
  writeFileSync(join(root, '.env'), 'GEHEIM=1')
  mkdirSync(join(parent, 'dist.old'))
  writeFileSync(join(parent, 'dist.old', 'secret.txt'), 'GEHEIM')
  writeFileSync(join(parent, 'secret.txt'), 'GEHEIM')
  await writeHeadersFile(root, { base: '/toolkit/', scriptHashes: [] })
  // A werkvorm whose slug went from "oud" to "nieuw": only its new oEmbed file is built, the old address redirects.
  mkdirSync(join(root, 'oembed', 'werkvormen'), { recursive: true })
  const iframe = '<iframe src="http://localhost:4321/toolkit/embed/werkvormen/nieuw/" width="720" height="600"></iframe>'
  writeFileSync(join(root, 'oembed', 'werkvormen', 'nieuw.json'), JSON.stringify({ version: '1.0', type: 'rich', title: 'Nieuw', provider_url: 'http://localhost:4321/toolkit/', html: iframe, width: 720, height: 600 }))
  const moved = [{ from: '/oembed/werkvormen/oud.json', to: '/oembed/werkvormen/nieuw.json', status: 301 }]
  await writeRedirectsFile(root, { base: '/toolkit/', moved, rewrites: itemViewRewrites() })
  const started = await startServer({ root, base: '/toolkit', port: 0, host: '127.0.0.1' })
  server = started.server
  port = started.port
  origin = `http://127.0.0.1:${port}`
  const atRoot = await startServer({ root, port: 0, host: '127.0.0.1' })
  rootServer = atRoot.server
  rootPort = atRoot.port
})

afterAll(() => {
  server?.close()
  rootServer?.close()
  rmSync(parent, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' })

/** A request with the path sent exactly as written (fetch and curl would normalise `..` and `//`). */
function raw(path: string, to = port): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: to, path, method: 'GET' }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('static server', () => {
  it('serves folders under the base path', async () => {
    const response = await get('/toolkit/werkvormen/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
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

  it('compresses text with gzip or brotli and revalidates with ETags', async () => {
    const response = await get('/toolkit/', { 'accept-encoding': 'gzip' })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const etag = response.headers.get('etag')!
    const body = Buffer.from(await response.arrayBuffer())
    // fetch decodes gzip itself; either way the page must come through whole
    const text = body.subarray(0, 2).toString('hex') === '1f8b' ? gunzipSync(body).toString() : body.toString()
    expect(text).toContain('<title>Home</title>')
    expect((await get('/toolkit/', { 'accept-encoding': 'br' })).headers.get('content-encoding')).toBe('br')
    expect((await get('/toolkit/', { 'if-none-match': etag })).status).toBe(304)
  })

  it('caches hashed assets for a year (as _headers says) and serves CSV as text/csv', async () => {
    expect((await get('/toolkit/_astro/app.abc123.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await get('/toolkit/werkvormen/')).headers.get('cache-control')).toBe('no-cache')
    expect((await get('/toolkit/tabel.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${origin}/toolkit/`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('never serves _headers, _redirects or dot files, as a static host would not', async () => {
    expect((await get('/toolkit/_headers')).status).toBe(404)
    expect((await get('/toolkit/_redirects')).status).toBe(404)
    expect((await get('/toolkit/.env')).status).toBe(404)
  })

  it('normalises the base path', () => {
    expect(normaliseBase('/')).toBe('/')
    expect(normaliseBase('')).toBe('/')
    expect(normaliseBase('toolkit')).toBe('/toolkit/')
    expect(normaliseBase('/a/b/')).toBe('/a/b/')
  })
})

describe('moved addresses (the build’s _redirects)', () => {
  it('sends the old page of a fragment question to its anchor on the fragment page, permanently', async () => {
    for (const path of ['/toolkit/filmfragmenten/hoop/vragen/algemeen-2/', '/toolkit/filmfragmenten/hoop/vragen/algemeen-2']) {
      const response = await get(path)
      expect(response.status, path).toBe(301)
      expect(response.headers.get('location')).toBe('/toolkit/filmfragmenten/hoop/#algemeen-2')
    }
  })

  it('keeps the query string (before the anchor) and encodes what it copies from the path', async () => {
    expect((await get('/toolkit/filmfragmenten/hoop/vragen/stigma-1/?bron=qr')).headers.get('location')).toBe('/toolkit/filmfragmenten/hoop/?bron=qr#stigma-1')
    expect(await raw('/toolkit/filmfragmenten/a%20b/vragen/c%3Fd/')).toMatchObject({ status: 301, location: '/toolkit/filmfragmenten/a%20b/#c%3Fd' })
  })

  it('leaves other addresses alone', async () => {
    expect((await get('/toolkit/filmfragmenten/hoop/vragen/')).status).toBe(404)
    expect((await get('/toolkit/filmfragmenten/hoop/vragen/a/b/')).status).toBe(404)
    expect((await get('/filmfragmenten/hoop/vragen/algemeen-2/')).status).toBe(404)
  })
})

describe('the oEmbed endpoint after a move', () => {
  it('answers for the old page address with the document as it is now, as its old oEmbed file redirects', async () => {
    const ask = (path: string) => get(`/toolkit/oembed?url=${encodeURIComponent(`http://localhost:4321/toolkit${path}`)}`)
    for (const path of ['/werkvormen/oud/', '/werkvormen/nieuw/']) {
      const response = await ask(path)
      expect(response.status, path).toBe(200)
      expect((await response.json()).title).toBe('Nieuw')
    }
    expect((await ask('/werkvormen/ander/')).status).toBe(404)
  })
})

describe('an item\'s embed address (a rewrite in the build\'s _redirects)', () => {
  it('is answered by the one embed view, at its own address, with the embed views\' framing headers', async () => {
    for (const path of ['/toolkit/embed/werkvormen/de-rol-van-empowerment/', '/toolkit/embed/werkvormen/de-rol-van-empowerment', '/toolkit/embed/interventies/wrap/?modus=donker']) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('location'), path).toBeNull()
      expect(await response.text(), path).toContain('<title>Weergave</title>')
      expect(response.headers.get('content-security-policy'), path).toContain('frame-ancestors *')
      expect(response.headers.get('x-frame-options'), path).toBeNull()
    }
  })

  it('leaves a listing\'s embed view, the pages and other sections alone', async () => {
    expect(await (await get('/toolkit/embed/werkvormen/')).text()).toContain('<title>Lijst</title>')
    expect((await get('/toolkit/werkvormen/de-rol-van-empowerment/')).status).toBe(404)
    expect((await get('/toolkit/embed/onbekend/x/')).status).toBe(404)
    expect((await get('/toolkit/embed/werkvormen/x/y/')).status).toBe(404)
  })
})

describe('redirects never leave the site (open redirect)', () => {
  const variants = [
    '/.//evil.example/..%2finterventies',
    '/.//evil.example/..%2fwerkvormen',
    '/.//evil.example/%2e%2e%2finterventies',
    '/.//evil.example/..%5cinterventies',
    '/.//evil.example/..\\interventies',
    '//evil.example',
    '//evil.example/',
    '///evil.example',
    '//evil.example/..',
    '//evil.example/%2e%2e/interventies',
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example/..%2finterventies',
    '/%2F/evil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '/\\/evil.example/..%2finterventies',
    '/%5Cevil.example',
    '/%5C%5Cevil.example/..%2finterventies',
    '/%2e/%2e%2e/evil.example',
    '/%2e%2e%2f%2fevil.example',
    '/evil.example',
    '/evil.example?//evil.example',
    '/%09/evil.example',
    '/./interventies',
  ]
  const withBase = ['/toolkit', '//toolkit//evil.example', ...variants.map((path) => `/toolkit${path}`)]

  async function expectSameOrigin(path: string, to: number) {
    const { status, location } = await raw(path, to)
    expect(status).toBeLessThan(500)
    if (location === undefined) return
    // A same-origin path: one slash, then neither a slash nor a backslash.
    expect(location).toMatch(/^\/(?![/\\])/)
    const site = `http://127.0.0.1:${to}`
    expect(new URL(location, site).origin).toBe(site)
  }

  it.each(variants)('at the root: %s', (path) => expectSameOrigin(path, rootPort))
  it.each(withBase)('under a base path: %s', (path) => expectSameOrigin(path, port))

  it('answers the reported URL with the 404 page, and redirects a folder named like a host on this site', async () => {
    expect((await raw('/.//evil.example/..%2finterventies', rootPort)).status).toBe(404)
    expect(await raw('//evil.example', rootPort)).toMatchObject({ status: 301, location: '/evil.example/' })
    expect(await raw('//toolkit//evil.example')).toMatchObject({ status: 301, location: '/toolkit/evil.example/' })
  })
})

describe('path traversal', () => {
  it.each([
    '/toolkit/../dist.old/secret.txt',
    '/toolkit/../secret.txt',
    '/toolkit/%2e%2e/dist.old/secret.txt',
    '/toolkit/%2E%2E/secret.txt',
    '/toolkit/..%2fdist.old%2fsecret.txt',
    '/toolkit/..%2f..%2fsecret.txt',
    '/toolkit/..\\dist.old\\secret.txt',
    '/toolkit/..%5cdist.old%5csecret.txt',
    '/toolkit/werkvormen/../../dist.old/secret.txt',
    '/toolkit/%00/../secret.txt',
    '/toolkit/index.html%00.css',
  ])('%s is refused', async (path) => {
    const { status, body } = await raw(path)
    expect(status).toBe(404)
    expect(body).not.toContain('GEHEIM')
  })
})

describe('a rebuilt site', () => {
  it('is served without a restart when a new dist/ is swapped in, with its own _headers', async () => {
    const next = join(parent, 'dist.next')
    mkdirSync(join(next, 'werkvormen'), { recursive: true })
    mkdirSync(join(next, 'nieuw'), { recursive: true })
    writeFileSync(join(next, 'nieuw', 'index.html'), '<!doctype html><title>Pas gebouwd</title>')
    writeFileSync(join(next, 'index.html'), '<!doctype html><title>Nieuw</title>')
    writeFileSync(join(next, 'werkvormen', 'index.html'), '<!doctype html><title>Nieuwe werkvormen</title>')
    writeFileSync(join(next, '_headers'), '/toolkit/werkvormen/*\n  X-Gebouwd: opnieuw\n')
    // As scripts/build.mjs does: rename the old folder away, the new one in.
    rmSync(join(parent, 'dist.old'), { recursive: true, force: true })
    renameSync(root, join(parent, 'dist.old'))
    renameSync(next, root)
    const response = await get('/toolkit/werkvormen/')
    expect(await response.text()).toBe('<!doctype html><title>Nieuwe werkvormen</title>')
    expect((await get('/toolkit/nieuw/')).status).toBe(200)
    expect(response.headers.get('x-gebouwd')).toBe('opnieuw')
    expect(response.headers.get('x-frame-options')).toBeNull()
  })
})

describe('a request in the instant a site update swaps the folder', () => {
  it('waits for the new site instead of answering 404', async () => {
    // Between scripts/build.mjs's two renames the site folder is missing for a moment; here for 150 ms.
    const away = join(parent, 'dist.swap')
    renameSync(root, away)
    setTimeout(() => renameSync(away, root), 150)
    const response = await get('/toolkit/werkvormen/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>')
  })
})

describe('a file that cannot be read once its answer has begun', () => {
  it('breaks off that answer and keeps serving: the server never stops over one file', async () => {
    // Found once by sirv, gone when read (a site update swapping the folder in that instant): here a file whose reading
    // fails every time, the server's own memory file.
    const root = mkdtempSync(join(tmpdir(), 'site-unreadable-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>T</title>')
    symlinkSync('/proc/self/mem', join(root, 'kapot.json'))
    const served = await serveFolder(root)
    try {
      await expect(fetch(`${served.origin}/kapot.json`).then((response) => response.text())).rejects.toThrow()
      expect((await fetch(`${served.origin}/`)).status).toBe(200)
    } finally {
      served.close()
    }
  })
})

#!/usr/bin/env node
/**
 * A small static file server for the built site (site/dist), without
 * dependencies. Environment: PORT (default 4321, 0 = any free port),
 * BASE_PATH (sub-path the site is served under, default "/"), SITE_DIST
 * (folder to serve), HOST (interface, default all).
 *
 * Serves index.html for folders (redirecting /a to /a/), the site's 404.html
 * for unknown paths, gzip or brotli for text, ETags, and the security
 * headers of ./security-headers.mjs. Reads from disk on every request, so a
 * rebuild is served without a restart. Also answers the oEmbed endpoint
 * (/oembed?url=…, ./oembed-endpoint.mjs) and frames embed views as the
 * build's _headers file says (./embed-policy.mjs).
 */
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { ancestorsFromHeadersFile } from './embed-policy.mjs'
import { OEMBED_ENDPOINT, answerOembed } from './oembed-endpoint.mjs'
import { securityHeaders as headersOf } from './security-headers.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
}
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml'])

/** "/toolkit" or "toolkit/" → "/toolkit/"; "" → "/". */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** A request handler serving `root` under `base`. */
export function createHandler({ root, base = '/' }) {
  const siteRoot = resolve(root)
  const prefix = normaliseBase(base)
  const compressed = new Map()
  // Who may frame /embed/: what the build wrote to _headers, re-read when the file changes.
  let policy = { mtimeMs: -1, ancestors: undefined }
  const securityHeaders = (sitePath) => headersOf(sitePath, policy.ancestors)

  async function refreshPolicy() {
    const file = await fileAt('_headers')
    const mtimeMs = file?.info.mtimeMs ?? 0
    if (mtimeMs === policy.mtimeMs) return
    const text = file ? await readFile(file.path, 'utf8') : ''
    policy = { mtimeMs, ancestors: ancestorsFromHeadersFile(text) }
  }

  async function fileAt(relative) {
    const path = resolve(join(siteRoot, relative))
    if (path !== siteRoot && !path.startsWith(siteRoot + sep)) return undefined
    try {
      const info = await stat(path)
      return { path, info }
    } catch {
      return undefined
    }
  }

  function send(req, res, status, headers, body) {
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  function redirect(req, res, location, sitePath) {
    send(req, res, 301, { Location: location, ...securityHeaders(sitePath) }, '')
  }

  async function serveFile(req, res, file, sitePath, status = 200) {
    const ext = extname(file.path).toLowerCase()
    const etag = `W/"${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}"`
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': sitePath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      ...securityHeaders(sitePath),
    }
    if (status === 200 && req.headers['if-none-match'] === etag) return send(req, res, 304, headers, '')
    let body = await readFile(file.path)
    if (COMPRESSIBLE.has(ext)) {
      headers.Vary = 'Accept-Encoding'
      const accepted = String(req.headers['accept-encoding'] ?? '')
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined
      if (encoding) {
        const key = `${file.path}|${etag}|${encoding}`
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
            : gzipSync(body, { level: 9 }))
        }
        body = compressed.get(key)
        headers['Content-Encoding'] = encoding
      }
    }
    headers['Content-Length'] = body.length
    send(req, res, status, headers, body)
  }

  async function oembed(req, res, url) {
    const read = async (sitePath) => {
      const file = await fileAt(sitePath)
      return file?.info.isFile() ? readFile(file.path, 'utf8') : undefined
    }
    const { status, body } = await answerOembed(url.searchParams, { base: prefix, host: req.headers.host, read })
    const type = status === 200 ? TYPES['.json'] : TYPES['.txt']
    send(req, res, status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...securityHeaders(OEMBED_ENDPOINT) }, body)
  }

  async function notFound(req, res, sitePath) {
    const page = await fileAt('404.html')
    if (page) return serveFile(req, res, page, sitePath, 404)
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(sitePath) }, 'Niet gevonden')
  }

  return async function handle(req, res) {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(req, res, 405, { Allow: 'GET, HEAD', ...securityHeaders('/') }, '')
      }
      await refreshPolicy()
      // Collapse leading slashes: "//x" would otherwise parse as a host name.
      const url = new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), 'http://localhost')
      let pathname
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        return notFound(req, res, '/')
      }
      if (pathname.includes('\0')) return notFound(req, res, '/')
      if (prefix !== '/' && (pathname === prefix.slice(0, -1) || pathname === '/')) {
        return redirect(req, res, prefix + url.search, '/')
      }
      if (!pathname.startsWith(prefix)) return notFound(req, res, pathname)
      const sitePath = pathname.slice(prefix.length - 1)
      if (sitePath === OEMBED_ENDPOINT || sitePath === `${OEMBED_ENDPOINT}/`) return oembed(req, res, url)
      const file = await fileAt(sitePath)
      if (file?.info.isFile()) return serveFile(req, res, file, sitePath)
      if (file?.info.isDirectory()) {
        if (!sitePath.endsWith('/')) return redirect(req, res, `${url.pathname}/${url.search}`, sitePath)
        const index = await fileAt(join(sitePath, 'index.html'))
        if (index?.info.isFile()) return serveFile(req, res, index, sitePath)
      }
      return notFound(req, res, sitePath)
    } catch (error) {
      console.error(error)
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Serverfout')
      else res.destroy()
    }
  }
}

/** Starts the server; resolves when it listens, with its address. */
export function startServer({ root, base = '/', port = 4321, host } = {}) {
  const server = http.createServer(createHandler({ root, base }))
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const shown = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'
      const url = `http://${shown}:${address.port}${normaliseBase(base)}`
      resolvePromise({ server, url, port: address.port })
    })
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.env.SITE_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url))
  try {
    await stat(join(root, 'index.html'))
  } catch {
    console.error(`Geen gebouwde site in ${root}: draai eerst "npm run build -w site".`)
    process.exit(1)
  }
  const { server, url } = await startServer({
    root,
    base: process.env.BASE_PATH ?? '/',
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST || undefined,
  })
  console.log(`Site: ${url}`)
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

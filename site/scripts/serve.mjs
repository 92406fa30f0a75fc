#!/usr/bin/env node
/**
 * The static server of the built site (site/dist): sirv for the files,
 * compression for gzip and brotli, node:http around them. Environment: PORT
 * (default 4321, 0 = any free port), BASE_PATH (sub-path the site is served
 * under, default "/"), SITE_DIST (folder to serve), HOST (interface, default
 * all).
 *
 * Serves a file's precompressed `<file>.br` copy where the build wrote one,
 * index.html for folders (redirecting /a to /a/), the site's 404.html
 * for unknown paths, weak ETags, the headers of the build's _headers file
 * (./headers-rules.mjs) and the redirects and rewrites of its _redirects file
 * (../src/http/redirect-rules.mjs), as a static host applies them: the server knows no
 * header or moved address of its own. Looks files up on every request (sirv `dev`), so a
 * rebuilt dist/ swapped in by scripts/build.mjs is served without a restart.
 * Also answers the oEmbed endpoint (/oembed?url=…, ./oembed-endpoint.mjs).
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import compression from 'compression'
import sirv from 'sirv'
import { headersFileReader, headersFor } from './headers-rules.mjs'
import { OEMBED_ENDPOINT, answerOembed } from './oembed-endpoint.mjs'
import { REWRITE_STATUS, redirectFor, redirectsFileReader } from '../src/http/redirect-rules.mjs'
import { encodedPathOf, parseRequestPath, pathOf } from './request-path.mjs'
import { serverSettings } from '../src/build/options.ts'
import { DEFAULT_PORTS } from '@toolkit/schemas/ports'

/** Text types get an explicit charset (sirv names one for HTML only); a path ending in `/` is a page. */
const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
}

/** "/toolkit" or "toolkit/" → "/toolkit/"; "" → "/". */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/**
 * How long a request waits for the site folder when it is missing: only in the instant a site update swaps the new
 * site in (two renames, scripts/build.mjs), so a visitor then gets the new page, not a 404. A folder that stays
 * missing (a wrong SITE_DIST) is answered as before once this has passed.
 */
export const SWAP_WAIT_MS = 2000

/** A file that could not be read after its answer began: this answer breaks off (the browser may ask again), the server goes on. */
function readFailed(res, error) {
  console.error(`Bestand niet te lezen (${error.code ?? error.message}); dit antwoord breekt af.`)
  res.destroy()
}

/**
 * A request handler serving `root` under `base`. `adjustHeaders` may change the
 * `_headers` file's headers of an answer (the preview server lets the CMS frame it).
 */
export function createHandler({ root, base = '/', adjustHeaders = (headers) => headers }) {
  const siteRoot = resolve(root)
  const prefix = normaliseBase(base)
  const baseSegments = prefix.split('/').filter(Boolean)
  const currentRules = headersFileReader(join(siteRoot, '_headers'))
  const currentRedirects = redirectsFileReader(join(siteRoot, '_redirects'))
  const compress = compression()
  const files = sirv(siteRoot, {
    dev: true,
    etag: true,
    // A file's `.br` copy when the browser takes brotli: the search files a first query waits for (src/integrations/search-data.ts).
    brotli: true,
    setHeaders(res, pathname) {
      const type = TEXT_TYPES[pathname.endsWith('/') ? '.html' : extname(pathname).toLowerCase()]
      if (type) res.setHeader('Content-Type', type)
    },
  })

  /** The built file at a site path, if it is inside the site. */
  async function fileAt(sitePath) {
    const path = resolve(join(siteRoot, sitePath))
    if (path !== siteRoot && !path.startsWith(siteRoot + sep)) return undefined
    const info = await stat(path).catch(() => undefined)
    return info && { path, info }
  }

  function send(req, res, status, headers, body = '') {
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  async function notFound(req, res) {
    const page = await fileAt('/404.html')
    if (!page?.info.isFile()) return send(req, res, 404, { 'Content-Type': TEXT_TYPES['.txt'] }, 'Niet gevonden')
    res.writeHead(404, { 'Content-Type': TEXT_TYPES['.html'], 'Cache-Control': 'no-cache' })
    if (req.method === 'HEAD') return res.end()
    createReadStream(page.path).on('error', (error) => readFailed(res, error)).pipe(res)
  }

  async function oembed(req, res, search) {
    const read = async (sitePath) => {
      // A document whose slug changed keeps its old oEmbed file's address as a redirect (the build's _redirects), so
      // an intranet page that asks with the old page address gets the document as it is now, as the file's would.
      const moved = redirectFor(await currentRedirects(), prefix.replace(/\/$/, '') + sitePath)
      const target = moved?.status === 301 && moved.location.startsWith(prefix) ? moved.location.slice(prefix.length - 1) : sitePath
      const file = await fileAt(target)
      return file?.info.isFile() ? readFile(file.path, 'utf8') : undefined
    }
    const params = new URLSearchParams(search)
    const { status, body } = await answerOembed(params, { base: prefix, host: req.headers.host, read })
    send(req, res, status, { 'Content-Type': status === 200 ? TEXT_TYPES['.json'] : TEXT_TYPES['.txt'], 'Cache-Control': 'no-cache' }, body)
  }

  /** The wait for a missing site folder, shared by the requests that arrive meanwhile. */
  let waiting
  /** Resolves once the site folder is in place, or after SWAP_WAIT_MS. */
  const siteExists = () => stat(siteRoot).then(() => true, () => false)
  async function siteInPlace() {
    if (await siteExists()) return
    waiting ??= (async () => {
      for (const started = Date.now(); Date.now() - started < SWAP_WAIT_MS; ) {
        await new Promise((resolveWait) => setTimeout(resolveWait, 10))
        if (await siteExists()) break
      }
    })().finally(() => (waiting = undefined))
    return waiting
  }

  async function handle(req, res) {
    await siteInPlace()
    const request = parseRequestPath(req.url)
    // The headers a static host sends for this path, on every answer: page, redirect, 404 or 405.
    const path = request ? pathOf(request.segments, request.slash) : '/'
    for (const [name, value] of Object.entries(adjustHeaders(headersFor(await currentRules(), path)))) res.setHeader(name, value)

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, { Allow: 'GET, HEAD' })
    if (!request) return notFound(req, res)
    let { segments, slash } = request
    const { search } = request
    // Like Cloudflare Pages, a matching redirect wins over a file (Netlify's default needs no file there: none is).
    const moved = redirectFor(await currentRedirects(), path, search)
    if (moved && moved.status !== REWRITE_STATUS) return send(req, res, moved.status, { Location: moved.location })
    // A rewrite: the target's file answers here, with this address's headers (set above), as a static host does.
    if (moved) ({ segments, slash } = parseRequestPath(moved.location) ?? request)
    const underBase = baseSegments.every((segment, i) => segments[i] === segment)
    if (underBase && segments.length === baseSegments.length && !slash && baseSegments.length > 0) {
      return send(req, res, 301, { Location: encodedPathOf(segments, true) + search })
    }
    if (!underBase) {
      // "/" of a site served under a sub-path leads to the site.
      if (segments.length === 0) return send(req, res, 301, { Location: encodedPathOf(baseSegments, true) + search })
      return notFound(req, res)
    }
    const siteSegments = segments.slice(baseSegments.length)
    const sitePath = pathOf(siteSegments, slash)
    // A static host never serves its _headers and _redirects files.
    if (sitePath === '/_headers' || sitePath === '/_redirects') return notFound(req, res)
    if (sitePath === OEMBED_ENDPOINT || sitePath === `${OEMBED_ENDPOINT}/`) return oembed(req, res, search)
    const file = await fileAt(sitePath)
    if (file?.info.isDirectory() && !slash && siteSegments.length > 0) {
      return send(req, res, 301, { Location: encodedPathOf(segments, true) + search })
    }
    req.url = encodedPathOf(siteSegments, slash) + search
    // A file's bytes depend on Accept-Encoding (its .br copy, or compression): said on every answer, a 304 included,
    // which sirv sends without it, so a cache never hands one browser's brotli to another without it.
    res.setHeader('Vary', 'Accept-Encoding')
    // sirv pipes a file it found into the response without listening for errors on it; a file gone between its look-up
    // and its reading (a site update swapping the folder in that instant) would end the whole server.
    res.once('pipe', (source) => source.on('error', (error) => readFailed(res, error)))
    files(req, res, () => notFound(req, res))
  }

  return function handler(req, res) {
    compress(req, res, () => {
      handle(req, res).catch((error) => {
        console.error(error)
        if (!res.headersSent) send(req, res, 500, { 'Content-Type': TEXT_TYPES['.txt'] }, 'Serverfout')
        else res.destroy()
      })
    })
  }
}

/** Starts the server; resolves when it listens, with its address. */
export function startServer({ root, base = '/', port = DEFAULT_PORTS.site, host } = {}) {
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
  const settings = settingsOrExit()
  const root = settings.distDir ?? fileURLToPath(new URL('../dist/', import.meta.url))
  try {
    await stat(join(root, 'index.html'))
  } catch {
    console.error(`Geen gebouwde site in ${root}: draai eerst "npm run build -w site".`)
    process.exit(1)
  }
  if (!(await stat(join(root, '_headers')).catch(() => undefined))) {
    console.warn(`Let op: ${root} heeft geen _headers; de site gaat zonder beveiligingsheaders over de lijn.`)
  }
  const { server, url } = await startServer({
    root,
    base: settings.base,
    port: settings.port,
    host: settings.host,
  })
  console.log(`Site: ${url}`)
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** The servers' settings, or the reason in one line and exit code 1 (a wrong variable is the operator's to fix, not a crash). */
export function settingsOrExit() {
  try {
    return serverSettings()
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}

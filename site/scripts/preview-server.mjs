#!/usr/bin/env node
/**
 * The draft preview: an editor's current draft rendered by the site's own
 * detail templates (src/preview/render.ts, Astro's container API through
 * Vite), without publishing. The CMS's "Voorbeeld" button sends the editor
 * here with a short-lived signed token (`?token=…`, format and check in
 * @toolkit/schemas/node `previewToken.ts`).
 *
 * - `/?token=…`: checks the token (missing, forged or expired: 401 and no
 *   draft), asks the CMS for the draft with that token
 *   (`GET ${CMS_URL}/api/preview-draft`, which checks it again), validates it
 *   with the site's loader and renders the document's page. Never cached,
 *   never indexed, no referrer (the token is in the address).
 * - anything else: the built site (site/dist), so the page's styles, fonts
 *   and links work; the CMS may frame it as it may frame a preview.
 *
 * A preview's links open in a new tab, so the live-preview panel beside the
 * edit form keeps showing the draft.
 *
 * Environment: PREVIEW_PORT (default 4322), HOST, CMS_URL (default
 * http://localhost:3000), CMS_PUBLIC_URL (the CMS's address in editors'
 * browsers, if not CMS_URL: only it may frame a preview), PREVIEW_SECRET (shared with the CMS; development
 * reads the one the CMS generated in cms/data/.preview-secret), SITE_DIST.
 */
import http from 'node:http'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SITE_SEGMENTS } from '@toolkit/schemas'
import { resolvePreviewSecret, verifyPreviewToken } from '@toolkit/schemas/node'
import { contentSecurityPolicy, inlineScriptHashes } from '../src/http/content-security-policy.mjs'
import { createHandler, settingsOrExit } from './serve.mjs'

const siteDir = fileURLToPath(new URL('..', import.meta.url))
const PDF_LINKS_MODULE = 'virtual:toolkit-pdf'

/** Headers of every preview answer: the address holds a token and the page a draft. */
const PRIVATE = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

/**
 * Only the CMS may frame a preview (its live-preview panel beside the edit
 * form); anyone else gets `frame-ancestors 'none'`. X-Frame-Options cannot
 * name another origin, so with a CMS origin it is left out (CSP wins anyway).
 * Scripts: the built site's files and the inline scripts of this very
 * answer, by hash (`html`: the page sent; src/http/content-security-policy.mjs).
 */
export function framingHeaders(cmsOrigin, html = '') {
  const scriptHashes = inlineScriptHashes(html)
  if (!cmsOrigin) return { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'", scriptHashes }) }
  return { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: new URL(cmsOrigin).origin, scriptHashes }) }
}

/**
 * The built site's headers on an answer passed through (a page or file the
 * preview links to): the site refuses every frame, but anything the preview
 * server answers may load inside the CMS's live-preview panel, so the CMS
 * may frame it too (`frame-ancestors`, X-Frame-Options left out as above).
 * Embed views keep their own ancestors, with the CMS beside them.
 *
 * Cross-Origin-Opener-Policy is left out as well: Payload sandboxes the
 * panel's iframe (`allow-popups` without `allow-popups-to-escape-sandbox`),
 * a tab a preview's link opens inherits that sandbox, and a browser refuses
 * a COOP document in a sandboxed tab (ERR_BLOCKED_BY_RESPONSE).
 */
export function passThroughHeaders(headers, cmsOrigin) {
  // The preview server's copy of a public page is never indexed beside the site's own (found walking the product).
  const unindexed = { ...headers, 'X-Robots-Tag': 'noindex, nofollow' }
  if (!cmsOrigin) return unindexed
  const cms = new URL(cmsOrigin).origin
  const withCms = (sources) => (sources === "'none'" ? cms : sources.split(/\s+/).includes('*') ? sources : `${sources} ${cms}`)
  const adjusted = {}
  for (const [name, value] of Object.entries(unindexed)) {
    const key = name.toLowerCase()
    if (key === 'x-frame-options' || key === 'cross-origin-opener-policy') continue
    adjusted[name] = key === 'content-security-policy' ? value.replace(/frame-ancestors ([^;]*)/, (_, sources) => `frame-ancestors ${withCms(sources.trim())}`) : value
  }
  return adjusted
}

/**
 * A preview's links and forms open in a new tab (`<base target="_blank">`):
 * in the CMS's live-preview panel a click would otherwise put another page
 * where the draft was, beside the form the editor is filling in. Links within
 * the page (the skip link to `#inhoud`) stay in it. The site's home page
 * is asked for as `/index.html`: on this server `/` is the preview itself
 * (without a token a 401), and the site name and "Home" opened that.
 */
export function linksInNewTab(html) {
  return html
    .replace('</head>', '<base target="_blank"></head>')
    .replace(/<a(?=\s(?:[^>]*\s)?href="#)/g, '<a target="_self"')
    .replace(/(<a\s(?:[^>]*\s)?href=")\/"/g, '$1/index.html"')
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])

/** A plain Dutch page for a refused or failed preview; never any draft content. */
function messagePage(title, lines) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Voorbeeld</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#005a8c}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</main></body></html>`
}

const REFUSED = {
  ontbreekt: 'Deze pagina toont alleen een voorbeeld via de knop "Voorbeeld" in het CMS.',
  ongeldig: 'Deze voorbeeldlink is ongeldig.',
  verlopen: 'Deze voorbeeldlink is verlopen (een link werkt 10 minuten).',
}

/**
 * The banner above a preview, so nobody mistakes a draft for the live page;
 * and when the previewed version is the published one (`published` from the
 * CMS's /api/preview-draft), it says so instead of "not published yet".
 */
const banner = (expiresAt, published) => {
  const until = escapeHtml(new Date(expiresAt).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }))
  const text = published
    ? `<strong>Voorbeeld van de gepubliceerde versie</strong>: geen wijzigingen sinds het publiceren, zo staat de pagina op de site. Deze link verloopt om ${until}.`
    : `<strong>Voorbeeld van een concept</strong>: zo ziet de pagina eruit na publiceren. Nog niet gepubliceerd; deze link verloopt om ${until}.`
  return `<div role="status" style="background:#fff3cd;color:#1a1a1a;border-bottom:3px solid #8a6d00;padding:.75rem 1rem;font:1rem/1.5 system-ui,sans-serif">
${text}</div>`
}

/**
 * The styles and scripts of the built site's page for this collection (or
 * the home page): Astro bundles them at build time; the container renders
 * the markup, with development references to the sources instead.
 */
async function stylesFor(distDir, section) {
  const candidates = []
  try {
    const first = (await readdir(join(distDir, section), { withFileTypes: true })).find((entry) => entry.isDirectory())
    if (first) candidates.push(join(distDir, section, first.name, 'index.html'))
  } catch {}
  candidates.push(join(distDir, 'index.html'))
  for (const file of candidates) {
    const html = await readFile(file, 'utf8').catch(() => undefined)
    // Stylesheets, inline styles and the bundled scripts (/_astro/…) of the built page.
    if (html) return (html.match(/<link[^>]+rel="stylesheet"[^>]*>|<style[^>]*>[\s\S]*?<\/style>|<script type="module"[^>]*src="[^"]*\/_astro\/[^"]*"[^>]*><\/script>/g) ?? []).join('')
  }
  return ''
}

/** The renderer module, compiled by Vite with the site's Astro config (without the build's PDFs). */
export async function loadRenderer() {
  const [{ createServer }, { getViteConfig }] = await Promise.all([import('vite'), import('astro/config')])
  const noPdfs = {
    name: 'toolkit:preview-no-pdfs',
    enforce: 'pre',
    // A draft has no PDF yet; PDFs are made from published content.
    resolveId: (id) => (id === PDF_LINKS_MODULE ? `\0${PDF_LINKS_MODULE}-preview` : undefined),
    load: (id) => (id === `\0${PDF_LINKS_MODULE}-preview` ? 'export default {}' : undefined),
  }
  const config = await getViteConfig(
    { plugins: [noPdfs], server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: 'custom', logLevel: 'warn' },
    { root: siteDir, logLevel: 'warn' },
  )({ mode: 'development', command: 'serve' })
  const vite = await createServer({ ...config, configFile: false })
  const { renderDocument, DraftIncomplete } = await vite.ssrLoadModule('/src/preview/render.ts')
  return { renderDocument, DraftIncomplete, close: () => vite.close() }
}

/** A request handler: previews on `/`, the built site everywhere else. */
export function createPreviewHandler({ secret, cmsUrl, cmsOrigin, distDir, renderer, fetchImpl = fetch }) {
  const site = createHandler({ root: distDir, adjustHeaders: (headers) => passThroughHeaders(headers, cmsOrigin) })
  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...PRIVATE, ...framingHeaders(cmsOrigin, body), ...headers })
    res.end(body)
  }

  async function preview(req, res, url) {
    const token = url.searchParams.get('token')
    const check = verifyPreviewToken(token, secret)
    if (!check.ok) return send(res, 401, messagePage('Geen voorbeeld', [REFUSED[check.reason], 'Open het document in het CMS en kies opnieuw "Voorbeeld".']))
    const response = await fetchImpl(`${cmsUrl}/api/preview-draft?token=${encodeURIComponent(token)}`, { signal: AbortSignal.timeout(60_000) }).catch((error) => error)
    if (response instanceof Error) return send(res, 502, messagePage('CMS niet bereikbaar', [`Het voorbeeld kan het concept niet ophalen (${response.message}).`]))
    if (response.status === 401) return send(res, 401, messagePage('Geen voorbeeld', ['Het CMS weigert deze voorbeeldlink.']))
    if (response.status === 404) return send(res, 404, messagePage('Niet gevonden', ['Dit document bestaat niet (meer) in het CMS.']))
    if (!response.ok) return send(res, 502, messagePage('Geen voorbeeld', [`Het CMS antwoordt met HTTP ${response.status}.`]))
    const draft = await response.json()
    const { renderDocument, DraftIncomplete } = await renderer()
    let html
    try {
      html = await renderDocument(draft.snapshot, draft.collection, draft.slug)
    } catch (error) {
      if (error instanceof DraftIncomplete) return send(res, 422, messagePage('Dit concept is nog niet te tonen', ['Bij publiceren zou de site dit weigeren:', ...error.lines]))
      throw error
    }
    const styles = await stylesFor(distDir, SITE_SEGMENTS[draft.collection])
    html = linksInNewTab(
      html
        // Development script references (source paths) give way to the built bundles.
        .replace(/<script type="module" src="[^"]*\?astro&(?:amp;)?type=script[^"]*"><\/script>/g, '')
        .replace('</head>', `<meta name="robots" content="noindex">${styles}</head>`)
        .replace(/<body([^>]*)>/, (body) => `${body}${banner(draft.expiresAt, draft.published === true)}`),
    )
    return send(res, 200, html.startsWith('<!') ? html : `<!DOCTYPE html>${html}`)
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview')
    if (url.pathname !== '/' || !url.searchParams.has('token')) {
      if (url.pathname === '/' && req.method === 'GET') return send(res, 401, messagePage('Geen voorbeeld', [REFUSED.ontbreekt]))
      return site(req, res)
    }
    preview(req, res, url).catch((error) => {
      console.error(error)
      if (!res.headersSent) send(res, 500, messagePage('Serverfout', ['Het voorbeeld kon niet gemaakt worden.']))
      else res.destroy()
    })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const settings = settingsOrExit()
  const secret = resolvePreviewSecret(settings.previewSecretEnv, resolve(siteDir, '../cms/data'))
  let loading
  const renderer = () => (loading ??= loadRenderer())
  const handler = createPreviewHandler({
    secret,
    cmsUrl: settings.cmsUrl,
    // The CMS as editors' browsers reach it (CMS_PUBLIC_URL when that differs from CMS_URL): it may frame previews.
    cmsOrigin: settings.cmsPublicUrl,
    distDir: settings.distDir ?? resolve(siteDir, 'dist'),
    renderer,
  })
  const server = http.createServer(handler)
  server.listen(settings.previewPort, settings.host, () => {
    console.log(`Voorbeeldserver: http://localhost:${server.address().port}/`)
    // Compile the templates in the background, so the first preview is quick.
    renderer().catch((error) => console.error(`Voorbeeld-templates niet geladen: ${error.message}`))
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

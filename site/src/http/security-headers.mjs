/**
 * The response headers of the static site: the one definition, written at
 * build time to dist/_headers (Netlify / Cloudflare Pages format) by
 * src/integrations/embed.ts. Static hosts apply that file; the site's own
 * server (scripts/serve.mjs) applies the same file and knows no header itself, so
 * both send the same headers.
 *
 * Pages may not be framed by other sites (`frame-ancestors 'none'`), except
 * the embed views under /embed/: those may be framed by the origins chosen at
 * build time (EMBED_ALLOWED_ORIGINS, see ./embed-policy.mjs), by any origin
 * when none are chosen. Every page's policy also limits scripts to the site's
 * own files and the inline scripts the build wrote, by hash
 * (./content-security-policy.mjs).
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { contentSecurityPolicy } from './content-security-policy.mjs'

/** Path prefix of pages meant to be embedded in other sites (src/pages/embed/). */
export const EMBED_PREFIX = '/embed/'

/** `frame-ancestors` sources of the embed views when the build chose none: any origin. */
export const ANY_ANCESTOR = '*'

/** Headers every response gets, framed or not. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * Framing of the embed views. CSP frame-ancestors only works as an HTTP
 * header (never in a meta tag); X-Frame-Options is for old browsers and has
 * no allowlist, so embed views leave it out. `scriptHashes`: the build's
 * inline scripts.
 */
export function embedFramingHeaders(ancestors = ANY_ANCESTOR, scriptHashes = []) {
  return { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: ancestors, scriptHashes }) }
}

/** Framing of every other page: refused. `wasm`: the path runs Pagefind. */
export function refusedFramingHeaders(scriptHashes = [], { wasm = false } = {}) {
  return { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'", scriptHashes, wasm }), 'X-Frame-Options': 'DENY' }
}

/** Top-level entries that run Pagefind's WebAssembly: the search page and the index with its worker script. */
export const WASM_ENTRIES = ['zoeken', 'pagefind']

/**
 * The oEmbed JSON (files and the server's /oembed endpoint) is public; consumers may fetch it from a browser. So are
 * the item pages (`readableFolders`): an item's embed view fetches its page, and in a frame the host sandboxed without
 * `allow-same-origin` that request comes from no origin of its own (lib/embed/item-view.ts). There even its module
 * scripts (`_astro/`) are fetched as from another origin.
 */
const ANY_ORIGIN_READS = { 'Access-Control-Allow-Origin': '*' }

/** Astro's hashed assets never change under their name. */
const ASSET_HEADERS = { 'Cache-Control': 'public, max-age=31536000, immutable' }

/** Extra headers per top-level entry of the build, beside refused framing. */
const EXTRA = { oembed: ANY_ORIGIN_READS, _astro: { ...ASSET_HEADERS, ...ANY_ORIGIN_READS } }

/**
 * Folders deeper in the site that, like _astro/, hold only files named by
 * their content hash: the planner's catalogue (site/src/lib/planner/files.ts).
 */
export const HASHED_DATA_FOLDERS = ['/plannen/gegevens/']

function block(pattern, headers) {
  return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
}

/**
 * The _headers file. Static hosts apply every rule whose pattern matches and
 * join repeated headers with commas, which would turn two frame-ancestors
 * policies into one that blocks everything. So the framing headers go in
 * rules that never overlap: one for /embed/*, and one per top-level entry of
 * the built site (`topLevel`: `{ name, folder }` for each file and folder in
 * dist), and no header name appears in two rules that match one path.
 * `ancestors`: frame-ancestors sources of the embed views (./embed-policy.mjs);
 * `scriptHashes`: CSP sources of the inline scripts of the build's pages; `readableFolders`: top-level folders any
 * origin may read (the item pages).
 */
export function headersFile({ base = '/', topLevel, ancestors = ANY_ANCESTOR, scriptHashes = [], readableFolders = [] }) {
  const prefix = base.replace(/\/+$/, '')
  const embedFolder = EMBED_PREFIX.replace(/\//g, '')
  const blocks = [
    '# Gegenereerd bij de build (site/src/http/security-headers.mjs). Niet met de hand aanpassen.',
    block(`${prefix}/*`, BASE_HEADERS),
    block(`${prefix}${EMBED_PREFIX}*`, embedFramingHeaders(ancestors, scriptHashes)),
    block(`${prefix}/`, refusedFramingHeaders(scriptHashes)),
  ]
  // serve.mjs answers the oEmbed endpoint /oembed even when the build wrote no oEmbed files.
  const entries = topLevel.some(({ name }) => name === 'oembed') ? topLevel : [...topLevel, { name: 'oembed', folder: true }]
  for (const { name, folder } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === embedFolder || name === '_headers' || name === '_redirects') continue
    const headers = { ...refusedFramingHeaders(scriptHashes, { wasm: WASM_ENTRIES.includes(name) }), ...EXTRA[name], ...(readableFolders.includes(name) ? ANY_ORIGIN_READS : {}) }
    blocks.push(block(`${prefix}/${name}`, headers))
    if (folder) blocks.push(block(`${prefix}/${name}/*`, headers))
  }
  // Only Cache-Control, which no other rule for these paths sets; like the rules above, only for what the build has.
  for (const folder of HASHED_DATA_FOLDERS) {
    if (topLevel.some(({ name, folder: isFolder }) => isFolder && folder.startsWith(`/${name}/`))) blocks.push(block(`${prefix}${folder}*`, ASSET_HEADERS))
  }
  return `${blocks.join('\n\n')}\n`
}

/**
 * Writes `dir`/_headers for the built site in `dir`; resolves to the text written. `scriptHashes`: the CSP hashes of
 * the inline scripts of the site's pages, as the build recorded them from each page's render.
 */
export async function writeHeadersFile(dir, { base = '/', ancestors = ANY_ANCESTOR, scriptHashes, readableFolders = [] }) {
  if (!Array.isArray(scriptHashes)) throw new Error('writeHeadersFile: scriptHashes ontbreekt (de hashes van de inline scripts van de pagina’s)')
  const entries = await readdir(dir, { withFileTypes: true })
  const text = headersFile({ base, ancestors, scriptHashes, readableFolders, topLevel: entries.map((entry) => ({ name: entry.name, folder: entry.isDirectory() })) })
  await writeFile(join(dir, '_headers'), text)
  return text
}

/**
 * Who may frame the embed views, decided once at build time and written to
 * dist/_headers (Netlify / Cloudflare Pages format). The site's own server
 * (serve.mjs) reads the same file, so the static host and `npm start` send
 * the same header.
 *
 * EMBED_ALLOWED_ORIGINS: comma-separated origins, e.g.
 * `https://intranet.ggz-noord.nl, https://*.example.org`. Empty or unset:
 * any origin may frame the embed views. The toolkit itself ('self') may
 * always frame them, for the preview on its own pages.
 */
import { ANY_ANCESTOR, BASE_HEADERS, EMBED_PREFIX, framingHeaders } from './security-headers.mjs'

/** scheme://host[:port], host optionally starting with a `*.` wildcard, as CSP allows. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/

/** Validated origins from the variable's value; throws on anything that is not an origin (a path, a quote, a typo). */
export function parseAllowedOrigins(value = '') {
  const entries = value.split(',').map((entry) => entry.trim().toLowerCase().replace(/\/$/, '')).filter(Boolean)
  if (entries.length === 0 || (entries.length === 1 && entries[0] === '*')) return []
  for (const entry of entries) {
    if (!ORIGIN.test(entry)) {
      throw new Error(`EMBED_ALLOWED_ORIGINS: "${entry}" is geen herkomst (verwacht bijv. https://intranet.example.nl, zonder pad)`)
    }
  }
  return [...new Set(entries)]
}

/** The frame-ancestors sources for the embed views: `*`, or `'self'` plus the allowlist. */
export function embedAncestors(origins) {
  return origins.length === 0 ? ANY_ANCESTOR : ["'self'", ...origins].join(' ')
}

function block(pattern, headers) {
  return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
}

/**
 * The _headers file. Static hosts apply every rule whose pattern matches and
 * join repeated headers with commas, which would turn two frame-ancestors
 * policies into one that blocks everything. So the framing headers go in
 * rules that never overlap: one for /embed/*, and one per top-level entry of
 * the built site (`topLevel`: `{ name, folder }` for each file and folder in dist).
 */
export function headersFile({ base = '/', topLevel, ancestors = ANY_ANCESTOR }) {
  const prefix = base.replace(/\/+$/, '')
  const embedFolder = EMBED_PREFIX.replace(/\//g, '')
  const refused = framingHeaders('/')
  const blocks = [
    '# Gegenereerd bij de build (site/src/integrations/embed.ts). Niet met de hand aanpassen.',
    block(`${prefix}/*`, BASE_HEADERS),
    block(`${prefix}${EMBED_PREFIX}*`, framingHeaders(EMBED_PREFIX, ancestors)),
    block(`${prefix}/`, refused),
  ]
  for (const { name, folder } of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === embedFolder || name === '_headers') continue
    blocks.push(block(`${prefix}/${name}`, refused))
    // The oEmbed JSON is public; consumers may fetch it from a browser.
    const cors = name === 'oembed' ? { 'Access-Control-Allow-Origin': '*' } : {}
    if (folder) blocks.push(block(`${prefix}/${name}/*`, { ...refused, ...cors }))
  }
  return `${blocks.join('\n\n')}\n`
}

/** The embed views' frame-ancestors sources written in a _headers file, or undefined. */
export function ancestorsFromHeadersFile(text) {
  const embedBlock = text.split(/\n\s*\n/).find((part) => part.trimStart().split('\n')[0].trim().endsWith(`${EMBED_PREFIX}*`))
  return embedBlock?.match(/frame-ancestors ([^;\n]+)/)?.[1]?.trim()
}

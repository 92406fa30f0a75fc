/**
 * Who may frame the embed views, decided once at build time and written to
 * dist/_headers by ./security-headers.mjs (Netlify / Cloudflare Pages
 * format). The site's own server (scripts/serve.mjs) applies the same file, so the
 * static host and `npm start` send the same header.
 *
 * EMBED_ALLOWED_ORIGINS: comma-separated origins, e.g.
 * `https://intranet.ggz-noord.nl, https://*.example.org`. Empty or unset:
 * any origin may frame the embed views. The toolkit itself ('self') may
 * always frame them, for the preview on its own pages.
 */
import { ANY_ANCESTOR } from './security-headers.mjs'

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

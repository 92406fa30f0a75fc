/**
 * Security headers of the static site, by path (without the base path).
 * Pages may not be framed by other sites (`frame-ancestors 'none'`), except
 * the embed views under /embed/: those may be framed by the origins chosen at
 * build time (EMBED_ALLOWED_ORIGINS, see ./embed-policy.mjs), by any origin
 * when none are chosen.
 */

/** Path prefix of pages meant to be embedded in other sites (src/pages/embed/). */
export const EMBED_PREFIX = '/embed/'

/** `frame-ancestors` sources of the embed views when the build chose none: any origin. */
export const ANY_ANCESTOR = '*'

/** Whether other sites may frame this path: only the embed views. */
export function framingAllowed(pathname) {
  return pathname.startsWith(EMBED_PREFIX)
}

/** Headers every response gets, framed or not. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const OTHER_DIRECTIVES = "base-uri 'self'; object-src 'none'; form-action 'self'"

/**
 * The framing headers of a path. CSP frame-ancestors only works as an HTTP
 * header (never in a meta tag); X-Frame-Options is for old browsers and has
 * no allowlist, so embed views leave it out.
 */
export function framingHeaders(pathname, embedAncestors = ANY_ANCESTOR) {
  if (framingAllowed(pathname)) {
    return { 'Content-Security-Policy': `frame-ancestors ${embedAncestors}; ${OTHER_DIRECTIVES}` }
  }
  return { 'Content-Security-Policy': `frame-ancestors 'none'; ${OTHER_DIRECTIVES}`, 'X-Frame-Options': 'DENY' }
}

/** Cross-origin reads of the oEmbed JSON are fine: it is public and consumers may fetch it from a browser. */
function corsHeaders(pathname) {
  return pathname === '/oembed' || pathname.startsWith('/oembed/') ? { 'Access-Control-Allow-Origin': '*' } : {}
}

/**
 * The headers for a response to `pathname` (site path, base stripped).
 * `embedAncestors`: the frame-ancestors sources of embed views (default any).
 */
export function securityHeaders(pathname, embedAncestors = ANY_ANCESTOR) {
  return { ...BASE_HEADERS, ...framingHeaders(pathname, embedAncestors), ...corsHeaders(pathname) }
}

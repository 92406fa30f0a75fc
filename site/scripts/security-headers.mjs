/**
 * Security headers of the static site, by path (without the base path).
 * Pages may not be framed by other sites (`frame-ancestors 'none'`). The
 * planned embed feature will let organisations frame pages under /embed/:
 * it only has to widen `framingAllowed` (and give those pages their own
 * frame-ancestors list); nothing else in the server changes.
 */

/** Path prefix of pages meant to be embedded in other sites (embed feature, not built yet). */
export const EMBED_PREFIX = '/embed/'

/** Whether other sites may frame this path. No page may be framed until the embed feature exists. */
export function framingAllowed(_pathname) {
  return false
}

/** The headers for a response to `pathname` (site path, base stripped). */
export function securityHeaders(pathname) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  if (!framingAllowed(pathname)) {
    headers['Content-Security-Policy'] = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'"
    headers['X-Frame-Options'] = 'DENY'
  }
  return headers
}

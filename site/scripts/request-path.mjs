/**
 * The path of a request as the site's server understands it, and the only
 * way it builds a redirect target. A request target is taken apart by hand,
 * never with `new URL(target, base)`: that reads `//evil.example/…` as a
 * host name. A redirect is built from checked, re-encoded segments, so its
 * Location is always a same-origin path starting with a single `/`.
 */

/** Visible ASCII is kept in a query string; anything else is percent-encoded, so it is safe in a header. */
function safeSearch(search) {
  return search.replace(/[^\x21-\x7e]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)
}

/**
 * A segment no site path has: `.` and `..` (path traversal, also encoded as
 * `%2e`), a slash or backslash inside a segment (`%2F`, `%5C`; browsers read
 * `\` as `/`), control characters (NUL ends a file name), and dot files other
 * than /.well-known/.
 */
function refused(segment) {
  return (segment.startsWith('.') && segment !== '.well-known') || /[/\\\x00-\x1f\x7f]/.test(segment)
}

/**
 * The request target (`req.url`) as `{ segments, slash, search }`: the decoded
 * path segments (empty ones dropped, so `//a` is `/a`), whether the path ends
 * in `/`, and the query string. Undefined when the path cannot be a site path
 * (see `refused`, or malformed percent-encoding).
 */
export function parseRequestPath(target = '/') {
  const queryAt = target.indexOf('?')
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt)
  const search = queryAt === -1 ? '' : safeSearch(target.slice(queryAt))
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return undefined
  const segments = []
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue
    let segment
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return undefined
    }
    if (refused(segment)) return undefined
    segments.push(segment)
  }
  return { segments, slash: rawPath.endsWith('/') && segments.length > 0, search }
}

/** The decoded path of parsed segments: `/a/b/` or `/`. */
export function pathOf(segments, slash = false) {
  return segments.length === 0 ? '/' : `/${segments.join('/')}${slash ? '/' : ''}`
}

/**
 * The percent-encoded path of parsed segments, for a Location header or a
 * request to sirv. Every segment is non-empty and encoded, so the result
 * starts with one `/` followed by anything but `/` or `\`.
 */
export function encodedPathOf(segments, slash = false) {
  const path = segments.length === 0 ? '/' : `/${segments.map(encodeURIComponent).join('/')}${slash ? '/' : ''}`
  // Guard for the invariant above: a Location like `//host` or `/\host` would leave the site.
  if (!/^\/(?![/\\])/.test(path)) throw new Error(`not a same-origin path: ${path}`)
  return path
}

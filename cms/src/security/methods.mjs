/**
 * The HTTP methods the CMS answers. Next.js builds a fetch Request for every
 * request, and fetch refuses TRACE, TRACK and CONNECT outright, so `TRACE
 * /api/guidance` was a 500. The CMS's server (scripts/server.mjs) answers any
 * other method with 405 and the list, before Next.js sees it.
 */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} true when the request was answered here
 */
export function refuseUnknownMethod(req, res) {
  if (ALLOWED_METHODS.includes(req.method ?? '')) return false
  res.writeHead(405, { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ errors: [{ message: `De methode ${req.method} wordt niet ondersteund; gebruik ${ALLOWED_METHODS.join(', ')}.` }] }))
  return true
}

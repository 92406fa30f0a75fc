/**
 * CORS without credentials. The admin is served by the CMS itself (same
 * origin) and needs no CORS; the sites in CORS_ORIGINS read content and post
 * what visitors send (an evaluation) without anyone's session. Payload sends
 * `Access-Control-Allow-Credentials: true` and every method to each allowed
 * origin, so a script injected into the public site could have driven the CMS
 * with an editor's cookie. Every API answer passes through here: no
 * credentials, and only the methods a site needs. The session cookie itself
 * counts only from the CMS's own origin (csrfOrigins in origins.ts).
 */
export const SITE_METHODS = ['GET', 'POST', 'OPTIONS']

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

export function narrowCors(response: Response): Response {
  if (!response.headers.has('Access-Control-Allow-Origin') && !response.headers.has('Access-Control-Allow-Credentials')) return response
  const headers = new Headers(response.headers)
  headers.delete('Access-Control-Allow-Credentials')
  headers.set('Access-Control-Allow-Methods', SITE_METHODS.join(', '))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

export function withoutCredentials<H extends Handler>(handler: H): H {
  return (async (request: Request, ...rest: unknown[]) => narrowCors(await handler(request, ...rest))) as H
}

import type { PayloadRequest } from 'payload'

/** Environment variables, as process.env or a plain object in tests. */
type Env = Record<string, string | undefined>

/**
 * The address a request comes from, as the nearest proxy saw it. Next.js
 * fills X-Forwarded-For from the socket when it is missing, and a reverse
 * proxy appends the address it saw, so the entry PROXY_HOPS from the right
 * (default 1: no proxy or one) is the one a client cannot forge. Behind a CDN
 * and a proxy set PROXY_HOPS=2.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>, env: Env = process.env): string {
  const forwarded = req.headers?.get('x-forwarded-for')
  if (!forwarded) return req.headers?.get('x-real-ip')?.trim() || 'onbekend'
  const entries = forwarded.split(',').map((entry) => entry.trim()).filter(Boolean)
  const hops = Math.max(1, Number.parseInt(env.PROXY_HOPS ?? '1', 10) || 1)
  return entries[Math.max(0, entries.length - hops)] ?? 'onbekend'
}

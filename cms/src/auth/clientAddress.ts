import type { PayloadRequest } from 'payload'
import { PEER_HEADER } from './peerHeader.mjs'

/** Environment variables, as process.env or a plain object in tests. */
type Env = Record<string, string | undefined>

/**
 * How many reverse proxies of our own stand in front of the CMS (PROXY_HOPS,
 * default 0). Each appends the address it saw to X-Forwarded-For; entries
 * further left came from the client and prove nothing.
 */
export function proxyHops(env: Env = process.env): number {
  const raw = env.PROXY_HOPS?.trim()
  if (!raw) return 0
  const hops = Number(raw)
  if (!Number.isInteger(hops) || hops < 0 || hops > 5) throw new Error(`PROXY_HOPS moet een geheel getal van 0 tot en met 5 zijn (niet "${raw}").`)
  return hops
}

/**
 * The address a request comes from. Without proxies (PROXY_HOPS=0, also in
 * development) that is the socket's address, which the CMS's server puts in
 * PEER_HEADER; X-Forwarded-For is ignored, so nobody can claim another
 * address. Behind PROXY_HOPS proxies it is the entry PROXY_HOPS from the right
 * of X-Forwarded-For: the address the outermost of our proxies saw.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>, env: Env = process.env): string {
  const hops = proxyHops(env)
  const peer = req.headers?.get(PEER_HEADER)?.trim() || 'onbekend'
  if (hops === 0) return peer
  const entries = (req.headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not come through them all.
  return entries.length >= hops ? entries[entries.length - hops]! : peer
}

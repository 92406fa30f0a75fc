import type { PayloadRequest } from 'payload'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { PEER_HEADER } from './peerHeader.mjs'

/**
 * How many reverse proxies of our own stand in front of the CMS (PROXY_HOPS,
 * default 0). Each appends the address it saw to X-Forwarded-For; entries
 * further left came from the client and prove nothing.
 */
export function proxyHops(settings: CmsSettings = cmsSettings()): number {
  return settings.proxyHops
}

/**
 * The address a request comes from. Without proxies (PROXY_HOPS=0, also in
 * development) that is the socket's address, which the CMS's server puts in
 * PEER_HEADER; X-Forwarded-For is ignored, so nobody can claim another
 * address. Behind PROXY_HOPS proxies it is the entry PROXY_HOPS from the right
 * of X-Forwarded-For: the address the outermost of our proxies saw.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>, settings: CmsSettings = cmsSettings()): string {
  const hops = proxyHops(settings)
  const peer = req.headers?.get(PEER_HEADER)?.trim() || 'onbekend'
  if (hops === 0) return peer
  const entries = (req.headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not come through them all.
  return entries.length >= hops ? entries[entries.length - hops]! : peer
}

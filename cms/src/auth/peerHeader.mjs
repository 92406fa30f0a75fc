/**
 * The request header that carries the socket's address. The CMS's server
 * (scripts/server.mjs) sets it on every request, replacing what a client
 * sent; auth/clientAddress.ts reads it.
 */
export const PEER_HEADER = 'x-toolkit-peer'

/** @param {import('node:http').IncomingMessage} req */
export function recordPeer(req) {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'onbekend'
}

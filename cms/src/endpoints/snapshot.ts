import type { Endpoint } from 'payload'
import { publishedSnapshot, snapshotResponse } from '../content/snapshot.ts'

/**
 * `GET /api/snapshot`: the published content the static site is built from,
 * streamed as it is read (content/snapshot.ts), so the server's memory does
 * not grow with the content.
 */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => snapshotResponse(publishedSnapshot(req.payload), { 'Cache-Control': 'no-store' }),
}

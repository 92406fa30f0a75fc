import type { Endpoint } from 'payload'
import { buildSnapshot } from '../content/snapshot.ts'

/** `GET /api/snapshot`: the published content the static site is built from. */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) =>
    Response.json(await buildSnapshot(req.payload), { headers: { 'Cache-Control': 'no-store' } }),
}

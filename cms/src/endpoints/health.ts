import type { Endpoint } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'

/** How long a load balancer waits for the database before calling the CMS unhealthy. */
export const HEALTH_TIMEOUT_MS = 2_000

/**
 * `GET /api/health` for load balancers: 200 `{ status: 'ok', database: 'ok' }`
 * after a cheap query, 503 when the database errs or does not answer in time.
 * No authentication, and nothing about the error leaves the server.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    let timer: NodeJS.Timeout | undefined
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`geen antwoord binnen ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS)
      })
      await Promise.race([req.payload.db.count({ collection: COLLECTIONS.users }), timeout])
      return Response.json({ status: 'ok', database: 'ok' }, { headers })
    } catch (error) {
      req.payload.logger.error(`Health check: database niet bereikbaar (${(error as Error).message}).`)
      return Response.json({ status: 'error', database: 'unavailable' }, { status: 503, headers })
    } finally {
      clearTimeout(timer)
    }
  },
}

/**
 * The REST route handlers the app serves (app/(payload)/api/[...slug]/route.ts)
 * and the tests call: Payload's, with anonymous reads of published content
 * answered from memory (publicReadCache.ts), HEAD answered by the GET handler
 * (headAsGet.ts), and the writing methods queued (oneWriteAtATime.ts).
 */
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { withoutCredentials } from '../security/cors.ts'
import { headAsGet } from './headAsGet.ts'
import { oneWriteAtATime } from './oneWriteAtATime.ts'
import { jsonParamProblem } from './queryParams.ts'
import { invalidatePublicReads, servePublicReadsFromCache } from './publicReadCache.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

/**
 * A successful write forgets the cached reads once more when its response is
 * ready. The collection hooks already did, but on MongoDB they run before
 * Payload commits, so a read in between could have kept the old content.
 */
function forgetReadsAfterWrite<H extends Handler>(handler: H): H {
  return (async (request: Request, ...rest: unknown[]) => {
    const response = await handler(request, ...rest)
    if (response.ok) invalidatePublicReads()
    return response
  }) as H
}

/** `?where=abc` is a 400 that names the parameter, before Payload's unguarded JSON.parse (a 500). */
function checkQuery<H extends Handler>(handler: H): H {
  return (async (request: Request, ...rest: unknown[]) => {
    const problem = jsonParamProblem(new URL(request.url))
    if (problem) return Response.json({ errors: [{ message: problem.message, data: { errors: [{ path: problem.parameter, message: problem.message }] } }] }, { status: 400 })
    return handler(request, ...rest)
  }) as H
}

const writing = <H extends Handler>(handler: H): H => checkQuery(oneWriteAtATime(forgetReadsAfterWrite(handler)))

export function restRoutes(config: Promise<SanitizedConfig> | SanitizedConfig) {
  // CORS answers carry no credentials (security/cors.ts).
  const GET = withoutCredentials(checkQuery(servePublicReadsFromCache(REST_GET(config), config)))
  return {
    GET,
    HEAD: headAsGet(GET),
    POST: withoutCredentials(writing(REST_POST(config))),
    DELETE: withoutCredentials(writing(REST_DELETE(config))),
    PATCH: withoutCredentials(writing(REST_PATCH(config))),
    PUT: withoutCredentials(writing(REST_PUT(config))),
    OPTIONS: withoutCredentials(REST_OPTIONS(config)),
  }
}

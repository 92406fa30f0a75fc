/**
 * The GraphQL route, with the body checked first: Payload's handler throws
 * on a body that is no JSON (a 500 in Next.js); this answers 400 instead.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { oneWriteAtATime } from './oneWriteAtATime.ts'

const problem = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

export function graphqlPost(config: Promise<SanitizedConfig> | SanitizedConfig) {
  // Mutations write: GraphQL requests queue like REST writes.
  const handler = oneWriteAtATime(GRAPHQL_POST(config))
  return async (request: Request): Promise<Response> => {
    const text = await request.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return problem('De inhoud moet JSON zijn, bijvoorbeeld {"query": "{ Themes { docs { slug } } }"}.')
    }
    if (!body || typeof body !== 'object' || typeof (body as { query?: unknown }).query !== 'string') {
      return problem('Geef de GraphQL-query als tekst in het veld "query".')
    }
    return handler(new Request(request.url, { method: 'POST', headers: request.headers, body: text }))
  }
}

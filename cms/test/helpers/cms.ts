import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { graphqlPost } from '../../src/requests/graphqlRoute.ts'
import { restRoutes } from '../../src/requests/restRoutes.ts'

/**
 * Boots a real Payload on a database of its own (a fresh SQLite file, or a
 * fresh MongoDB database when the suite runs against MONGODB_URL), with REST
 * and GraphQL reached through the same route handlers Next.js serves.
 */
export type TestCms = {
  payload: Payload
  config: SanitizedConfig
  databaseUrl: string
  rest: (
    method: string,
    route: string,
    options?: { body?: unknown; token?: string; headers?: Record<string, string>; /** Sent as it is, not as JSON. */ rawBody?: string; /** Sent as multipart form data (an upload). */ form?: FormData },
  ) => Promise<Response>
  graphql: (query: string, token?: string) => Promise<{ data?: any; errors?: { message: string }[] }>
  /** The GraphQL endpoint's raw response to a request body sent as it is. */
  graphqlResponse: (body: string, token?: string) => Promise<Response>
  login: (email: string, password: string) => Promise<string>
  close: () => Promise<void>
}

function freshDatabaseUrl(name: string): { url: string; cleanup: () => void } {
  const unique = `${name}-${crypto.randomBytes(4).toString('hex')}`
  if (process.env.TEST_DATABASE === 'mongodb') {
    const base = new URL(process.env.MONGODB_URL as string)
    base.pathname = `/toolkit-test-${unique}`
    return { url: base.toString(), cleanup: () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-cms-'))
  return { url: `file:${path.join(dir, `${unique}.db`)}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

export async function startTestCms(name: string, env: Record<string, string> = {}): Promise<TestCms> {
  const database = freshDatabaseUrl(name)
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    SEED_ON_START: 'false',
    ...env,
  })
  const { default: configPromise } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const config = await configPromise
  const payload = await getPayload({ config })

  // The handlers the app serves (app/(payload)/api/[...slug]/route.ts).
  const handlers: Record<string, (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>> =
    restRoutes(configPromise) as never
  // The route the app serves (app/(payload)/api/graphql/route.ts).
  const graphqlHandler = graphqlPost(configPromise)

  const rest: TestCms['rest'] = async (method, route, options = {}) => {
    const url = new URL(`http://localhost:3000/api${route}`)
    // A form sets its own Content-Type, with the multipart boundary.
    const headers = new Headers(options.form ? {} : { 'Content-Type': 'application/json' })
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
    const request = new Request(url, {
      method,
      headers,
      body: options.form ?? options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    // Next.js serves a HEAD with the GET handler when a route exports no HEAD.
    const handler = handlers[method] ?? (method === 'HEAD' ? handlers.GET : undefined)
    if (!handler) throw new Error(`No test handler for ${method}`)
    return handler(request, { params: Promise.resolve({ slug }) })
  }

  const graphqlResponse: TestCms['graphqlResponse'] = async (body, token) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    return graphqlHandler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }))
  }

  const graphql: TestCms['graphql'] = async (query, token) => (await graphqlResponse(JSON.stringify({ query }), token)).json()

  const login: TestCms['login'] = async (email, password) => {
    const response = await rest('POST', '/users/login', { body: { email, password } })
    const body = (await response.json()) as { token?: string; errors?: unknown }
    if (!body.token) throw new Error(`Login failed for ${email}: ${JSON.stringify(body)}`)
    return body.token
  }

  return {
    payload,
    config,
    databaseUrl: database.url,
    rest,
    graphql,
    graphqlResponse,
    login,
    close: async () => {
      if (process.env.TEST_DATABASE === 'mongodb') await payload.db.connection?.dropDatabase?.()
      await payload.destroy()
      database.cleanup()
    },
  }
}

/** The editor most tests act as: created in `cms`, logged in; returns the token. */
export async function addEditor(cms: TestCms): Promise<string> {
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'een-lang-wachtwoord-123', roles: ['editor'] }, overrideAccess: true })
  return cms.login('redactie@example.org', 'een-lang-wachtwoord-123')
}

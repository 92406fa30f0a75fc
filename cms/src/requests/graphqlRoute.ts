/**
 * The GraphQL route, with the body checked first: Payload's handler throws
 * on a body that is no JSON (a 500 in Next.js); this answers 400 instead.
 * A fragment cycle is refused here, before Payload's complexity rule recurses
 * into it (a stack overflow). Only a document with a mutation waits in the
 * write queue; reads run beside other requests, within the request budget
 * (graphqlBudget.ts counts it before it runs, timeBudget.ts stops it late).
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Kind, parse, visit, type DocumentNode } from 'graphql'
import type { SanitizedConfig } from 'payload'
import { narrowCors } from '../security/cors.ts'
import { GRAPHQL_TIME_BUDGET_MS } from './limits.ts'
import { oneWriteAtATime } from './oneWriteAtATime.ts'
import { withTimeBudget } from './timeBudget.ts'

const problem = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** Above this many tokens graphql-js stops parsing; far more than any real query. */
const MAX_TOKENS = 20_000

/** The name of a fragment that spreads itself (directly or through others), if any. */
export function fragmentCycle(document: DocumentNode): string | undefined {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (spread) => void names.push(spread.name.value) })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  const follow = (name: string, path: string[]): string | undefined => {
    if (path.includes(name)) return name
    if (done.has(name)) return undefined
    for (const next of spreads.get(name) ?? []) {
      const cycle = follow(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return undefined
  }
  for (const name of spreads.keys()) {
    const cycle = follow(name, [])
    if (cycle) return cycle
  }
  return undefined
}

export function graphqlPost(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const read = GRAPHQL_POST(config)
  // Mutations write: they queue like REST writes.
  const write = oneWriteAtATime(read)
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
    let document: DocumentNode | undefined
    try {
      document = parse((body as { query: string }).query, { maxTokens: MAX_TOKENS })
    } catch (error) {
      if (/token limit/i.test((error as Error).message)) return problem(`De query is te lang (meer dan ${MAX_TOKENS} onderdelen).`)
      // Payload answers the syntax error itself, with its position.
    }
    const cycle = document && fragmentCycle(document)
    if (cycle) return problem(`Fragment "${cycle}" verwijst (via andere fragmenten) naar zichzelf; dat kan niet.`)
    const writes = !document || document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query')
    const handler = writes ? write : read
    const response = await withTimeBudget(GRAPHQL_TIME_BUDGET_MS, () => handler(new Request(request.url, { method: 'POST', headers: request.headers, body: text })))
    return narrowCors(response)
  }
}

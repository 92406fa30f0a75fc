/**
 * Anonymous REST reads of published content, answered from memory.
 *
 * Every visitor without credentials gets the same answer for the same URL, so
 * the first answer is kept (LRU, at most PUBLIC_MAX_AGE_SECONDS) and sent to
 * the next ones, with a strong ETag and 304 on If-None-Match. Without it a
 * list of 20 documents costs Payload a query, its relations and its hooks on
 * every request (issue 11: 157 requests/s, timeouts at 200 connections).
 *
 * What may be kept is decided twice: the request carries no credentials
 * (no Authorization header, no session cookie) and asks for no draft or
 * preview; and Payload answered 200 with `Cache-Control: public`, which
 * hooks/cachePublicReads.ts sets only for anonymous reads of content
 * collections. Anything else passes through untouched and is never stored.
 *
 * Freshness: every content change bumps a generation (invalidatePublicReads,
 * called by the collection hooks in hooks/invalidatePublicReads.ts, after
 * each REST write, and after the seed's transaction), and answers are kept
 * per generation, so the next read after a publish, unpublish or delete is
 * read from the database. A write by another process on the same SQLite file
 * (`npm run seed`, a restore) is seen through `PRAGMA data_version`. On
 * MongoDB with several CMS instances, an instance does not see another's
 * writes: its copy is at most PUBLIC_MAX_AGE_SECONDS old (docs/OPERATIONS.md).
 */
import etag from 'etag'
import fresh from 'fresh'
import { LRUCache } from 'lru-cache'
import { getPayload, type SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'
import { PUBLIC_MAX_AGE_SECONDS } from '../hooks/cachePublicReads.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

/** One answer as Payload gave it, ready to be sent again. */
type Answer = { headers: [string, string][]; body: Uint8Array<ArrayBuffer>; etag: string; storedAt: number }

/** What a read gave: an answer to share, or a response only its own request may have (streamed, private, an error). */
type Outcome = { answer: Answer } | { response: Response }

/** Headers that belong to one transfer, not to the answer. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'date', 'keep-alive'])

/** Query parameters that ask for unpublished content: such requests are never served from or stored in the cache. */
const PRIVATE_PARAMETERS = ['draft', 'preview']

const MAX_BYTES = 64 * 1024 * 1024
const MAX_ANSWER_BYTES = 8 * 1024 * 1024

type State = {
  generation: number
  /** `PRAGMA data_version` last seen on SQLite: changes when another process commits. */
  dataVersion?: unknown
  answers: LRUCache<string, Answer>
  /** Answers being made: requests for the same key wait for one database read instead of each making their own. */
  pending: Map<string, Promise<Outcome>>
}

// One cache per process, even if Next.js loads this module in more than one bundle
// (the hooks that invalidate it may live in another bundle than the route).
const holder = globalThis as unknown as { __toolkitPublicReads?: State }
const state: State = (holder.__toolkitPublicReads ??= {
  generation: 0,
  answers: new LRUCache<string, Answer>({
    max: 10_000,
    maxSize: MAX_BYTES,
    maxEntrySize: MAX_ANSWER_BYTES,
    sizeCalculation: (answer, key) => answer.body.byteLength + key.length + 256,
    ttl: PUBLIC_MAX_AGE_SECONDS * 1000,
  }),
  pending: new Map(),
})

/** Content changed: no answer kept so far is sent again. */
export function invalidatePublicReads(): void {
  state.generation += 1
  state.answers.clear()
}

/** Answers kept right now; for tests and diagnostics. */
export function publicReadCacheSize(): number {
  return state.answers.size
}

/** The query as Payload parses it (createPayloadRequest: the same parser and options). */
const parseQuery = (url: URL): Record<string, unknown> =>
  qs.parse(url.search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

/** True when the request could be answered differently for someone else than an anonymous visitor. */
function isPrivate(request: Request, query: Record<string, unknown>, tokenCookie: string): boolean {
  if (request.headers.has('authorization')) return true
  const cookies = request.headers.get('cookie')
  if (cookies && cookies.split(';').some((cookie) => cookie.trim().startsWith(`${tokenCookie}=`))) return true
  return PRIVATE_PARAMETERS.some((name) => name in query)
}

/** Object keys sorted at every level, arrays kept in order: equal queries give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/**
 * The URL as Payload understands it, from the parsed query, so
 * `?limit=20&depth=1` and `?depth=1&limit=20` share an answer and no two
 * different queries do. The Origin is part of the key because Payload's CORS
 * headers depend on it.
 */
function keyOf(request: Request, url: URL, query: Record<string, unknown>): string {
  return `${state.generation}\n${request.headers.get('origin') ?? ''}\n${url.pathname}\n${canonical(query)}`
}

/** Payload's own verdict: a 200 that anyone may store (hooks/cachePublicReads.ts). Judged before the body is read, so a stream stays a stream. */
function mayKeep(response: Response): boolean {
  return response.status === 200 && /^public\b/.test(response.headers.get('cache-control') ?? '') && !response.headers.has('set-cookie')
}

async function toOutcome(response: Response): Promise<Outcome> {
  if (!mayKeep(response)) return { response }
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = [...response.headers].filter(([name]) => !TRANSFER_HEADERS.has(name))
  return { answer: { headers, body, etag: etag(Buffer.from(body.buffer, body.byteOffset, body.byteLength)), storedAt: Date.now() } }
}

function toResponse(answer: Answer, request: Request): Response {
  const headers = new Headers(answer.headers)
  headers.set('ETag', answer.etag)
  // How old the copy is, so a CDN's max-age counts from the database read, not from now.
  const age = Math.floor((Date.now() - answer.storedAt) / 1000)
  if (age > 0) headers.set('Age', String(age))
  const asked = { 'if-none-match': request.headers.get('if-none-match') ?? undefined, 'cache-control': request.headers.get('cache-control') ?? undefined }
  if (fresh(asked, { etag: answer.etag })) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(answer.body, { status: 200, headers })
}

/**
 * On SQLite, notices commits by other processes on the same file (the seed
 * CLI, a restore): `data_version` changes for this connection only when
 * another connection committed. This process's own writes are seen by the hooks.
 */
async function noticeOtherProcesses(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<void> {
  const payload = await getPayload({ config })
  const db = payload.db as unknown as { name?: string; client?: { execute: (sql: string) => Promise<{ rows: ArrayLike<unknown>[] }> } }
  if (db.name !== 'sqlite' || !db.client) return
  const { rows } = await db.client.execute('PRAGMA data_version')
  const version = rows[0]?.[0]
  if (state.dataVersion !== undefined && version !== state.dataVersion) invalidatePublicReads()
  state.dataVersion = version
}

/** Wraps the REST GET handler (requests/restRoutes.ts). */
export function servePublicReadsFromCache<H extends Handler>(handler: H, config: Promise<SanitizedConfig> | SanitizedConfig): H {
  let tokenCookie: string | undefined
  return (async (request: Request, ...rest: unknown[]) => {
    tokenCookie ??= `${(await config).cookiePrefix}-token`
    const url = new URL(request.url)
    const query = parseQuery(url)
    if (isPrivate(request, query, tokenCookie)) return handler(request, ...rest)
    await noticeOtherProcesses(config)
    const key = keyOf(request, url, query)
    const kept = state.answers.get(key)
    if (kept) return toResponse(kept, request)
    let making = state.pending.get(key)
    const own = !making
    if (!making) {
      const generation = state.generation
      making = handler(request, ...rest)
        .then(toOutcome)
        .then((outcome) => {
          // An answer read while content changed may be old: send it, but do not keep it.
          if ('answer' in outcome && state.generation === generation) state.answers.set(key, outcome.answer)
          return outcome
        })
        .finally(() => state.pending.delete(key))
      state.pending.set(key, making)
    }
    const outcome = await making
    if ('answer' in outcome) return toResponse(outcome.answer, request)
    // Not shareable: the request that read it gets it; one that waited reads for itself.
    return own ? outcome.response : handler(request, ...rest)
  }) as H
}

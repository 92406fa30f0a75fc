/**
 * Requests that may write run one at a time in a CMS process.
 *
 * With Payload's SQLite transactions off (db/sqliteConnection.ts), one
 * operation is several database writes (the document, its version, the
 * "latest" flag on the other versions). Two saves of the same document at the
 * same moment could interleave them, leaving an older draft marked as the
 * newest. Queuing the requests that can write (POST, PATCH, PUT, DELETE and
 * GraphQL) keeps each operation whole; GET requests never wait. An editorial
 * CMS writes rarely, so the queue is short. On MongoDB, Payload's own
 * transactions do this; the queue costs little there.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

// One queue per process, even if Next.js loads this module in more than one bundle.
const holder = globalThis as unknown as { __toolkitWriteQueue?: Promise<unknown> }

export function oneWriteAtATime<H extends Handler>(handler: H): H {
  return (async (request: Request, ...rest: unknown[]) => {
    const previous = holder.__toolkitWriteQueue ?? Promise.resolve()
    const run = () => handler(request, ...rest)
    const result = previous.then(run, run)
    holder.__toolkitWriteQueue = result.catch(() => {})
    return result
  }) as H
}

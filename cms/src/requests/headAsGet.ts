/**
 * HEAD answered as the GET handler answers, without the body.
 *
 * Next.js hands a HEAD to the GET handler as it is, and Payload matches its
 * endpoints by method, so a HEAD found no endpoint (404) unless the public
 * read cache happened to hold the answer: link checkers and intranet embeds
 * probing a list or an attachment saw a missing page. Here the HEAD becomes
 * the same request as a GET (address, headers, credentials) and runs through
 * the whole GET handler, so it gets exactly the status and headers a GET
 * would, access rules and cache included; there is no second path that could
 * tell more than a GET does.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

export function headAsGet<H extends Handler>(get: H): H {
  return (async (request: Request, ...rest: unknown[]) => {
    // Made from its parts: Next.js hands route handlers a Proxy of the request, which `new Request(request)` rejects.
    const asGet = new Request(request.url, { method: 'GET', headers: request.headers, signal: request.signal })
    const response = await get(asGet, ...rest)
    // A file is streamed: stop reading it.
    await response.body?.cancel()
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }) as H
}

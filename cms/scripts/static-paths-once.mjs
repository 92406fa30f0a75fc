/**
 * Next.js's development server asks a dynamic route for its static paths
 * (`generateStaticParams`) on every request to it, and does so in a new child
 * process that loads the route's whole module graph, even when the route has
 * no such function. Payload's admin and API are dynamic routes
 * (`admin/[[...segments]]`, `api/[...slug]`), so each admin page and each of
 * its server calls started another Node process that loaded Payload: about
 * five CPU seconds each, beside the answer (Next.js's own discussion:
 * vercel/next.js#91319).
 *
 * No route of this CMS has static paths, so the answer never changes while
 * the server runs: it is asked once per route and then reused. Only for `dev`;
 * a production build reads them from its build output.
 */
import { createRequire } from 'node:module'

/** Next.js's development server class, as Next.js itself loads it (one CommonJS module, so the patch reaches it). */
export function nextDevServer() {
  return createRequire(import.meta.url)('next/dist/server/dev/next-dev-server.js').default
}

/** Makes `DevServer.prototype.getStaticPaths` ask once per route pattern; a failed ask is asked again next time. */
export function askStaticPathsOnce(DevServer) {
  const original = DevServer.prototype.getStaticPaths
  if (typeof original !== 'function') throw new Error('Next.js has no DevServer.getStaticPaths any more: remove scripts/static-paths-once.mjs')
  const answers = new Map()
  DevServer.prototype.getStaticPaths = function getStaticPathsOnce(options) {
    let answer = answers.get(options.pathname)
    if (!answer) {
      answer = original.call(this, options)
      answers.set(options.pathname, answer)
      Promise.resolve(answer).catch(() => answers.delete(options.pathname))
    }
    return answer
  }
}

/**
 * Which pages search engines are told about: one rule for a page's robots
 * meta (layouts/BaseLayout.astro, layouts/EmbedLayout.astro) and for the
 * sitemap (http/crawler-files.ts). Left out: the embed views (a copy of a
 * page for intranets), the search page (results are no page of their own),
 * the participants' evaluation form (it needs a session's link), and the
 * 404 page, which the host serves for every unknown address.
 */
import { EMBED_ROOT } from './embed/snippets.ts'

const UNLISTED = [EMBED_ROOT, '/zoeken/', '/evaluatie/', '/404/']

/** Whether a page (its path without the base, e.g. `/werkvormen/x/`; `/404` as the 404 page renders) is for search engines. */
export function listedForSearchEngines(path: string): boolean {
  const page = path.endsWith('/') ? path : `${path}/`
  return !UNLISTED.some((prefix) => page.startsWith(prefix))
}

/**
 * The two files search engines read: `sitemap.xml`, every public page of
 * the site, and `robots.txt`, which points to it. Without them a clinician
 * who searches the web for "werkvorm stigma team" finds only the pages some
 * other site happens to link to.
 *
 * The pages are the build's own record of every page it holds, rendered now
 * or taken over from the previous build (integrations/incremental.ts):
 * Astro's `pages` at `astro:build:done` lists only what this build rendered,
 * after one edit a handful. Left out: what is no page, and the pages that
 * tell search engines `noindex` (lib/search-engines.ts: embed views, search,
 * the evaluation form, 404).
 * One sitemap holds up to 50,000 addresses (sitemaps.org); the toolkit has
 * a few hundred, and 10,000 documents make about 10,000 pages.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listedForSearchEngines } from '../lib/search-engines.ts'

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)

/** A page's path (`/werkvormen/x/`) from its output file (`werkvormen/x/index.html`); undefined for what is no page to list. */
export function sitemapPath(file: string): string | undefined {
  if (!file.endsWith('index.html')) return undefined
  const path = `/${file.slice(0, -'index.html'.length)}`
  return listedForSearchEngines(path) ? path : undefined
}

/** The sitemap of these output files (encoded paths, as the build writes them), addresses made by `addressOf`. */
export function sitemapXml(files: Iterable<string>, addressOf: (path: string) => string): string {
  const paths = [...files].flatMap((file) => sitemapPath(file) ?? []).sort()
  const urls = paths.map((path) => `<url><loc>${escapeXml(addressOf(path))}</loc></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/**
 * Writes the sitemap into the output folder, and robots.txt when the site is
 * the host's root: crawlers read robots.txt only at `/robots.txt`, so under a
 * base path (SITE_BASE) the host's own file should name the sitemap.
 */
export async function writeCrawlerFiles(output: string, files: Iterable<string>, addressOf: (path: string) => string) {
  await writeFile(join(output, 'sitemap.xml'), sitemapXml(files, addressOf))
  const sitemap = addressOf('/sitemap.xml')
  if (new URL(sitemap).pathname === '/sitemap.xml') await writeFile(join(output, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`)
}

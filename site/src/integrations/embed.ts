/**
 * Astro integration: the two files a static host reads beside the site
 * (Netlify / Cloudflare Pages format), written when the build is done;
 * scripts/serve.mjs applies both the same way.
 *
 * - dist/_headers, the site's response headers (defined in
 *   src/http/security-headers.mjs). The option `allowedOrigins`
 *   (EMBED_ALLOWED_ORIGINS, read in src/site-config.ts) is checked when the
 *   build starts (a typo fails the build, it never silently opens or closes
 *   the embeds). The rules list every top-level entry of the output, so keep
 *   this integration after any that adds folders (e.g. PDFs).
 * - dist/_redirects (src/http/redirect-rules.mjs): the addresses that moved
 *   (the old page of each fragment question now leads to its anchor on the
 *   fragment page; the page, PDF and oEmbed file of a document whose slug
 *   changed after publishing, from the snapshot's `moved`) and the rewrite of every item's embed address to the one
 *   embed view (src/lib/embed/item-view.ts). Static hosts that read the file
 *   (Netlify, Cloudflare Pages, GitLab Pages) apply it.
 * - dist/sitemap.xml and dist/robots.txt, for search engines
 *   (src/http/crawler-files.ts), from every page of the build (`pageFiles`).
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
// @ts-expect-error plain ESM script without types
import { embedAncestors, parseAllowedOrigins } from '../http/embed-policy.mjs'
// @ts-expect-error plain ESM script without types
import { slugMoves, writeRedirectsFile } from '../http/redirect-rules.mjs'
// @ts-expect-error plain ESM script without types
import { writeHeadersFile } from '../http/security-headers.mjs'
import { writeCrawlerFiles } from '../http/crawler-files.ts'
import { itemViewRewrites, oembedPathOfDoc } from '../lib/embed/snippets.ts'
import { getContent } from '../lib/content/index.ts'
import { addressesUnder, pathOf, SECTIONS } from '../lib/routes.ts'
import { ITEM_COLLECTIONS } from '../lib/view/items.ts'
import type { PdfCollection } from '../pdf/job-types.ts'
import { pdfFileOf } from '../pdf/jobs.ts'
import type { PdfLinks } from '../pdf/links.ts'

/**
 * `allowedOrigins`: comma-separated origins that may frame the embed views; empty: any (src/http/embed-policy.mjs).
 * `siteUrlDefaulted`: no SITE_URL was given, so the crawler files and links name the local default; the build warns.
 * `scriptHashes`: the CSP hashes of the inline scripts of every page of the build, from what the renders wrote
 * (integrations/incremental.ts), called when the build is done; `pageFiles`: every output file of the build, likewise.
 * `pdfLinks`: the PDFs this build links (integrations/pdf.ts).
 */
export function hostFiles({
  allowedOrigins = '',
  siteUrlDefaulted = false,
  scriptHashes,
  pageFiles,
  pdfLinks,
}: {
  allowedOrigins?: string
  siteUrlDefaulted?: boolean
  scriptHashes: () => string[]
  pageFiles: () => string[]
  pdfLinks: () => Promise<PdfLinks>
}): AstroIntegration {
  let ancestors = '*'
  let base = '/'
  let site = ''
  return {
    name: 'toolkit:host-files',
    hooks: {
      'astro:config:setup': () => {
        ancestors = embedAncestors(parseAllowedOrigins(allowedOrigins))
      },
      'astro:config:done': ({ config }) => {
        base = config.base
        site = config.site ?? ''
      },
      'astro:build:done': async ({ dir, logger }) => {
        const output = fileURLToPath(dir)
        // Item pages are readable from any origin: their embed view fetches them, also from a sandboxed frame.
        const readableFolders = ITEM_COLLECTIONS.map((collection) => SECTIONS[collection].path)
        // Before the headers, whose rules list every top-level file.
        await writeCrawlerFiles(output, pageFiles(), addressesUnder(site, base))
        // A site published so would tell search engines and shared links a local address. `npm start` names its local
        // address itself (scripts/lib/site.mjs, `local`), so only a build that was given no address is warned.
        if (siteUrlDefaulted) {
          logger.warn(`SITE_URL is niet gezet, dus noemen sitemap.xml, robots.txt, de canonieke adressen en de links in PDF's en embeds ${site}. Zet SITE_URL op het publieke adres van de site voordat je deze bouw publiceert.`)
        }
        await writeHeadersFile(output, { base, ancestors, scriptHashes: scriptHashes(), readableFolders })
        // A document whose slug changed after publishing keeps its old addresses, its page's, its PDF's and its oEmbed file's (the snapshot's `moved`).
        const links = await pdfLinks()
        const pdf = { has: (collection: string, slug: string) => `${collection}/${slug}` in links, pathOf: (collection: PdfCollection, slug: string) => `/${pdfFileOf(collection, slug)}` }
        const moved = slugMoves((await getContent()).snapshot.moved, pathOf, pdf, oembedPathOfDoc)
        await writeRedirectsFile(output, { base, moved, rewrites: itemViewRewrites() })
        logger.info(`_headers: embedweergaven in te sluiten door ${ancestors === '*' ? 'elke site' : ancestors}`)
      },
    },
  }
}

/**
 * Astro integration: the site's response headers. Checks the option
 * `allowedOrigins` (EMBED_ALLOWED_ORIGINS, read in src/site-config.ts) when
 * the build starts (a typo fails the build, it never silently opens or
 * closes the embeds) and writes dist/_headers
 * (Netlify / Cloudflare Pages format, defined in src/http/security-headers.mjs)
 * when it is done. scripts/serve.mjs applies the same file. The rules list
 * every top-level entry of the output, so keep this integration after any
 * that adds folders (e.g. PDFs).
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
// @ts-expect-error plain ESM script without types
import { embedAncestors, parseAllowedOrigins } from '../http/embed-policy.mjs'
// @ts-expect-error plain ESM script without types
import { writeHeadersFile } from '../http/security-headers.mjs'
import { SECTIONS } from '../lib/routes.ts'
import { ITEM_COLLECTIONS } from '../lib/view/items.ts'

/**
 * `allowedOrigins`: comma-separated origins that may frame the embed views; empty: any (src/http/embed-policy.mjs).
 * `scriptHashes`: the CSP hashes of the inline scripts of every page of the build, from what the renders wrote
 * (integrations/incremental.ts), called when the build is done.
 */
export function embedHeaders({ allowedOrigins = '', scriptHashes }: { allowedOrigins?: string; scriptHashes: () => string[] }): AstroIntegration {
  let ancestors = '*'
  let base = '/'
  return {
    name: 'toolkit:embed-headers',
    hooks: {
      'astro:config:setup': () => {
        ancestors = embedAncestors(parseAllowedOrigins(allowedOrigins))
      },
      'astro:config:done': ({ config }) => {
        base = config.base
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Item pages are readable from any origin: their embed view fetches them, also from a sandboxed frame.
        const readableFolders = ITEM_COLLECTIONS.map((collection) => SECTIONS[collection].path)
        await writeHeadersFile(fileURLToPath(dir), { base, ancestors, scriptHashes: scriptHashes(), readableFolders })
        logger.info(`_headers: embedweergaven in te sluiten door ${ancestors === '*' ? 'elke site' : ancestors}`)
      },
    },
  }
}

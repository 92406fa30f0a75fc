/**
 * Astro integration: writes dist/_redirects (src/http/redirect-rules.mjs) when
 * the build is done, for the addresses that moved (the old page of each
 * fragment question now leads to its anchor on the fragment page) and the
 * rewrite of every item's embed address to the one embed view
 * (src/lib/embed/item-view.ts). Static
 * hosts that read the file (Netlify, Cloudflare Pages, GitLab Pages) and the
 * site's own server (scripts/serve.mjs) apply it.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
// @ts-expect-error plain ESM script without types
import { writeRedirectsFile } from '../http/redirect-rules.mjs'
import { itemViewRewrites } from '../lib/embed/snippets.ts'

export function movedAddresses(): AstroIntegration {
  let base = '/'
  return {
    name: 'toolkit:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base
      },
      'astro:build:done': async ({ dir }) => {
        await writeRedirectsFile(fileURLToPath(dir), { base, rewrites: itemViewRewrites() })
      },
    },
  }
}

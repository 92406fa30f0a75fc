/**
 * Astro integration: the framing policy of the embed views. Checks
 * EMBED_ALLOWED_ORIGINS when the build starts (a typo fails the build, it
 * never silently opens or closes the embeds) and writes dist/_headers
 * (Netlify / Cloudflare Pages format) when it is done. scripts/serve.mjs
 * reads the same file. The rules list every top-level entry of the output,
 * so keep this integration after any that adds folders (e.g. PDFs).
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
// @ts-expect-error plain ESM script without types, shared with scripts/serve.mjs
import { embedAncestors, headersFile, parseAllowedOrigins } from '../../scripts/embed-policy.mjs'

export function embedHeaders(): AstroIntegration {
  let ancestors = '*'
  let base = '/'
  return {
    name: 'toolkit:embed-headers',
    hooks: {
      'astro:config:setup': () => {
        ancestors = embedAncestors(parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS ?? ''))
      },
      'astro:config:done': ({ config }) => {
        base = config.base
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const entries = await readdir(outDir, { withFileTypes: true })
        const topLevel = entries.map((entry) => ({ name: entry.name, folder: entry.isDirectory() }))
        await writeFile(join(outDir, '_headers'), headersFile({ base, topLevel, ancestors }))
        logger.info(`_headers: embedweergaven in te sluiten door ${ancestors === '*' ? 'elke site' : ancestors}`)
      },
    },
  }
}

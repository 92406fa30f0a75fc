/**
 * Astro integration: the oEmbed file of every item and listing,
 * `/oembed/<section>/<slug>.json` and `/oembed/<section>/index.json`
 * (lib/embed/responses.ts), linked from each page for discovery; the
 * endpoint on a static host (scripts/oembed-endpoint.mjs maps the standard
 * `/oembed?url=` onto them for the site's own server).
 *
 * Written straight from the content when the pages are done, every build:
 * as Astro routes each file went through its whole render pipeline, about
 * 0.5 ms a file (10,000 documents: 5 s of a cold build); written here
 * 10,000 take 0.3–0.6 s, and no file can be left from an earlier build.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { timed } from '../build/phases.ts'
import { getContent } from '../lib/content/index.ts'
import { itemResponses, listingResponse } from '../lib/embed/responses.ts'
import { oembedPath } from '../lib/embed/snippets.ts'
import { DEFAULT_ADDRESSES } from '@toolkit/schemas/ports'
import { addressesUnder, SECTIONS } from '../lib/routes.ts'
import { ITEM_COLLECTIONS } from '../lib/view/items.ts'

/** Files written at once. */
const AT_ONCE = 256

export function oembedFiles(): AstroIntegration {
  let absolute = (path: string) => path
  return {
    name: 'toolkit:oembed',
    hooks: {
      'astro:config:done': ({ config }) => {
        absolute = addressesUnder(config.site ?? DEFAULT_ADDRESSES.site, config.base)
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('renderMs', async () => {
          const output = fileURLToPath(dir)
          const content = await getContent()
          const files = [
            ...ITEM_COLLECTIONS.map((collection) => [oembedPath(collection), listingResponse(collection, absolute)] as const),
            ...itemResponses(content, absolute).map(({ collection, slug, response }) => [oembedPath(collection, slug), response] as const),
          ]
          await Promise.all(ITEM_COLLECTIONS.map((collection) => mkdir(join(output, 'oembed', SECTIONS[collection].path), { recursive: true })))
          for (let start = 0; start < files.length; start += AT_ONCE) {
            await Promise.all(files.slice(start, start + AT_ONCE).map(([path, response]) => writeFile(join(output, path), JSON.stringify(response))))
          }
          logger.info(`oEmbed: ${new Intl.NumberFormat('nl-NL').format(files.length)} bestanden`)
        }),
    },
  }
}

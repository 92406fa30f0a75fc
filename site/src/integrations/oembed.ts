/**
 * Astro integration: the oEmbed file of every item and listing,
 * `/oembed/<section>/<slug>.json` and `/oembed/<section>/index.json`
 * (lib/embed/responses.ts), linked from each page for discovery; the
 * endpoint on a static host (scripts/oembed-endpoint.mjs maps the standard
 * `/oembed?url=` onto them for the site's own server). `astro dev` answers
 * the same addresses from the content.
 *
 * Written straight from the content when the pages are done, every build:
 * as Astro routes each file went through its whole render pipeline, about
 * 0.5 ms a file (10,000 documents: 5 s of a cold build); written here
 * 10,000 take 0.3–0.6 s, and no file can be left from an earlier build.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { DEFAULT_ADDRESSES } from '@toolkit/schemas/ports'
import pLimit from 'p-limit'
import { timed } from '../build/phases.ts'
import { getContent, type Content } from '../lib/content/index.ts'
import type { OembedResponse } from '../lib/embed/oembed.ts'
import { itemResponses, listingResponse } from '../lib/embed/responses.ts'
import { oembedPath } from '../lib/embed/snippets.ts'
import { addressesUnder, withBase } from '../lib/routes.ts'
import { formatNumber } from '../lib/view/format.ts'
import { ITEM_COLLECTIONS } from '../lib/view/items.ts'

/** Files written at once. */
const AT_ONCE = 64

/** Each oEmbed file's site path and response; a listing wins over an item that would have its path (slug `index`). */
export function oembedFilesOf(content: Content, absolute: (path: string) => string): Map<string, OembedResponse> {
  const files = new Map(itemResponses(content, absolute).map(({ collection, slug, response }) => [oembedPath(collection, slug), response]))
  for (const collection of ITEM_COLLECTIONS) files.set(oembedPath(collection), listingResponse(collection, absolute))
  return files
}

/** In `astro dev`: answers the files' addresses (with or without the base path) from the content, as a build writes them. */
export function oembedDevMiddleware(content: () => Promise<Content>, absolute: (path: string) => string, base: string) {
  const prefix = withBase('/', base)
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    const path = (request.url ?? '').split('?')[0] ?? ''
    const sitePath = path.startsWith(prefix) ? path.slice(prefix.length - 1) : path
    if (!sitePath.startsWith('/oembed/') || !sitePath.endsWith('.json')) return next()
    content()
      .then((loaded) => {
        const found = oembedFilesOf(loaded, absolute).get(sitePath)
        if (!found) return next()
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        response.end(JSON.stringify(found))
      })
      .catch(next)
  }
}

export function oembedFiles(): AstroIntegration {
  let absolute = (path: string) => path
  let base = '/'
  return {
    name: 'toolkit:oembed',
    hooks: {
      'astro:config:done': ({ config }) => {
        absolute = addressesUnder(config.site ?? DEFAULT_ADDRESSES.site, config.base)
        base = config.base
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(oembedDevMiddleware(() => getContent(), absolute, base))
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('renderMs', async () => {
          const output = fileURLToPath(dir)
          const files = [...oembedFilesOf(await getContent(), absolute)]
          await pLimit(AT_ONCE).map([...new Set(files.map(([path]) => dirname(join(output, path))))], (folder) => mkdir(folder, { recursive: true }))
          await pLimit(AT_ONCE).map(files, ([path, response]) => writeFile(join(output, path), JSON.stringify(response)))
          logger.info(`oEmbed: ${formatNumber(files.length)} bestanden`)
        }),
    },
  }
}

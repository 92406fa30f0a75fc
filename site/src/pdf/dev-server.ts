/**
 * In `astro dev`, serves the PDFs straight from the cache at the addresses
 * they have in the built site, so the download links work while editing.
 */
import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { GenerateResult } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'

export function pdfDevMiddleware(generated: () => Promise<GenerateResult>, cacheDir: string) {
  const cache = new PdfCache(cacheDir)
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '')
    if (!path.endsWith('.pdf')) return next()
    generated()
      .then(({ manifest }) => {
        const entry = Object.values(manifest.entries).find((candidate) => candidate.href === path)
        if (!entry) return next()
        response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': entry.bytes })
        createReadStream(cache.pathOf(entry.hash)).pipe(response)
      })
      .catch(next)
  }
}

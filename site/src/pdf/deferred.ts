/**
 * The PDFs a build left for after its pages (generate.ts `deferred`): kept
 * in a file by the build (integrations/pdf.ts) and made into the cache by
 * scripts/build.mjs once the pages are live; the follow-up build then links
 * them. Outside the renderer's fingerprint (fingerprint.ts follows
 * generate.ts): when PDFs are made does not change what is in them.
 */
import { readFile } from 'node:fs/promises'
import type { DeferredPdf } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'
import { renderInPool } from './worker-pool.ts'

/** The PDFs to make later and the cache they go to (the build's own, so the script never works it out a second time). */
export type DeferredPdfs = { cacheDir: string; pdfs: DeferredPdf[] }

/**
 * Renders the deferred PDFs of `file` (written by the build) that are still
 * not cached (another build may have made some meanwhile) and writes them to
 * the cache; returns how many it rendered. `onProgress` is called once
 * before the first and after each PDF written, with how many of them all are
 * in the cache by then.
 */
export async function makeDeferredPdfs(file: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  const { cacheDir, pdfs } = JSON.parse(await readFile(file, 'utf8')) as DeferredPdfs
  const cache = new PdfCache(cacheDir)
  const todo: DeferredPdf[] = []
  for (const pdf of pdfs) if ((await cache.sizeOf(pdf.hash)) === undefined) todo.push(pdf)
  let done = pdfs.length - todo.length
  onProgress?.(done, pdfs.length)
  await renderInPool(todo, {
    onRendered: async (index, pdf) => {
      await cache.write(todo[index]!.hash, pdf)
      onProgress?.(++done, pdfs.length)
    },
  })
  return todo.length
}

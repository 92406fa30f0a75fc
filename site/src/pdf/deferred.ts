/**
 * The PDFs a build left for after its pages (generate.ts `deferred`): kept
 * in a file by the build (integrations/pdf.ts) and made into the cache by
 * scripts/build.mjs once the pages are live; the follow-up build then links
 * them. Outside the renderer's fingerprint (fingerprint.ts follows
 * generate.ts): when PDFs are made does not change what is in them.
 */
import { readFile, writeFile } from 'node:fs/promises'
import type { DeferredPdf } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'
import { renderInPool } from './worker-pool.ts'

/** The PDFs to make later and the cache they go to (the build's own, so the script never works it out a second time). */
export type DeferredPdfs = { cacheDir: string; pdfs: DeferredPdf[] }

export async function writeDeferred(file: string, deferred: DeferredPdfs): Promise<void> {
  await writeFile(file, JSON.stringify(deferred))
}

export async function readDeferred(file: string): Promise<DeferredPdfs> {
  return JSON.parse(await readFile(file, 'utf8')) as DeferredPdfs
}

export type MakeDeferredOptions = {
  /** Called after each PDF written, and once before the first with 0. */
  onProgress?: (done: number, total: number) => void
}

/**
 * Renders the deferred PDFs that are still not cached (another build may
 * have made some meanwhile) and writes them to the cache; returns how many
 * it rendered.
 */
export async function makeDeferredPdfs({ cacheDir, pdfs }: DeferredPdfs, options: MakeDeferredOptions = {}): Promise<number> {
  const cache = new PdfCache(cacheDir)
  const todo: DeferredPdf[] = []
  for (const pdf of pdfs) if ((await cache.sizeOf(pdf.hash)) === undefined) todo.push(pdf)
  let done = 0
  options.onProgress?.(done, todo.length)
  await renderInPool(todo, {
    onRendered: async (index, pdf) => {
      await cache.write(todo[index]!.hash, pdf)
      options.onProgress?.(++done, todo.length)
    },
  })
  return todo.length
}

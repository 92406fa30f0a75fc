/**
 * Puts the generated PDFs from the cache into the built site
 * (`<outDir>/pdf/<collection>/<slug>.pdf`). Cache files never change once
 * written (a new content hash is a new file; see pdf-cache.ts), so the site
 * gets hard links to them, as pages taken over do (src/build/link-pages.ts).
 */
import { join } from 'node:path'
import { linkFiles } from '../build/link-pages.ts'
import type { PdfManifest } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'

export async function publishPdfs(manifest: PdfManifest, cacheDir: string, outDir: string): Promise<number> {
  const cache = new PdfCache(cacheDir)
  const entries = Object.values(manifest.entries)
  await linkFiles(entries.map((entry) => [cache.pathOf(entry.hash), join(outDir, entry.file)] as const))
  return entries.length
}

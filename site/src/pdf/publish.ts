/** Copies the generated PDFs from the cache into the built site (`<outDir>/pdf/<collection>/<slug>.pdf`). */
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PdfManifest } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'

export async function publishPdfs(manifest: PdfManifest, cacheDir: string, outDir: string): Promise<number> {
  const cache = new PdfCache(cacheDir)
  const entries = Object.values(manifest.entries)
  await Promise.all([...new Set(entries.map((entry) => dirname(join(outDir, entry.file))))].map((dir) => mkdir(dir, { recursive: true })))
  await Promise.all(entries.map((entry) => copyFile(cache.pathOf(entry.hash), join(outDir, entry.file))))
  return entries.length
}

/**
 * Puts the generated PDFs from the cache into the built site
 * (`<outDir>/pdf/<collection>/<slug>.pdf`). Cache files never change once
 * written (a new content hash is a new file; see pdf-cache.ts), so the site
 * gets hard links to them: no bytes copied. Where a link is not possible
 * (the cache on another file system) the file is copied.
 */
import { copyFile, link, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PdfManifest } from './generate.ts'
import { PdfCache } from './pdf-cache.ts'

export async function publishPdfs(manifest: PdfManifest, cacheDir: string, outDir: string): Promise<number> {
  const cache = new PdfCache(cacheDir)
  const entries = Object.values(manifest.entries)
  await Promise.all([...new Set(entries.map((entry) => dirname(join(outDir, entry.file))))].map((dir) => mkdir(dir, { recursive: true })))
  let linkable = true
  await Promise.all(
    entries.map(async (entry) => {
      const from = cache.pathOf(entry.hash)
      const to = join(outDir, entry.file)
      if (linkable) {
        try {
          return await link(from, to)
        } catch (error) {
          if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
          linkable = false
        }
      }
      await copyFile(from, to)
    }),
  )
  return entries.length
}

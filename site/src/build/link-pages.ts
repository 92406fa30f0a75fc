/**
 * Takes unchanged pages over from the previous output into the new one as
 * hard links: no bytes are copied and the previous site stays as it was (a
 * server keeps serving it until scripts/build.mjs swaps the folders). Pages
 * that are rendered are new files written by Astro, never written through a
 * link; where a link is not possible (another file system) the file is
 * copied. The PDFs go from their cache into the site the same way
 * (PdfCache.publish, src/pdf/pdf-cache.ts).
 */
import { copyFile, link, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import pLimit from 'p-limit'

/** File operations at once: enough to keep the disk busy, few enough for open files (a site of 10,000 documents has tens of thousands of files to link or write). */
const AT_ONCE = 64

/** The same files (paths relative to both folders) from `from` into `to`. */
export function linkPages(files: readonly string[], from: string, to: string): Promise<void> {
  return linkFiles(files.map((file) => [join(from, file), join(to, file)]))
}

/** Each `[source, target]`: the target a hard link to the source (a copy where that is not possible). */
export async function linkFiles(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const dirs = [...new Set(pairs.map(([, target]) => dirname(target)))]
  await pLimit(AT_ONCE).map(dirs, (dir) => mkdir(dir, { recursive: true }))
  let linkable = true
  await pLimit(AT_ONCE).map(pairs, async ([source, target]) => {
    if (linkable) {
      try {
        return await link(source, target)
      } catch (error) {
        if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
        linkable = false
      }
    }
    await copyFile(source, target)
  })
}

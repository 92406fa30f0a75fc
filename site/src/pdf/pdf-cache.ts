/**
 * The PDF cache: one file per content hash (`files/<hash>.pdf`) in a folder
 * under node_modules/.cache, which git ignores and CI caches can keep.
 * Writes are atomic (temporary file, then rename), so a build that stops
 * halfway or runs beside another never leaves a broken PDF behind.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { linkFiles } from '../build/link-pages.ts'
import type { PdfManifest } from './generate.ts'

/** PDFs no build has asked for in this long are removed. */
const KEEP_UNUSED_MS = 14 * 24 * 60 * 60 * 1000

export class PdfCache {
  readonly dir: string

  constructor(dir: string) {
    this.dir = dir
  }

  pathOf(hash: string): string {
    return join(this.dir, 'files', `${hash}.pdf`)
  }

  /** Size in bytes of the cached PDF, or undefined when it is not cached. */
  async sizeOf(hash: string): Promise<number | undefined> {
    try {
      return (await stat(this.pathOf(hash))).size
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async write(hash: string, pdf: Uint8Array): Promise<void> {
    const target = this.pathOf(hash)
    await mkdir(join(this.dir, 'files'), { recursive: true })
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, pdf)
    await rename(temporary, target)
  }

  /**
   * Puts the manifest's PDFs into the built site (`<outDir>/pdf/<collection>/<slug>.pdf`) and returns how many. Cache
   * files never change once written (a new content hash is a new file), so the site gets hard links to them, as pages
   * taken over do (src/build/link-pages.ts).
   */
  async publish(manifest: PdfManifest, outDir: string): Promise<number> {
    const entries = Object.values(manifest.entries)
    await linkFiles(entries.map((entry) => [this.pathOf(entry.hash), join(outDir, entry.file)] as const))
    return entries.length
  }

  /** Removes PDFs this build does not use and that were made long ago (old content, other sites). */
  async prune(used: ReadonlySet<string>, now = Date.now()): Promise<number> {
    const folder = join(this.dir, 'files')
    const names = await readdir(folder).catch(() => [] as string[])
    let removed = 0
    for (const name of names) {
      if (used.has(name.replace(/\.pdf$/, ''))) continue
      const path = join(folder, name)
      const info = await stat(path).catch(() => undefined)
      if (info && now - info.mtimeMs > KEEP_UNUSED_MS) {
        await rm(path, { force: true })
        removed++
      }
    }
    return removed
  }
}

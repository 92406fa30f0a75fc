/** Bytes (file sizes, not disk blocks) and HTML pages of a built site. */
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/**
 * Sums the sizes of every file under `dir`: `bytes` in total, `bytesUnder`
 * per first-level folder (pdf/, embed/, pagefind/ …), `filesUnder` the files
 * there, and `pages` (.html files).
 */
export async function treeSize(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  const sizes = []
  // In batches: 50,000 files at once would exhaust file handles on some systems.
  for (let i = 0; i < files.length; i += 512) {
    sizes.push(...(await Promise.all(files.slice(i, i + 512).map(async (file) => [file, (await stat(file)).size]))))
  }
  const result = { bytes: 0, pages: 0, files: files.length, bytesUnder: {}, filesUnder: {} }
  for (const [file, size] of sizes) {
    result.bytes += size
    if (file.endsWith('.html')) result.pages += 1
    const path = relative(dir, file).split(sep)
    if (path.length > 1) {
      result.bytesUnder[path[0]] = (result.bytesUnder[path[0]] ?? 0) + size
      result.filesUnder[path[0]] = (result.filesUnder[path[0]] ?? 0) + 1
    }
  }
  return result
}

/**
 * A reader of a build file the site's server applies on every request
 * (`_headers`, `_redirects`): it parses the file again only when it changed
 * (a rebuild swaps in a new dist/, so inode, size or time differ), and gives
 * `empty` while the file is missing.
 */
import { stat } from 'node:fs/promises'

/** `parse(file)` resolves to the compiled rules of the file; the reader resolves to the current ones. */
export function changedFileReader(file, parse, empty = []) {
  let cached = { key: undefined, value: empty }
  return async function current() {
    const info = await stat(file).catch(() => undefined)
    const key = info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'missing'
    if (key === cached.key) return cached.value
    cached = { key, value: info ? await parse(file) : empty }
    return cached.value
  }
}

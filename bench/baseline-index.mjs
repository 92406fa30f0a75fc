#!/usr/bin/env node
/**
 * The baseline's search index: Pagefind's Node API over a built folder, the
 * same calls the site's integration makes (site/src/build/search-index.ts),
 * in a process of its own so its time and memory are measured apart.
 *
 *   node bench/baseline-index.mjs <built folder>
 */
import { join, resolve } from 'node:path'
import * as pagefind from 'pagefind'

const dir = process.argv[2]
if (!dir) {
  console.error('Gebruik: node bench/baseline-index.mjs <gebouwde map>')
  process.exit(2)
}
try {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(errors.join('; '))
  const added = await index.addDirectory({ path: resolve(dir) })
  if (added.errors.length > 0) throw new Error(added.errors.join('; '))
  const written = await index.writeFiles({ outputPath: join(resolve(dir), 'pagefind') })
  if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  console.log(`Pagefind: ${added.page_count} pagina's geïndexeerd`)
} catch (error) {
  console.error(`Pagefind mislukt: ${error.message}`)
  process.exitCode = 1
} finally {
  await pagefind.close()
}

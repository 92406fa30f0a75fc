/**
 * Reads rendered HTML pages back once each: the `_astro/` files a page links
 * (build/assets.ts), its search-index key when it is indexed
 * (build/index-key.ts), and its inline scripts' hashes (the CSP).
 *
 * Many pages (a cold build) are read on a worker thread (tinypool, as the
 * PDFs are made), so the build's own thread works out the pages' inputs at
 * the same time: at 10,000 documents reading took 1.8 s and those inputs
 * 1.2 s, one after the other, between the last page rendered and the pages
 * going live. A few pages (an edit) are read here: a worker takes longer to
 * start than they take to read.
 *
 * Only the pages this build rendered are read: a page taken over keeps what
 * its render recorded in the state (reading all 20,000 files of a site for
 * the CSP's hashes took 3-5 s of every edit at 10,000 documents).
 *
 * This module is also the worker's entry (its default export).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import pLimit from 'p-limit'
import Tinypool from 'tinypool'
// @ts-expect-error plain ESM script without types
import { inlineScriptHashes } from '../http/content-security-policy.mjs'
import { assetReferences } from './assets.ts'
import { indexKey } from './index-key.ts'

/** What a page's HTML says: the file, its `_astro/` links, its index key (null: not indexed), its inline scripts' hashes. */
export type PageFacts = [file: string, assets: string[], indexKey: string | null, scripts: string[]]

/** From this many pages on, a worker reads them. */
export const WORKER_FROM = 500

/** Files read at once. */
const AT_ONCE = 64

/** Reads `files` (relative to `output`) on this thread. */
export default function readPages({ output, files }: { output: string; files: readonly string[] }): Promise<PageFacts[]> {
  return pLimit(AT_ONCE).map(files, async (file): Promise<PageFacts> => {
    const html = await readFile(join(output, file), 'utf8')
    return [file, assetReferences(html), indexKey(html), inlineScriptHashes(html) as string[]]
  })
}

/** Reads `files`, on a worker thread when there are many; the caller's thread is free until the promise settles. */
export async function readRendered(output: string, files: readonly string[]): Promise<PageFacts[]> {
  if (files.length < WORKER_FROM) return readPages({ output, files })
  const pool = new Tinypool({ filename: new URL('./read-rendered.ts', import.meta.url).href, minThreads: 1, maxThreads: 1 })
  try {
    return (await pool.run({ output, files })) as PageFacts[]
  } finally {
    await pool.destroy()
  }
}

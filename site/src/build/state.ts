/**
 * The build state: what the previous build made, kept beside the output
 * folder (never in it, so it is not published). scripts/build.mjs hands the
 * build the folder of the live site's state and a fresh folder for the new
 * one, and puts the new one in place together with the new site.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AssetRecord } from './assets.ts'

/** 6: every read's hash is kept (`readHashes`), so the next build hashes again only the reads of changed documents. */
const VERSION = 6
const FILE = 'pages.json'

export type PageRecord = {
  /** The page's file in the output, e.g. `filmfragmenten/hoop/index.html`. */
  file: string
  /** The values of what its render read, hashed (src/build/page-reads.ts); null when it is rendered every time. */
  inputs: string | null
  /** What its render read, as numbers into the state's `reads`; null: not known, so rendered every time. */
  reads: number[] | null
  /** The set (in `assetSets`) of `_astro/` files the page links, from its rendered HTML; null for files that are not HTML. */
  assets: string | null
  /** For a page in the search index: the hash of what Pagefind reads of it (index-key.ts; the index is kept while these are the same); else null. */
  indexed: string | null
  /**
   * The set (in `scriptSets`) of the CSP hashes of the page's inline scripts (src/http/content-security-policy.mjs), from
   * its rendered HTML; null: it has none, or it is not HTML. The headers file allows the hashes of every page.
   */
  scripts: string | null
}

export type BuildState = {
  version: typeof VERSION
  /** src/build/code-hash.ts */
  code: string
  contentVersion: string
  /** Per document (`collection/slug`), the hash of its content: for the count of changed documents. */
  documents: Record<string, string>
  /** Every read of the pages' renders, once (`doc fragments hoop title`, src/lib/content/reads.ts). */
  reads: string[]
  /** The hash of each of `reads` in this build's content (null: it could not be looked up), in the same order (src/build/page-reads.ts). */
  readHashes: (string | null)[]
  /** Every page of the site, by path. */
  pages: Record<string, PageRecord>
  /** The sets of `_astro/` files pages link, by id (src/build/assets.ts). */
  assetSets: Record<string, string[]>
  /** The sets of inline-script hashes pages hold, by id. */
  scriptSets: Record<string, string[]>
  /** Every `_astro/` file in the output (this build's and those kept from earlier builds), with when it was last written. */
  assets: Record<string, AssetRecord>
  /** Builds so far on this output, this one included: counts the grace period of earlier builds' files. */
  build: number
  /**
   * What the search index of these pages is made from: the code and every indexed page's file and index key. The same key
   * as the live index's (scripts/build.mjs) means that index is this site's index; null: always build it.
   */
  searchIndex: string | null
}

export async function readState(dir: string | undefined): Promise<BuildState | undefined> {
  if (!dir) return undefined
  try {
    const state = JSON.parse(await readFile(join(dir, FILE), 'utf8')) as BuildState
    return state.version === VERSION ? state : undefined
  } catch {
    return undefined
  }
}

export async function writeState(dir: string, state: Omit<BuildState, 'version'>): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, FILE), JSON.stringify({ version: VERSION, ...state }))
}

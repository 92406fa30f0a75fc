/**
 * The hashed files a build writes under `_astro/` (scripts, styles, fonts)
 * and which of them each page links, so that no page ever points at a file
 * that is gone:
 *
 * - a page taken over from the previous build is rendered again when any
 *   `_astro/` file it links (read from the HTML it was rendered as) is not
 *   one this build wrote (src/build/plan.ts): a build with other scripts
 *   renders the pages that load them, whatever made the scripts differ;
 * - files of earlier builds stay in `_astro/` for a grace period (`KEEP`),
 *   for browsers and CDN edges that still hold an earlier page: a page
 *   loaded before a publish keeps loading its lazy chunks after it. They are
 *   listed in `asset-manifest.json` in the output, so a deploy that syncs
 *   the folder to a CDN knows to keep them too.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { linkPages } from './link-pages.ts'

export const ASSETS_DIR = '_astro'
export const MANIFEST_FILE = 'asset-manifest.json'

/** An earlier build's file stays while it was current within the last `builds` builds or the last `days` days. */
export const KEEP = { builds: 3, days: 7 }
const DAY_MS = 24 * 60 * 60 * 1000

/** When a file under `_astro/` was last written by a build: that build's number and time (ms). */
export type AssetRecord = { build: number; at: number }

/** Every file under `dir` (none when it is absent), sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Every file under the output's `_astro/`, as `_astro/<name>`. */
export async function listAssets(outputDir: string): Promise<Set<string>> {
  return new Set((await filesUnder(join(outputDir, ASSETS_DIR))).map((file) => relative(outputDir, file)))
}

const REFERENCE = /\/_astro\/[^"'\s<>()?#\\]+/g

/** The `_astro/` files a rendered page links (script, style, island component and renderer URLs), sorted. */
export function assetReferences(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(REFERENCE), ([ref]) => ref.slice(1)))].sort()
}

export type RetainOptions = {
  /**
   * The previous build's output and its asset records; none on a first build. Without records (no state, or one
   * from before records were kept) every file of the previous output counts as written by the build before.
   */
  previous?: { output: string; records: Record<string, AssetRecord> | undefined }
  /** This build's output, with its own `_astro/` files already written. */
  output: string
  /** The files this build wrote (listAssets before anything was taken over). */
  current: ReadonlySet<string>
  build: number
  now: number
}

/**
 * Takes over the previous build's `_astro/` files that this build did not
 * write and that are still within the grace period (hard links, like the
 * pages), writes the manifest, and returns the records for the next build.
 */
export async function retainAssets({ previous, output, current, build, now }: RetainOptions): Promise<Record<string, AssetRecord>> {
  const records: Record<string, AssetRecord> = {}
  for (const file of current) records[file] = { build, at: now }
  const kept: string[] = []
  const present = previous ? await listAssets(previous.output) : new Set<string>()
  const known = previous?.records ?? Object.fromEntries([...present].map((file) => [file, { build: build - 1, at: now }]))
  for (const [file, record] of Object.entries(known)) {
    if (current.has(file)) continue
    if (build - record.build > KEEP.builds && now - record.at > KEEP.days * DAY_MS) continue
    kept.push(file)
    records[file] = record
  }
  const retained = kept.filter((file) => present.has(file)).sort()
  for (const file of kept) if (!present.has(file)) delete records[file]
  if (previous && retained.length > 0) await linkPages(retained, previous.output, output)
  await writeFile(join(output, MANIFEST_FILE), `${JSON.stringify({ current: [...current].sort(), retained }, null, 1)}\n`)
  return records
}

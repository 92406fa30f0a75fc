/**
 * A site built incrementally, step by step, in a folder of its own, for the
 * tests that compare incremental builds with full ones
 * (incremental-build.test.ts, incremental-build-edges.test.ts). Two files, so
 * vitest runs them side by side: each step runs the real build twice.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { afterAll, beforeAll, expect } from 'vitest'
// @ts-expect-error plain ESM script without types
import { inlineScriptHashes } from '../src/http/content-security-policy.mjs'
import { buildSite, type BuildReport } from './build-helpers.ts'
import { rawFixture } from './helpers.ts'

/** Every file of a folder with the hash of its bytes. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex')
  }
  return files
}

type Collections = Record<string, any[]>
/** Why a build was full (its log line), for the message when it should not have been: e.g. code edited during the test. */
export const fullBecause = (report: { log: string }) => report.log.match(/volledige bouw: .*/)?.[0] ?? 'incrementeel'
export const snapshotOf = (collections: Collections) => wrapSnapshot(collections, '2025-01-15T10:00:00.000Z')

export type IncrementalSite = {
  /** The test's folder: the live site in `site/`, its state in `site.state/`, the snapshots, the PDF cache. */
  readonly dir: string
  /** The content of the next build; tests edit it in place. */
  readonly collections: Collections
  /** Writes the current content as the next snapshot file and returns its path. */
  writeSnapshot(): Promise<string>
  /**
   * Builds the current content incrementally (on the previous output) and fully (from nothing), and compares. The
   * incremental build runs as the development CMS's site update does (NODE_ENV=development, `npm start`), the full one
   * as a production build: the published site is the same whoever starts the build.
   */
  buildBothWays(env?: Record<string, string>): Promise<BuildReport & { log: string }>
}

/** A fresh folder with the fixture's content before all tests of the file; removed after them. */
export function useIncrementalSite(): IncrementalSite {
  let dir = ''
  let collections: Collections = {}
  let step = 0
  /** The files of each full build made in this file (path → hash), by the hash of its snapshot and settings. */
  const fullBuilds = new Map<string, Record<string, string>>()
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-incremental-'))
    collections = structuredClone(rawFixture().collections)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const writeSnapshot = async () => {
    step += 1
    const file = join(dir, `snapshot-${step}.json`)
    await writeFile(file, JSON.stringify(snapshotOf(collections)))
    return file
  }

  return {
    get dir() {
      return dir
    },
    get collections() {
      return collections
    },
    writeSnapshot,
    async buildBothWays(env = {}) {
      const file = await writeSnapshot()
      const options = { snapshot: file, pdfCache: join(dir, 'pdf-cache') }
      const incremental = await buildSite({ ...options, out: join(dir, 'site'), env: { ...env, NODE_ENV: 'development' } })
      // A full build of content and settings already built in full in this file is not run again: its files are
      // compared as they were (a build that is not deterministic then fails, as it should).
      const input = createHash('sha256').update(await readFile(file)).update(JSON.stringify(env)).digest('hex')
      let want = fullBuilds.get(input)
      if (!want) {
        const fullDir = join(dir, `full-${step}`)
        const full = await buildSite({ ...options, out: fullDir, env: { ...env, NODE_ENV: 'production' } })
        expect(full.incremental).toBeNull()
        want = await tree(fullDir)
        fullBuilds.set(input, want)
        await rm(fullDir, { recursive: true, force: true })
      }
      const got = await tree(join(dir, 'site'))
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort())
      const differing = Object.keys(want).filter((path) => got[path] !== want[path])
      expect(differing).toEqual([])
      // The CSP header allows every inline script of every page: the hashes come from each render and, for pages taken
      // over, from the state, so a page whose record lost its hash would have its script blocked.
      const allowed = new Set((await readFile(join(dir, 'site', '_headers'), 'utf8')).match(/'sha256-[^']+'/g) ?? [])
      let inlineScripts = 0
      for (const file of Object.keys(got).filter((path) => path.endsWith('.html'))) {
        for (const hash of inlineScriptHashes(await readFile(join(dir, 'site', file), 'utf8'))) {
          inlineScripts += 1
          expect(allowed.has(hash), `${file}: ${hash} staat niet in _headers`).toBe(true)
        }
      }
      expect(inlineScripts).toBeGreaterThan(0)
      return incremental
    },
  }
}

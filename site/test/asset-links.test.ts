/**
 * No page points at a missing file (src/build/assets.ts, src/build/plan.ts):
 * a page taken over from the previous build is rendered again when a script
 * or style it links is not one the new build wrote, and earlier builds'
 * hashed files stay for a grace period, listed in the output's manifest.
 * Fast: the plan and the retention on their own, without a build (the whole
 * build with changed scripts is in incremental-build-edges.test.ts).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PathWithRoute } from 'astro'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assetReferences, KEEP, MANIFEST_FILE, retainAssets } from '../src/build/assets.ts'
import { makePlan } from '../src/build/plan.ts'
import type { BuildState } from '../src/build/state.ts'
import { fixtureContent } from './helpers.ts'

const content = fixtureContent()
const page = (pathname: string): PathWithRoute => ({ pathname, route: { type: 'page' } }) as unknown as PathWithRoute
const PAGES = [page('/filmfragmenten/hoop/'), page('/filmfragmenten/')]
const OLD = ['_astro/Planner.AAAA.js', '_astro/client.AAAA.js']
const NEW = ['_astro/Planner.BBBB.js', '_astro/client.AAAA.js']

describe('pages and the hashed files they link', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-assets-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** A previous build in `dir/prev`: its pages on disk, each linking `links`, and its state. */
  async function previousBuild(links: Record<string, string[]>): Promise<BuildState> {
    const plan = makePlan({ content, pdfLinks: {}, code: 'code' })
    plan.choose(PAGES, new Set(OLD))
    // What each page's render read (src/lib/content/reads.ts): unchanged in the builds below.
    for (const { pathname } of PAGES) plan.read(pathname, ['doc fragments hoop title'])
    for (const { file } of plan.pages()) {
      await mkdir(join(dir, 'prev', file, '..'), { recursive: true })
      await writeFile(join(dir, 'prev', file), 'html')
      plan.linked(file, links[file] ?? [], null, [])
    }
    return { version: 6, ...plan.nextState({}) }
  }

  it('finds the scripts, styles and island files a page links, with or without a base path', () => {
    const html =
      '<link rel="stylesheet" href="/toolkit/_astro/index.B1.css"><astro-island component-url="/_astro/Planner.XkeFB0Xp.js" ' +
      'renderer-url="/_astro/client.Cs9B8xd8.js"></astro-island><script type="module" src="/_astro/client.Cs9B8xd8.js"></script>'
    expect(assetReferences(html)).toEqual(['_astro/Planner.XkeFB0Xp.js', '_astro/client.Cs9B8xd8.js', '_astro/index.B1.css'])
  })

  it('renders a page again whose data did not change when a file it links is not in the new build', async () => {
    const state = await previousBuild({ 'filmfragmenten/hoop/index.html': OLD, 'filmfragmenten/index.html': ['_astro/client.AAAA.js'] })
    const plan = makePlan({ content, pdfLinks: {}, code: 'code', previous: { state, output: join(dir, 'prev') } })
    expect(plan.fullBecause).toBeUndefined()
    const rendered = plan.choose(PAGES, new Set(NEW)).map((path) => path.pathname)
    expect(rendered).toEqual(['/filmfragmenten/hoop/'])
    expect(plan.reused).toEqual(['filmfragmenten/index.html'])
    expect(plan.summary.pagesForAssets).toBe(1)
  })

  it('takes every page over when the new build wrote every file they link', async () => {
    const state = await previousBuild({ 'filmfragmenten/hoop/index.html': OLD })
    const plan = makePlan({ content, pdfLinks: {}, code: 'code', previous: { state, output: join(dir, 'prev') } })
    expect(plan.choose(PAGES, new Set(OLD))).toEqual([])
    // What a page taken over links is carried into the next state.
    const next = plan.nextState({})
    expect(next.assetSets[next.pages['/filmfragmenten/hoop/']!.assets!]).toEqual(OLD)
  })

  it('keeps earlier builds’ files for the grace period, lists them in the manifest, and lets them go after it', async () => {
    await mkdir(join(dir, 'prev', '_astro'), { recursive: true })
    await mkdir(join(dir, 'next', '_astro'), { recursive: true })
    for (const file of OLD) await writeFile(join(dir, 'prev', file), file)
    for (const file of NEW) await writeFile(join(dir, 'next', file), file)
    const now = Date.UTC(2026, 0, 10)
    const records = Object.fromEntries(OLD.map((file) => [file, { build: 4, at: now - 60_000 }]))
    const kept = await retainAssets({ previous: { output: join(dir, 'prev'), records }, output: join(dir, 'next'), current: new Set(NEW), build: 5, now })
    expect(await readFile(join(dir, 'next', '_astro/Planner.AAAA.js'), 'utf8')).toBe('_astro/Planner.AAAA.js')
    expect(kept['_astro/Planner.AAAA.js']).toEqual({ build: 4, at: now - 60_000 })
    expect(kept['_astro/Planner.BBBB.js']).toEqual({ build: 5, at: now })
    expect(JSON.parse(await readFile(join(dir, 'next', MANIFEST_FILE), 'utf8'))).toEqual({ current: [...NEW].sort(), retained: ['_astro/Planner.AAAA.js'] })

    // Many builds and more than the grace period later, the file goes.
    const later = now + (KEEP.days + 1) * 24 * 60 * 60 * 1000
    await rm(join(dir, 'later'), { recursive: true, force: true })
    await mkdir(join(dir, 'later', '_astro'), { recursive: true })
    for (const file of NEW) await writeFile(join(dir, 'later', file), file)
    const gone = await retainAssets({ previous: { output: join(dir, 'next'), records: kept }, output: join(dir, 'later'), current: new Set(NEW), build: 5 + KEEP.builds + 1, now: later })
    expect(gone['_astro/Planner.AAAA.js']).toBeUndefined()
    expect(JSON.parse(await readFile(join(dir, 'later', MANIFEST_FILE), 'utf8')).retained).toEqual([])
  })

  it('keeps the previous output’s files when its build left no records (a state from before this, or none)', async () => {
    await mkdir(join(dir, 'prev', '_astro'), { recursive: true })
    await mkdir(join(dir, 'next', '_astro'), { recursive: true })
    for (const file of OLD) await writeFile(join(dir, 'prev', file), file)
    for (const file of NEW) await writeFile(join(dir, 'next', file), file)
    const now = Date.UTC(2026, 0, 10)
    const kept = await retainAssets({ previous: { output: join(dir, 'prev'), records: undefined }, output: join(dir, 'next'), current: new Set(NEW), build: 1, now })
    expect(kept['_astro/Planner.AAAA.js']).toEqual({ build: 0, at: now })
    expect(await readFile(join(dir, 'next', '_astro/Planner.AAAA.js'), 'utf8')).toBe('_astro/Planner.AAAA.js')
  })
})
